#!/usr/bin/env bash
# The student loop, as a student runs it: edit a file of the homework, run `rlgrade hwN` (compile
# + every public check), read the report. Prints each run's wall-clock time and CPU time (the grader
# and every child: compiler, sandboxed runners), the median, and the machine's load.
#
#   Grading/bench/student-loop.sh [HOMEWORK=hw4] [RUNS=5] [RLGRADE=.build/debug/rlgrade]
#
# The submission is the reference (ReferenceSolutions/HOMEWORK) in a temporary folder; before each
# run a comment with a new number is appended to one file, so every run compiles (as after an edit)
# and nothing comes from the build cache. One warm-up run (not counted) builds the course library
# if needed. `UNCHANGED=1` measures the other figure of issue 17: the same submission again (no
# compile, every public check).
set -euo pipefail
cd "$(dirname "$0")/../.."
HW="${1:-hw4}"
RUNS="${2:-5}"
RLGRADE="${3:-.build/debug/rlgrade}"
[ -x "$RLGRADE" ] || swift build >/dev/null
WORK="$(mktemp -d /tmp/rlgrade-student-loop-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/$HW"
cp ReferenceSolutions/"$HW"/*.swift "$WORK/$HW/"
FILE="$(ls "$WORK/$HW"/*.swift | head -1)"
"$RLGRADE" "$HW" "$WORK/$HW" >/dev/null 2>&1 || true   # warm-up
walls=()
for i in $(seq 1 "$RUNS"); do
  [ "${UNCHANGED:-0}" = 1 ] || echo "// edit $i $(date +%s%N)" >> "$FILE"
  /usr/bin/time -o "$WORK/time" -f "%e %U %S" "$RLGRADE" "$HW" "$WORK/$HW" >"$WORK/out" 2>/dev/null || true
  read -r wall user sys <"$WORK/time"
  score=$(grep -E "^Score" "$WORK/out" | head -1)
  printf "run %d: %5.2f s wall, %5.2f s CPU  (%s)\n" "$i" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" "$score"
  walls+=("$wall")
done
median=$(printf "%s\n" "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
echo "$HW student loop$([ "${UNCHANGED:-0}" = 1 ] && echo ' (unchanged)'): median $median s over $RUNS runs; $(uptime | sed 's/.*load/load/')"
