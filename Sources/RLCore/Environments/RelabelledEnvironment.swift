/// A hidden, seed-dependent relabelling of observations and actions (the course's learner rule).
///
/// A learner exercise hands you one of these in its setup. Train on
/// `RelabelledEnvironment(base, relabelling: setup.relabelling)`: you then see
///
///     seen[i] = observationSigns[i] · true[observationPermutation[i]]
///
/// and the environment receives `actionPermutation[chosen]` (discrete actions) or
/// `actionSign · chosen` (one continuous action) for the action you choose. A learner that learns from
/// its data does not care; a controller written by hand for the plain environment does. The grader
/// evaluates your returned parameters on its own environments wrapped with the same relabelling.
public struct Relabelling: Codable, Sendable, Equatable {
    /// `seen[i] = observationSigns[i] · true[observationPermutation[i]]` (a permutation of 0..<n).
    public var observationPermutation: [Int]
    /// One sign per seen component, each +1 or −1.
    public var observationSigns: [Double]
    /// Discrete actions: the environment receives `actionPermutation[chosen]`. Empty for a continuous
    /// action space.
    public var actionPermutation: [Int]
    /// A continuous (one-dimensional) action: the environment receives `actionSign · chosen`.
    /// 1 for discrete actions.
    public var actionSign: Double

    /// Creates a relabelling from its parts; each permutation must be a permutation of 0..<count.
    public init(observationPermutation: [Int], observationSigns: [Double], actionPermutation: [Int], actionSign: Double) {
        precondition(Relabelling.isPermutation(observationPermutation), "observationPermutation must be a permutation of 0..<n")
        precondition(observationSigns.count == observationPermutation.count, "one observation sign per component")
        precondition(observationSigns.allSatisfy { $0 == 1 || $0 == -1 }, "observation signs are +1 or −1")
        precondition(Relabelling.isPermutation(actionPermutation), "actionPermutation must be a permutation of 0..<k")
        precondition(actionSign == 1 || actionSign == -1, "actionSign is +1 or −1")
        self.observationPermutation = observationPermutation
        self.observationSigns = observationSigns
        self.actionPermutation = actionPermutation
        self.actionSign = actionSign
    }

    /// The relabelling that changes nothing.
    ///
    /// - Parameters:
    ///   - observationSize: the length of an observation vector (0 when observations are not vectors).
    ///   - actionCount: the number of discrete actions, or `nil` for one continuous action.
    public static func identity(observationSize: Int, actionCount: Int?) -> Relabelling {
        Relabelling(
            observationPermutation: Array(0..<observationSize),
            observationSigns: Array(repeating: 1, count: observationSize),
            actionPermutation: actionCount.map { Array(0..<$0) } ?? [], actionSign: 1)
    }

    /// A relabelling drawn uniformly from every permutation / sign choice except the identity (when
    /// another one exists), from `SeededGenerator(seed: seed)`.
    public static func random(seed: UInt64, observationSize: Int, actionCount: Int?) -> Relabelling {
        let identity = identity(observationSize: observationSize, actionCount: actionCount)
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<64 {
            let permutation = rng.shuffled(Array(0..<observationSize))
            let signs: [Double] = (0..<observationSize).map { _ in rng.int(below: 2) == 0 ? 1 : -1 }
            let actions = actionCount.map { rng.shuffled(Array(0..<$0)) } ?? []
            let sign: Double = actionCount == nil ? (rng.int(below: 2) == 0 ? 1 : -1) : 1
            let drawn = Relabelling(observationPermutation: permutation, observationSigns: signs,
                                    actionPermutation: actions, actionSign: sign)
            if drawn != identity { return drawn }
        }
        return identity  // only when nothing else exists (e.g. no observation vector and one action)
    }

    /// True when the relabelling changes nothing.
    public var isIdentity: Bool {
        self == Relabelling.identity(observationSize: observationPermutation.count,
                                     actionCount: actionPermutation.isEmpty ? nil : actionPermutation.count)
    }

    /// What you see for the environment's true observation: `seen[i] = signs[i] · true[perm[i]]`.
    public func observation(_ trueObservation: [Double]) -> [Double] {
        precondition(trueObservation.count == observationPermutation.count,
                     "the relabelling is for observations of \(observationPermutation.count) numbers, got \(trueObservation.count)")
        return observationPermutation.indices.map { observationSigns[$0] * trueObservation[observationPermutation[$0]] }
    }

    /// The true observation behind what you see (the inverse of ``observation(_:)``).
    public func trueObservation(_ seen: [Double]) -> [Double] {
        precondition(seen.count == observationPermutation.count,
                     "the relabelling is for observations of \(observationPermutation.count) numbers, got \(seen.count)")
        var result = [Double](repeating: 0, count: seen.count)
        for i in seen.indices { result[observationPermutation[i]] = observationSigns[i] * seen[i] }
        return result
    }

    /// The discrete action the environment receives when you choose `chosen`.
    public func action(_ chosen: Int) -> Int {
        precondition(chosen >= 0 && chosen < actionPermutation.count,
                     "action \(chosen) is outside 0..<\(actionPermutation.count)")
        return actionPermutation[chosen]
    }

    /// The continuous action the environment receives when you choose `chosen`.
    public func action(_ chosen: Double) -> Double { actionSign * chosen }

    /// The action you would choose to make the environment receive `trueAction` (the inverse of
    /// ``action(_:)-(Int)``).
    public func chosenAction(forTrueAction trueAction: Int) -> Int {
        guard let chosen = actionPermutation.firstIndex(of: trueAction) else {
            preconditionFailure("action \(trueAction) is outside 0..<\(actionPermutation.count)")
        }
        return chosen
    }

    static func isPermutation(_ p: [Int]) -> Bool { p.sorted() == Array(0..<p.count) }
}

/// An action type a ``Relabelling`` can act on.
public protocol RelabellableAction {
    /// What the environment receives when the learner chooses `self`.
    func relabelled(by relabelling: Relabelling) -> Self
}

extension Int: RelabellableAction {
    /// The action the environment receives: `actionPermutation[self]`.
    public func relabelled(by relabelling: Relabelling) -> Int { relabelling.action(self) }
}

extension Double: RelabellableAction {
    /// The action the environment receives: `actionSign · self`.
    public func relabelled(by relabelling: Relabelling) -> Double { relabelling.action(self) }
}

/// An environment whose observations and actions go through a ``Relabelling``.
///
/// Same `Observation` and `Action` types as `Base`; rewards, termination and truncation are the base
/// environment's. `reset(seed:)` and `step(_:)` return relabelled observations, and `step` passes the
/// relabelled action to the base environment.
///
/// ```swift
/// var env = RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)
/// var s = env.reset(seed: rng.next())
/// let step = env.step(action)          // CartPole receives setup.relabelling.action(action)
/// ```
///
/// Environments with integer states (the short corridor) keep their states: their relabelling has no
/// observation vector (`observationPermutation == []`) and permutes the actions only.
public struct RelabelledEnvironment<Base: Environment>: Environment
where Base.Observation: RelabellableObservation, Base.Action: RelabellableAction {
    public typealias Observation = Base.Observation
    public typealias Action = Base.Action

    /// The wrapped environment (its own, true state).
    public private(set) var base: Base
    /// The relabelling applied to every observation and action.
    public let relabelling: Relabelling

    /// Wraps `base`. The relabelling's action labels must match the base's action space.
    public init(_ base: Base, relabelling: Relabelling) {
        if let count = base.actionCount {
            precondition(relabelling.actionPermutation.count == count,
                         "the relabelling permutes \(relabelling.actionPermutation.count) actions; the environment has \(count)")
        } else {
            precondition(relabelling.actionPermutation.isEmpty, "a continuous action space needs actionPermutation == []")
        }
        self.base = base
        self.relabelling = relabelling
    }

    /// The base environment's number of actions.
    public var actionCount: Int? { base.actionCount }

    /// Starts an episode of the base environment; returns the relabelled first observation.
    public mutating func reset(seed: UInt64) -> Observation {
        Observation.seen(base.reset(seed: seed), relabelling)
    }

    /// Steps the base environment with the relabelled action; returns the relabelled observation.
    public mutating func step(_ action: Action) -> StepResult<Observation> {
        let result = base.step(action.relabelled(by: relabelling))
        return StepResult(observation: Observation.seen(result.observation, relabelling), reward: result.reward,
                          terminated: result.terminated, truncated: result.truncated)
    }
}

/// The observation types ``RelabelledEnvironment`` accepts: vectors (`[Double]`, permuted and
/// sign-flipped) and state indices (`Int`, left unchanged).
public protocol RelabellableObservation {
    /// What the learner sees for the true observation `trueObservation`.
    static func seen(_ trueObservation: Self, _ relabelling: Relabelling) -> Self
}

extension Array: RelabellableObservation where Element == Double {
    public static func seen(_ trueObservation: [Double], _ relabelling: Relabelling) -> [Double] {
        relabelling.observation(trueObservation)
    }
}

extension Int: RelabellableObservation {
    public static func seen(_ trueObservation: Int, _ relabelling: Relabelling) -> Int {
        precondition(relabelling.observationPermutation.isEmpty,
                     "a relabelling of integer states must have no observation vector")
        return trueObservation
    }
}

extension RelabelledEnvironment: Sendable where Base: Sendable {}
