#!/bin/sh
# The measured distribution behind the hw6 learner thresholds (the learner rule: false-fail ≤ 1 %).
#
#   Grading/hw6-learner-stats.sh CHECK FIRST LAST [SUBMISSION]
#   e.g. Grading/hw6-learner-stats.sh hw6.convergence.ppo-cartpole 1000 1099
#
# Grades SUBMISSION (default: the reference) on CHECK once per seed FIRST…LAST and prints one line per
# seed — the parent's evaluation mean and the probe's mean — then the minimum, the quantiles and how
# many seeds fall below the rubric's threshold. Run it after changing a learner, its budget or its
# evaluation, and set `threshold`, `floor` and `probe_max` in Grading/hw6.json from what it prints.
set -eu
check=$1; first=$2; last=$3; submission=${4:-ReferenceSolutions/hw6}
rlgrade=${RLGRADE:-.build/debug/rlgrade}
out=$(mktemp)
seed=$first
while [ "$seed" -le "$last" ]; do
    "$rlgrade" grade hw6 --submission "$submission" --only "$check" --seed "$seed" --json 2>/dev/null \
        | python3 -c '
import json, sys
r = json.load(sys.stdin)["checks"][0]
d = r.get("data") or {}
m = (d.get("evaluation-mean") or [float("nan")])[0]
p = (d.get("probe-mean") or [float("nan")])[0]
print(sys.argv[1], m, p, r["status"])' "$seed" | tee -a "$out"
    seed=$((seed + 1))
done
python3 - "$out" "$check" <<'PY'
import json, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
means = sorted(float(r[1]) for r in rows)
probes = sorted(float(r[2]) for r in rows)
rubric = json.load(open("Grading/hw6.json"))
entry = next(e for e in rubric["checks"] if e["id"] == sys.argv[2])
threshold, probe_max = entry["params"]["threshold"], entry["params"]["probe_max"]
q = lambda xs, f: xs[min(len(xs) - 1, int(f * len(xs)))]
print(f"{len(rows)} seeds; evaluation mean: min {means[0]:.1f}, 1% {q(means, .01):.1f}, 5% {q(means, .05):.1f}, median {q(means, .5):.1f}")
print(f"below threshold {threshold}: {sum(m < threshold for m in means)}; probe: max {probes[-1]:.1f}, 99% {q(probes, .99):.1f}; above probe_max {probe_max}: {sum(p > probe_max for p in probes)}")
PY
rm -f "$out"
