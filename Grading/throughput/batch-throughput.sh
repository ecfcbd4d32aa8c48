#!/usr/bin/env bash
# Batch throughput on this machine: N fresh hw2 submissions (the reference, its variants and
# mutants, each made unique by a comment so nothing is reused from the cache), graded by
# `rlgrade batch --jobs J` with the sandbox on; prints the figure rlgrade batch reports, and the
# per-check isolation overhead (a trivial exercise run through the sandbox vs directly).
#
#   Grading/throughput/batch-throughput.sh [N=26] [JOBS=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-26}"
JOBS="${2:-2}"
RLGRADE=.build/debug/rlgrade
[ -x "$RLGRADE" ] || swift build >/dev/null
WORK="$(mktemp -d /tmp/rlgrade-throughput-XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
SOURCES=(ReferenceSolutions/hw2)
for d in ReferenceSolutions/hw2/variants/* ReferenceSolutions/hw2/mutants/*; do SOURCES+=("$d"); done
for i in $(seq 1 "$N"); do
  src="${SOURCES[$(( (i - 1) % ${#SOURCES[@]} ))]}"
  dest="$WORK/subs/s$(printf %03d "$i")"
  mkdir -p "$dest"
  cp ReferenceSolutions/hw2/*.swift "$dest/"
  [ "$src" != ReferenceSolutions/hw2 ] && cp "$src"/*.swift "$dest/" 2>/dev/null || true
  echo "// submission $i $(date +%s%N)" >> "$dest/HW2Solution.swift"
done
# Warm the course library and the reference (not part of the figure).
"$RLGRADE" grade hw2 --submission ReferenceSolutions/hw2 >/dev/null 2>&1 || true
"$RLGRADE" batch hw2 "$WORK/subs" --out "$WORK/out" --jobs "$JOBS" 2>&1 | grep -E "throughput|done"
echo "isolation: $("$RLGRADE" doctor | awk '/^  level/ {sub(/^  level +/, ""); print}')"
