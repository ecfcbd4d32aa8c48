import RLCore

/// hw0 — warm-up: the discounted return of an episode.
///
/// Write `struct HW0Solution: DiscountedReturnHomework` in `Assignments/hw0/` and run `rlgrade hw0`.
public protocol DiscountedReturnHomework {
    /// The discounted return of one episode, seen from its first step.
    ///
    /// For rewards r₁, r₂, …, r_T (`rewards[0]` is r₁):
    ///
    ///     G₀ = r₁ + γ r₂ + γ² r₃ + … + γ^(T−1) r_T = Σ_{k=0}^{T−1} γ^k r_{k+1}
    ///
    /// An empty episode has return 0. With γ = 0 only r₁ counts; with γ = 1 it is the plain sum.
    ///
    /// - Parameters:
    ///   - rewards: the rewards of the episode in time order (any length, up to millions).
    ///   - gamma: the discount γ ∈ [0, 1].
    /// - Returns: G₀.
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double
}

/// The exercises of hw0, as the grader calls them.
public enum HW0 {
    /// The input of ``DiscountedReturn``.
    public struct EpisodeRewards: Codable, Sendable, Equatable {
        public var rewards: [Double]
        public var gamma: Double
        public init(rewards: [Double], gamma: Double) {
            self.rewards = rewards
            self.gamma = gamma
        }
    }

    /// Calls ``DiscountedReturnHomework/discountedReturn(rewards:gamma:)``.
    public enum DiscountedReturn: Exercise {
        public static let name = "hw0.discounted-return"
        public static let function = "discountedReturn(rewards:gamma:)"
        public static func run(_ solution: any DiscountedReturnHomework, _ input: EpisodeRewards) throws -> Double {
            try solution.discountedReturn(rewards: input.rewards, gamma: input.gamma)
        }
    }

    /// Every exercise of hw0, for the runner.
    public static var exercises: [ExerciseEntry<any DiscountedReturnHomework>] {
        [ExerciseEntry(DiscountedReturn.self)]
    }
}
