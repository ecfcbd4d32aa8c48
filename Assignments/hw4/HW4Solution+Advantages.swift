import RLCore
import RLHomework

// Part 4 — n-step returns and GAE on rollout segments (terminated: no bootstrap; truncated: bootstrap).

extension HW4Solution {
    /// G_t^(n) = Σ_{k<m} γ^k r_{t+k} + γ^m V(s_{t+m}), m ≤ n cut at the end of the episode or segment;
    /// no bootstrap after a terminated step, bootstrap from `nextValues` after a truncated one. README §4.
    func nStepReturns(_ rollout: HW4.Rollout, gamma: Double, n: Int) throws -> [Double] {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("nStepReturns(_:gamma:n:)")
    }

    /// δ_t = r_t + γ (1 − terminated_t) nextValues[t] − values[t]; Â_t = δ_t + γλ (1 − done_t) Â_{t+1};
    /// value targets Â_t + values[t]. README §4.
    func gae(_ rollout: HW4.Rollout, gamma: Double, lambda: Double) throws -> HW4.Advantages {
        // TODO: your code here (then run `rlgrade hw4`).
        throw NotImplemented("gae(_:gamma:lambda:)")
    }
}
