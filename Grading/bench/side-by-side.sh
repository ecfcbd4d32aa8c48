#!/bin/sh
# RLCore's speed figures next to Gymnasium's, SciPy's and NumPy's on the same work, in one table.
#
#   Grading/bench/side-by-side.sh            # from anywhere in the repository
#   BENCH_NO_PYTHON=1 Grading/bench/side-by-side.sh   # RLCore's figures only
#   BENCH_ROUNDS=5 Grading/bench/side-by-side.sh      # rounds in which the two sides take turns (3)
#
# With python3 (3.9+) on PATH it creates .build/bench-venv once (pip install gymnasium scipy numpy,
# from PyPI) and compares, on this machine and in this run:
#   - CartPole steps/s: RLCore's CartPole vs gymnasium.make("CartPole-v1");
#   - value-iteration sweeps/s on the bench's MDP (10,000 states x 4 actions x branching 5, exported
#     by `rlgrade bench --export-mdp`): RLCore over mdp.flat vs SciPy CSR as pymdptoolbox sweeps;
#   - minibatch forward+backward (batch 64, 4-64-64-2 tanh MLP): RLCore vs NumPy.
# Without Python (or if the venv cannot be made, e.g. offline) it prints RLCore's figures only.
# Figures, never assertions: only a mismatch of the value-iteration results makes it fail.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rlgrade=${RLGRADE:-"$root/.build/debug/rlgrade"}
if [ ! -x "$rlgrade" ]; then swift build --product rlgrade >&2; fi
venv="$root/.build/bench-venv"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

python=""
if [ "${BENCH_NO_PYTHON:-0}" != 1 ] && command -v python3 >/dev/null 2>&1; then
    if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import gymnasium, scipy, numpy' 2>/dev/null; then
        echo "side-by-side: creating $venv (pip install gymnasium scipy numpy) …" >&2
        rm -rf "$venv"
        if ! { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet gymnasium scipy numpy; } >&2; then
            echo "side-by-side: could not create the venv; RLCore's figures only" >&2
            rm -rf "$venv"
        fi
    fi
    if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import gymnasium, scipy, numpy' 2>/dev/null; then
        python="$venv/bin/python"
    fi
fi

if [ -n "$python" ]; then
    "$rlgrade" bench --tsv --export-mdp "$tmp/mdp.json" > "$tmp/rlcore.tsv"
    # The program `rlgrade bench` just compiled: the two sides take turns for a few rounds.
    program="${RLGRADE_CACHE:-$root/.build/rlgrade-cache}/bench/bench"
    "$python" "$root/Grading/bench/side_by_side.py" --rlcore "$tmp/rlcore.tsv" --mdp "$tmp/mdp.json" \
        --bench-program "$program" --rounds "${BENCH_ROUNDS:-3}"
else
    echo "RLCore's figures (no Python with gymnasium, scipy and numpy: nothing to compare with)"
    "$rlgrade" bench --tsv | awk -F '\t' '{ printf ($2 >= 100 ? "  %s: %.0f %s\n" : "  %s: %.3g %s\n"), $1, $2, $3 }'
fi
