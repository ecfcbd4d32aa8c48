import RLCore

/// hw1 — MDPs and Bellman equations.
///
/// Write `struct HW1Solution: BellmanEquationsHomework` in `Assignments/hw1/` and run `rlgrade hw1`.
///
/// Conventions used throughout (the course's, chapters 2–3):
/// - A reward sequence r₀, r₁, …, r_{T−1} is indexed from 0: `rewards[t]` is r_t = R(s_t, a_t), the
///   reward received for the action taken at step t.
/// - A policy is `policy[s][a]` = π(a|s): one row per state, one entry per action of that state
///   (`mdp.actionCount(s)` entries; states may differ in their number of actions), each row summing
///   to 1.
/// - Terminal states (`mdp.isTerminal[s]`) end the episode: V^π(s) = 0 and Q^π(s, ·) = 0 there, no
///   action is taken there, and a backup never looks past one (for a transition into a terminal s'
///   the target is just the reward). The rows `mdp.outcomes[s]` of a terminal state are meaningless
///   and must be ignored — they are not always self-loops.
public protocol BellmanEquationsHomework {
    /// The discounted return G_t of a reward sequence, seen from step t.
    ///
    ///     G_t = r_t + γ r_{t+1} + γ² r_{t+2} + … + γ^(T−1−t) r_{T−1} = Σ_{k=t}^{T−1} γ^(k−t) r_k
    ///
    /// The first reward counted, r_t, is not discounted. G_T = 0 (nothing is left after the last
    /// reward). With γ = 0 only r_t counts; with γ = 1 it is the plain sum of r_t … r_{T−1}.
    ///
    /// - Parameters:
    ///   - rewards: r₀ … r_{T−1} (`rewards[k]` is r_k), any length T ≥ 0.
    ///   - gamma: the discount γ ∈ [0, 1].
    ///   - t: the step to start from, 0 ≤ t ≤ T.
    /// - Returns: G_t.
    func discountedReturn(rewards: [Double], gamma: Double, from t: Int) throws -> Double

    /// The reward-to-go of every step: [G₀, G₁, …, G_{T−1}] (T values for T rewards).
    ///
    /// Use the recursion G_t = r_t + γ G_{t+1} with G_T = 0, computed backwards from the last step,
    /// so the whole list costs O(T) (episodes can be long).
    ///
    /// - Parameters:
    ///   - rewards: r₀ … r_{T−1}, any length T ≥ 0 (an empty episode gives an empty list).
    ///   - gamma: the discount γ ∈ [0, 1].
    /// - Returns: `result[t]` = G_t.
    func rewardToGo(rewards: [Double], gamma: Double) throws -> [Double]

    /// The state values V^π of a policy, by solving the Bellman expectation equation exactly.
    ///
    /// For every non-terminal state s:
    ///
    ///     V^π(s) = Σ_a π(a|s) [ r(s,a) + γ Σ_{s'} P(s'|s,a) V^π(s') ]
    ///
    /// with r(s,a) = Σ_{s'} P(s'|s,a) r(s,a,s') (`mdp.expectedReward(s, a)`) and V^π(s') = 0 for a
    /// terminal s'. Over the non-terminal states this is the linear system
    ///
    ///     (I − γ P_π) V = R_π,   P_π(s, s') = Σ_a π(a|s) P(s'|s,a),   R_π(s) = Σ_a π(a|s) r(s,a)
    ///
    /// where P_π only keeps the columns of non-terminal s'. Solve it (RLCore's `Matrix` has
    /// `solve(_:)`, an LU decomposition). The system is non-singular when γ < 1, and when γ = 1
    /// because every state then reaches a terminal state under the policies the grader sends.
    ///
    /// - Parameters:
    ///   - mdp: the MDP (`mdp.outcomes[s][a]` lists (s', P(s'|s,a), r(s,a,s')); `mdp.gamma` is γ ∈ [0, 1];
    ///     `mdp.isTerminal[s]` flags the terminal states).
    ///   - policy: `policy[s][a]` = π(a|s) (rows of terminal states are given but irrelevant).
    /// - Returns: `values[s]` = V^π(s) for every state (0 for terminal states).
    func stateValues(mdp: TabularMDP, policy: [[Double]]) throws -> [Double]

    /// The action values Q^π of a policy.
    ///
    ///     Q^π(s,a) = r(s,a) + γ Σ_{s'} P(s'|s,a) V^π(s'),   V^π(s) = Σ_a π(a|s) Q^π(s,a)
    ///
    /// with V^π(s') = 0 for a terminal s', and Q^π(s,·) = 0 for a terminal s.
    ///
    /// - Parameters: as ``stateValues(mdp:policy:)``.
    /// - Returns: `q[s][a]` = Q^π(s,a), one row per state with `mdp.actionCount(s)` entries.
    func actionValues(mdp: TabularMDP, policy: [[Double]]) throws -> [[Double]]

    /// The discounted occupancy measure of a policy from a start distribution μ.
    ///
    ///     ρ^π(s,a) = Σ_{t=0}^{∞} γ^t P(s_t = s, a_t = a | s₀ ~ μ, π)
    ///
    /// An episode ends on entering a terminal state: no action is taken there, so ρ^π(s,·) = 0 for a
    /// terminal s (also when μ puts mass on it). Writing d(s) = Σ_a ρ^π(s,a) (the state occupancy),
    /// ρ^π(s,a) = d(s) π(a|s) and, for the non-terminal states,
    ///
    ///     d(s) = μ(s) + γ Σ_{s'} d(s') P_π(s | s')     i.e.   (I − γ P_πᵀ) d = μ
    ///
    /// (the same P_π as in ``stateValues(mdp:policy:)``). Either solve this system or sum the series
    /// Σ_t γ^t μ_t with μ_{t+1} = P_πᵀ μ_t until it has converged. With γ < 1 and no terminal states,
    /// Σ_{s,a} ρ^π(s,a) = 1/(1 − γ); in general Σ_{s,a} ρ^π(s,a) r(s,a) = Σ_s μ(s) V^π(s).
    ///
    /// - Parameters:
    ///   - mdp: the MDP (γ = `mdp.gamma`; with γ = 1 every state reaches a terminal state).
    ///   - policy: `policy[s][a]` = π(a|s).
    ///   - start: μ(s), the distribution of s₀ (one entry per state, summing to 1).
    /// - Returns: `rho[s][a]` = ρ^π(s,a), one row per state with `mdp.actionCount(s)` entries.
    func occupancyMeasure(mdp: TabularMDP, policy: [[Double]], start: [Double]) throws -> [[Double]]

    /// The policy that generates an occupancy measure (the course's Theorem 2).
    ///
    ///     π_ρ(a|s) = ρ(s,a) / Σ_{a'} ρ(s,a')
    ///
    /// A state with Σ_{a'} ρ(s,a') = 0 is never visited, so any distribution is correct there; the
    /// convention of this homework is the uniform distribution 1/|A(s)| (the grader accepts any
    /// distribution on such states). Never divide by zero.
    ///
    /// - Parameter occupancy: `occupancy[s][a]` = ρ(s,a) ≥ 0, one row per state (rows may differ in
    ///   length). ρ need not be normalised.
    /// - Returns: `policy[s][a]` = π_ρ(a|s), with the same shape as `occupancy`; every row sums to 1.
    func policyFromOccupancy(occupancy: [[Double]]) throws -> [[Double]]
}

/// The exercises of hw1, as the grader calls them.
public enum HW1 {
    /// The input of ``DiscountedReturn``.
    public struct ReturnQuery: Codable, Sendable, Equatable {
        public var rewards: [Double]
        public var gamma: Double
        public var t: Int
        public init(rewards: [Double], gamma: Double, t: Int) {
            self.rewards = rewards
            self.gamma = gamma
            self.t = t
        }
    }

    /// The input of ``RewardToGo``.
    public struct EpisodeRewards: Codable, Sendable, Equatable {
        public var rewards: [Double]
        public var gamma: Double
        public init(rewards: [Double], gamma: Double) {
            self.rewards = rewards
            self.gamma = gamma
        }
    }

    /// The input of ``StateValues`` and ``ActionValues``: an MDP (with its γ) and a policy.
    public struct PolicyOnMDP: Codable, Sendable, Equatable {
        public var mdp: TabularMDP
        /// `policy[s][a]` = π(a|s).
        public var policy: [[Double]]
        public init(mdp: TabularMDP, policy: [[Double]]) {
            self.mdp = mdp
            self.policy = policy
        }
    }

    /// The input of ``OccupancyMeasure``: an MDP, a policy and a start distribution μ.
    public struct OccupancyQuery: Codable, Sendable, Equatable {
        public var mdp: TabularMDP
        public var policy: [[Double]]
        /// μ(s).
        public var start: [Double]
        public init(mdp: TabularMDP, policy: [[Double]], start: [Double]) {
            self.mdp = mdp
            self.policy = policy
            self.start = start
        }
    }

    /// The input of ``PolicyFromOccupancy``.
    public struct OccupancyTable: Codable, Sendable, Equatable {
        /// `occupancy[s][a]` = ρ(s,a).
        public var occupancy: [[Double]]
        public init(occupancy: [[Double]]) { self.occupancy = occupancy }
    }

    /// Calls ``BellmanEquationsHomework/discountedReturn(rewards:gamma:from:)``.
    public enum DiscountedReturn: Exercise {
        public static let name = "hw1.discounted-return"
        public static let function = "discountedReturn(rewards:gamma:from:)"
        public static func run(_ solution: any BellmanEquationsHomework, _ input: ReturnQuery) throws -> Double {
            try solution.discountedReturn(rewards: input.rewards, gamma: input.gamma, from: input.t)
        }
    }

    /// Calls ``BellmanEquationsHomework/rewardToGo(rewards:gamma:)``.
    public enum RewardToGo: Exercise {
        public static let name = "hw1.reward-to-go"
        public static let function = "rewardToGo(rewards:gamma:)"
        public static func run(_ solution: any BellmanEquationsHomework, _ input: EpisodeRewards) throws -> [Double] {
            try solution.rewardToGo(rewards: input.rewards, gamma: input.gamma)
        }
    }

    /// Calls ``BellmanEquationsHomework/stateValues(mdp:policy:)``.
    public enum StateValues: Exercise {
        public static let name = "hw1.state-values"
        public static let function = "stateValues(mdp:policy:)"
        public static func run(_ solution: any BellmanEquationsHomework, _ input: PolicyOnMDP) throws -> [Double] {
            try solution.stateValues(mdp: input.mdp, policy: input.policy)
        }
    }

    /// Calls ``BellmanEquationsHomework/actionValues(mdp:policy:)``.
    public enum ActionValues: Exercise {
        public static let name = "hw1.action-values"
        public static let function = "actionValues(mdp:policy:)"
        public static func run(_ solution: any BellmanEquationsHomework, _ input: PolicyOnMDP) throws -> [[Double]] {
            try solution.actionValues(mdp: input.mdp, policy: input.policy)
        }
    }

    /// Calls ``BellmanEquationsHomework/occupancyMeasure(mdp:policy:start:)``.
    public enum OccupancyMeasure: Exercise {
        public static let name = "hw1.occupancy-measure"
        public static let function = "occupancyMeasure(mdp:policy:start:)"
        public static func run(_ solution: any BellmanEquationsHomework, _ input: OccupancyQuery) throws -> [[Double]] {
            try solution.occupancyMeasure(mdp: input.mdp, policy: input.policy, start: input.start)
        }
    }

    /// Calls ``BellmanEquationsHomework/policyFromOccupancy(occupancy:)``.
    public enum PolicyFromOccupancy: Exercise {
        public static let name = "hw1.policy-from-occupancy"
        public static let function = "policyFromOccupancy(occupancy:)"
        public static func run(_ solution: any BellmanEquationsHomework, _ input: OccupancyTable) throws -> [[Double]] {
            try solution.policyFromOccupancy(occupancy: input.occupancy)
        }
    }

    /// Every exercise of hw1, for the runner.
    public static var exercises: [ExerciseEntry<any BellmanEquationsHomework>] {
        [
            ExerciseEntry(DiscountedReturn.self), ExerciseEntry(RewardToGo.self),
            ExerciseEntry(StateValues.self), ExerciseEntry(ActionValues.self),
            ExerciseEntry(OccupancyMeasure.self), ExerciseEntry(PolicyFromOccupancy.self),
        ]
    }
}
