import RLCore
import RLHomework

/// The inputs and shared judging of the two policy-iteration checks.
enum HW2PolicyIterationCases {
    /// Seeded random MDPs with random initial policies, plus the 4x4 gridworld and CliffWalking from a
    /// long detour (both γ = 1).
    static func make(seeds: [UInt64], label: String, states: ClosedRange<Int>, theta: Double) -> [(input: HW2.PolicyIterationInput, label: String)] {
        var result: [(HW2.PolicyIterationInput, String)] = []
        for seed in seeds {
            let c = HW2Cases.random(seed: seed, label: label, states: states, gammas: [0.8, 0.9, 0.95])
            let start = HW2Cases.randomActions(c.mdp, rng: SeededGenerator(seed: seed).child(label + "/initial"))
            result.append((.init(mdp: c.mdp, initialPolicy: start, theta: theta),
                           "\(c.label); π₀ = \(Show.ints(start, limit: 12)); θ = \(Show.number(theta))"))
        }
        let grid = HW2Cases.gridworld4x4
        result.append((.init(mdp: grid.mdp, initialPolicy: HW2Cases.gridworld4x4Detour, theta: theta),
                       "\(grid.label); π₀ = left until column 0, then up (\(Show.ints(HW2Cases.gridworld4x4Detour))); θ = \(Show.number(theta))"))
        let cliff = HW2Cases.cliffWalking
        result.append((.init(mdp: cliff.mdp, initialPolicy: HW2Cases.cliffWalkingDetour, theta: theta),
                       "\(cliff.label); π₀ = up to the top row, right to the last column, down to the goal; θ = \(Show.number(theta))"))
        return result
    }

    /// Checks the shape of a returned sequence; the message of the first problem.
    static func sequenceProblem(_ sequence: [[Int]], _ input: HW2.PolicyIterationInput) -> String? {
        guard let first = sequence.first else { return "the sequence is empty; it must start with π₀ = initialPolicy" }
        if first != input.initialPolicy { return "the sequence starts with \(Show.ints(first, limit: 12)), not with π₀ = initialPolicy \(Show.ints(input.initialPolicy, limit: 12))" }
        for (k, policy) in sequence.enumerated() {
            if let problem = HW2Cases.policyProblem(policy, input.mdp) { return "π_\(k): \(problem)" }
        }
        return nil
    }

    /// V^π of a deterministic policy, exactly; nil when it never reaches a terminal state (γ = 1).
    static func value(_ actions: [Int], _ mdp: TabularMDP) -> [Double]? {
        try? MDPJudge.evaluate(mdp, policy: HW2Cases.rows(actions, mdp))
    }
}
