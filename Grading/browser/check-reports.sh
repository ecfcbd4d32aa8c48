#!/usr/bin/env bash
# The HTML reports in a real browser (run by .ci/run, not by `swift test`: students need no browser).
# Grades the hw2 reference, a failing hw2 mutant, the hw4 reference, and small classes of hw2 and hw4
# (reference, variants, mutants, a submission that does not compile) with `rlgrade batch`; then
# check_reports.py opens every page in headless Chromium, checks it and keeps screenshots in
# .build/browser-artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
artifacts=.build/browser-artifacts
rlgrade=.build/debug/rlgrade
[ -x "$rlgrade" ] || swift build

if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "check-reports: installing Debian's chromium"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
    else
        echo "check-reports: chromium is missing; install it (Debian: apt-get install chromium)" >&2
        exit 1
    fi
fi

rm -rf "$artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A student folder: the reference's files, with a mutant's or variant's files on top.
submission() {  # homework kind name destination
    mkdir -p "$4"
    cp "ReferenceSolutions/$1"/*.swift "$4"/
    if [ -n "$3" ]; then cp "ReferenceSolutions/$1/$2/$3"/*.swift "$4"/; fi
}
grade() {  # rlgrade exits 1 when a check fails: that is what some of these are for
    "$rlgrade" "$@" >/dev/null 2>"$work/stderr" || [ $? = 1 ] || { cat "$work/stderr" >&2; exit 1; }
}

echo "check-reports: grading the pages to check"
grade grade hw2 --submission ReferenceSolutions/hw2 --out "$artifacts/hw2-reference"
submission hw2 mutants ignores-probabilities "$work/hw2-ignores-probabilities"
grade grade hw2 --submission "$work/hw2-ignores-probabilities" --out "$artifacts/hw2-mutant"
"$rlgrade" hw4 ReferenceSolutions/hw4 --json --html "$artifacts/hw4-reference.html" >"$artifacts/hw4-reference.json" 2>/dev/null

mkdir -p "$work/class-hw2" "$work/class-hw4"
submission hw2 "" "" "$work/class-hw2/ada"
submission hw2 variants in-place-sweeps "$work/class-hw2/grace"
submission hw2 mutants ignores-probabilities "$work/class-hw2/linus"
submission hw2 mutants no-gamma "$work/class-hw2/margaret"
submission hw2 mutants max-in-evaluation "$work/class-hw2/alan"
submission hw2 mutants stale-greedy-policy "$work/class-hw2/barbara"
submission hw2 "" "" "$work/class-hw2/dennis"
echo 'this is not Swift' >> "$work/class-hw2/dennis/ValueIteration.swift"
grade batch hw2 "$work/class-hw2" --out "$artifacts/class-hw2" --jobs 2
submission hw4 "" "" "$work/class-hw4/ada"
submission hw4 mutants advantage-sign-flipped "$work/class-hw4/linus"
submission hw4 mutants score-wrong-action "$work/class-hw4/margaret"
grade batch hw4 "$work/class-hw4" --out "$artifacts/class-hw4" --jobs 2

python3 Grading/browser/check_reports.py "$artifacts" \
    "report:hw2-reference:$artifacts/hw2-reference/report.html:$artifacts/hw2-reference/report.json" \
    "failing-report:hw2-mutant:$artifacts/hw2-mutant/report.html:$artifacts/hw2-mutant/report.json" \
    "report:hw4-reference:$artifacts/hw4-reference.html:$artifacts/hw4-reference.json:band" \
    "dashboard:class-hw2:$artifacts/class-hw2" \
    "dashboard:class-hw4:$artifacts/class-hw4"
