#!/bin/sh
# Measures the false-fail rate of every learner check of hw4, hw5 and hw6 (the learner rule,
# Grading/README.md, "Learner checks").
#
# For the reference and correct variants with other hyper-parameters, it grades one learner check
# with `--seed S` for S = 1 … N (one full-budget training per seed, plus the check's tiny-budget
# probes), keeps the check's `measured` and `probe` data (every learner check reports both), and
# prints per check and submission:
#   - the per-seed distribution of the measured quantity (worst, 1 %, 5 %, median) and how many seeds
#     alone would fall short of full credit;
#   - how often the probe tripped on a seed;
#   - the false-fail rate of the check as graded: the probability that a draw of as many seeds as the
#     rubric lists loses any credit, estimated by resampling 20,000 such draws (fixed random seed)
#     from the N measured seeds, each seed with its own probe figures.
# The check's ramp, probe limit and seed count are read from its entry in Grading/hwN.json (every
# learner entry lists them), so the figures follow the rubric.
#
# How a draw is scored follows the check's judge:
#   hw4, hw5 (the shared LearnerJudge): credit from the mean over the seeds of the measured quantity
#     (as the check counted it) on the ramp zero_at → full_at; the check gives 0
#     when every probe (two, from the first seed) earns more than probe_max of the credit.
#   hw6 (HW6LearnerJudge): the same mean over the seeds on the ramp floor → threshold; one probe per
#     seed, and the check gives 0 when any seed's probe mean is above probe_max (a return).
#
# Usage: Grading/learner-false-fail.sh [N=100] [JOBS=2] [CHECK...]   (default: every learner check)
#   run from the repository root after `swift build`. CPU per seed and submission: hw4 cartpole 1 s,
#   short corridor 0.1 s, hw5 3 s per check, hw6 PPO CartPole 13 s, TRPO 6 s, PPO Pendulum 9 s.
#   Raw values go to .build/learner-false-fail/<check>/<submission>.tsv (resumable: kept seeds are not
#   rerun). SUBMISSIONS="reference variants/x" limits the submissions; SUMMARY=1 only prints;
#   MARKDOWN=1 prints the rows of the table in Grading/README.md.
set -eu
N=${1:-100}
JOBS=${2:-2}
shift 2 2>/dev/null || shift $# 2>/dev/null || true
ALL="hw4.convergence.cartpole hw4.convergence.short-corridor hw5.convergence.dqn hw5.convergence.double-dqn hw6.convergence.ppo-cartpole hw6.convergence.trpo-cartpole hw6.convergence.ppo-pendulum"
CHECKS=${*:-$ALL}
ROOT=$(pwd)
RLGRADE=${RLGRADE:-$ROOT/.build/debug/rlgrade}
OUT=${OUT:-$ROOT/.build/learner-false-fail}
[ -x "$RLGRADE" ] || { echo "build first: swift build" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed for the summary" >&2; exit 2; }

# The correct submissions measured per check: the reference and variants with other hyper-parameters.
submissions_for() {
    case $1 in
        hw4.convergence.cartpole) echo "reference variants/a2c-half-learning-rate variants/a2c-8-environments-16-steps variants/normalized-advantages" ;;
        hw4.convergence.short-corridor) echo "reference variants/batch-mean-baseline variants/reinforce-slow-baseline" ;;
        hw5.convergence.*) echo "reference variants/half-learning-rate variants/double-target-period" ;;
        hw6.convergence.*) echo "reference variants/smaller-steps variants/fewer-epochs" ;;
        *) echo "unknown learner check $1" >&2; exit 2 ;;
    esac
}

# A submission folder: the reference with a variant's files laid over it.
folder() {
    dir=$OUT/submissions/$1-$(echo "$2" | tr / -)
    rm -rf "$dir"; mkdir -p "$dir"
    cp "$ROOT"/ReferenceSolutions/"$1"/*.swift "$dir"/
    [ "$2" = reference ] || cp "$ROOT"/ReferenceSolutions/"$1"/"$2"/*.swift "$dir"/
    echo "$dir"
}

if [ "${SUMMARY:-0}" != 1 ]; then
for check in $CHECKS; do
    hw=${check%%.*}
    mkdir -p "$OUT/$check"
    for sub in ${SUBMISSIONS:-$(submissions_for "$check")}; do
        dir=$(folder "$hw" "$sub")
        tsv=$OUT/$check/$(echo "$sub" | tr / -).tsv
        touch "$tsv"
        seq 1 "$N" | while read -r s; do grep -q "^$s	" "$tsv" || echo "$s"; done | \
            xargs -P "$JOBS" -I{} sh -c '
                json=$(mktemp); "$0" grade "$1" --submission "$2" --only "$3" --seed {} --json >"$json" 2>/dev/null || true
                python3 -c "
import json, sys
try:
    c = json.load(open(sys.argv[1]))[\"checks\"][0]
except Exception:
    print(sys.argv[2], \"none\", \"none\", \"error\", sep=\"\\t\"); sys.exit()
d = c.get(\"data\") or dict()
f = lambda k: \",\".join(repr(float(x)) for x in d[k]) if d.get(k) else \"none\"
print(sys.argv[2], f(\"measured\"), f(\"probe\"), c.get(\"status\", \"?\"), sep=\"\\t\")" "$json" {} >>"$4"
                rm -f "$json"' "$RLGRADE" "$hw" "$dir" "$check" "$tsv"
    done
done
fi

echo "learner false-fail measurement: N = $N seeds per submission; draws of the rubric's seed count"
for check in $CHECKS; do
    hw=${check%%.*}
    python3 - "$ROOT/Grading/$hw.json" "$check" "$N" "$OUT/$check" ${SUBMISSIONS:-$(submissions_for "$check")} <<'PY'
import json, math, os, random, sys
rubric_path, check, n, folder, subs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
entry = next(e for e in json.load(open(rubric_path))["checks"] if e["id"] == check)
p = entry.get("params", {})
def param(*names):
    for name in names:
        if name == "tolerance" and "tolerance" in entry: return float(entry["tolerance"])
        if name in p: return float(p[name])
    sys.exit(f"{rubric_path}: {check} lists none of {names} in its params (the script reads them from the rubric)")
per_seed_probe = check.startswith("hw6.")
if per_seed_probe:
    zero, full, pmax = param("floor"), param("threshold"), param("probe_max")
else:
    zero, full, pmax = param("zero_at"), param("full_at", "tolerance"), param("probe_max")
k = len(entry["seeds"])
def credit(v):
    if not math.isfinite(v): return 0.0
    return min(1.0, max(0.0, (v - zero) / (full - zero)))
def false_fail(records, full_at, draws=20000):
    # resampled draws of k seeds (fixed random seed), each seed with its own probe figures
    ramp = lambda v: 0.0 if not math.isfinite(v) else min(1.0, max(0.0, (v - zero) / (full_at - zero)))
    rng = random.Random(12); fails = 0
    for _ in range(draws):
        draw = [records[rng.randrange(len(records))] for _ in range(k)]
        if any(m is None for m, _ in draw): fails += 1; continue
        probe_trip = any(tripped(pr) for _, pr in draw) if per_seed_probe else tripped(draw[0][1])
        if probe_trip or ramp(sum(m for m, _ in draw) / k) < 1: fails += 1
    return fails / draws
def tripped(probes):
    if probes is None: return False
    return any(x > pmax for x in probes) if per_seed_probe else all(credit(x) > pmax for x in probes)
print()
if os.environ.get("MARKDOWN") == "1": print(f"<!-- {check}: {k} seeds, credit 0 at {zero:g}, full at {full:g}, probe limit {pmax:g} -->")
else: print(f"{check}  ({k} seeds per grade; credit 0 at {zero:g}, full at {full:g}; probe limit {pmax:g}"
      + (" (a return, any seed's probe)" if per_seed_probe else " of the credit (every probe)") + ")")
if os.environ.get("MARKDOWN") != "1": print(f"  {'submission':<38} {'seeds':>5} {'worst':>9} {'1%':>9} {'5%':>9} {'median':>9} {'short/seed':>10} {'probe trips':>11} {'false-fail':>10}")
measured = []
for sub in subs:
    rows = {}
    try:
        for line in open(f"{folder}/{sub.replace('/', '-')}.tsv"):
            f = line.rstrip("\n").split("\t")
            if len(f) >= 3 and int(f[0]) <= n: rows[int(f[0])] = f
    except FileNotFoundError:
        pass
    records = []
    for s in sorted(rows):
        f = rows[s]
        m = None if f[1] == "none" else float(f[1].split(",")[0])
        pr = None if f[2] == "none" else [float(x) for x in f[2].split(",")]
        records.append((m, pr))
    if not records:
        print(f"  {sub:<38} {0:>5}   (no measurements)"); continue
    values = sorted((m for m, _ in records if m is not None), key=lambda v: v if full > zero else -v)
    trips = sum(1 for m, pr in records if tripped(pr) or m is None)
    short = sum(1 for v in values if credit(v) < 1)
    q = lambda f: values[min(len(values) - 1, int(f * (len(values) - 1)))] if values else float("nan")
    ff = false_fail(records, full)
    if os.environ.get("MARKDOWN") == "1":
        name = check if not measured else ""
        print(f"| {name} | {sub.replace('variants/', '')} ({len(records)} seeds) | {q(0):.4g} | {short} | {trips} | {100 * ff:.2f} % |")
        measured.append(records); continue
    print(f"  {sub:<38} {len(records):>5} {q(0):>9.4g} {q(0.01):>9.4g} {q(0.05):>9.4g} {q(0.5):>9.4g} "
          f"{short:>5}/{len(values):<4} {trips:>5}/{len(records):<5} {100 * ff:>9.2f}%")
    measured.append(records)
# The strictest full-credit end (zero end fixed) at which every measured submission keeps a
# false-fail ≤ 1 %: where the rubric's end could move without breaking the rule.
if measured and os.environ.get("MARKDOWN") != "1":
    lo, hi = zero, full
    while all(false_fail(r, hi, 5000) <= 0.01 for r in measured) and abs(hi - zero) < 1e6:
        lo, hi = hi, hi + (hi - zero)
    for _ in range(20):
        mid = (lo + hi) / 2
        if all(false_fail(r, mid, 5000) <= 0.01 for r in measured): lo = mid
        else: hi = mid
    print(f"  full credit could be at {lo:.4g} at most for a false-fail ≤ 1 % of every submission above (now {full:g})")
PY
done
