// The small non-grid classics of Sutton & Barto, as ready-made environments.

extension MDPEnvironment {
    // MARK: Random walk (Sutton & Barto, Example 6.2)

    /// The 5-state random walk of Sutton & Barto, Example 6.2.
    ///
    /// - **States** (7): `0` = left terminal, `1...5` = A, B, C, D, E, `6` = right terminal.
    ///   Episodes start in state `3` (C).
    /// - **Actions**: ONE action (`0`) in every state; the walk moves left or right with
    ///   probability 1/2 each.
    /// - **Rewards**: +1 on entering state 6 (right end), 0 on every other transition.
    /// - **Termination**: on entering state 0 or 6. No time limit (episodes end with probability 1).
    /// - **γ = 1.**
    ///
    /// The true values are V(A…E) = 1/6, 2/6, 3/6, 4/6, 5/6 (see ``randomWalkTrueValues``); with the
    /// book's initial V = 0.5 the RMS error is √(1/18) ≈ 0.2357.
    ///
    /// The rows of the terminal states are self-loops with reward 0 (never used).
    public static func randomWalk() -> MDPEnvironment {
        var outcomes: [[[Outcome]]] = []
        var terminal: [Bool] = []
        for s in 0...6 {
            if s == 0 || s == 6 {
                outcomes.append([[Outcome(next: s, probability: 1, reward: 0)]])
                terminal.append(true)
            } else {
                outcomes.append([[
                    Outcome(next: s - 1, probability: 0.5, reward: 0),
                    Outcome(next: s + 1, probability: 0.5, reward: s + 1 == 6 ? 1 : 0),
                ]])
                terminal.append(false)
            }
        }
        let model = try! TabularMDP(outcomes: outcomes, isTerminal: terminal, gamma: 1)
        return try! MDPEnvironment(model: model, startState: 3)
    }

    /// The true state values of ``randomWalk()``, indexed by state:
    /// `[0, 1/6, 2/6, 3/6, 4/6, 5/6, 0]` (terminal states have value 0).
    public static let randomWalkTrueValues: [Double] = [0, 1.0 / 6, 2.0 / 6, 3.0 / 6, 4.0 / 6, 5.0 / 6, 0]

    // MARK: Short corridor (Sutton & Barto, Example 13.1)

    /// The short corridor with switched actions of Sutton & Barto, Example 13.1.
    ///
    /// - **States**: `0`, `1`, `2` non-terminal, `3` = the goal (terminal). Episodes start in `0`.
    /// - **Actions** (2 in every state): `0` = left, `1` = right.
    ///   - state 0: left stays in 0, right goes to 1;
    ///   - state 1: the actions are **reversed**: left (0) goes to 2, right (1) goes back to 0;
    ///   - state 2: left goes to 1, right goes to 3 (the goal).
    /// - **Rewards**: −1 on every step (including the one reaching the goal).
    /// - **Termination**: on entering state 3. No time limit.
    /// - **γ = 1.**
    ///
    /// **Partial observability.** In the book, all non-terminal states look *identical* to the
    /// agent (they share one feature vector), so the agent can only choose one probability of
    /// "right" for every state. The best such stochastic policy has
    /// P(right) = 2 − √2 ≈ 0.5858 (``shortCorridorOptimalRightProbability``) and value
    /// V(0) = −(6 + 4√2) ≈ −11.657 (``shortCorridorOptimalValue``); any deterministic policy
    /// never reaches the goal.
    ///
    /// The observation is still the true state index, for debugging only: a policy for
    /// Example 13.1 must **not** depend on it (use the same action probabilities everywhere).
    public static func shortCorridor() -> MDPEnvironment {
        func move(_ next: Int) -> [Outcome] { [Outcome(next: next, probability: 1, reward: -1)] }
        let outcomes: [[[Outcome]]] = [
            [move(0), move(1)],  // state 0: left stays, right → 1
            [move(2), move(0)],  // state 1: reversed — left → 2, right → 0
            [move(1), move(3)],  // state 2: left → 1, right → goal
            [[Outcome(next: 3, probability: 1, reward: 0)], [Outcome(next: 3, probability: 1, reward: 0)]],
        ]
        let model = try! TabularMDP(outcomes: outcomes, isTerminal: [false, false, false, true], gamma: 1)
        return try! MDPEnvironment(model: model, startState: 0)
    }

    /// The optimal probability of "right" in the short corridor: 2 − √2 ≈ 0.5858.
    public static let shortCorridorOptimalRightProbability: Double = 2 - 2.0.squareRoot()

    /// The value of the start state under the optimal stochastic policy: −(6 + 4√2) ≈ −11.657.
    public static let shortCorridorOptimalValue: Double = -(6 + 4 * 2.0.squareRoot())
}
