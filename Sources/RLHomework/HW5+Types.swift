import RLCore

// The plain data that hw5's exercises exchange with the grader (inputs and outputs).

extension HW5 {
    // MARK: Transitions and targets

    /// One transition e = (s, a, s′, r) of an environment with vector observations, and how it ended.
    public struct Transition: Codable, Sendable, Equatable {
        /// s, the observation the action was taken in.
        public var state: [Double]
        /// a, the action taken (0 ..< |A|).
        public var action: Int
        /// r, the reward received.
        public var reward: Double
        /// s′, the observation the step returned (for a step that ended an episode: the episode's last
        /// observation, not the reset one).
        public var nextState: [Double]
        /// True when s′ is terminal: no bootstrapping (its value is 0).
        public var terminated: Bool
        /// True when the episode was cut by a time limit at s′: s′ is not terminal, so bootstrap.
        public var truncated: Bool

        public init(state: [Double], action: Int, reward: Double, nextState: [Double], terminated: Bool, truncated: Bool) {
            self.state = state
            self.action = action
            self.reward = reward
            self.nextState = nextState
            self.terminated = terminated
            self.truncated = truncated
        }
    }

    /// The input of ``DeepQHomework/dqnTargets(_:)`` and ``DeepQHomework/doubleDQNTargets(_:)``.
    public struct TargetBatch: Codable, Sendable, Equatable {
        /// Q_θ, the online network (input size = observation size, output size = |A|).
        public var online: MLP
        /// Q_θ⁻, the target network (same sizes).
        public var target: MLP
        /// The minibatch, B transitions.
        public var transitions: [Transition]
        /// γ.
        public var gamma: Double

        public init(online: MLP, target: MLP, transitions: [Transition], gamma: Double) {
            self.online = online
            self.target = target
            self.transitions = transitions
            self.gamma = gamma
        }
    }

    // MARK: Loss

    /// The input of ``DeepQHomework/tdLoss(_:)``.
    public struct LossQuery: Codable, Sendable, Equatable {
        /// `qValues[k]` = Q_θ(s_k, ·), the online network's B output rows (|A| numbers each).
        public var qValues: [[Double]]
        /// a_k, the action taken in transition k.
        public var actions: [Int]
        /// y_k, the (constant) targets.
        public var targets: [Double]
        /// δ of the Huber loss, or `nil` for the squared loss ½ u².
        public var huberDelta: Double?

        public init(qValues: [[Double]], actions: [Int], targets: [Double], huberDelta: Double?) {
            self.qValues = qValues
            self.actions = actions
            self.targets = targets
            self.huberDelta = huberDelta
        }
    }

    /// The TD loss of a minibatch and its gradient with respect to the online network's outputs.
    public struct LossResult: Codable, Sendable, Equatable {
        /// L = (1/B) Σ_k ℓ(y_k − Q_θ(s_k, a_k)).
        public var loss: Double
        /// `gradient[k][a]` = ∂L/∂Q_θ(s_k, a), B rows of |A| numbers (zero except at a = a_k).
        public var gradient: [[Double]]

        public init(loss: Double, gradient: [[Double]]) {
            self.loss = loss
            self.gradient = gradient
        }
    }

    // MARK: Dueling

    /// How the Dueling head combines V and A.
    public enum Aggregation: String, Codable, Sendable, Equatable, CaseIterable {
        /// Q = V + (A − mean_a A) — the form used in practice.
        case mean
        /// Q = V + (A − max_a A).
        case max
    }

    /// The input of ``DeepQHomework/duelingQValues(_:)`` and ``DeepQHomework/duelingBackward(_:)``.
    public struct DuelingQuery: Codable, Sendable, Equatable {
        /// V(s_k), the value head's output for each of the B rows.
        public var values: [Double]
        /// `advantages[k][a]` = A(s_k, a), the advantage head's outputs (B rows of |A| numbers).
        public var advantages: [[Double]]
        /// The aggregation.
        public var aggregation: Aggregation
        /// `outputGradient[k][a]` = ∂L/∂Q(s_k, a), for the backward pass (B rows of |A| numbers).
        public var outputGradient: [[Double]]

        public init(values: [Double], advantages: [[Double]], aggregation: Aggregation, outputGradient: [[Double]]) {
            self.values = values
            self.advantages = advantages
            self.aggregation = aggregation
            self.outputGradient = outputGradient
        }
    }

    /// ∂L/∂V and ∂L/∂A of the Dueling aggregation.
    public struct DuelingGradients: Codable, Sendable, Equatable {
        /// ∂L/∂V(s_k), B numbers.
        public var valueGradient: [Double]
        /// ∂L/∂A(s_k, a), B rows of |A| numbers.
        public var advantageGradient: [[Double]]

        public init(valueGradient: [Double], advantageGradient: [[Double]]) {
            self.valueGradient = valueGradient
            self.advantageGradient = advantageGradient
        }
    }

    // MARK: Replay

    /// One operation on a replay buffer.
    public enum ReplayOperation: Codable, Sendable, Equatable {
        /// Store this transition (overwriting the oldest one when the buffer is full).
        case push(Transition)
        /// Draw a uniform minibatch of this many stored transitions (never more than are stored).
        case sample(Int)
    }

    /// The input of ``DeepQHomework/replay(_:)``.
    public struct ReplayScript: Codable, Sendable, Equatable {
        /// The buffer's capacity N (at least 1).
        public var capacity: Int
        /// Seeds the buffer's sampling: `SeededGenerator(seed: seed)`.
        public var seed: UInt64
        /// The operations, in order.
        public var operations: [ReplayOperation]

        public init(capacity: Int, seed: UInt64, operations: [ReplayOperation]) {
            self.capacity = capacity
            self.seed = seed
            self.operations = operations
        }
    }

    /// What ``DeepQHomework/replay(_:)`` returns.
    public struct ReplayTrace: Codable, Sendable, Equatable {
        /// One minibatch per `.sample(n)` operation, in order (n transitions each).
        public var samples: [[Transition]]
        /// The transitions stored after the last operation, in any order.
        public var contents: [Transition]

        public init(samples: [[Transition]], contents: [Transition]) {
            self.samples = samples
            self.contents = contents
        }
    }

    // MARK: Exploration and target network

    /// A linear ε schedule: ε_start at step 0, ε_end from `decaySteps` on.
    public struct EpsilonSchedule: Codable, Sendable, Equatable {
        public var start: Double
        public var end: Double
        /// The number of steps over which ε decays (at least 1).
        public var decaySteps: Int

        public init(start: Double, end: Double, decaySteps: Int) {
            self.start = start
            self.end = end
            self.decaySteps = decaySteps
        }
    }

    /// The input of the ε-schedule exercise: a schedule and the steps to evaluate it at.
    public struct EpsilonQuery: Codable, Sendable, Equatable {
        public var schedule: EpsilonSchedule
        public var steps: [Int]

        public init(schedule: EpsilonSchedule, steps: [Int]) {
            self.schedule = schedule
            self.steps = steps
        }
    }

    /// How the target network follows the online one.
    public enum TargetUpdate: Codable, Sendable, Equatable {
        /// θ⁻ ← θ after every C-th gradient step (C = `period` ≥ 1), frozen in between.
        case hard(period: Int)
        /// θ⁻ ← τ θ + (1 − τ) θ⁻ after every gradient step (0 < τ ≤ 1).
        case soft(tau: Double)
    }

    /// The input of the target-schedule exercise: θ⁻ at the start and θ after each gradient step.
    public struct TargetScheduleQuery: Codable, Sendable, Equatable {
        /// θ⁻ before step 1.
        public var initialTarget: [Double]
        /// `onlineParameters[t − 1]` = θ after gradient step t, for t = 1 … T.
        public var onlineParameters: [[Double]]
        public var rule: TargetUpdate

        public init(initialTarget: [Double], onlineParameters: [[Double]], rule: TargetUpdate) {
            self.initialTarget = initialTarget
            self.onlineParameters = onlineParameters
            self.rule = rule
        }
    }

    // MARK: Learner

    /// DQN on CartPole-v1: the relabelling, the architecture, the budget and suggested hyperparameters.
    public struct DQNSetup: Codable, Sendable, Equatable {
        /// Seeds all your randomness (network, resets, exploration, replay sampling).
        public var seed: UInt64
        /// Train on `RelabelledEnvironment(CartPole(), relabelling: relabelling)`.
        public var relabelling: Relabelling
        /// The online network's layer sizes, e.g. `[4, 64, 2]` (output = Q(s, ·) for the 2 actions).
        public var layerSizes: [Int]
        /// The hidden activation of the network (the output is identity).
        public var hiddenActivation: Activation
        /// True: use the Double DQN target; false: the DQN target.
        public var double: Bool
        /// The budget: the number of environment steps you may take.
        public var environmentSteps: Int
        /// γ.
        public var gamma: Double
        /// Suggested Adam learning rate.
        public var learningRate: Double
        /// Suggested minibatch size B.
        public var batchSize: Int
        /// Suggested replay capacity.
        public var bufferCapacity: Int
        /// Suggested number of environment steps before the first gradient step.
        public var learningStarts: Int
        /// Suggested number of environment steps per gradient step.
        public var trainEvery: Int
        /// Suggested target-network rule (hard with a period C, or soft with τ).
        public var targetUpdate: TargetUpdate
        /// Suggested ε schedule (over environment steps).
        public var epsilon: EpsilonSchedule
        /// Suggested Huber δ (`nil`: squared loss).
        public var huberDelta: Double?
        /// Suggested gradient-norm clip.
        public var maxGradientNorm: Double

        public init(seed: UInt64, relabelling: Relabelling, layerSizes: [Int], hiddenActivation: Activation, double: Bool,
                    environmentSteps: Int, gamma: Double, learningRate: Double, batchSize: Int, bufferCapacity: Int,
                    learningStarts: Int, trainEvery: Int, targetUpdate: TargetUpdate, epsilon: EpsilonSchedule,
                    huberDelta: Double?, maxGradientNorm: Double) {
            self.seed = seed
            self.relabelling = relabelling
            self.layerSizes = layerSizes
            self.hiddenActivation = hiddenActivation
            self.double = double
            self.environmentSteps = environmentSteps
            self.gamma = gamma
            self.learningRate = learningRate
            self.batchSize = batchSize
            self.bufferCapacity = bufferCapacity
            self.learningStarts = learningStarts
            self.trainEvery = trainEvery
            self.targetUpdate = targetUpdate
            self.epsilon = epsilon
            self.huberDelta = huberDelta
            self.maxGradientNorm = maxGradientNorm
        }
    }

    /// What the DQN training returns.
    public struct DQNResult: Codable, Sendable, Equatable {
        /// The trained online network's flat parameters (`MLP.parameters`).
        public var parameters: [Double]
        /// The return of every finished training episode, in order (the learning curve).
        public var episodeReturns: [Double]

        public init(parameters: [Double], episodeReturns: [Double]) {
            self.parameters = parameters
            self.episodeReturns = episodeReturns
        }
    }
}
