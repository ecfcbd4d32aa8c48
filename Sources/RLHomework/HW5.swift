import RLCore

/// hw5 — deep value-based methods: the DQN target, the TD loss and its gradient, Double DQN, the
/// Dueling aggregation, experience replay, the ε schedule, target-network updates, and a DQN learner
/// on CartPole-v1.
///
/// Write `struct HW5Solution: DeepQHomework` in `Assignments/hw5/` and run `rlgrade hw5`.
/// The handout `Assignments/hw5/README.md` has the formulas, the conventions and the checks.
///
/// Notation (the course's chapter 8): a transition is e_t = (s_t, a_t, s_{t+1}, r_t); Q_θ is the
/// online ("evaluation") network with parameters θ, Q_θ⁻ the target network with the older
/// parameters θ⁻; a minibatch has B transitions k = 0 … B−1 and |A| actions. A network's output
/// vector is Q(s, ·): entry a is Q(s, a).
public protocol DeepQHomework {
    // MARK: Targets

    /// The DQN regression targets of a minibatch (course: 目标网络):
    ///
    ///     y_k = r_k + γ (1 − terminated_k) max_{a'} Q_θ⁻(s'_k, a')
    ///
    /// The max is over the **target** network `batch.target` (never the online one). A terminated
    /// transition reached a terminal state: y_k = r_k (do not evaluate Q at s'_k). A truncated one
    /// (a time limit) did not: it still bootstraps. γ is applied once.
    ///
    /// - Returns: B numbers, y_0 … y_{B−1}, in the order of `batch.transitions`.
    func dqnTargets(_ batch: HW5.TargetBatch) throws -> [Double]

    /// The Double DQN targets of a minibatch: the online network chooses, the target network values
    /// (course: 裁判 and 运动员):
    ///
    ///     a*_k = argmax_{a'} Q_θ(s'_k, a')          (online network `batch.online`; first index on ties)
    ///     y_k  = r_k + γ (1 − terminated_k) Q_θ⁻(s'_k, a*_k)
    ///
    /// It equals the DQN target exactly where both networks' argmaxes agree. Same masking as
    /// ``dqnTargets(_:)``.
    ///
    /// - Returns: B numbers.
    func doubleDQNTargets(_ batch: HW5.TargetBatch) throws -> [Double]

    // MARK: Loss

    /// The TD loss of a minibatch and its gradient with respect to the online network's outputs.
    ///
    /// With u_k = y_k − Q_θ(s_k, a_k) (`query.targets[k]` minus `query.qValues[k][query.actions[k]]`):
    ///
    ///     L = (1/B) Σ_k ℓ(u_k)
    ///     ℓ(u) = ½ u²                                          (huberDelta == nil: squared loss)
    ///     ℓ(u) = ½ u² if |u| ≤ δ,  δ (|u| − ½ δ) otherwise     (huberDelta == δ: Huber loss)
    ///
    /// The targets are constants (no gradient flows into y_k). So only the taken action's output gets
    /// gradient:
    ///
    ///     ∂L/∂Q_θ(s_k, a) = −(1/B) ℓ′(u_k) if a = a_k, else 0
    ///     ℓ′(u) = u (squared),   ℓ′(u) = clip(u, −δ, δ) (Huber)
    ///
    /// Backpropagate `gradient` through the online network with `MLP.backward(batch:outputGradients:)`.
    ///
    /// - Returns: L and the B × |A| matrix ∂L/∂Q (as `gradient[k][a]`).
    func tdLoss(_ query: HW5.LossQuery) throws -> HW5.LossResult

    // MARK: Dueling

    /// The Dueling aggregation of a value head V(s) and an advantage head A(s, ·) (course: Dueling DQN):
    ///
    ///     mean:  Q(s,a) = V(s) + (A(s,a) − (1/|A|) Σ_{a'} A(s,a'))
    ///     max:   Q(s,a) = V(s) + (A(s,a) − max_{a'} A(s,a'))
    ///
    /// for every row k of the batch (`query.values[k]` = V(s_k), `query.advantages[k][a]` = A(s_k, a)).
    /// Subtracting the mean (or the max) makes V and A identifiable: the mean (or the max) over a of
    /// Q(s,a) − V(s) is 0.
    ///
    /// - Returns: Q as B rows of |A| numbers.
    func duelingQValues(_ query: HW5.DuelingQuery) throws -> [[Double]]

    /// The backward pass of the Dueling aggregation: given g_a = ∂L/∂Q(s,a) (`query.outputGradient[k]`),
    ///
    ///     ∂L/∂V(s)   = Σ_a g_a
    ///     mean:  ∂L/∂A(s,j) = g_j − (1/|A|) Σ_a g_a
    ///     max:   ∂L/∂A(s,j) = g_j − [j = a⁺] Σ_a g_a,   a⁺ = argmax_{a'} A(s,a') (first index on ties)
    ///
    /// per row. These are the output gradients to backpropagate into the V head and the A head.
    ///
    /// - Returns: ∂L/∂V (B numbers) and ∂L/∂A (B rows of |A| numbers).
    func duelingBackward(_ query: HW5.DuelingQuery) throws -> HW5.DuelingGradients

    // MARK: Replay, exploration, target network

    /// Runs your uniform experience-replay buffer on a script of operations (course: 经验回放).
    ///
    /// Create an empty buffer with room for `script.capacity` transitions and a
    /// `SeededGenerator(seed: script.seed)`, then perform the operations in order:
    /// - `.push(e)`: store e; when the buffer is full, e replaces the **oldest** stored transition;
    /// - `.sample(n)`: draw a minibatch of n stored transitions uniformly at random — independently,
    ///   each stored transition with probability 1/size (with replacement), or without replacement
    ///   within the minibatch; both are accepted. Never return a slot that holds no transition yet.
    ///
    /// - Returns: every minibatch, in order, and the transitions stored after the last operation (in
    ///   any order).
    func replay(_ script: HW5.ReplayScript) throws -> HW5.ReplayTrace

    /// The linearly decaying exploration rate of ε-greedy at environment step t = `step` (t = 0, 1, …):
    ///
    ///     ε(t) = ε_start + (ε_end − ε_start) · min(1, t / decaySteps)
    ///
    /// so ε(0) = ε_start, ε(decaySteps) = ε_end, and ε stays at ε_end afterwards.
    func epsilon(_ schedule: HW5.EpsilonSchedule, step: Int) throws -> Double

    /// One target-network update after gradient step t = `step` (t = 1, 2, …) of the online network
    /// (course: 每 C 次迭代更新一次目标网络):
    ///
    ///     hard(C):  θ⁻ ← θ if t is a multiple of C; otherwise θ⁻ is left unchanged
    ///     soft(τ):  θ⁻ ← τ θ + (1 − τ) θ⁻  (Polyak averaging), at every step
    ///
    /// - Parameters:
    ///   - target: θ⁻, updated in place (flat parameters).
    ///   - online: θ after gradient step t (same length).
    func updateTarget(_ target: inout [Double], online: [Double], step: Int, rule: HW5.TargetUpdate) throws

    // MARK: Learner

    /// DQN (or Double DQN when `setup.double`) on CartPole-v1 with RLCore networks (course: 算法流程).
    ///
    /// Train on `RelabelledEnvironment(CartPole(), relabelling: setup.relabelling)` (a hidden,
    /// seed-dependent relabelling of the observation and the actions: learn from data, do not
    /// hand-code a controller). Build the online network with
    /// `MLP(layerSizes: setup.layerSizes, hiddenActivation: setup.hiddenActivation, seed: …)` and a
    /// target copy. For every environment step t = 0 … `environmentSteps` − 1: act ε-greedily with
    /// `epsilon(setup.epsilon, step: t)`, push the transition into your replay buffer
    /// (`setup.bufferCapacity`), and — once t ≥ `learningStarts`, every `trainEvery` steps — sample
    /// `batchSize` transitions, compute `dqnTargets` (or `doubleDQNTargets`), `tdLoss`
    /// (`huberDelta`), backpropagate, clip the gradient norm to `maxGradientNorm` and take one `Adam`
    /// step (`learningRate`); then `updateTarget` with `setup.targetUpdate` and the gradient-step count.
    /// After an episode ends (terminated or truncated at 500 steps), record its return and reset.
    ///
    /// The grader rebuilds your network from the returned parameters and plays its own relabelled
    /// CartPoles with the **greedy** action. All randomness from `SeededGenerator(seed: setup.seed)`.
    ///
    /// - Returns: the online network's flat parameters and the return of every finished training episode.
    func dqnCartPole(_ setup: HW5.DQNSetup) throws -> HW5.DQNResult
}

/// The exercises of hw5, as the grader calls them.
public enum HW5 {
    /// Calls ``DeepQHomework/dqnTargets(_:)``.
    public enum DQNTargets: Exercise {
        public static let name = "hw5.dqn-targets"
        public static let function = "dqnTargets(_:)"
        public static func run(_ solution: any DeepQHomework, _ input: TargetBatch) throws -> [Double] {
            try solution.dqnTargets(input)
        }
    }

    /// Calls ``DeepQHomework/doubleDQNTargets(_:)``.
    public enum DoubleDQNTargets: Exercise {
        public static let name = "hw5.double-dqn-targets"
        public static let function = "doubleDQNTargets(_:)"
        public static func run(_ solution: any DeepQHomework, _ input: TargetBatch) throws -> [Double] {
            try solution.doubleDQNTargets(input)
        }
    }

    /// Calls ``DeepQHomework/tdLoss(_:)``.
    public enum TDLoss: Exercise {
        public static let name = "hw5.td-loss"
        public static let function = "tdLoss(_:)"
        public static func run(_ solution: any DeepQHomework, _ input: LossQuery) throws -> LossResult {
            try solution.tdLoss(input)
        }
    }

    /// Calls ``DeepQHomework/duelingQValues(_:)``.
    public enum DuelingQValues: Exercise {
        public static let name = "hw5.dueling-q-values"
        public static let function = "duelingQValues(_:)"
        public static func run(_ solution: any DeepQHomework, _ input: DuelingQuery) throws -> [[Double]] {
            try solution.duelingQValues(input)
        }
    }

    /// Calls ``DeepQHomework/duelingBackward(_:)``.
    public enum DuelingBackward: Exercise {
        public static let name = "hw5.dueling-backward"
        public static let function = "duelingBackward(_:)"
        public static func run(_ solution: any DeepQHomework, _ input: DuelingQuery) throws -> DuelingGradients {
            try solution.duelingBackward(input)
        }
    }

    /// Calls ``DeepQHomework/replay(_:)``.
    public enum Replay: Exercise {
        public static let name = "hw5.replay"
        public static let function = "replay(_:)"
        public static func run(_ solution: any DeepQHomework, _ input: ReplayScript) throws -> ReplayTrace {
            try solution.replay(input)
        }
    }

    /// Calls ``DeepQHomework/epsilon(_:step:)`` at every step of `input.steps`.
    public enum Epsilon: Exercise {
        public static let name = "hw5.epsilon"
        public static let function = "epsilon(_:step:)"
        public static func run(_ solution: any DeepQHomework, _ input: EpsilonQuery) throws -> [Double] {
            try input.steps.map { try solution.epsilon(input.schedule, step: $0) }
        }
    }

    /// Calls ``DeepQHomework/updateTarget(_:online:step:rule:)`` after every step t = 1 … T of
    /// `input.onlineParameters`, starting from `input.initialTarget`; returns θ⁻ after each step.
    public enum TargetSchedule: Exercise {
        public static let name = "hw5.target-schedule"
        public static let function = "updateTarget(_:online:step:rule:)"
        public static func run(_ solution: any DeepQHomework, _ input: TargetScheduleQuery) throws -> [[Double]] {
            var target = input.initialTarget
            var history: [[Double]] = []
            for (i, online) in input.onlineParameters.enumerated() {
                try solution.updateTarget(&target, online: online, step: i + 1, rule: input.rule)
                history.append(target)
            }
            return history
        }
    }

    /// Calls ``DeepQHomework/dqnCartPole(_:)``.
    public enum DQNCartPole: Exercise {
        public static let name = "hw5.dqn-cartpole"
        public static let function = "dqnCartPole(_:)"
        public static func run(_ solution: any DeepQHomework, _ input: DQNSetup) throws -> DQNResult {
            try solution.dqnCartPole(input)
        }
    }

    /// Every exercise of hw5, for the runner.
    public static var exercises: [ExerciseEntry<any DeepQHomework>] {
        [
            ExerciseEntry(DQNTargets.self), ExerciseEntry(DoubleDQNTargets.self), ExerciseEntry(TDLoss.self),
            ExerciseEntry(DuelingQValues.self), ExerciseEntry(DuelingBackward.self), ExerciseEntry(Replay.self),
            ExerciseEntry(Epsilon.self), ExerciseEntry(TargetSchedule.self), ExerciseEntry(DQNCartPole.self),
        ]
    }
}
