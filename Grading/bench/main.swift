// rlgrade bench: speed figures of RLCore, compiled with -O against the stub modules (together with
// the other files of this folder and the judge's Sources/RLJudgeKernels/FlatBellman.swift).
// Prints one "name<TAB>value<TAB>unit" line per figure; `rlgrade bench` formats them.
// Times are the thread's CPU time (a loaded machine's preemption does not count); figures measured
// in trials are the best trial. `--export-mdp FILE` also writes the value-iteration MDP (for
// Grading/bench/side-by-side.sh).
import Foundation
import RLCore

func seconds(_ body: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
}

/// The fastest of `trials` runs of `body`, in seconds.
func bestSeconds(trials: Int, _ body: () -> Void) -> Double {
    (0..<trials).map { _ in seconds(body) }.min()!
}

/// The fastest of `trials` runs of each body, the bodies taking turns (so a busy spell of the
/// machine hits them alike), in seconds.
func bestSeconds(trials: Int, taking bodies: [() -> Void]) -> [Double] {
    var best = Array(repeating: Double.infinity, count: bodies.count)
    for _ in 0..<trials {
        for (i, body) in bodies.enumerated() { best[i] = min(best[i], seconds(body)) }
    }
    return best
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name)\t\(value)\t\(unit)")
}

// 1. CartPole steps per second (one core), random actions, reset on termination/truncation.
do {
    var env = CartPole()
    var rng = SeededGenerator(seed: 1)
    _ = env.reset(seed: 0)
    let steps = 200_000
    var episodes = 0
    let t = bestSeconds(trials: 10) {
        for _ in 0..<steps {
            let result = env.step(rng.int(below: 2))
            if result.terminated || result.truncated {
                episodes += 1
                _ = env.reset(seed: UInt64(episodes))
            }
        }
    }
    report("cartpole steps per second", Double(steps) / t, "steps/s")
}

// 2. Value-iteration sweeps per second on a seeded 10,000-state, 4-action, branching-5 MDP: the
//    nested `outcomes` (the readable layout, as before `mdp.flat`), the judge's kernel over
//    `mdp.flat`, and pymdptoolbox's sweep (SciPy's arithmetic r(s,a) + γ Σ P V, and the greedy
//    policy) over `mdp.flat`, with and without the greedy policy.
do {
    let mdp = try! RandomMDP.generate(seed: 7, stateCount: 10_000, actionCount: 4, branching: 5, gamma: 0.95)
    let shape = "10,000 states, 4 actions, branching 5"
    let sweeps = 20, trials = 40
    let times = bestSeconds(trials: trials, taking: [
        { _ = ValueIterationBench.nestedSweeps(mdp, sweeps) },
        { _ = ValueIterationBench.judgeSweeps(mdp, sweeps) },
        { _ = ValueIterationBench.expectedRewardSweeps(mdp, sweeps) },
        { _ = ValueIterationBench.expectedRewardValueSweeps(mdp, sweeps) },
    ])
    report("value iteration sweeps per second, nested outcomes (\(shape))", Double(sweeps) / times[0], "sweeps/s")
    report("value iteration sweeps per second (\(shape))", Double(sweeps) / times[1], "sweeps/s")
    report("value iteration sweeps per second, expected rewards and greedy policy as pymdptoolbox (\(shape))", Double(sweeps) / times[2], "sweeps/s")
    report("value iteration sweeps per second, expected rewards, values only (\(shape))", Double(sweeps) / times[3], "sweeps/s")
    let arguments = CommandLine.arguments
    if let i = arguments.firstIndex(of: "--export-mdp"), i + 1 < arguments.count {
        ValueIterationBench.export(mdp, sweeps: sweeps, to: arguments[i + 1])
    }
}

// 3. Network forward+backward per second, 4-64-64-2 tanh MLP, every pass on a new input (a repeated
//    input would be answered from the network's memo of recent passes).
do {
    let net = MLP(layerSizes: [4, 64, 64, 2], seed: 3)
    var gradient = [Double](repeating: 0, count: net.parameterCount)
    let passes = 20_000
    var rng = SeededGenerator(seed: 11)
    let inputs = (0..<(passes * 10)).map { _ in (0..<4).map { _ in rng.uniform(-1, 1) } }
    var trial = 0
    let t = bestSeconds(trials: 10) {
        defer { trial += 1 }
        for i in 0..<passes {
            let (_, cache) = net.forwardCached(inputs[trial * passes + i])
            net.accumulateGradient(cache, outputGradient: [1, -1], into: &gradient)
        }
    }
    report("network forward+backward per second (4-64-64-2)", Double(passes) / t, "passes/s")
    if gradient[0].isNaN { print("unreachable") }
}

// 4. Minibatch forward+backward per second, batch 64, 4-64-64-2 tanh MLP (MLP+Batch, as DQN uses it).
do {
    let net = MLP(layerSizes: [4, 64, 64, 2], seed: 3)
    var rng = SeededGenerator(seed: 5)
    let inputs = Matrix(rows: 64, cols: 4) { _, _ in rng.uniform(-1, 1) }
    let outputGradients = Matrix(rows: 64, cols: 2) { r, c in c == r % 2 ? 1 : 0 }
    var checksum = 0.0
    let batches = 4_000
    let t = seconds {
        for _ in 0..<batches {
            let (_, cache) = net.forwardCached(batch: inputs)
            checksum += net.backward(batch: cache, outputGradients: outputGradients).parameterGradient[0]
        }
    }
    report("network minibatch forward+backward per second (batch 64, 4-64-64-2)", Double(batches) / t, "batches/s")
    report("network minibatch forward+backward, samples per second (batch 64, 4-64-64-2)", Double(batches * 64) / t, "samples/s")
    if checksum.isNaN { print("unreachable") }
}
