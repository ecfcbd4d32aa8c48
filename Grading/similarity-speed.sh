#!/bin/sh
# Speed figure of `rlgrade similarity`: a synthetic class of N hw2 submissions (default 300), each file
# taken from the reference, a variant or a mutant (ReferenceSolutions/hw2), with one of several
# identifier renamings applied, then timed with the given number of jobs (default 2).
#   Grading/similarity-speed.sh [N] [JOBS] [RLGRADE]     (RLGRADE defaults to .build/debug/rlgrade)
set -e
cd "$(dirname "$0")/.."
N=${1:-300}
JOBS=${2:-2}
RLGRADE=${3:-.build/debug/rlgrade}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/rlgrade-similarity-speed.XXXXXX")
[ -n "$KEEP" ] && echo "class kept in $WORK" || trap 'rm -rf "$WORK"' EXIT
REF=ReferenceSolutions/hw2

renaming() {  # renaming K: a sed script that renames the reference's local names
    case $(( $1 % 6 )) in
        0) echo 's/\bvalues\b/values/g' ;;
        1) echo 's/\bvalues\b/v/g; s/\bdelta\b/change/g; s/\bnext\b/updated/g' ;;
        2) echo 's/\bvalues\b/valueTable/g; s/\btotal\b/acc/g; s/\bbest\b/bestValue/g' ;;
        3) echo 's/\bdelta\b/diff/g; s/\bresiduals\b/history/g; s/\bpolicy\b/pi/g' ;;
        4) echo 's/\bnext\b/newValues/g; s/\bbest\b/m/g; s/\btotal\b/sum/g; s/\bs\b/state/g' ;;
        5) echo 's/\bvalues\b/V/g; s/\ba\b/action/g; s/\bdelta\b/maxChange/g' ;;
    esac
}

i=0
while [ "$i" -lt "$N" ]; do
    dir="$WORK/class/student$(printf %04d "$i")"
    mkdir -p "$dir"
    cp "$REF"/*.swift "$dir/"
    # Overlay one variant or mutant per student (or none), chosen by the student's number.
    overlays=$(ls -d "$REF"/variants/* "$REF"/mutants/* | sort)
    count=$(echo "$overlays" | wc -l)
    pick=$(( (i * 7) % (count + 1) ))
    if [ "$pick" -gt 0 ]; then
        cp $(echo "$overlays" | sed -n "${pick}p")/*.swift "$dir/"
    fi
    script=$(renaming $(( i / 3 )))
    for f in "$dir"/*.swift; do sed -e "$script" "$f" > "$f.tmp" && mv "$f.tmp" "$f"; done
    i=$((i + 1))
done

start=$(date +%s.%N 2>/dev/null || date +%s)
cpu=$( ("$RLGRADE" similarity hw2 "$WORK/class" --out "$WORK/out" --jobs "$JOBS" > "$WORK/log"; times) | tail -n 1)
end=$(date +%s.%N 2>/dev/null || date +%s)
head -n 1 "$WORK/log"
echo "similarity of $N hw2 submissions with --jobs $JOBS: $(echo "$end - $start" | bc) s wall, CPU (user system) $cpu"
echo "(wall time depends on the machine's load: $(uptime | sed 's/.*load/load/'))"
