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
        let tiny = tinyThenLarge
        result.append((.init(mdp: tiny.mdp, initialPolicy: [0, 0], theta: theta),
                       "\(tiny.label); π₀ = [0, 0]; θ = \(Show.number(theta))"))
        let cliff = HW2Cases.cliffWalking
        result.append((.init(mdp: cliff.mdp, initialPolicy: HW2Cases.cliffWalkingDetour, theta: theta),
                       "\(cliff.label); π₀ = up to the top row, right to the last column, down to the goal; θ = \(Show.number(theta))"))
        return result
    }

    /// An MDP where policy iteration's first improvement changes V by only 5e-7 and the second by
    /// 2.5e-5: a loop that stops when ‖V_{π_k} − V_{π_{k−1}}‖ is small, instead of when the policy is
    /// stable, stops one policy too early.
    ///
    /// State 0 has three actions: 0 → terminal 1 with reward 1; 1 → terminal with reward 1 + 5e-7;
    /// 2 → stays in 0 with reward r = 0.01 + 5e-7·(1 − γ/2), γ = 0.99 (V = r/(1 − γ) ≈ 1.0000253, the
    /// optimum). From π₀ = action 0, action 2 looks worse than action 1 (r + γ·1 < 1 + 5e-7); only
    /// after the tiny step to action 1 does it look better.
    static let tinyThenLarge: HW2Case = {
        let gamma = 0.99, epsilon = 5e-7
        let r = 0.01 + epsilon * (1 - gamma / 2)
        let mdp = try! TabularMDP(outcomes: [
            [[Outcome(next: 1, probability: 1, reward: 1)], [Outcome(next: 1, probability: 1, reward: 1 + epsilon)],
             [Outcome(next: 0, probability: 1, reward: r)]],
            [[Outcome(next: 1, probability: 1, reward: 0)]],
        ], isTerminal: [false, true], gamma: gamma)
        return HW2Case(mdp: mdp, label: "a tiny first improvement followed by a large one: state 0's actions go to terminal state 1 with reward 1 or 1 + 5e-7, or stay in 0 with reward \(Show.number(r)) (γ = 0.99)")
    }()

    /// The hint for a policy iteration that ran out of time: it usually flips between equally good
    /// actions forever (the handout's ties paragraph).
    static let timeoutHint = "Policy iteration that never stops usually flips between equally good actions: when improving, keep π_k(s) while it is still a maximiser (switch only to an action that is strictly better, beyond round-off), and stop when the policy no longer changes. Also check that each evaluation stops (largest change of a sweep below θ)."

    /// Calls `policyIteration` on every input; a timeout or CPU limit gets ``timeoutHint``.
    static func call(
        _ context: CheckContext, _ inputs: [HW2.PolicyIterationInput], describe: (Int) -> String
    ) throws -> [[[Int]]] {
        var outputs: [[[Int]]] = []
        for (i, result) in try context.callAllowingFailures(HW2.PolicyIteration.self, inputs).enumerated() {
            switch result {
            case .success(let output): outputs.append(output)
            case .failure(let failure):
                var feedback = failure.feedback(function: HW2.PolicyIteration.function, input: describe(i))
                switch failure {
                case .timedOut, .cpuLimit: feedback.hint = timeoutHint
                default: break
                }
                throw CheckFailure(feedback)
            }
        }
        return outputs
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
