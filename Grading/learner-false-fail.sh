#!/bin/sh
# Measures the false-fail rate of hw4's learner checks (the learner rule, Grading/README.md).
#
# For the reference and correct variants with other hyper-parameters, it grades one learner check
# with `--seed S` for S = 1 … N (one full-budget training per seed, plus the check's tiny-budget
# probe), collects the measured quantity and the probe's, and prints per check and submission:
#   - the per-seed distribution of the quantity (min, 1 %, 5 %, median) and how many seeds alone
#     would fall short of full credit;
#   - how often the (first) probe would call the learner "already good" (the check gives 0 only
#     when both of its probes are; with independent probe seeds that is about the square);
#   - the false-fail rate of the check as graded — the probability that the mean over a draw of
#     5 seeds earns less than full credit, or that the probe trips — estimated by resampling 5-seed
#     draws (20,000 of them, fixed awk seed) from the N measured seeds.
#
# Usage: Grading/learner-false-fail.sh [N=100] [JOBS=2] [CHECK...]
#   run from the repository root after `swift build`; about 1–2 s of CPU per seed and submission.
#   Raw values go to .build/learner-false-fail/<check>/<submission>.tsv (resumable: kept seeds are
#   not rerun).
set -eu
N=${1:-100}
JOBS=${2:-2}
shift 2 2>/dev/null || shift $# 2>/dev/null || true
CHECKS=${*:-"hw4.convergence.cartpole hw4.convergence.short-corridor"}
ROOT=$(pwd)
RLGRADE=${RLGRADE:-$ROOT/.build/debug/rlgrade}
OUT=${OUT:-$ROOT/.build/learner-false-fail}
[ -x "$RLGRADE" ] || { echo "build first: swift build" >&2; exit 2; }

submissions_for() {
    case $1 in
        hw4.convergence.cartpole) echo "reference variants/a2c-half-learning-rate variants/a2c-8-environments-16-steps variants/normalized-advantages" ;;
        hw4.convergence.short-corridor) echo "reference variants/batch-mean-baseline variants/reinforce-slow-baseline" ;;
    esac
}

# A submission folder: the reference with a variant's files laid over it.
folder() {
    dir=$OUT/submissions/$(echo "$1" | tr / -)
    rm -rf "$dir"; mkdir -p "$dir"
    cp "$ROOT"/ReferenceSolutions/hw4/*.swift "$dir"/
    [ "$1" = reference ] || cp "$ROOT"/ReferenceSolutions/hw4/"$1"/*.swift "$dir"/
    echo "$dir"
}

for check in $CHECKS; do
    mkdir -p "$OUT/$check"
    for sub in $(submissions_for "$check"); do
        dir=$(folder "$sub")
        tsv=$OUT/$check/$(echo "$sub" | tr / -).tsv
        touch "$tsv"
        seq 1 "$N" | while read -r s; do grep -q "^$s	" "$tsv" || echo "$s"; done | \
            xargs -P "$JOBS" -I{} sh -c '
                json=$(mktemp); "$0" grade hw4 --submission "$1" --only "$2" --seed {} --json >"$json" 2>/dev/null || true
                m=$(awk -v key="\"measured\"" "\$1 == key { getline; gsub(/[ ,]/, \"\"); print; f=1; exit } END { if (!f) print \"none\" }" "$json")
                p=$(awk -v key="\"probe\"" "\$1 == key { getline; gsub(/[ ,]/, \"\"); print; f=1; exit } END { if (!f) print \"none\" }" "$json")
                printf "%s\t%s\t%s\n" {} "$m" "$p" >>"$3"; rm -f "$json"' "$RLGRADE" "$dir" "$check" "$tsv"
    done
done

# The check's ramp and probe limit (defaults of the checks; keep in step with Grading/hw4.json).
params() {
    case $1 in
        hw4.convergence.cartpole) echo "100 170 0.75" ;;        # zero_at full_at probe_max
        hw4.convergence.short-corridor) echo "0.15 0.05 0.5" ;;
    esac
}

echo "learner false-fail measurement: N = $N seeds per submission, 5 seeds per graded draw"
for check in $CHECKS; do
    set -- $(params "$check")
    echo
    echo "$check  (credit 0 at $1, full at $2; probe may earn at most $3)"
    printf '  %-40s %6s %9s %9s %9s %9s %10s %8s %12s\n' submission seeds min "1%" "5%" median "short/seed" "probe" "false-fail"
    for sub in $(submissions_for "$check"); do
        tsv=$OUT/$check/$(echo "$sub" | tr / -).tsv
        sort -t"$(printf '\t')" -k1,1n -u "$tsv" | awk -F'\t' -v zero="$1" -v full="$2" -v pmax="$3" -v name="$sub" -v n="$N" '
            function credit(v) { t = (v - zero) / (full - zero); return t < 0 ? 0 : (t > 1 ? 1 : t) }
            $1 <= n {
                k++; pr = $3
                if ($2 == "none") { probeFail++; next }      # the probe tripped: no measurement
                if (pr != "none" && credit(pr) > pmax) probeFail++
                v[++m] = $2
                if (credit($2) < 1) short++
            }
            END {
                if (m == 0) { printf "  %-40s %6d   (no measurements)\n", name, k; exit }
                # sort the measured values, worst first
                for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) {
                    a = v[i]; b = v[j]
                    if ((full > zero && b < a) || (full < zero && b > a)) { v[i] = b; v[j] = a }
                }
                q1 = v[int(0.01 * (m - 1)) + 1]; q5 = v[int(0.05 * (m - 1)) + 1]; med = v[int(0.5 * (m - 1)) + 1]
                srand(12); fails = 0; draws = 20000
                for (d = 0; d < draws; d++) {
                    s = 0; for (j = 0; j < 5; j++) s += v[int(rand() * m) + 1]
                    if (credit(s / 5) < 1) fails++
                }
                pp = probeFail / k
                ff = 1 - (1 - fails / draws) * (1 - pp)
                printf "  %-40s %6d %9.4g %9.4g %9.4g %9.4g %5d/%-4d %4d/%-3d %11.2f%%\n", name, k, v[1], q1, q5, med, short + 0, m, probeFail + 0, k, 100 * ff
            }'
    done
done
