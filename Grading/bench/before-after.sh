#!/usr/bin/env bash
# Issue 17's figures for two trees of this repository in one run, taking turns run by run, so a busy
# spell of a shared machine cannot land on one side only. "before" is another checkout (a worktree at
# an older commit, already built with `swift build`); "after" is this checkout.
#
#   git worktree add /tmp/before 47d4606 && (cd /tmp/before && swift build)
#   Grading/bench/before-after.sh /tmp/before [RUNS=5]
#
# Each tree runs its own debug-built `rlgrade` (as students run it) on its own reference solutions,
# with its own build cache. Figures (medians of RUNS, wall clock and CPU of the whole process tree):
#   - hw2 and hw4 student loop: one file of a copy of the reference edited, then `rlgrade hwN DIR`;
#   - hw4 unchanged: the same submission again (no compile, every public check);
#   - batch: each tree's Grading/throughput/batch-throughput.sh (26 fresh hw2 submissions,
#     `--jobs 2`), two rounds each, taking turns;
#   - each tree's Grading/bench/side-by-side.sh (RLCore vs SciPy, Gymnasium, NumPy), printed whole;
#     the before tree uses this tree's .build/bench-venv when it has none.
# FIGURES="loops batch bench" (the default) picks which of the three groups run.
# Figures, never assertions.
set -euo pipefail
after="$(cd "$(dirname "$0")/../.." && pwd)"
before="$(cd "${1:?usage: before-after.sh BEFORE_TREE [RUNS]}" && pwd)"
runs="${2:-5}"
figures=" ${FIGURES:-loops batch bench} "
unset RLGRADE_CACHE
for tree in "$before" "$after"; do
  [ -x "$tree/.build/debug/rlgrade" ] || (cd "$tree" && swift build >/dev/null)
done
work="$(mktemp -d /tmp/rlgrade-before-after-XXXXXX)"
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# prepare SIDE HW: a copy of SIDE's reference of HW in $work/SIDE-HW, graded once (warm-up).
prepare() {
  local tree="$1" side="$2" hw="$3" dir="$work/$2-$3"
  mkdir -p "$dir"
  cp "$tree/ReferenceSolutions/$hw"/*.swift "$dir/"
  (cd "$tree" && .build/debug/rlgrade "$hw" "$dir" >/dev/null 2>&1) || true
}

# once TREE SIDE HW EDIT: one `rlgrade HW` run (EDIT=1: after appending a comment to one file);
# appends "wall cpu" to $work/SIDE-HW-EDIT.times. The same measurement as student-loop.sh, which
# times one tree run after run; here two trees take turns.
once() {
  local tree="$1" side="$2" hw="$3" edit="$4" dir="$work/$2-$3"
  local file; file="$(ls "$dir"/*.swift | head -1)"
  [ "$edit" = 1 ] && echo "// edit $(date +%s%N)" >> "$file"
  (cd "$tree" && /usr/bin/time -o "$work/time" -f "%e %U %S" .build/debug/rlgrade "$hw" "$dir" >"$work/out" 2>/dev/null) || true
  grep -q -E "^Score" "$work/out" || { echo "  ($side $hw: no score line; see below)"; sed -n 1,20p "$work/out"; }
  awk '{print $1, $2 + $3}' "$work/time" >> "$work/$side-$hw-$edit.times"
}

loop_figure() {
  local hw="$1" edit="$2" label="$3"
  rm -f "$work"/*-"$hw"-"$edit".times
  for i in $(seq 1 "$runs"); do
    once "$before" before "$hw" "$edit"
    once "$after" after "$hw" "$edit"
  done
  local bw bc aw ac
  bw=$(awk '{print $1}' "$work/before-$hw-$edit.times" | median)
  bc=$(awk '{print $2}' "$work/before-$hw-$edit.times" | median)
  aw=$(awk '{print $1}' "$work/after-$hw-$edit.times" | median)
  ac=$(awk '{print $2}' "$work/after-$hw-$edit.times" | median)
  printf "| %s | %.2f s (CPU %.2f s) | %.2f s (CPU %.2f s) | × %.2f |\n" "$label" "$bw" "$bc" "$aw" "$ac" \
    "$(awk -v a="$aw" -v b="$bw" 'BEGIN {print a / b}')" >> "$work/table"
  echo "  $label: before $(tr '\n' ' ' < "$work/before-$hw-$edit.times" | sed 's/ $//'); after $(tr '\n' ' ' < "$work/after-$hw-$edit.times")"
}

echo "before: $before ($(git -C "$before" log -1 --format=%h)); after: $after ($(git -C "$after" log -1 --format=%h))"
echo "start: $(uptime | sed 's/.*load/load/')"
echo "| figure | before | after | after/before |" > "$work/table"
echo "| --- | --- | --- | --- |" >> "$work/table"
if [[ "$figures" == *" loops "* ]]; then
  for hw in hw2 hw4; do
    prepare "$before" before "$hw"
    prepare "$after" after "$hw"
  done
  echo "student loop, $runs runs each, taking turns (wall s, CPU s):"
  loop_figure hw2 1 "hw2 student loop (edit → public report), median of $runs"
  loop_figure hw4 1 "hw4 student loop (edit → public report), median of $runs"
  loop_figure hw4 0 "hw4 unchanged (every public check), median of $runs"
fi

if [[ "$figures" == *" batch "* ]]; then
echo "batch, 26 fresh hw2 submissions, --jobs 2, two rounds each, taking turns:"
b_rates=(); a_rates=()
for round in 1 2; do
  for side in before after; do
    tree="$before"; [ "$side" = after ] && tree="$after"
    (cd "$tree" && Grading/throughput/batch-throughput.sh 26 2) > "$work/batch-$side" 2>&1 || true
    rate=$(grep 'throughput' "$work/batch-$side" | head -1 | sed -E 's/.*throughput ([0-9.]+) .*/\1/')
    echo "  $side round $round: ${rate:-?} /min ($(grep -m1 -E 'throughput' "$work/batch-$side" || true))"
    if [ "$side" = before ]; then b_rates+=("${rate:-0}"); else a_rates+=("${rate:-0}"); fi
  done
done
printf "| batch, 26 fresh hw2 submissions, --jobs 2 (two rounds) | %s, %s /min | %s, %s /min | × %.2f |\n" \
  "${b_rates[0]}" "${b_rates[1]}" "${a_rates[0]}" "${a_rates[1]}" \
  "$(awk -v a0="${a_rates[0]}" -v a1="${a_rates[1]}" -v b0="${b_rates[0]}" -v b1="${b_rates[1]}" 'BEGIN {print (b0 + b1 > 0) ? (a0 + a1) / (b0 + b1) : 0}')" >> "$work/table"
fi

if [[ "$figures" == *" bench "* ]]; then
if [ ! -e "$before/.build/bench-venv" ] && [ -x "$after/.build/bench-venv/bin/python" ]; then
  ln -s "$after/.build/bench-venv" "$before/.build/bench-venv"
fi
for side in before after; do
  tree="$before"; [ "$side" = after ] && tree="$after"
  echo "side by side, $side ($(git -C "$tree" log -1 --format=%h)):"
  (cd "$tree" && Grading/bench/side-by-side.sh) > "$work/side" 2>&1 || true
  sed 's/^/  /' "$work/side"
done
fi
echo "end: $(uptime | sed 's/.*load/load/')"
echo
cat "$work/table"
