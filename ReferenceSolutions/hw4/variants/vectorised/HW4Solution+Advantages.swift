import Foundation
import RLCore
import RLHomework

// Variant: explicit sums instead of backward recursions. Each step's window ends at the first done step,
// the segment end, or after n steps.

extension HW4Solution {
    /// The last index of the episode run that step t belongs to (within the segment).
    private func runEnd(_ rollout: HW4.Rollout, _ t: Int) -> Int {
        var i = t
        while i < rollout.count - 1 && !rollout.terminated[i] && !rollout.truncated[i] { i += 1 }
        return i
    }

    func nStepReturns(_ rollout: HW4.Rollout, gamma: Double, n: Int) throws -> [Double] {
        (0..<rollout.count).map { t in
            let last = min(runEnd(rollout, t), t + min(n, rollout.count) - 1)
            let rewards = (t...last).reduce(0.0) { $0 + pow(gamma, Double($1 - t)) * rollout.rewards[$1] }
            let bootstrap = rollout.terminated[last] ? 0 : pow(gamma, Double(last - t + 1)) * rollout.nextValues[last]
            return rewards + bootstrap
        }
    }

    func gae(_ rollout: HW4.Rollout, gamma: Double, lambda: Double) throws -> HW4.Advantages {
        let deltas = (0..<rollout.count).map { t in
            rollout.rewards[t] + gamma * (rollout.terminated[t] ? 0 : rollout.nextValues[t]) - rollout.values[t]
        }
        let advantages = (0..<rollout.count).map { t in
            (t...runEnd(rollout, t)).reduce(0.0) { $0 + pow(gamma * lambda, Double($1 - t)) * deltas[$1] }
        }
        return HW4.Advantages(advantages: advantages, valueTargets: zip(advantages, rollout.values).map(+))
    }
}
