/// An environment that plays episodes of any ``TabularMDP``: the bridge between a known model and
/// Gymnasium-style interaction.
///
/// Observations are state indices `0..<model.stateCount`; the actions of state `s` are
/// `0..<model.actionCount(s)`. ``step(_:)`` samples the next state and the reward from
/// `model.outcomes[s][a]` and reports:
///
/// - `terminated` when the next state is terminal (`model.isTerminal[next]`): do **not** bootstrap;
/// - `truncated` when ``maxEpisodeSteps`` steps were taken without terminating (a time limit, the
///   state is not terminal: **do** bootstrap). Never both: a step that terminates is not truncated.
///
/// **Randomness.** ``reset(seed:)`` creates `SeededGenerator(seed: seed)` and draws the start state
/// with `categorical(startDistribution)`; every step then draws exactly one
/// `categorical(model.outcomes[s][a].map(\.probability))`, in the order the outcomes are listed.
/// The same seed and the same actions therefore always give the same episode.
///
/// ```swift
/// var env = MDPEnvironment.randomWalk()
/// var s = env.reset(seed: 7)               // 3 (state C)
/// while true {
///     let r = env.step(0)                  // the random walk has one action
///     s = r.observation
///     if r.isDone { break }
/// }
/// ```
public struct MDPEnvironment: TabularEnvironment, Sendable {
    /// The MDP the episodes are sampled from (P, r, terminal states, γ).
    public let model: TabularMDP
    /// The probability of starting an episode in each state (no mass on terminal states).
    public let startDistribution: [Double]
    /// The time limit: an episode is truncated after this many steps; `nil` means no limit.
    public let maxEpisodeSteps: Int?
    /// The largest number of actions of any state (states may have fewer, see `model.actionCount(_:)`).
    public let actionCount: Int?

    /// The current state (valid after ``reset(seed:)``).
    public private(set) var state: Int = 0
    /// The number of steps taken in the current episode.
    public private(set) var elapsedSteps: Int = 0
    /// True when no episode is running: before the first reset and after a terminated or
    /// truncated step. ``step(_:)`` must not be called then.
    public private(set) var needsReset: Bool = true
    private var rng = SeededGenerator(seed: 0)

    /// Creates an environment for `model`.
    ///
    /// - Parameters:
    ///   - model: the MDP to sample from.
    ///   - startDistribution: one probability per state, summing to 1 (tolerance 1e-9), zero on
    ///     terminal states.
    ///   - maxEpisodeSteps: the time limit (positive), or `nil` for none.
    /// - Throws: ``MDPError/invalidStartDistribution(_:)`` when `startDistribution` is not valid.
    public init(model: TabularMDP, startDistribution: [Double], maxEpisodeSteps: Int? = nil) throws(MDPError) {
        let n = model.stateCount
        guard startDistribution.count == n else {
            throw .invalidStartDistribution("expected \(n) probabilities (one per state), got \(startDistribution.count)")
        }
        var sum = 0.0
        for (s, p) in startDistribution.enumerated() {
            guard p.isFinite, p >= 0 else {
                throw .invalidStartDistribution("P(start = \(s)) = \(p) is negative or not finite")
            }
            guard p == 0 || !model.isTerminal[s] else {
                throw .invalidStartDistribution("state \(s) is terminal but has start probability \(p)")
            }
            sum += p
        }
        guard abs(sum - 1) <= 1e-9 else {
            throw .invalidStartDistribution("the probabilities sum to \(sum), not 1 (tolerance 1e-9)")
        }
        if let limit = maxEpisodeSteps {
            precondition(limit > 0, "maxEpisodeSteps must be positive (or nil for no limit), got \(limit)")
        }
        self.model = model
        self.startDistribution = startDistribution
        self.maxEpisodeSteps = maxEpisodeSteps
        self.actionCount = model.maxActionCount
    }

    /// Creates an environment whose episodes always start in `startState`.
    public init(model: TabularMDP, startState: Int, maxEpisodeSteps: Int? = nil) throws(MDPError) {
        guard startState >= 0, startState < model.stateCount else {
            throw .invalidStartDistribution("start state \(startState) is not in 0..<\(model.stateCount)")
        }
        var distribution = Array(repeating: 0.0, count: model.stateCount)
        distribution[startState] = 1
        try self.init(model: model, startDistribution: distribution, maxEpisodeSteps: maxEpisodeSteps)
    }

    /// Starts an episode: seeds the episode's generator and draws the start state.
    public mutating func reset(seed: UInt64) -> Int {
        rng = SeededGenerator(seed: seed)
        state = rng.categorical(startDistribution)
        elapsedSteps = 0
        needsReset = false
        return state
    }

    /// Takes action `action` (in `0..<model.actionCount(state)`) in the current state.
    public mutating func step(_ action: Int) -> StepResult<Int> {
        precondition(!needsReset, "step(_:) called before reset(seed:) or after the episode ended")
        let row = model.outcomes[state]
        precondition(action >= 0 && action < row.count,
                     "action \(action) is not valid in state \(state) (actions are 0..<\(row.count))")
        let outcome = MDPEnvironment.sample(row[action], using: &rng)
        state = outcome.next
        elapsedSteps += 1
        let terminated = model.isTerminal[outcome.next]
        var truncated = false
        if !terminated, let limit = maxEpisodeSteps, elapsedSteps >= limit { truncated = true }
        needsReset = terminated || truncated
        return StepResult(observation: outcome.next, reward: outcome.reward,
                          terminated: terminated, truncated: truncated)
    }

    /// Draws one outcome exactly as `rng.categorical(outcomes.map(\.probability))` would, without
    /// building the array: inverse CDF in list order, the last positive entry absorbs round-off.
    @inline(__always)
    static func sample(_ outcomes: [Outcome], using rng: inout SeededGenerator) -> Outcome {
        var total = 0.0
        for o in outcomes { total += o.probability }
        let target = rng.uniform() * total
        var cumulative = 0.0
        var last = outcomes[0]
        for o in outcomes where o.probability > 0 {
            cumulative += o.probability
            last = o
            if target < cumulative { return o }
        }
        return last
    }
}
