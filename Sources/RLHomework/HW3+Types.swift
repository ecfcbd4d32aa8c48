import Foundation
import RLCore

// The plain-data types of hw3: transitions, episodes, environment descriptions and the settings
// of a training run. They cross the process boundary as JSON.

extension HW3 {
    /// One step of experience (s, a, r, s′), as a TD method sees it.
    ///
    /// - `terminated` is true when s′ is a **terminal** state: its value is 0 by definition, so an
    ///   update must **not** bootstrap from it (the target is just r).
    /// - A step cut by a time limit (`truncated` in the environment) is **not** terminal: it is passed
    ///   with `terminated == false`, and the update bootstraps from s′ as usual.
    public struct Transition: Codable, Sendable, Equatable {
        /// The state s the action was taken in.
        public var state: Int
        /// The action a (always 0 in prediction problems, which have one action).
        public var action: Int
        /// The reward r received on the step.
        public var reward: Double
        /// The next state s′.
        public var nextState: Int
        /// True when s′ is terminal (do not bootstrap).
        public var terminated: Bool

        public init(state: Int, action: Int = 0, reward: Double, nextState: Int, terminated: Bool) {
            self.state = state
            self.action = action
            self.reward = reward
            self.nextState = nextState
            self.terminated = terminated
        }
    }

    /// One recorded episode S₀, R₁, S₁, R₂, …, R_T, S_T of a policy (prediction problems).
    ///
    /// `states` has T + 1 entries S₀ … S_T and `rewards` has T entries R₁ … R_T: `rewards[t]` is the
    /// reward received on the step from `states[t]` to `states[t + 1]`.
    ///
    /// - `terminated == true`: S_T is a terminal state (its value is 0, never bootstrap from it).
    /// - `terminated == false`: the episode was cut by a time limit in S_T, which is not terminal
    ///   (TD bootstraps from V(S_T) on the last step). Monte-Carlo needs complete episodes: the grader
    ///   only gives it terminated ones.
    public struct Episode: Codable, Sendable, Equatable {
        /// S₀, S₁, …, S_T.
        public var states: [Int]
        /// R₁, R₂, …, R_T (`rewards.count == states.count - 1`).
        public var rewards: [Double]
        /// True when S_T is terminal; false when the episode was truncated in S_T.
        public var terminated: Bool

        public init(states: [Int], rewards: [Double], terminated: Bool) {
            self.states = states
            self.rewards = rewards
            self.terminated = terminated
        }

        /// The number of steps T.
        public var length: Int { rewards.count }

        /// The episode's steps as transitions (S_t, 0, R_{t+1}, S_{t+1}); only the last one of a
        /// terminated episode has `terminated == true`.
        public var transitions: [Transition] {
            (0..<rewards.count).map { t in
                Transition(state: states[t], action: 0, reward: rewards[t], nextState: states[t + 1],
                           terminated: terminated && t == rewards.count - 1)
            }
        }
    }

    /// A description of an environment, which crosses to your code as data: turn it into an
    /// environment with ``makeEnvironment()``.
    ///
    /// Every case becomes an ``MDPEnvironment`` (reset/step as in Gymnasium; `terminated` and
    /// `truncated` on each step). Its `model.gamma` is the discount γ of the task.
    public enum EnvironmentSpec: Codable, Sendable, Equatable {
        /// Sutton & Barto's 5-state random walk (Example 6.2): `MDPEnvironment.randomWalk()`.
        case randomWalk
        /// The windy gridworld (Example 6.5): 70 states, 4 actions, γ = 1, start 30, goal 37,
        /// with an optional time limit.
        case windyGridworld(maxEpisodeSteps: Int?)
        /// Cliff walking (Example 6.6): 48 states, 4 actions, γ = 1, start 36, goal 47, cliff 37…46
        /// (−100 and back to the start), with an optional time limit.
        case cliffWalking(maxEpisodeSteps: Int?)
        /// Any tabular MDP, episodes starting from `startDistribution`, with an optional time limit.
        case mdp(TabularMDP, startDistribution: [Double], maxEpisodeSteps: Int?)

        /// A fresh environment for this description (call `reset(seed:)` before stepping).
        public func makeEnvironment() throws -> MDPEnvironment {
            switch self {
            case .randomWalk:
                return MDPEnvironment.randomWalk()
            case .windyGridworld(let limit):
                let grid = GridWorld.windyGridworld(maxEpisodeSteps: limit)
                return try MDPEnvironment(model: grid.model, startDistribution: grid.startDistribution,
                                          maxEpisodeSteps: limit)
            case .cliffWalking(let limit):
                let grid = GridWorld.cliffWalking(maxEpisodeSteps: limit)
                return try MDPEnvironment(model: grid.model, startDistribution: grid.startDistribution,
                                          maxEpisodeSteps: limit)
            case .mdp(let model, let start, let limit):
                return try MDPEnvironment(model: model, startDistribution: start, maxEpisodeSteps: limit)
            }
        }

        /// The MDP behind the environment (the grader uses it to judge; your code should only sample).
        public var model: TabularMDP {
            switch self {
            case .randomWalk: return MDPEnvironment.randomWalk().model
            case .windyGridworld(let limit): return GridWorld.windyGridworld(maxEpisodeSteps: limit).model
            case .cliffWalking(let limit): return GridWorld.cliffWalking(maxEpisodeSteps: limit).model
            case .mdp(let model, _, _): return model
            }
        }

        /// The time limit of an episode, or `nil` for none.
        public var maxEpisodeSteps: Int? {
            switch self {
            case .randomWalk: return nil
            case .windyGridworld(let limit), .cliffWalking(let limit): return limit
            case .mdp(_, _, let limit): return limit
            }
        }
    }

    /// What the grader decides for one training run of SARSA or Q-learning.
    public struct ControlSettings: Codable, Sendable, Equatable {
        /// The number of episodes to train for.
        public var episodes: Int
        /// The step size α₀.
        public var alpha: Double
        /// The step-size decay exponent ω: the n-th update of a pair (s, a) (n = 1, 2, …) uses
        /// α = α₀ / n^ω. With ω = 0 the step size is the constant α₀.
        public var alphaExponent: Double
        /// The exploration rate ε of the ε-greedy behaviour policy.
        public var epsilon: Double
        /// The seed of your generator: `var rng = SeededGenerator(seed: settings.seed)`.
        public var seed: UInt64

        public init(episodes: Int, alpha: Double, alphaExponent: Double = 0, epsilon: Double, seed: UInt64) {
            self.episodes = episodes
            self.alpha = alpha
            self.alphaExponent = alphaExponent
            self.epsilon = epsilon
            self.seed = seed
        }

        /// The step size of the n-th update (n ≥ 1) of one pair (s, a): α₀ / n^ω.
        public func stepSize(update n: Int) -> Double {
            alphaExponent == 0 ? alpha : alpha / pow(Double(n), alphaExponent)
        }
    }

    /// Thrown by the grader's wrapper when a function returns an action outside `0..<|A|`.
    public struct InvalidAction: Error, CustomStringConvertible, Sendable {
        public let action: Int
        public let actionCount: Int
        public var description: String {
            "returned action \(action), but the valid actions are 0..<\(actionCount)"
        }
    }
}
