import RLHomework

/// `hw0.discounted-return.fixtures`: hand-computed returns, including the edge cases γ = 0, γ = 1
/// and the empty episode. No oracle needed.
struct DiscountedReturnFixtures: Check {
    let id = "hw0.discounted-return.fixtures"
    let title = "Discounted return on hand-made episodes"
    let summary = "G₀ on small episodes whose returns are computed by hand (γ = 0, γ = 1, empty episode)."

    static let cases: [(HW0.EpisodeRewards, Double, String)] = [
        (.init(rewards: [1, 1, 1], gamma: 0.5), 1.75, "1 + 0.5·1 + 0.25·1"),
        (.init(rewards: [0, 0, 10], gamma: 0.9), 8.1, "0.9²·10"),
        (.init(rewards: [3, -2, 5], gamma: 0), 3, "with γ = 0 only the first reward counts"),
        (.init(rewards: [3, -2, 5], gamma: 1), 6, "with γ = 1 the return is the plain sum"),
        (.init(rewards: [], gamma: 0.9), 0, "an empty episode has return 0"),
        (.init(rewards: [-1, -1, -1, -1], gamma: 0.5), -1.875, "−1 − 0.5 − 0.25 − 0.125"),
    ]

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-12)
        let inputs = Self.cases.map(\.0)
        let outputs = try context.call(HW0.DiscountedReturn.self, inputs) { i in Self.describe(inputs[i]) }
        for (i, output) in outputs.enumerated() where !tolerance.isClose(output, Self.cases[i].1) {
            return .fail(Feedback(
                "discountedReturn returned the wrong value on a hand-made episode.",
                expected: "\(Show.number(Self.cases[i].1)) (\(Self.cases[i].2))", observed: Show.number(output),
                input: Self.describe(inputs[i]),
                hint: "G₀ = Σ_k γ^k r_{k+1}: the first reward is not discounted, the k-th is discounted k times."))
        }
        return .pass("All \(inputs.count) hand-made episodes give the right return.")
    }

    static func describe(_ input: HW0.EpisodeRewards) -> String {
        "rewards \(Show.vector(input.rewards)), γ = \(Show.number(input.gamma))"
    }
}
