import RLCore

// The setups and results of the hw6 learners.

extension HW6 {
    /// PPO-clip on CartPole-v1: the relabelling, the architecture, the budget, suggested hyperparameters.
    public struct CartPoleSetup: Codable, Sendable, Equatable {
        /// Seeds all your randomness: `SeededGenerator(seed: seed)`.
        public var seed: UInt64
        /// Train on `RelabelledEnvironment(CartPole(), relabelling: relabelling)`.
        public var relabelling: Relabelling
        /// The actor's layer sizes, e.g. `[4, 32, 2]` (tanh hidden layers, identity output = the logits).
        public var actorLayerSizes: [Int]
        /// Suggested critic sizes (the critic is yours; it is not graded).
        public var criticLayerSizes: [Int]
        /// The budget: environment steps over all environments.
        public var environmentSteps: Int
        /// γ.
        public var gamma: Double
        /// GAE λ.
        public var lambda: Double
        /// Suggested Adam learning rate at the start (decay it linearly to 0 over the budget).
        public var learningRate: Double
        /// Suggested number of CartPoles stepped side by side.
        public var environments: Int
        /// Suggested steps per environment per rollout (T).
        public var stepsPerRollout: Int
        /// Suggested passes over each rollout (M).
        public var epochs: Int
        /// Suggested minibatches per epoch.
        public var minibatches: Int
        /// ε.
        public var clipEpsilon: Double
        /// c₁.
        public var valueCoefficient: Double
        /// c₂.
        public var entropyCoefficient: Double
        /// Suggested gradient-norm clip (0.5 in the course).
        public var maxGradientNorm: Double

        public init(seed: UInt64, relabelling: Relabelling, actorLayerSizes: [Int], criticLayerSizes: [Int],
                    environmentSteps: Int, gamma: Double, lambda: Double, learningRate: Double, environments: Int,
                    stepsPerRollout: Int, epochs: Int, minibatches: Int, clipEpsilon: Double, valueCoefficient: Double,
                    entropyCoefficient: Double, maxGradientNorm: Double) {
            self.seed = seed
            self.relabelling = relabelling
            self.actorLayerSizes = actorLayerSizes
            self.criticLayerSizes = criticLayerSizes
            self.environmentSteps = environmentSteps
            self.gamma = gamma
            self.lambda = lambda
            self.learningRate = learningRate
            self.environments = environments
            self.stepsPerRollout = stepsPerRollout
            self.epochs = epochs
            self.minibatches = minibatches
            self.clipEpsilon = clipEpsilon
            self.valueCoefficient = valueCoefficient
            self.entropyCoefficient = entropyCoefficient
            self.maxGradientNorm = maxGradientNorm
        }
    }

    /// TRPO on CartPole-v1.
    public struct TRPOSetup: Codable, Sendable, Equatable {
        public var seed: UInt64
        /// Train on `RelabelledEnvironment(CartPole(), relabelling: relabelling)`.
        public var relabelling: Relabelling
        public var actorLayerSizes: [Int]
        public var criticLayerSizes: [Int]
        /// The budget: environment steps over all environments.
        public var environmentSteps: Int
        public var gamma: Double
        public var lambda: Double
        /// Suggested CartPoles side by side and steps per environment per update.
        public var environments: Int
        public var stepsPerRollout: Int
        /// δ.
        public var maxKL: Double
        /// λ of the Fisher-vector product.
        public var damping: Double
        /// CG iterations.
        public var cgIterations: Int
        /// α and K of the line search.
        public var backtrackCoefficient: Double
        public var maxBacktracks: Int
        /// The critic's Adam learning rate and its gradient steps per update.
        public var criticLearningRate: Double
        public var criticSteps: Int

        public init(seed: UInt64, relabelling: Relabelling, actorLayerSizes: [Int], criticLayerSizes: [Int],
                    environmentSteps: Int, gamma: Double, lambda: Double, environments: Int, stepsPerRollout: Int,
                    maxKL: Double, damping: Double, cgIterations: Int, backtrackCoefficient: Double, maxBacktracks: Int,
                    criticLearningRate: Double, criticSteps: Int) {
            self.seed = seed
            self.relabelling = relabelling
            self.actorLayerSizes = actorLayerSizes
            self.criticLayerSizes = criticLayerSizes
            self.environmentSteps = environmentSteps
            self.gamma = gamma
            self.lambda = lambda
            self.environments = environments
            self.stepsPerRollout = stepsPerRollout
            self.maxKL = maxKL
            self.damping = damping
            self.cgIterations = cgIterations
            self.backtrackCoefficient = backtrackCoefficient
            self.maxBacktracks = maxBacktracks
            self.criticLearningRate = criticLearningRate
            self.criticSteps = criticSteps
        }
    }

    /// PPO with a Gaussian policy on Pendulum-v1.
    public struct PendulumSetup: Codable, Sendable, Equatable {
        public var seed: UInt64
        /// Train on `RelabelledEnvironment(Pendulum(), relabelling: relabelling)`.
        public var relabelling: Relabelling
        /// The mean network, e.g. `[3, 64, 1]`.
        public var actorLayerSizes: [Int]
        public var criticLayerSizes: [Int]
        /// log σ at the start (state-independent, learned).
        public var initialLogStd: Double
        public var environmentSteps: Int
        public var gamma: Double
        public var lambda: Double
        public var learningRate: Double
        public var environments: Int
        public var stepsPerRollout: Int
        public var epochs: Int
        public var minibatches: Int
        public var clipEpsilon: Double
        public var valueCoefficient: Double
        public var entropyCoefficient: Double
        public var maxGradientNorm: Double

        public init(seed: UInt64, relabelling: Relabelling, actorLayerSizes: [Int], criticLayerSizes: [Int],
                    initialLogStd: Double, environmentSteps: Int, gamma: Double, lambda: Double, learningRate: Double,
                    environments: Int, stepsPerRollout: Int, epochs: Int, minibatches: Int, clipEpsilon: Double,
                    valueCoefficient: Double, entropyCoefficient: Double, maxGradientNorm: Double) {
            self.seed = seed
            self.relabelling = relabelling
            self.actorLayerSizes = actorLayerSizes
            self.criticLayerSizes = criticLayerSizes
            self.initialLogStd = initialLogStd
            self.environmentSteps = environmentSteps
            self.gamma = gamma
            self.lambda = lambda
            self.learningRate = learningRate
            self.environments = environments
            self.stepsPerRollout = stepsPerRollout
            self.epochs = epochs
            self.minibatches = minibatches
            self.clipEpsilon = clipEpsilon
            self.valueCoefficient = valueCoefficient
            self.entropyCoefficient = entropyCoefficient
            self.maxGradientNorm = maxGradientNorm
        }
    }

    /// What a learner returns: the trained actor's flat parameters and every finished episode's return.
    public struct LearnerResult: Codable, Sendable, Equatable {
        public var actorParameters: [Double]
        public var episodeReturns: [Double]

        public init(actorParameters: [Double], episodeReturns: [Double]) {
            self.actorParameters = actorParameters
            self.episodeReturns = episodeReturns
        }
    }
}
