#!/bin/sh
# Measures the false-fail rate of the seeded statistical checks that are not learner checks (the
# learner checks have Grading/learner-false-fail.sh): hw3's greedy-route checks ("at least
# min_pass of 5 seeds") and its Q-learning convergence check (every seed within the tolerance),
# and the random-walk RMS check.
#
# For the reference and every correct variant of hw3 it grades each check with `--seed S` for
# S = 1 … N (one seed per run, so a run passes or fails on that seed alone), and prints per check
# and submission how many seeds failed, and the false-fail rate of the check as graded: the
# binomial probability that fewer than `need` of the rubric's `seeds` seeds pass, with the
# per-seed failure rate measured (and, when no seed failed, with the rule-of-three upper bound
# 3/N, so "≤" is printed) — per submission and pooled over all of them; and the range of what the check measured on those seeds (the largest
# |Q − Q*|, the RMS errors, the greedy route's length), to compare with the rubric's thresholds.
#
# Usage: Grading/seeded-checks-false-fail.sh [N=100] [JOBS=2]
#   run from the repository root after `swift build`; about 2.5 s of CPU per seed and submission.
#   Raw results go to .build/seeded-false-fail/<submission>.tsv (resumable: kept seeds are not rerun).
set -eu
N=${1:-100}
JOBS=${2:-2}
ROOT=$(pwd)
RLGRADE=${RLGRADE:-$ROOT/.build/debug/rlgrade}
OUT=${OUT:-$ROOT/.build/seeded-false-fail}
[ -x "$RLGRADE" ] || { echo "build first: swift build" >&2; exit 2; }
# check id, seeds in the rubric, seeds that must pass (keep in step with Grading/hw3.json)
CHECKS="hw3.sarsa.windy-gridworld:5:4 hw3.sarsa.cliff-walking:5:4 hw3.q-learning.cliff-walking:5:4 hw3.q-learning.convergence:5:4 hw3.random-walk.rms-error:2:2"
SUBMISSIONS="reference $(cd "$ROOT/ReferenceSolutions/hw3" && ls -d variants/* 2>/dev/null | tr '\n' ' ')"

folder() {
    dir=$OUT/submissions/$(echo "$1" | tr / -)
    rm -rf "$dir"; mkdir -p "$dir"
    cp "$ROOT"/ReferenceSolutions/hw3/*.swift "$dir"/
    [ "$1" = reference ] || cp "$ROOT"/ReferenceSolutions/hw3/"$1"/*.swift "$dir"/
    echo "$dir"
}

mkdir -p "$OUT"
# Reads one JSON report (`--json`, pretty-printed): per check a line with the seed, its id, its status
# and, when it reports them, its measured numbers (the first value of each data series — max-error,
# td-rms-seed-S, mc-rms-seed-S, greedy-route-steps) as key=value;…, or "-".
cat >"$OUT/parse.awk" <<'AWK'
function flush() {
    if (id != "") lines = lines seed "\t" id "\t" status "\t" (m == "" ? "-" : m) "\n"
    id = ""; m = ""; status = ""
}
/^    \{/ { flush() }
/^      "data" : \{/ { indata = 1; next }
indata && /^      \}/ { indata = 0; next }
indata && /^        "/ { key = $1; gsub(/[":]/, "", key); next }
indata && key != "" { v = $1; gsub(/,/, "", v); m = m (m == "" ? "" : ";") key "=" v; key = ""; next }
/^      "id" :/ { v = $3; gsub(/[",]/, "", v); id = v }
/^      "status" :/ { v = $3; gsub(/[",]/, "", v); status = v }
END { flush(); printf "%s", lines }
AWK
only=""
for c in $CHECKS; do only="$only --only ${c%%:*}"; done
for sub in $SUBMISSIONS; do
    dir=$(folder "$sub")
    tsv=$OUT/$(echo "$sub" | tr / -).tsv
    touch "$tsv"
    seq 1 "$N" | while read -r s; do grep -q "^$s	" "$tsv" || echo "$s"; done | \
        xargs -P "$JOBS" -I{} sh -c '
            json=$(mktemp); "$0" grade hw3 --submission "$1" $3 --seed {} --json >"$json" 2>/dev/null || true
            awk -v seed={} -f "$4" "$json" >>"$2"; rm -f "$json"' "$RLGRADE" "$dir" "$tsv" "$only" "$OUT/parse.awk"
done

echo "seeded-check false-fail measurement (hw3): N = $N seeds per submission, one seed per graded run"
for c in $CHECKS; do
    id=${c%%:*}; rest=${c#*:}; seeds=${rest%%:*}; need=${rest#*:}
    echo
    echo "$id  (graded on $seeds seeds, $need must pass)"
    printf '  %-34s %6s %8s %14s   %s\n' submission seeds failed "false-fail" "measured over the seeds (min–max)"
    for sub in $SUBMISSIONS pooled; do
        tsv=$OUT/$(echo "$sub" | tr / -).tsv
        # The last row pools every submission's seeds (all correct code): a tighter bound.
        [ "$sub" = pooled ] && tsv=$(for s in $SUBMISSIONS; do echo "$OUT/$(echo "$s" | tr / -).tsv"; done)
        awk -F'\t' -v id="$id" -v n="$N" -v k="$seeds" -v need="$need" -v name="$sub" '
            function choose(a, b,   r, i) { r = 1; for (i = 1; i <= b; i++) r = r * (a - b + i) / i; return r }
            $2 == id && $1 <= n && !seen[FILENAME, $1]++ {
                total++; if ($3 != "passed") failed++
                if ($4 != "-" && $4 != "") {
                    c = split($4, pairs, ";")
                    for (j = 1; j <= c; j++) {
                        split(pairs[j], kv, "="); key = kv[1]; sub(/-seed-[0-9]+$/, "", key); v = kv[2] + 0
                        if (!(key in lo)) { keys[++nk] = key; lo[key] = v; hi[key] = v }
                        if (v < lo[key]) lo[key] = v
                        if (v > hi[key]) hi[key] = v
                    }
                }
            }
            END {
                if (total == 0) { printf "  %-34s %6d %8s %14s\n", name, 0, "-", "-"; exit }
                p = failed / total; bound = ""
                if (failed == 0) { p = 3 / total; bound = "≤ " }
                # P(fewer than need of k seeds pass) = P(more than k - need fail)
                ff = 0
                for (f = k - need + 1; f <= k; f++) ff += choose(k, f) * p ^ f * (1 - p) ^ (k - f)
                measured = ""
                for (j = 1; j <= nk; j++) measured = measured sprintf("%s%s %.4g–%.4g", j > 1 ? ", " : "", keys[j], lo[keys[j]], hi[keys[j]])
                printf "  %-34s %6d %8d %12s%.2f%%   %s\n", name, total, failed, bound, 100 * ff, measured
            }' $tsv
    done
done
