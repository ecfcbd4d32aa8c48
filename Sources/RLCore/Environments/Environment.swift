/// What one call of ``Environment/step(_:)`` returns, as in Gymnasium.
public struct StepResult<Observation> {
    /// The observation after the step.
    public var observation: Observation
    /// The reward received for this step.
    public var reward: Double
    /// True when the episode reached a terminal state of the MDP (do **not** bootstrap past it).
    public var terminated: Bool
    /// True when the episode was cut by a time limit (the state is not terminal: **do** bootstrap).
    public var truncated: Bool

    public init(observation: Observation, reward: Double, terminated: Bool, truncated: Bool) {
        self.observation = observation
        self.reward = reward
        self.terminated = terminated
        self.truncated = truncated
    }

    /// True when the episode is over for either reason.
    public var isDone: Bool { terminated || truncated }
}

extension StepResult: Sendable where Observation: Sendable {}
extension StepResult: Equatable where Observation: Equatable {}

/// A reinforcement-learning environment with Gymnasium's interface.
///
/// Call ``reset(seed:)`` to start an episode, then ``step(_:)`` until the result is terminated or
/// truncated. All randomness of an episode comes from the seed given to `reset`, so the same seed and
/// the same actions always give the same episode.
public protocol Environment {
    associatedtype Observation
    associatedtype Action

    /// The number of discrete actions, or `nil` for a continuous action space.
    var actionCount: Int? { get }

    /// Starts a new episode and returns its first observation.
    ///
    /// - Parameter seed: seeds every random choice of the episode (start state, slips, noise).
    mutating func reset(seed: UInt64) -> Observation

    /// Takes `action` in the current state.
    ///
    /// Calling `step` after the episode ended (or before `reset`) is a programming error.
    mutating func step(_ action: Action) -> StepResult<Observation>
}

/// An environment whose states and actions are small integers and whose model is known.
public protocol TabularEnvironment: Environment where Observation == Int, Action == Int {
    /// The exact MDP the environment samples from (P, r, terminal states, γ).
    var model: TabularMDP { get }
    /// The distribution of the first state of an episode, one probability per state.
    var startDistribution: [Double] { get }
}
