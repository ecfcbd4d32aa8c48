/// A hidden, seed-dependent relabelling of observations and actions (the learner rule).
///
/// The grader draws one per learner setup from its rubric seed and evaluates what you return in its
/// own environments wrapped with the same relabelling. Train on
/// `RelabelledEnvironment(base, relabelling: setup.relabelling)`: a controller written by hand for the
/// plain environment does not work on the relabelled one.
///
/// - Observations: `seen[i] = observationSigns[i] * true[observationPermutation[i]]`.
/// - Discrete actions: the environment receives `actionPermutation[chosen]`.
/// - Continuous (1-D) actions: the environment receives `actionSign * chosen`.
///
/// (Temporary copy for branch hw6; the owner's version on branch `validity` wins at merge.)
public struct Relabelling: Codable, Sendable, Equatable {
    public var observationPermutation: [Int]
    public var observationSigns: [Double]
    public var actionPermutation: [Int]
    public var actionSign: Double

    public init(observationPermutation: [Int], observationSigns: [Double], actionPermutation: [Int], actionSign: Double) {
        self.observationPermutation = observationPermutation
        self.observationSigns = observationSigns
        self.actionPermutation = actionPermutation
        self.actionSign = actionSign
    }

    /// Changes nothing.
    public static func identity(observationSize: Int, actionCount: Int?) -> Relabelling {
        Relabelling(observationPermutation: Array(0..<observationSize),
                    observationSigns: Array(repeating: 1, count: observationSize),
                    actionPermutation: actionCount.map { Array(0..<$0) } ?? [], actionSign: 1)
    }

    /// A random permutation and random signs of the observation, a random permutation of the discrete
    /// actions (or a random sign of a continuous action), all from `SeededGenerator(seed: seed)`.
    public static func random(seed: UInt64, observationSize: Int, actionCount: Int?) -> Relabelling {
        var rng = SeededGenerator(seed: seed)
        let permutation = rng.shuffled(Array(0..<observationSize))
        let signs = (0..<observationSize).map { _ in rng.uniform() < 0.5 ? -1.0 : 1.0 }
        if let actionCount {
            return Relabelling(observationPermutation: permutation, observationSigns: signs,
                               actionPermutation: rng.shuffled(Array(0..<actionCount)), actionSign: 1)
        }
        return Relabelling(observationPermutation: permutation, observationSigns: signs, actionPermutation: [],
                           actionSign: rng.uniform() < 0.5 ? -1 : 1)
    }

    /// What the agent sees for the environment's true observation.
    public func observation(_ trueObservation: [Double]) -> [Double] {
        precondition(trueObservation.count == observationPermutation.count,
                     "Relabelling: observation has \(trueObservation.count) entries, expected \(observationPermutation.count)")
        return observationPermutation.indices.map { observationSigns[$0] * trueObservation[observationPermutation[$0]] }
    }

    /// The discrete action the environment receives when the agent chooses `chosen`.
    public func action(_ chosen: Int) -> Int {
        if actionPermutation.isEmpty { return chosen }
        precondition(chosen >= 0 && chosen < actionPermutation.count,
                     "Relabelling: action \(chosen) out of range 0..<\(actionPermutation.count)")
        return actionPermutation[chosen]
    }

    /// The continuous action the environment receives when the agent chooses `chosen`.
    public func action(_ chosen: Double) -> Double { actionSign * chosen }
}

/// Wraps an environment with `[Double]` observations; same Observation/Action types as `Base`.
///
/// ```swift
/// var env = RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)
/// var s = env.reset(seed: rng.next())          // relabelled observation
/// let step = env.step(action)                  // the action is relabelled before CartPole sees it
/// ```
public struct RelabelledEnvironment<Base: Environment>: Environment where Base.Observation == [Double] {
    public typealias Observation = [Double]
    public typealias Action = Base.Action

    /// The wrapped environment.
    public private(set) var base: Base
    /// The relabelling applied to every observation and action.
    public let relabelling: Relabelling

    public init(_ base: Base, relabelling: Relabelling) {
        self.base = base
        self.relabelling = relabelling
    }

    public var actionCount: Int? { base.actionCount }

    public mutating func reset(seed: UInt64) -> [Double] {
        relabelling.observation(base.reset(seed: seed))
    }

    public mutating func step(_ action: Base.Action) -> StepResult<[Double]> {
        let relabelled: Base.Action
        if let a = action as? Int, let mapped = relabelling.action(a) as? Base.Action {
            relabelled = mapped
        } else if let a = action as? Double, let mapped = relabelling.action(a) as? Base.Action {
            relabelled = mapped
        } else {
            relabelled = action
        }
        var result = base.step(relabelled)
        result.observation = relabelling.observation(result.observation)
        return result
    }
}

extension RelabelledEnvironment: Sendable where Base: Sendable {}
