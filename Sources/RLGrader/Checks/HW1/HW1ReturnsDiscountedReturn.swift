import RLCore
import RLHomework

/// `hw1.returns.discounted-return`: G_t = Σ_{k≥t} γ^(k−t) r_k on hand-made episodes (γ = 0, γ = 1,
/// t = T, the empty episode) and on seeded random episodes with a random t. The parent computes G_t.
struct HW1ReturnsDiscountedReturn: Check {
    let id = "hw1.returns.discounted-return"
    let title = "Discounted return G_t"
    let summary = "G_t = Σ_{k≥t} γ^(k−t) r_k from any step t, on hand-made and seeded random episodes."

    static let handMade: [(HW1.ReturnQuery, String)] = [
        (.init(rewards: [1, 2, 3], gamma: 0.5, t: 0), "1 + 0.5·2 + 0.25·3 = 2.75"),
        (.init(rewards: [1, 2, 3], gamma: 0.5, t: 1), "2 + 0.5·3 = 3.5: r_t itself is not discounted"),
        (.init(rewards: [1, 2, 3], gamma: 0.5, t: 2), "only r₂ = 3 is left"),
        (.init(rewards: [1, 2, 3], gamma: 0.5, t: 3), "G_T = 0: no reward is left"),
        (.init(rewards: [], gamma: 0.9, t: 0), "an empty episode has return 0"),
        (.init(rewards: [3, -2, 5], gamma: 0, t: 1), "with γ = 0 only r_t counts"),
        (.init(rewards: [3, -2, 5], gamma: 1, t: 1), "with γ = 1 it is the plain sum −2 + 5"),
    ]

    /// G_t by the definition (trusted).
    static func expected(_ q: HW1.ReturnQuery) -> Double {
        var total = 0.0
        var discount = 1.0
        for k in q.t..<q.rewards.count {
            total += discount * q.rewards[k]
            discount *= q.gamma
        }
        return total
    }

    static func describe(_ q: HW1.ReturnQuery) -> String {
        "rewards \(Show.vector(q.rewards, limit: 8)) (T = \(q.rewards.count)), γ = \(Show.number(q.gamma)), t = \(q.t)"
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        var inputs = Self.handMade.map(\.0)
        var notes = Self.handMade.map(\.1)
        for seed in context.seeds {
            var rng = SeededGenerator(seed: seed).child(id)
            for _ in 0..<4 {
                let length = 1 + rng.int(below: 40)
                let rewards = (0..<length).map { _ in (rng.uniform(-1, 1) * 100).rounded() / 10 }
                let gammas = [0.0, 0.5, 0.9, 0.99, 1.0]
                inputs.append(.init(rewards: rewards, gamma: gammas[rng.int(below: gammas.count)],
                                    t: rng.int(below: length + 1)))
                notes.append("random episode, seed \(seed)")
            }
        }
        let outputs = try context.call(HW1.DiscountedReturn.self, inputs) { i in Self.describe(inputs[i]) }
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        var worst = 0.0
        for i in inputs.indices {
            let want = Self.expected(inputs[i])
            worst = max(worst, abs(outputs[i] - want))
            if !tolerance.isClose(outputs[i], want) {
                return .fail(Feedback(
                    "discountedReturn(rewards:gamma:from:) returned the wrong G_t.",
                    expected: "\(Show.number(want)) (\(notes[i]); tolerance \(tolerance))", observed: Show.number(outputs[i]),
                    input: Self.describe(inputs[i]),
                    hint: "G_t = r_t + γ r_{t+1} + γ² r_{t+2} + …: the discount restarts at 1 on r_t (it is γ^(k−t), "
                        + "not γ^k), and G_T = 0."))
            }
        }
        return .pass("All \(inputs.count) returns are right (\(Self.handMade.count) hand-made, \(inputs.count - Self.handMade.count) random; largest error \(Show.number(worst))).")
    }
}
