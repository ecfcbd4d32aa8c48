"""RLCore's figures next to Gymnasium's, SciPy's and NumPy's on the same work (run by side-by-side.sh).

    side_by_side.py --rlcore FIGURES.tsv --mdp MDP.json [--bench-program PATH] [--rounds N]

FIGURES.tsv: `rlgrade bench --tsv` (name<TAB>value<TAB>unit); MDP.json: `rlgrade bench --export-mdp`.
Times are the thread's CPU time and the best of several trials, as in the Swift bench. With
--bench-program (the program `rlgrade bench` compiled), the two sides take turns for N rounds
(RLCore's program, then Python's measurements, …) and each figure is its best round, so a busy
spell of a shared machine does not land on one side only.

- CartPole-v1: gymnasium.make("CartPole-v1") (with its default wrappers), random actions drawn up
  front, reset on termination or truncation.
- Value iteration: the exported MDP as one CSR matrix per action, a sweep as pymdptoolbox's
  ValueIteration._bellmanOperator computes it: Q[a] = R[a] + γ P[a]·V̄, then Q.argmax(axis=0) and
  Q.max(axis=0) (V̄ = V with terminal states 0); and its V-only part (Q, max), the faster
  baseline. V and the greedy policy after the bench's sweeps are compared with RLCore's.
- Minibatch forward+backward: a 4-64-64-2 tanh MLP on a batch of 64 in NumPy (float64), the
  parameter gradients and the input gradients, as RLCore's `backward(batch:outputGradients:)`.
"""

import argparse
import json
import subprocess
import sys
import time

import gymnasium
import numpy as np
import scipy
import scipy.sparse


def best_seconds(trials, body):
    best = float("inf")
    for _ in range(trials):
        start = time.thread_time()
        body()
        best = min(best, time.thread_time() - start)
    return best


def cartpole_steps_per_second():
    env = gymnasium.make("CartPole-v1")
    env.reset(seed=0)
    steps = 20_000
    actions = np.random.default_rng(1).integers(0, 2, size=steps).tolist()
    state = {"episodes": 0}

    def run():
        for a in actions:
            _, _, terminated, truncated, _ = env.step(a)
            if terminated or truncated:
                state["episodes"] += 1
                env.reset(seed=state["episodes"])

    return steps / best_seconds(5, run)


def load_mdp(path):
    with open(path) as f:
        m = json.load(f)
    n = m["stateCount"]
    first_pair = np.array(m["firstPair"], dtype=np.int64)
    actions = np.diff(first_pair)
    if not np.all(actions == actions[0]):
        sys.exit("side_by_side.py: pymdptoolbox's layout needs the same number of actions in every state")
    first_outcome = np.array(m["firstOutcome"], dtype=np.int64)
    nxt = np.array(m["next"], dtype=np.int32)
    prob = np.array(m["probability"], dtype=np.float64)
    r = np.array(m["expectedReward"], dtype=np.float64)
    A = int(actions[0])
    P, R = [], []
    for a in range(A):
        pairs = first_pair[:-1] + a
        counts = first_outcome[pairs + 1] - first_outcome[pairs]
        take = np.concatenate([np.arange(first_outcome[p], first_outcome[p + 1]) for p in pairs])
        indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int32)
        P.append(scipy.sparse.csr_matrix((prob[take], nxt[take], indptr), shape=(n, n)))
        R.append(r[pairs])
    terminal = np.array(m["isTerminal"], dtype=bool)
    return m, P, R, terminal


def scipy_value_iteration(m, P, R, terminal):
    """Sweeps/s of pymdptoolbox's _bellmanOperator (Q, argmax, max) and of its V-only part (Q, max).

    The two take turns trial by trial; returns both rates and V and π after the bench's sweeps.
    """
    gamma, sweeps, n, A = m["gamma"], m["sweeps"], m["stateCount"], len(P)
    any_terminal = bool(terminal.any())

    def q_values(V):
        Vbar = np.where(terminal, 0.0, V) if any_terminal else V
        Q = np.empty((A, n))
        for aa in range(A):
            Q[aa] = R[aa] + gamma * P[aa].dot(Vbar)
        return Q

    def bellman_operator(V):  # pymdptoolbox's ValueIteration._bellmanOperator
        Q = q_values(V)
        return (Q.argmax(axis=0), Q.max(axis=0))

    def run_full():
        V = np.zeros(n)
        for _ in range(sweeps):
            policy, V = bellman_operator(V)
        result["V"], result["policy"] = V, policy

    def run_values_only():
        V = np.zeros(n)
        for _ in range(sweeps):
            V = q_values(V).max(axis=0)
        result["V only"] = V

    result = {}
    full = values_only = float("inf")
    for _ in range(40):
        full = min(full, best_seconds(1, run_full))
        values_only = min(values_only, best_seconds(1, run_values_only))
    assert np.array_equal(result["V"], result["V only"])
    return sweeps / full, sweeps / values_only, result["V"], result["policy"]


def numpy_minibatch_samples_per_second(batch=64, sizes=(4, 64, 64, 2)):
    rng = np.random.default_rng(3)
    W = [rng.normal(0, 1 / np.sqrt(i), size=(i, o)) for i, o in zip(sizes[:-1], sizes[1:])]
    b = [np.zeros(o) for o in sizes[1:]]
    X = rng.uniform(-1, 1, size=(batch, sizes[0]))
    dY = np.zeros((batch, sizes[-1]))
    dY[np.arange(batch), np.arange(batch) % 2] = 1

    def step():
        acts = [X]
        for l in range(len(W)):
            z = acts[-1] @ W[l] + b[l]
            acts.append(np.tanh(z) if l < len(W) - 1 else z)
        grads = []
        delta = dY
        for l in reversed(range(len(W))):
            grads.append((acts[l].T @ delta, delta.sum(axis=0)))
            delta = delta @ W[l].T
            if l > 0:
                delta = delta * (1 - acts[l] ** 2)
        return grads, delta  # delta: dL/dx per row

    batches = 2_000
    t = best_seconds(5, lambda: [step() for _ in range(batches)])
    return batches * batch / t


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rlcore", required=True)
    parser.add_argument("--mdp", required=True)
    parser.add_argument("--bench-program")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rl = {}

    def merge_rlcore(lines):
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            value = float(parts[1])
            if parts[0] in rl and parts[2].endswith("/s"):
                value = max(value, rl[parts[0]][0])
            rl[parts[0]] = (value, parts[2])

    with open(args.rlcore) as f:
        merge_rlcore(f)

    used = set()

    def find(*words, without=()):
        for name, (value, unit) in rl.items():
            if all(w in name for w in words) and not any(w in name for w in without):
                used.add(name)
                return value
        return None

    m, P, R, terminal = load_mdp(args.mdp)
    cartpole, sweeps, sweeps_values, samples, V, policy = 0.0, 0.0, 0.0, 0.0, None, None
    rounds = max(1, args.rounds if args.bench_program else 1)
    for r in range(rounds):
        if r > 0:
            out = subprocess.run([args.bench_program], check=True, capture_output=True, text=True).stdout
            merge_rlcore(out.splitlines())
        cartpole = max(cartpole, cartpole_steps_per_second())
        round_sweeps, round_values, V, policy = scipy_value_iteration(m, P, R, terminal)
        sweeps = max(sweeps, round_sweeps)
        sweeps_values = max(sweeps_values, round_values)
        samples = max(samples, numpy_minibatch_samples_per_second())

    same = (np.array_equal(V, np.array(m["valuesExpectedReward"]))
            and np.array_equal(policy, np.array(m["policyExpectedReward"])))
    judge_gap = float(np.max(np.abs(V - np.array(m["valuesJudge"]))))

    batch_row = find("minibatch", "samples per second")
    mlp_rlcore = batch_row if batch_row is not None else find("network forward+backward per second")
    mlp_label = ("minibatch fwd+bwd, batch 64, 4-64-64-2 (samples/s)" if batch_row is not None
                 else "fwd+bwd 4-64-64-2, RLCore per sample vs NumPy batch 64 (samples/s)")
    judge = find("value iteration", without=("nested", "expected"))
    pymdp = find("value iteration", "expected", "greedy policy")
    values_only = find("value iteration", "expected", "values only")
    nested = find("value iteration", "nested")
    scipy_v = "SciPy %s CSR, Q+max" % scipy.__version__
    scipy_full = "SciPy CSR, Q+argmax+max"
    rows = [
        ("CartPole-v1 steps/s", find("cartpole"), "Gymnasium " + gymnasium.__version__, cartpole),
        ("value iteration sweeps/s, V only (SciPy's arithmetic) over mdp.flat", values_only, scipy_v, sweeps_values),
        ("value iteration sweeps/s, V and policy (pymdptoolbox's sweep) over mdp.flat", pymdp, scipy_full, sweeps),
        ("value iteration sweeps/s, judge kernel over mdp.flat", judge, scipy_v, sweeps_values),
        ("value iteration sweeps/s, nested outcomes (before)", nested, scipy_v, sweeps_values),
        (mlp_label, mlp_rlcore, "NumPy " + np.__version__, samples),
    ]
    print("RLCore side by side (10,000 states x 4 actions x branching 5 MDP; thread CPU time, best of trials; "
          "best of %d rounds taking turns)" % rounds)
    width = max(len(r[0]) for r in rows)
    who_width = max(len(r[2]) for r in rows)
    print("  %-*s  %14s  %-*s %14s  %8s" % (width, "figure", "RLCore", who_width, "other", "other's", "ratio"))
    for label, ours, who, theirs in rows:
        ours_text = "%14.0f" % ours if ours is not None else "%14s" % "—"
        ratio = "%7.2fx" % (ours / theirs) if ours is not None else "%8s" % "—"
        print("  %-*s  %s  %-*s %14.0f  %s" % (width, label, ours_text, who_width, who, theirs, ratio))
    print("  same MDP: SciPy's V and greedy policy after %d sweeps %s RLCore's (SciPy's arithmetic); max |ΔV| vs the judge kernel %.2g"
          % (m["sweeps"], "is bit-identical to" if same else "DIFFERS from", judge_gap))
    rest = [(name, value, unit) for name, (value, unit) in rl.items() if name not in used]
    if rest:
        print("RLCore only:")
        for name, value, unit in rest:
            print("  %s: %s %s" % (name, "%.0f" % value if value >= 100 else "%.3g" % value, unit))
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
