import RLCore
import RLHomework

// Part 4 — n-step returns and GAE on rollout segments (terminated: no bootstrap; truncated: bootstrap).

extension HW4Solution {
    /// G_t^(n) = Σ_{k<m} γ^k r_{t+k} + γ^m V(s_{t+m}), m ≤ n cut at the end of the episode or segment;
    /// no bootstrap after a terminated step, bootstrap from `nextValues` after a truncated one. README §4.
    func nStepReturns(_ rollout: HW4.Rollout, gamma: Double, n: Int) throws -> [Double] {
        // BEGIN SOLUTION throw NotImplemented("nStepReturns(_:gamma:n:)")
        let steps = rollout.count
        var returns = [Double](repeating: 0, count: steps)
        for t in 0..<steps {
            var g = 0.0
            var discount = 1.0
            var i = t
            while true {
                g += discount * rollout.rewards[i]
                discount *= gamma
                if rollout.terminated[i] { break }  // a terminal state has value 0
                if rollout.truncated[i] || i - t + 1 == n || i == steps - 1 {
                    g += discount * rollout.nextValues[i]  // bootstrap from V(s_{i+1})
                    break
                }
                i += 1
            }
            returns[t] = g
        }
        return returns
        // END SOLUTION
    }

    /// δ_t = r_t + γ (1 − terminated_t) nextValues[t] − values[t]; Â_t = δ_t + γλ (1 − done_t) Â_{t+1};
    /// value targets Â_t + values[t]. README §4.
    func gae(_ rollout: HW4.Rollout, gamma: Double, lambda: Double) throws -> HW4.Advantages {
        // BEGIN SOLUTION throw NotImplemented("gae(_:gamma:lambda:)")
        let steps = rollout.count
        var advantages = [Double](repeating: 0, count: steps)
        var next = 0.0  // Â_{t+1}
        for t in (0..<steps).reversed() {
            let bootstrap = rollout.terminated[t] ? 0 : rollout.nextValues[t]
            let delta = rollout.rewards[t] + lambda * bootstrap - rollout.values[t]  // MUTANT: λ where γ belongs
            let continues = !(rollout.terminated[t] || rollout.truncated[t])
            next = delta + (continues ? gamma * lambda * next : 0)
            advantages[t] = next
        }
        let targets = zip(advantages, rollout.values).map { $0 + $1 }
        return HW4.Advantages(advantages: advantages, valueTargets: targets)
        // END SOLUTION
    }
}
