import RLCore

/// The exercises of hw3, as the grader calls them.
public enum HW3 {
    // MARK: Inputs

    /// The input of ``MonteCarlo``.
    public struct MonteCarloInput: Codable, Sendable, Equatable {
        public var episodes: [Episode]
        public var initialValues: [Double]
        public var gamma: Double
        public var firstVisit: Bool
        public var alpha: Double?
        public init(episodes: [Episode], initialValues: [Double], gamma: Double, firstVisit: Bool, alpha: Double?) {
            self.episodes = episodes
            self.initialValues = initialValues
            self.gamma = gamma
            self.firstVisit = firstVisit
            self.alpha = alpha
        }
    }

    /// The input of ``TDZeroUpdate``.
    public struct TDUpdateInput: Codable, Sendable, Equatable {
        public var values: [Double]
        public var transition: Transition
        public var alpha: Double
        public var gamma: Double
        public init(values: [Double], transition: Transition, alpha: Double, gamma: Double) {
            self.values = values
            self.transition = transition
            self.alpha = alpha
            self.gamma = gamma
        }
    }

    /// The input of ``TDZero``.
    public struct TDPredictionInput: Codable, Sendable, Equatable {
        public var episodes: [Episode]
        public var initialValues: [Double]
        public var alpha: Double
        public var gamma: Double
        public init(episodes: [Episode], initialValues: [Double], alpha: Double, gamma: Double) {
            self.episodes = episodes
            self.initialValues = initialValues
            self.alpha = alpha
            self.gamma = gamma
        }
    }

    /// The input of ``EpsilonGreedy``: `draws` calls with one generator seeded with `seed`.
    public struct EpsilonGreedyInput: Codable, Sendable, Equatable {
        public var q: [Double]
        public var epsilon: Double
        public var seed: UInt64
        public var draws: Int
        public init(q: [Double], epsilon: Double, seed: UInt64, draws: Int) {
            self.q = q
            self.epsilon = epsilon
            self.seed = seed
            self.draws = draws
        }
    }

    /// The input of the one-step control updates (``SarsaUpdate``, ``QLearningUpdate``,
    /// ``ExpectedSarsaUpdate``); `nextAction` is used by SARSA, `epsilon` by Expected SARSA.
    public struct ControlUpdateInput: Codable, Sendable, Equatable {
        public var q: [[Double]]
        public var transition: Transition
        public var nextAction: Int
        public var epsilon: Double
        public var alpha: Double
        public var gamma: Double
        public init(q: [[Double]], transition: Transition, nextAction: Int = 0, epsilon: Double = 0,
                    alpha: Double, gamma: Double) {
            self.q = q
            self.transition = transition
            self.nextAction = nextAction
            self.epsilon = epsilon
            self.alpha = alpha
            self.gamma = gamma
        }
    }

    /// The input of the training loops (``Sarsa``, ``QLearning``).
    public struct TrainingInput: Codable, Sendable, Equatable {
        public var environment: EnvironmentSpec
        public var settings: ControlSettings
        public init(environment: EnvironmentSpec, settings: ControlSettings) {
            self.environment = environment
            self.settings = settings
        }
    }

    // MARK: Exercises

    /// Calls ``ModelFreeHomework/monteCarloPrediction(episodes:initialValues:gamma:firstVisit:alpha:)``.
    public enum MonteCarlo: Exercise {
        public static let name = "hw3.monte-carlo"
        public static let function = "monteCarloPrediction(episodes:initialValues:gamma:firstVisit:alpha:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: MonteCarloInput) throws -> [Double] {
            try solution.monteCarloPrediction(
                episodes: input.episodes, initialValues: input.initialValues, gamma: input.gamma,
                firstVisit: input.firstVisit, alpha: input.alpha)
        }
    }

    /// Calls ``ModelFreeHomework/tdZeroUpdate(values:transition:alpha:gamma:)``.
    public enum TDZeroUpdate: Exercise {
        public static let name = "hw3.td-zero-update"
        public static let function = "tdZeroUpdate(values:transition:alpha:gamma:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: TDUpdateInput) throws -> [Double] {
            try solution.tdZeroUpdate(values: input.values, transition: input.transition, alpha: input.alpha, gamma: input.gamma)
        }
    }

    /// Calls ``ModelFreeHomework/tdZeroPrediction(episodes:initialValues:alpha:gamma:)``.
    public enum TDZero: Exercise {
        public static let name = "hw3.td-zero"
        public static let function = "tdZeroPrediction(episodes:initialValues:alpha:gamma:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: TDPredictionInput) throws -> [Double] {
            try solution.tdZeroPrediction(
                episodes: input.episodes, initialValues: input.initialValues, alpha: input.alpha, gamma: input.gamma)
        }
    }

    /// Calls ``ModelFreeHomework/epsilonGreedy(q:epsilon:using:)`` `draws` times with one
    /// generator and returns how often each action was chosen.
    public enum EpsilonGreedy: Exercise {
        public static let isStochastic = true
        public static let name = "hw3.epsilon-greedy"
        public static let function = "epsilonGreedy(q:epsilon:using:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: EpsilonGreedyInput) throws -> [Int] {
            var rng = SeededGenerator(seed: input.seed)
            var counts = Array(repeating: 0, count: input.q.count)
            for _ in 0..<input.draws {
                let a = try solution.epsilonGreedy(q: input.q, epsilon: input.epsilon, using: &rng)
                guard a >= 0, a < counts.count else { throw InvalidAction(action: a, actionCount: counts.count) }
                counts[a] += 1
            }
            return counts
        }
    }

    /// Calls ``ModelFreeHomework/sarsaUpdate(q:transition:nextAction:alpha:gamma:)``.
    public enum SarsaUpdate: Exercise {
        public static let name = "hw3.sarsa-update"
        public static let function = "sarsaUpdate(q:transition:nextAction:alpha:gamma:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: ControlUpdateInput) throws -> [[Double]] {
            try solution.sarsaUpdate(q: input.q, transition: input.transition, nextAction: input.nextAction,
                                     alpha: input.alpha, gamma: input.gamma)
        }
    }

    /// Calls ``ModelFreeHomework/qLearningUpdate(q:transition:alpha:gamma:)``.
    public enum QLearningUpdate: Exercise {
        public static let name = "hw3.q-learning-update"
        public static let function = "qLearningUpdate(q:transition:alpha:gamma:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: ControlUpdateInput) throws -> [[Double]] {
            try solution.qLearningUpdate(q: input.q, transition: input.transition, alpha: input.alpha, gamma: input.gamma)
        }
    }

    /// Calls ``ModelFreeHomework/expectedSarsaUpdate(q:transition:epsilon:alpha:gamma:)``.
    public enum ExpectedSarsaUpdate: Exercise {
        public static let name = "hw3.expected-sarsa-update"
        public static let function = "expectedSarsaUpdate(q:transition:epsilon:alpha:gamma:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: ControlUpdateInput) throws -> [[Double]] {
            try solution.expectedSarsaUpdate(q: input.q, transition: input.transition, epsilon: input.epsilon,
                                             alpha: input.alpha, gamma: input.gamma)
        }
    }

    /// Calls ``ModelFreeHomework/sarsa(environment:settings:)``.
    public enum Sarsa: Exercise {
        public static let isStochastic = true
        public static let name = "hw3.sarsa"
        public static let function = "sarsa(environment:settings:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: TrainingInput) throws -> [[Double]] {
            try solution.sarsa(environment: input.environment, settings: input.settings)
        }
    }

    /// Calls ``ModelFreeHomework/qLearning(environment:settings:)``.
    public enum QLearning: Exercise {
        public static let isStochastic = true
        public static let name = "hw3.q-learning"
        public static let function = "qLearning(environment:settings:)"
        public static func run(_ solution: any ModelFreeHomework, _ input: TrainingInput) throws -> [[Double]] {
            try solution.qLearning(environment: input.environment, settings: input.settings)
        }
    }

    /// Every exercise of hw3, for the runner.
    public static var exercises: [ExerciseEntry<any ModelFreeHomework>] {
        [
            ExerciseEntry(MonteCarlo.self), ExerciseEntry(TDZeroUpdate.self), ExerciseEntry(TDZero.self),
            ExerciseEntry(EpsilonGreedy.self), ExerciseEntry(SarsaUpdate.self), ExerciseEntry(QLearningUpdate.self),
            ExerciseEntry(ExpectedSarsaUpdate.self), ExerciseEntry(Sarsa.self), ExerciseEntry(QLearning.self),
        ]
    }
}
