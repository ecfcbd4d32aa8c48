#!/bin/sh
# hw5's learner margins: runs the two DQN convergence checks of a submission (default: the reference)
# on seeds FROM..TO, one `rlgrade grade --seed N` each, and prints per seed the greedy evaluation mean
# of DQN and Double DQN and the budget probe's mean. The thresholds of Grading/hw5.json
# (threshold, floor, probe_max) are set from these distributions (false-fail ≤ 1 %).
#
#   Grading/hw5-margins.sh 1 100 [submission] > margins.tsv     # about 3 s of CPU per seed and check
#
# Summary at the end: minimum, 1st percentile and median of each column.
set -eu
from=${1:-1}; to=${2:-100}; submission=${3:-ReferenceSolutions/hw5}
rlgrade=${RLGRADE:-.build/debug/rlgrade}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf 'seed\tdqn\tdouble\tdqn-probe\tdouble-probe\n'
seed=$from
while [ "$seed" -le "$to" ]; do
  "$rlgrade" grade hw5 --submission "$submission" --only hw5.convergence.dqn --only hw5.convergence.double-dqn \
    --seed "$seed" --out "$out/$seed" >/dev/null 2>&1 || true
  if [ ! -f "$out/$seed/report.json" ]; then echo "# seed $seed: no report (rlgrade failed)" >&2; seed=$((seed + 1)); continue; fi
  awk -v seed="$seed" '
    /"evaluation-mean"/ { want = "eval"; next }
    /"probe-mean"/ { want = "probe"; next }
    want != "" && /[-0-9]/ { gsub(/[ ,]/, ""); if (want == "eval") e[n_e++] = $0; else p[n_p++] = $0; want = ""; next }
    END { printf "%s\t%s\t%s\t%s\t%s\n", seed, e[0], e[1], p[0], p[1] }
  ' "$out/$seed/report.json"
  seed=$((seed + 1))
done | tee "$out/table"
awk -F'\t' '
  NF != 5 || $1 == "seed" { next }
  { for (c = 2; c <= 5; c++) v[c, n] = $c; n++ }
  END {
    split("dqn double dqn-probe double-probe", name, " ")
    for (c = 2; c <= 5; c++) {
      m = 0; for (i = 0; i < n; i++) col[m++] = v[c, i] + 0
      for (i = 0; i < m; i++) for (j = i + 1; j < m; j++) if (col[j] < col[i]) { t = col[i]; col[i] = col[j]; col[j] = t }
      printf "# %s: min %s, 1%% %s, median %s, max %s (%d seeds)\n", name[c - 1], col[0], col[int(m * 0.01)], col[int(m / 2)], col[m - 1], m
    }
  }' "$out/table"
