import RLCore

// The inputs and outputs of the hw6 exercises that work on one batch of numbers: PPO-clip, value
// clipping, the PPO loss, PPO-penalty, Gaussian policies. Shapes: N steps, |A| actions.

extension HW6 {
    // MARK: PPO-clip

    /// The input of ``TrustRegionHomework/clipObjective(_:)``: N steps sampled by π_old.
    public struct ClipBatch: Codable, Sendable, Equatable {
        /// log π_θ(a_t|s_t) under the policy being optimised (N numbers).
        public var logProbs: [Double]
        /// log π_old(a_t|s_t) under the policy that collected the data (N numbers).
        public var oldLogProbs: [Double]
        /// Â_t (N numbers; constants).
        public var advantages: [Double]
        /// ε, the clip range (0.2 in the course).
        public var epsilon: Double

        public init(logProbs: [Double], oldLogProbs: [Double], advantages: [Double], epsilon: Double) {
            self.logProbs = logProbs
            self.oldLogProbs = oldLogProbs
            self.advantages = advantages
            self.epsilon = epsilon
        }
    }

    /// What ``TrustRegionHomework/clipObjective(_:)`` returns.
    public struct ClipResult: Codable, Sendable, Equatable {
        /// ℓ_t = exp(log π_θ − log π_old), N numbers.
        public var ratios: [Double]
        /// L^CLIP = (1/N) Σ_t min(ℓ_t Â_t, clip(ℓ_t, 1−ε, 1+ε) Â_t).
        public var objective: Double
        /// ∂L^CLIP/∂ log π_θ(a_t|s_t), N numbers.
        public var gradient: [Double]
        /// (1/N) #{t : |ℓ_t − 1| > ε}.
        public var clipFraction: Double
        /// (1/N) Σ_t ((ℓ_t − 1) − log ℓ_t).
        public var approxKL: Double
        /// (1/N) Σ_t (−log ℓ_t).
        public var naiveKL: Double

        public init(ratios: [Double], objective: Double, gradient: [Double], clipFraction: Double, approxKL: Double, naiveKL: Double) {
            self.ratios = ratios
            self.objective = objective
            self.gradient = gradient
            self.clipFraction = clipFraction
            self.approxKL = approxKL
            self.naiveKL = naiveKL
        }
    }

    // MARK: Value clipping

    /// The input of ``TrustRegionHomework/clippedValueLoss(_:)``.
    public struct ValueClipBatch: Codable, Sendable, Equatable {
        /// V_φ(s_t) of the critic being trained (N numbers).
        public var values: [Double]
        /// V_old(s_t) of the critic that collected the data (N numbers).
        public var oldValues: [Double]
        /// R_t, the value targets (N numbers).
        public var targets: [Double]
        /// ε, the clip range of the value.
        public var epsilon: Double

        public init(values: [Double], oldValues: [Double], targets: [Double], epsilon: Double) {
            self.values = values
            self.oldValues = oldValues
            self.targets = targets
            self.epsilon = epsilon
        }
    }

    /// L^VF and ∂L^VF/∂V_t.
    public struct ValueLoss: Codable, Sendable, Equatable {
        public var loss: Double
        /// N numbers.
        public var gradient: [Double]

        public init(loss: Double, gradient: [Double]) {
            self.loss = loss
            self.gradient = gradient
        }
    }

    // MARK: The full PPO loss

    /// The input of ``TrustRegionHomework/ppoLoss(_:)``: the networks' outputs on N steps.
    public struct PPOBatch: Codable, Sendable, Equatable {
        /// z_t, the logits of π_θ(·|s_t) (N rows of |A| numbers).
        public var logits: [[Double]]
        /// a_t (N actions in 0..<|A|).
        public var actions: [Int]
        /// log π_old(a_t|s_t) (N numbers).
        public var oldLogProbs: [Double]
        /// Â_t (N numbers).
        public var advantages: [Double]
        /// V_t = V_φ(s_t), the critic being trained (N numbers).
        public var values: [Double]
        /// V_t^old (N numbers).
        public var oldValues: [Double]
        /// R_t (N numbers).
        public var targets: [Double]
        /// ε (used for the ratio, and for the value when `clipValues`).
        public var epsilon: Double
        /// c₁ (0.5 in the course).
        public var valueCoefficient: Double
        /// c₂ (0.01 in the course).
        public var entropyCoefficient: Double
        /// Whether L_value is the clipped L^VF (true) or the plain mean squared error (false).
        public var clipValues: Bool

        public init(logits: [[Double]], actions: [Int], oldLogProbs: [Double], advantages: [Double], values: [Double],
                    oldValues: [Double], targets: [Double], epsilon: Double, valueCoefficient: Double,
                    entropyCoefficient: Double, clipValues: Bool) {
            self.logits = logits
            self.actions = actions
            self.oldLogProbs = oldLogProbs
            self.advantages = advantages
            self.values = values
            self.oldValues = oldValues
            self.targets = targets
            self.epsilon = epsilon
            self.valueCoefficient = valueCoefficient
            self.entropyCoefficient = entropyCoefficient
            self.clipValues = clipValues
        }
    }

    /// The PPO loss terms and the gradient of the total.
    public struct PPOLoss: Codable, Sendable, Equatable {
        /// L_policy = −L^CLIP.
        public var policyLoss: Double
        /// L_value (clipped or not, as asked).
        public var valueLoss: Double
        /// (1/N) Σ_t H_t, the mean entropy (positive).
        public var entropy: Double
        /// L = L_policy + c₁ L_value − c₂ · entropy.
        public var totalLoss: Double
        /// ∂L/∂z_t (N rows of |A| numbers).
        public var logitGradients: [[Double]]
        /// ∂L/∂V_t (N numbers).
        public var valueGradients: [Double]

        public init(policyLoss: Double, valueLoss: Double, entropy: Double, totalLoss: Double,
                    logitGradients: [[Double]], valueGradients: [Double]) {
            self.policyLoss = policyLoss
            self.valueLoss = valueLoss
            self.entropy = entropy
            self.totalLoss = totalLoss
            self.logitGradients = logitGradients
            self.valueGradients = valueGradients
        }
    }

    // MARK: PPO-penalty

    /// The input of ``TrustRegionHomework/klPenaltyObjective(_:)``.
    public struct PenaltyBatch: Codable, Sendable, Equatable {
        /// z_t of π_θ (N rows of |A| numbers).
        public var logits: [[Double]]
        /// The logits of π_old (N rows of |A| numbers).
        public var oldLogits: [[Double]]
        /// a_t (N actions).
        public var actions: [Int]
        /// Â_t (N numbers).
        public var advantages: [Double]
        /// β, the KL coefficient (λ in Algorithm 5.23).
        public var beta: Double

        public init(logits: [[Double]], oldLogits: [[Double]], actions: [Int], advantages: [Double], beta: Double) {
            self.logits = logits
            self.oldLogits = oldLogits
            self.actions = actions
            self.advantages = advantages
            self.beta = beta
        }
    }

    /// J, d and ∂J/∂z_t.
    public struct PenaltyResult: Codable, Sendable, Equatable {
        public var objective: Double
        /// d = (1/N) Σ_t KL(π_old(·|s_t) ‖ π_θ(·|s_t)).
        public var kl: Double
        /// ∂J/∂z_t (N rows of |A| numbers).
        public var gradient: [[Double]]

        public init(objective: Double, kl: Double, gradient: [[Double]]) {
            self.objective = objective
            self.kl = kl
            self.gradient = gradient
        }
    }

    /// The input of ``TrustRegionHomework/adaptKLCoefficient(_:)``.
    public struct KLCoefficientQuery: Codable, Sendable, Equatable {
        /// β before the update.
        public var beta: Double
        /// d, the KL measured after the policy update.
        public var kl: Double
        /// d_targ.
        public var target: Double

        public init(beta: Double, kl: Double, target: Double) {
            self.beta = beta
            self.kl = kl
            self.target = target
        }
    }

    // MARK: Gaussian policies

    /// The input of ``TrustRegionHomework/gaussianTerms(_:)`` (d dimensions).
    public struct GaussianQuery: Codable, Sendable, Equatable {
        /// μ of π_θ.
        public var mean: [Double]
        /// log σ of π_θ.
        public var logStd: [Double]
        /// μ_old.
        public var oldMean: [Double]
        /// log σ_old.
        public var oldLogStd: [Double]
        /// a, as sampled from π_old (possibly outside the action bounds).
        public var action: [Double]
        /// The environment's bound: it clips each component of the torque to [−bound, bound]. Not for
        /// the probabilities.
        public var actionBound: Double

        public init(mean: [Double], logStd: [Double], oldMean: [Double], oldLogStd: [Double], action: [Double], actionBound: Double) {
            self.mean = mean
            self.logStd = logStd
            self.oldMean = oldMean
            self.oldLogStd = oldLogStd
            self.action = action
            self.actionBound = actionBound
        }
    }

    /// What ``TrustRegionHomework/gaussianTerms(_:)`` returns.
    public struct GaussianTerms: Codable, Sendable, Equatable {
        public var logProb: Double
        public var oldLogProb: Double
        public var ratio: Double
        /// ∂ℓ/∂μ (d numbers).
        public var ratioGradientMean: [Double]
        /// ∂ℓ/∂log σ (d numbers).
        public var ratioGradientLogStd: [Double]
        /// H(π_θ).
        public var entropy: Double
        /// KL(π_old‖π_θ).
        public var kl: Double

        public init(logProb: Double, oldLogProb: Double, ratio: Double, ratioGradientMean: [Double],
                    ratioGradientLogStd: [Double], entropy: Double, kl: Double) {
            self.logProb = logProb
            self.oldLogProb = oldLogProb
            self.ratio = ratio
            self.ratioGradientMean = ratioGradientMean
            self.ratioGradientLogStd = ratioGradientLogStd
            self.entropy = entropy
            self.kl = kl
        }
    }
}
