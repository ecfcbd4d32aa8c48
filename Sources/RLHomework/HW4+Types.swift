import RLCore

// The plain data that hw4's exercises exchange with the grader (inputs and outputs).

extension HW4 {
    // MARK: Linear value-function approximation

    /// One episode of a tabular environment seen through features: the states visited and the
    /// rewards received.
    ///
    /// `states` has one more entry than `rewards`: `states[t]` is s_t and `rewards[t]` is the reward
    /// r_t received for the step from s_t to s_{t+1} (t = 0 … T−1); `states[T]` is the last state.
    public struct PredictionEpisode: Codable, Sendable, Equatable {
        /// s_0, s_1, …, s_T (T + 1 state indices).
        public var states: [Int]
        /// r_0, r_1, …, r_{T−1}.
        public var rewards: [Double]
        /// True when s_T is a terminal state (its value is 0 by convention, never θᵀx(s_T)); false when
        /// the episode was cut by a time limit (s_T is an ordinary state: bootstrap from θᵀx(s_T)).
        public var terminated: Bool

        public init(states: [Int], rewards: [Double], terminated: Bool) {
            self.states = states
            self.rewards = rewards
            self.terminated = terminated
        }
    }

    /// The input of linear TD(0) and gradient Monte-Carlo: features, episodes and step size.
    public struct LinearPrediction: Codable, Sendable, Equatable {
        /// `features[s]` = x(s), the feature vector of state s (all of the same length d).
        public var features: [[Double]]
        /// The episodes, to be processed in this order.
        public var episodes: [PredictionEpisode]
        /// The step size α.
        public var alpha: Double
        /// The discount γ.
        public var gamma: Double
        /// θ before the first update (d numbers).
        public var initialWeights: [Double]

        public init(features: [[Double]], episodes: [PredictionEpisode], alpha: Double, gamma: Double,
                    initialWeights: [Double]) {
            self.features = features
            self.episodes = episodes
            self.alpha = alpha
            self.gamma = gamma
            self.initialWeights = initialWeights
        }
    }

    // MARK: Softmax policy

    /// One state of a softmax policy with linear preferences: the features x(s,a) of each action and θ.
    public struct SoftmaxQuery: Codable, Sendable, Equatable {
        /// `features[a]` = x(s,a), one vector of length d per action (at least one action).
        public var features: [[Double]]
        /// θ (d numbers).
        public var theta: [Double]
        /// The action a whose score ∇θ log π(a|s) is asked for (not used for the probabilities).
        public var action: Int

        public init(features: [[Double]], theta: [Double], action: Int = 0) {
            self.features = features
            self.theta = theta
            self.action = action
        }
    }

    // MARK: REINFORCE

    /// The input of ``PolicyGradientHomework/rewardToGo(rewards:gamma:)``.
    public struct RewardsQuery: Codable, Sendable, Equatable {
        public var rewards: [Double]
        public var gamma: Double

        public init(rewards: [Double], gamma: Double) {
            self.rewards = rewards
            self.gamma = gamma
        }
    }

    /// One episode of a tabular environment played by a policy: `states[t]`, `actions[t]` and the
    /// reward `rewards[t]` = r_t received for taking a_t in s_t (all three of length T). The episode
    /// ends after its last step (its last state is terminal and not listed).
    public struct PolicyEpisode: Codable, Sendable, Equatable {
        public var states: [Int]
        public var actions: [Int]
        public var rewards: [Double]

        public init(states: [Int], actions: [Int], rewards: [Double]) {
            self.states = states
            self.actions = actions
            self.rewards = rewards
        }
    }

    /// A batch of N episodes sampled from the softmax policy π_θ, for the REINFORCE gradient estimate.
    public struct ReinforceBatch: Codable, Sendable, Equatable {
        /// `features[s][a]` = x(s,a) (vectors of length d) for every state s and action a.
        public var features: [[[Double]]]
        /// θ (d numbers), the parameters the episodes were sampled with.
        public var theta: [Double]
        /// The N episodes τ¹ … τᴺ.
        public var episodes: [PolicyEpisode]
        /// The discount γ of the reward-to-go.
        public var gamma: Double
        /// The baseline b(s) for every state s, or `nil` for no baseline (b = 0).
        public var baseline: [Double]?

        public init(features: [[[Double]]], theta: [Double], episodes: [PolicyEpisode], gamma: Double,
                    baseline: [Double]?) {
            self.features = features
            self.theta = theta
            self.episodes = episodes
            self.gamma = gamma
            self.baseline = baseline
        }
    }

    // MARK: Returns and advantages

    /// A rollout segment of T consecutive steps of one environment, as an A2C/PPO learner collects it,
    /// with the critic's values already filled in. Every array has T entries; entry t describes the
    /// step taken in s_t.
    ///
    /// Episodes may end inside the segment: after a step with `terminated[t]` or `truncated[t]`, step
    /// t + 1 (if any) is the first step of a new episode. The segment itself may end in the middle of an
    /// episode (then bootstrap from `nextValues[T−1]`).
    public struct Rollout: Codable, Sendable, Equatable {
        /// r_t, the reward of step t.
        public var rewards: [Double]
        /// V(s_t), the critic's value of the state the step was taken in.
        public var values: [Double]
        /// V(s_{t+1}), the critic's value of the observation step t returned — for a step that ended an
        /// episode, that is the episode's last observation, *not* the first state of the next episode.
        /// Ignore it when `terminated[t]` (a terminal state has value 0).
        public var nextValues: [Double]
        /// True when step t reached a terminal state: no bootstrapping past it.
        public var terminated: [Bool]
        /// True when step t was cut by a time limit: the episode ends here, but s_{t+1} is not terminal,
        /// so bootstrap from `nextValues[t]`.
        public var truncated: [Bool]

        public init(rewards: [Double], values: [Double], nextValues: [Double], terminated: [Bool], truncated: [Bool]) {
            self.rewards = rewards
            self.values = values
            self.nextValues = nextValues
            self.terminated = terminated
            self.truncated = truncated
        }

        /// The number of steps T.
        public var count: Int { rewards.count }
    }

    /// The input of ``PolicyGradientHomework/nStepReturns(_:gamma:n:)``.
    public struct NStepQuery: Codable, Sendable, Equatable {
        public var rollout: Rollout
        public var gamma: Double
        public var n: Int

        public init(rollout: Rollout, gamma: Double, n: Int) {
            self.rollout = rollout
            self.gamma = gamma
            self.n = n
        }
    }

    /// The input of ``PolicyGradientHomework/gae(_:gamma:lambda:)``.
    public struct GAEQuery: Codable, Sendable, Equatable {
        public var rollout: Rollout
        public var gamma: Double
        public var lambda: Double

        public init(rollout: Rollout, gamma: Double, lambda: Double) {
            self.rollout = rollout
            self.gamma = gamma
            self.lambda = lambda
        }
    }

    /// GAE advantages Â_t and value targets Â_t + V(s_t), one per step of the rollout.
    public struct Advantages: Codable, Sendable, Equatable {
        public var advantages: [Double]
        public var valueTargets: [Double]

        public init(advantages: [Double], valueTargets: [Double]) {
            self.advantages = advantages
            self.valueTargets = valueTargets
        }
    }

    // MARK: A2C

    /// A rollout segment of T steps of one CartPole-like environment with vector observations. Every
    /// array has T entries; the conventions are those of ``Rollout`` (episodes may end inside).
    public struct Segment: Codable, Sendable, Equatable {
        /// s_t, the observation the step was taken in.
        public var states: [[Double]]
        /// a_t, the action taken.
        public var actions: [Int]
        /// r_t, the reward received.
        public var rewards: [Double]
        /// s_{t+1}, the observation the step returned (for a step that ended an episode: the episode's
        /// last observation, not the reset one).
        public var nextStates: [[Double]]
        public var terminated: [Bool]
        public var truncated: [Bool]

        public init(states: [[Double]], actions: [Int], rewards: [Double], nextStates: [[Double]],
                    terminated: [Bool], truncated: [Bool]) {
            self.states = states
            self.actions = actions
            self.rewards = rewards
            self.nextStates = nextStates
            self.terminated = terminated
            self.truncated = truncated
        }

        /// The number of steps T.
        public var count: Int { rewards.count }
    }

    /// The input of ``PolicyGradientHomework/a2cLoss(_:)``: the two networks, a batch of segments
    /// (one per environment) and the coefficients.
    public struct A2CBatch: Codable, Sendable, Equatable {
        /// The actor π_θ: its outputs are the logits of the actions.
        public var actor: MLP
        /// The critic V_φ: one output, the state value.
        public var critic: MLP
        /// The segments; the losses are means over all B = Σ T steps of all segments.
        public var segments: [Segment]
        /// γ.
        public var gamma: Double
        /// λ of GAE (λ = 1: the n-step returns of the segment; λ = 0: the TD error).
        public var lambda: Double
        /// c₁, the weight of the value loss (0.5 in the course).
        public var valueCoefficient: Double
        /// c₂, the weight of the entropy loss (0.01 in the course).
        public var entropyCoefficient: Double

        public init(actor: MLP, critic: MLP, segments: [Segment], gamma: Double, lambda: Double,
                    valueCoefficient: Double, entropyCoefficient: Double) {
            self.actor = actor
            self.critic = critic
            self.segments = segments
            self.gamma = gamma
            self.lambda = lambda
            self.valueCoefficient = valueCoefficient
            self.entropyCoefficient = entropyCoefficient
        }
    }

    /// The A2C losses of a batch and the gradient of the total loss.
    public struct A2CLoss: Codable, Sendable, Equatable {
        /// L_policy = −(1/B) Σ log π_θ(a_t|s_t) Â_t.
        public var policyLoss: Double
        /// L_value = (1/B) Σ (R_t − V_φ(s_t))².
        public var valueLoss: Double
        /// L_entropy = −(1/B) Σ H(π_θ(·|s_t)) (minus the mean entropy).
        public var entropyLoss: Double
        /// L = L_policy + c₁ L_value + c₂ L_entropy.
        public var totalLoss: Double
        /// ∂L/∂θ, in the actor's flat parameter order (`actor.parameterCount` numbers).
        public var actorGradient: [Double]
        /// ∂L/∂φ, in the critic's flat parameter order (`critic.parameterCount` numbers).
        public var criticGradient: [Double]

        public init(policyLoss: Double, valueLoss: Double, entropyLoss: Double, totalLoss: Double,
                    actorGradient: [Double], criticGradient: [Double]) {
            self.policyLoss = policyLoss
            self.valueLoss = valueLoss
            self.entropyLoss = entropyLoss
            self.totalLoss = totalLoss
            self.actorGradient = actorGradient
            self.criticGradient = criticGradient
        }
    }

    // MARK: Convergence

    /// REINFORCE with a baseline on the short corridor (Sutton & Barto, Example 13.1).
    public struct ShortCorridorSetup: Codable, Sendable, Equatable {
        /// Seeds all your randomness: `SeededGenerator(seed: seed)`.
        public var seed: UInt64
        /// The number of episodes to train for.
        public var episodes: Int
        /// α_θ, the policy step size at the start (decay it linearly to 0 over the episodes).
        public var alphaTheta: Double
        /// α_w, the step size of the learned baseline w (if you learn one).
        public var alphaW: Double
        /// γ (1 for this task).
        public var gamma: Double
        /// `actionFeatures[a]` = x(s,a) for action a (0 = left, 1 = right), the same in every state: the
        /// agent cannot tell the states apart.
        public var actionFeatures: [[Double]]
        /// θ at the start.
        public var initialTheta: [Double]
        /// Cut an episode after this many steps (`MDPEnvironment(model:startState:maxEpisodeSteps:)`).
        public var maxEpisodeSteps: Int
        /// The hidden relabelling of this run (the learner rule): play on
        /// `RelabelledEnvironment(corridor, relabelling: relabelling)`, whose actions may be swapped
        /// (`actionPermutation` = [1, 0]: your action 0 moves right). The grader computes P(right)
        /// from your θ through the same relabelling.
        public var relabelling: Relabelling

        public init(seed: UInt64, episodes: Int, alphaTheta: Double, alphaW: Double, gamma: Double,
                    actionFeatures: [[Double]], initialTheta: [Double], maxEpisodeSteps: Int,
                    relabelling: Relabelling = .identity(observationSize: 0, actionCount: 2)) {
            self.seed = seed
            self.episodes = episodes
            self.alphaTheta = alphaTheta
            self.alphaW = alphaW
            self.gamma = gamma
            self.actionFeatures = actionFeatures
            self.initialTheta = initialTheta
            self.maxEpisodeSteps = maxEpisodeSteps
            self.relabelling = relabelling
        }
    }

    /// What a REINFORCE training returns: the learned θ and the return of every training episode.
    public struct ShortCorridorResult: Codable, Sendable, Equatable {
        public var theta: [Double]
        public var episodeReturns: [Double]

        public init(theta: [Double], episodeReturns: [Double]) {
            self.theta = theta
            self.episodeReturns = episodeReturns
        }
    }

    /// A2C on CartPole-v1: the architecture, the budget and suggested hyperparameters.
    public struct CartPoleSetup: Codable, Sendable, Equatable {
        /// Seeds all your randomness (networks, environment resets, action sampling).
        public var seed: UInt64
        /// The actor's layer sizes, e.g. `[4, 64, 2]`: build it with `MLP(layerSizes:seed:)` (tanh
        /// hidden layers, identity output = the two logits). The grader rebuilds it from your parameters.
        public var actorLayerSizes: [Int]
        /// Suggested critic layer sizes, e.g. `[4, 64, 1]` (the critic is yours; it is not graded).
        public var criticLayerSizes: [Int]
        /// The budget: the total number of environment steps (over all environments) you may take.
        public var environmentSteps: Int
        /// γ.
        public var gamma: Double
        /// Suggested GAE λ.
        public var lambda: Double
        /// Suggested Adam learning rate at the start (decay it linearly to 0 over the budget).
        public var learningRate: Double
        /// Suggested number of CartPole environments stepped side by side.
        public var environments: Int
        /// Suggested steps per environment per update (the segment length T).
        public var stepsPerUpdate: Int
        /// c₁.
        public var valueCoefficient: Double
        /// c₂.
        public var entropyCoefficient: Double
        /// Suggested gradient-norm clip, applied to each network's gradient separately.
        public var maxGradientNorm: Double
        /// The hidden relabelling of this run (the learner rule): train on
        /// `RelabelledEnvironment(CartPole(), relabelling: relabelling)`, whose observations are a
        /// permutation of [x, ẋ, θ, θ̇] with signs flipped and whose two actions may be swapped. The
        /// grader evaluates your actor on its own CartPoles through the same relabelling.
        public var relabelling: Relabelling

        public init(seed: UInt64, actorLayerSizes: [Int], criticLayerSizes: [Int], environmentSteps: Int,
                    gamma: Double, lambda: Double, learningRate: Double, environments: Int, stepsPerUpdate: Int,
                    valueCoefficient: Double, entropyCoefficient: Double, maxGradientNorm: Double,
                    relabelling: Relabelling = .identity(observationSize: 4, actionCount: 2)) {
            self.seed = seed
            self.actorLayerSizes = actorLayerSizes
            self.criticLayerSizes = criticLayerSizes
            self.environmentSteps = environmentSteps
            self.gamma = gamma
            self.lambda = lambda
            self.learningRate = learningRate
            self.environments = environments
            self.stepsPerUpdate = stepsPerUpdate
            self.valueCoefficient = valueCoefficient
            self.entropyCoefficient = entropyCoefficient
            self.maxGradientNorm = maxGradientNorm
            self.relabelling = relabelling
        }
    }

    /// What the A2C training returns: the trained actor's flat parameters and the return of every
    /// training episode that finished.
    public struct CartPoleResult: Codable, Sendable, Equatable {
        public var actorParameters: [Double]
        public var episodeReturns: [Double]

        public init(actorParameters: [Double], episodeReturns: [Double]) {
            self.actorParameters = actorParameters
            self.episodeReturns = episodeReturns
        }
    }
}
