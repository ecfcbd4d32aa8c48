import RLCore

/// hw2 — dynamic programming: policy evaluation, policy improvement, policy iteration, value iteration.
///
/// Write `struct HW2Solution: DynamicProgrammingHomework` in `Assignments/hw2/` and run `rlgrade hw2`.
///
/// Conventions used throughout (the course's, chapter 3):
/// - `mdp.outcomes[s][a]` lists the possible next states of action a in state s, each as
///   (s', P(s'|s,a), r(s,a,s')). The expected reward is r(s,a) = Σ_{s'} P(s'|s,a) r(s,a,s')
///   (`mdp.expectedReward(s, a)`), and γ is `mdp.gamma` ∈ [0, 1].
/// - States may differ in their number of actions: state s has actions `0..<mdp.actionCount(s)`.
/// - A stochastic policy is `policy[s][a]` = π(a|s), one row per state, each row summing to 1.
///   A deterministic policy is `[Int]`: `actions[s]` is the action taken in state s.
/// - The one-step look-ahead of a value function V is
///
///       Q_V(s,a) = Σ_{s'} P(s'|s,a) [ r(s,a,s') + γ V(s') ] = r(s,a) + γ Σ_{s'} P(s'|s,a) V(s')
///
/// - Terminal states (`mdp.isTerminal[s]`) end the episode: V(s) = 0 there, always, and a backup
///   never looks past one — for a transition into a terminal s' the target is just the reward, so use
///   0 instead of V(s'). The rows `mdp.outcomes[s]` of a terminal state are meaningless and must be
///   ignored: they are **not** always self-loops with reward 0.
/// - Every sweep starts from V₀ = 0 (all states) unless an input says otherwise.
public protocol DynamicProgrammingHomework {
    /// One **synchronous** sweep of the Bellman expectation backup: V_{k+1} = T^π V_k.
    ///
    /// For every non-terminal state s:
    ///
    ///     V_{k+1}(s) = Σ_a π(a|s) [ r(s,a) + γ Σ_{s'} P(s'|s,a) V_k(s') ]
    ///
    /// Synchronous: every V_{k+1}(s) uses only the old values V_k (write into a new array, do not
    /// update `values` in place). V_{k+1}(s) = 0 for a terminal s, and V_k(s') counts as 0 for a
    /// terminal s'.
    ///
    /// - Parameters:
    ///   - mdp: the MDP.
    ///   - policy: `policy[s][a]` = π(a|s).
    ///   - values: V_k, one value per state.
    /// - Returns: V_{k+1}, one value per state.
    func bellmanExpectationSweep(mdp: TabularMDP, policy: [[Double]], values: [Double]) throws -> [Double]

    /// Iterative policy evaluation: V^π by repeated Bellman expectation sweeps.
    ///
    /// Start from V₀ = 0 and apply V_{k+1} = T^π V_k until the largest change of a sweep,
    /// Δ = max_s |V_{k+1}(s) − V_k(s)| = ‖V_{k+1} − V_k‖∞, is **below θ**; return that last V_{k+1}.
    ///
    /// In-place sweeps (Gauss–Seidel: overwrite V(s) as you go, so later states of the same sweep
    /// already see the new values) are fine too, with Δ the largest change during the sweep.
    /// Either way the result satisfies the guarantee the grader checks (T^π is a γ-contraction):
    ///
    ///     ‖T^π V − V‖∞ ≤ γ θ      and, for γ < 1,      ‖V − V^π‖∞ ≤ γ θ / (1 − γ)
    ///
    /// Any other stopping rule is accepted as long as it meets both bounds. With γ = 1 the grader
    /// only sends episodic MDPs and policies that reach a terminal state from every state.
    ///
    /// - Parameters:
    ///   - mdp: the MDP.
    ///   - policy: `policy[s][a]` = π(a|s).
    ///   - theta: the threshold θ > 0 on the largest change of a sweep.
    /// - Returns: V, one value per state (0 for terminal states).
    func policyEvaluation(mdp: TabularMDP, policy: [[Double]], theta: Double) throws -> [Double]

    /// Greedy policy improvement: the deterministic policy that is greedy with respect to V.
    ///
    ///     π'(s) = argmax_a Q_V(s,a) = argmax_a [ r(s,a) + γ Σ_{s'} P(s'|s,a) V(s') ]
    ///
    /// Use the transition probabilities: the best action is the one with the best **expected**
    /// look-ahead, not the one with the best possible outcome. Any maximising action is accepted when
    /// several tie (up to round-off, 1e-9 relative). Terminal states need an action too (any valid one,
    /// e.g. 0); it is never used.
    ///
    /// - Parameters:
    ///   - mdp: the MDP.
    ///   - values: V, one value per state (the value of a terminal state counts as 0).
    /// - Returns: `actions[s]` ∈ `0..<mdp.actionCount(s)`, one action per state.
    func policyImprovement(mdp: TabularMDP, values: [Double]) throws -> [Int]

    /// Policy iteration, returning every policy it visited.
    ///
    /// Start from π₀ = `initialPolicy` and repeat:
    /// 1. evaluate: V = V^{π_k} (your `policyEvaluation` with the given θ, or the exact linear solve
    ///    of hw1);
    /// 2. improve: π_{k+1} = greedy(V) (your `policyImprovement`);
    /// 3. stop when π_{k+1} = π_k (the policy is stable: it is greedy with respect to its own values).
    ///
    /// By the policy improvement theorem V^{π_{k+1}}(s) ≥ V^{π_k}(s) for every s, strictly somewhere
    /// until the policy is stable. The grader evaluates every policy of your sequence exactly and
    /// checks this. If your loop never ends, ties between equally good actions are flipping back and
    /// forth: keep the current action π_k(s) when it is still a maximiser.
    ///
    /// - Parameters:
    ///   - mdp: the MDP (when γ = 1, every policy the improvement produces reaches a terminal state).
    ///   - initialPolicy: π₀, one action per state.
    ///   - theta: the θ to evaluate each policy with (e.g. 1e-10).
    /// - Returns: [π₀, π₁, …, π_n]: the initial policy first, the final stable policy last (listing the
    ///   stable policy twice at the end is fine). Each policy is one action per state.
    func policyIteration(mdp: TabularMDP, initialPolicy: [Int], theta: Double) throws -> [[Int]]

    /// Value iteration: V* by repeated Bellman optimality sweeps, then the greedy policy.
    ///
    /// Start from V₀ = 0 and apply, for every non-terminal state s,
    ///
    ///     V_{k+1}(s) = max_a [ r(s,a) + γ Σ_{s'} P(s'|s,a) V_k(s') ]      (V_{k+1} = T* V_k)
    ///
    /// recording the residual Δ_k = ‖V_{k+1} − V_k‖∞ of every sweep, until Δ_k < θ. Return that last
    /// V_{k+1}, the greedy policy of **that** V (as `policyImprovement` computes it), and the list of
    /// residuals [Δ₀, Δ₁, …] in sweep order (the last one below θ). In-place sweeps are fine too.
    ///
    /// The grader checks ‖T* V − V‖∞ ≤ γθ, ‖V − V*‖∞ ≤ γθ/(1 − γ) for γ < 1, that the residuals
    /// shrink at least by the factor γ each sweep (T* is a γ-contraction), and that the policy is
    /// greedy with respect to your V and optimal.
    ///
    /// - Parameters:
    ///   - mdp: the MDP.
    ///   - theta: the threshold θ > 0 on the residual of a sweep.
    /// - Returns: the values, the greedy policy and the residuals.
    func valueIteration(mdp: TabularMDP, theta: Double) throws -> HW2.ValueIterationResult
}

/// The exercises of hw2, as the grader calls them.
public enum HW2 {
    /// What ``DynamicProgrammingHomework/valueIteration(mdp:theta:)`` returns.
    public struct ValueIterationResult: Codable, Sendable, Equatable {
        /// V, one value per state (0 for terminal states).
        public var values: [Double]
        /// The greedy policy of `values`, one action per state.
        public var policy: [Int]
        /// Δ_k = ‖V_{k+1} − V_k‖∞ of every sweep, in order.
        public var residuals: [Double]

        public init(values: [Double], policy: [Int], residuals: [Double]) {
            self.values = values
            self.policy = policy
            self.residuals = residuals
        }
    }

    /// The input of ``Sweep``.
    public struct SweepInput: Codable, Sendable, Equatable {
        public var mdp: TabularMDP
        public var policy: [[Double]]
        public var values: [Double]
        public init(mdp: TabularMDP, policy: [[Double]], values: [Double]) {
            self.mdp = mdp
            self.policy = policy
            self.values = values
        }
    }

    /// The input of ``PolicyEvaluation``.
    public struct EvaluationInput: Codable, Sendable, Equatable {
        public var mdp: TabularMDP
        public var policy: [[Double]]
        public var theta: Double
        public init(mdp: TabularMDP, policy: [[Double]], theta: Double) {
            self.mdp = mdp
            self.policy = policy
            self.theta = theta
        }
    }

    /// The input of ``PolicyImprovement``.
    public struct ImprovementInput: Codable, Sendable, Equatable {
        public var mdp: TabularMDP
        public var values: [Double]
        public init(mdp: TabularMDP, values: [Double]) {
            self.mdp = mdp
            self.values = values
        }
    }

    /// The input of ``PolicyIteration``.
    public struct PolicyIterationInput: Codable, Sendable, Equatable {
        public var mdp: TabularMDP
        public var initialPolicy: [Int]
        public var theta: Double
        public init(mdp: TabularMDP, initialPolicy: [Int], theta: Double) {
            self.mdp = mdp
            self.initialPolicy = initialPolicy
            self.theta = theta
        }
    }

    /// The input of ``ValueIteration``.
    public struct ValueIterationInput: Codable, Sendable, Equatable {
        public var mdp: TabularMDP
        public var theta: Double
        public init(mdp: TabularMDP, theta: Double) {
            self.mdp = mdp
            self.theta = theta
        }
    }

    /// Calls ``DynamicProgrammingHomework/bellmanExpectationSweep(mdp:policy:values:)``.
    public enum Sweep: Exercise {
        public static let name = "hw2.bellman-expectation-sweep"
        public static let function = "bellmanExpectationSweep(mdp:policy:values:)"
        public static func run(_ solution: any DynamicProgrammingHomework, _ input: SweepInput) throws -> [Double] {
            try solution.bellmanExpectationSweep(mdp: input.mdp, policy: input.policy, values: input.values)
        }
    }

    /// Calls ``DynamicProgrammingHomework/policyEvaluation(mdp:policy:theta:)``.
    public enum PolicyEvaluation: Exercise {
        public static let name = "hw2.policy-evaluation"
        public static let function = "policyEvaluation(mdp:policy:theta:)"
        public static func run(_ solution: any DynamicProgrammingHomework, _ input: EvaluationInput) throws -> [Double] {
            try solution.policyEvaluation(mdp: input.mdp, policy: input.policy, theta: input.theta)
        }
    }

    /// Calls ``DynamicProgrammingHomework/policyImprovement(mdp:values:)``.
    public enum PolicyImprovement: Exercise {
        public static let name = "hw2.policy-improvement"
        public static let function = "policyImprovement(mdp:values:)"
        public static func run(_ solution: any DynamicProgrammingHomework, _ input: ImprovementInput) throws -> [Int] {
            try solution.policyImprovement(mdp: input.mdp, values: input.values)
        }
    }

    /// Calls ``DynamicProgrammingHomework/policyIteration(mdp:initialPolicy:theta:)``.
    public enum PolicyIteration: Exercise {
        public static let name = "hw2.policy-iteration"
        public static let function = "policyIteration(mdp:initialPolicy:theta:)"
        public static func run(_ solution: any DynamicProgrammingHomework, _ input: PolicyIterationInput) throws -> [[Int]] {
            try solution.policyIteration(mdp: input.mdp, initialPolicy: input.initialPolicy, theta: input.theta)
        }
    }

    /// Calls ``DynamicProgrammingHomework/valueIteration(mdp:theta:)``.
    public enum ValueIteration: Exercise {
        public static let name = "hw2.value-iteration"
        public static let function = "valueIteration(mdp:theta:)"
        public static func run(_ solution: any DynamicProgrammingHomework, _ input: ValueIterationInput) throws -> ValueIterationResult {
            try solution.valueIteration(mdp: input.mdp, theta: input.theta)
        }
    }

    /// Every exercise of hw2, for the runner.
    public static var exercises: [ExerciseEntry<any DynamicProgrammingHomework>] {
        [
            ExerciseEntry(Sweep.self), ExerciseEntry(PolicyEvaluation.self), ExerciseEntry(PolicyImprovement.self),
            ExerciseEntry(PolicyIteration.self), ExerciseEntry(ValueIteration.self),
        ]
    }
}
