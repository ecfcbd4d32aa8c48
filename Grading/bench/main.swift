// rlgrade bench: speed figures of RLCore, compiled with -O against the stub modules.
// Prints one "name<TAB>value<TAB>unit" line per figure; `rlgrade bench` formats them.
import Foundation
import RLCore

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func report(_ name: String, _ value: Double, _ unit: String) {
    print("\(name)\t\(value)\t\(unit)")
}

// 1. CartPole steps per second (one core), random actions, reset on termination/truncation.
do {
    var env = CartPole()
    var rng = SeededGenerator(seed: 1)
    _ = env.reset(seed: 0)
    let steps = 2_000_000
    var episodes = 0
    let t = seconds {
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

// 2. Value-iteration sweeps per second on a seeded 10,000-state, 4-action, branching-5 MDP.
do {
    let mdp = try! RandomMDP.generate(seed: 7, stateCount: 10_000, actionCount: 4, branching: 5, gamma: 0.95)
    var v = [Double](repeating: 0, count: mdp.stateCount)
    var next = v
    let sweeps = 50
    let t = seconds {
        for _ in 0..<sweeps {
            for s in 0..<mdp.stateCount {
                var best = -Double.infinity
                for list in mdp.outcomes[s] {
                    var q = 0.0
                    for o in list { q += o.probability * (o.reward + mdp.gamma * (mdp.isTerminal[o.next] ? 0 : v[o.next])) }
                    best = max(best, q)
                }
                next[s] = best
            }
            swap(&v, &next)
        }
    }
    report("value iteration sweeps per second (10,000 states, 4 actions, branching 5)", Double(sweeps) / t, "sweeps/s")
}

// 3. Network forward+backward per second, 4-64-64-2 tanh MLP.
do {
    let net = MLP(layerSizes: [4, 64, 64, 2], seed: 3)
    var gradient = [Double](repeating: 0, count: net.parameterCount)
    let input: [Double] = [0.01, -0.2, 0.03, 0.4]
    let passes = 200_000
    let t = seconds {
        for _ in 0..<passes {
            let (_, cache) = net.forwardCached(input)
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
