import RLCore
import RLHomework

/// `hw4.gae.episode-boundaries`: GAE on hand-made segments where an episode terminates or is truncated
/// in the middle of the batch. The parent computes Â_t = Σ_b (γλ)^b δ_{t+b} explicitly, summed to the end
/// of the episode; common mistakes (no done mask, truncation treated as termination, bootstrapping from
/// values[t+1]) are recognised and named.
struct HW4GAEEpisodeBoundaries: Check {
    let id = "hw4.gae.episode-boundaries"
    let title = "GAE across episode boundaries"
    let summary = "gae on segments with a termination or a truncation in the middle: the sum stops at the episode's end; a truncated step bootstraps from nextValues, a terminated one does not."

    static func rollout(_ r: [Double], _ v: [Double], _ nv: [Double], terminated: [Int] = [], truncated: [Int] = []) -> HW4.Rollout {
        HW4.Rollout(rewards: r, values: v, nextValues: nv, terminated: r.indices.map { terminated.contains($0) },
                    truncated: r.indices.map { truncated.contains($0) })
    }

    static let cases: [(HW4.GAEQuery, String)] = {
        let r = [1.0, 0, 2, 1], v = [0.5, 1, 0.2, 0.3], nv = [1, 8, 0.3, 0.9]
        let r6 = [1.0, -1, 0.5, 1, 0, 2], v6 = [0.1, 0.4, -0.3, 0.8, 0.2, 0.6], nv6 = [0.4, 5, 0.8, 3, 0.6, 1.5]
        return [
            (.init(rollout: rollout(r, v, nv, terminated: [1]), gamma: 0.9, lambda: 0.8), "the episode terminates at step 1; steps 2–3 are a new episode"),
            (.init(rollout: rollout(r, v, nv, truncated: [1]), gamma: 0.9, lambda: 0.8), "the episode is truncated at step 1 (time limit); steps 2–3 are a new episode"),
            (.init(rollout: rollout(r6, v6, nv6, terminated: [1], truncated: [3]), gamma: 0.99, lambda: 0.95), "a termination at step 1 and a truncation at step 3"),
            (.init(rollout: rollout([1, 1, 1], [0.5, 0.5, 0.5], [0.5, 0.5, 4], terminated: [2]), gamma: 0.99, lambda: 0.95), "the last step terminates"),
            (.init(rollout: rollout([1, 1, 1], [0.5, 0.5, 0.5], [0.5, 0.5, 4]), gamma: 0.99, lambda: 0.95), "no episode end: bootstrap from nextValues[T−1] at the end of the segment"),
        ]
    }()

    /// GAE computed with a mistake, to name it in the feedback.
    static func mistaken(_ q: HW4.GAEQuery, ignoreDone: Bool = false, truncationTerminates: Bool = false, shiftedValues: Bool = false) -> [Double] {
        var rollout = q.rollout
        if truncationTerminates { rollout.terminated = zip(rollout.terminated, rollout.truncated).map { $0 || $1 } }
        if shiftedValues { for t in 0..<(rollout.count - 1) { rollout.nextValues[t] = rollout.values[t + 1] } }
        if ignoreDone {
            let delta = HW4Judge.tdErrors(rollout, gamma: q.gamma)
            var a = [Double](repeating: 0, count: rollout.count), next = 0.0
            for t in (0..<rollout.count).reversed() { next = delta[t] + q.gamma * q.lambda * next; a[t] = next }
            return a
        }
        return HW4Judge.gae(rollout, gamma: q.gamma, lambda: q.lambda)
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let inputs = Self.cases.map(\.0)
        let describe = { (i: Int) in
            HW4Fixtures.describe(inputs[i].rollout) + ", γ = \(Show.number(inputs[i].gamma)), λ = \(Show.number(inputs[i].lambda)) — \(Self.cases[i].1)"
        }
        let outputs = try context.call(HW4.GAE.self, inputs, describe: describe)
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        for (i, input) in inputs.enumerated() {
            let expected = HW4Judge.gae(input.rollout, gamma: input.gamma, lambda: input.lambda)
            guard let t = tolerance.firstMismatch(outputs[i].advantages, expected) else { continue }
            let observed = outputs[i].advantages
            let matches = { (x: [Double]) in tolerance.firstMismatch(observed, x) == nil }
            let diagnosis: (String, String)
            if matches(Self.mistaken(input, ignoreDone: true)) {
                diagnosis = ("gae carries advantages across the end of an episode (the done mask is missing).",
                             "Â_t = δ_t + γλ (1 − done_t) Â_{t+1} with done_t = terminated_t or truncated_t: the next episode's advantages must not leak into this one.")
            } else if matches(Self.mistaken(input, truncationTerminates: true)) {
                diagnosis = ("gae treats a truncation like a termination: it does not bootstrap at the time limit.",
                             "A truncated step ends the sum but its δ_t still uses γ nextValues[t]; only terminated steps drop the next value.")
            } else if matches(Self.mistaken(input, shiftedValues: true)) {
                diagnosis = ("gae bootstraps from values[t+1] at an episode end; that is the first state of the NEXT episode.",
                             "Use nextValues[t] for V(s_{t+1}): at an episode end it is the value of that episode's last observation.")
            } else {
                diagnosis = ("gae returned the wrong advantages on a segment with an episode end.",
                             "δ_t = r_t + γ (1 − terminated_t) nextValues[t] − values[t]; Â_t = δ_t + γλ (1 − done_t) Â_{t+1}, from the last step backwards, Â_T = 0.")
            }
            return .fail(Feedback(diagnosis.0, expected: "\(Show.vector(expected)) (first difference at t = \(t))",
                                  observed: Show.vector(observed), input: describe(i), hint: diagnosis.1))
        }
        return .pass("All \(inputs.count) segments with episode ends give the right advantages.")
    }
}
