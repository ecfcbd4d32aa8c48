import RLCore

// The inputs and outputs of the natural-gradient exercises of hw6: the Fisher-vector product,
// conjugate gradient, the TRPO step and line search, A3C's schedule and ACKTR's K-FAC step.

extension HW6 {
    /// The input of ``TrustRegionHomework/fisherVectorProduct(_:)``.
    public struct FisherQuery: Codable, Sendable, Equatable {
        /// The categorical policy: its outputs are the logits.
        public var policy: MLP
        /// s_t (N observations of `policy.inputSize` numbers).
        public var states: [[Double]]
        /// v (`policy.parameterCount` numbers).
        public var vector: [Double]
        /// λ, added as λ v.
        public var damping: Double

        public init(policy: MLP, states: [[Double]], vector: [Double], damping: Double) {
            self.policy = policy
            self.states = states
            self.vector = vector
            self.damping = damping
        }
    }

    /// The input of ``TrustRegionHomework/conjugateGradient(_:)``: H x = g.
    public struct LinearSystem: Codable, Sendable, Equatable {
        /// H, symmetric positive definite (n × n).
        public var matrix: Matrix
        /// g (n numbers).
        public var rhs: [Double]
        /// At most this many CG iterations (10 in TRPO).
        public var iterations: Int
        /// Stop once ‖g − Hx‖ ≤ this.
        public var residualTolerance: Double

        public init(matrix: Matrix, rhs: [Double], iterations: Int, residualTolerance: Double) {
            self.matrix = matrix
            self.rhs = rhs
            self.iterations = iterations
            self.residualTolerance = residualTolerance
        }
    }

    /// The input of ``TrustRegionHomework/trpoStep(_:)``.
    public struct StepQuery: Codable, Sendable, Equatable {
        /// x ≈ H⁻¹g, the search direction.
        public var direction: [Double]
        /// H x.
        public var hx: [Double]
        /// δ, the KL limit (0.01 in TRPO).
        public var maxKL: Double

        public init(direction: [Double], hx: [Double], maxKL: Double) {
            self.direction = direction
            self.hx = hx
            self.maxKL = maxKL
        }
    }

    /// The input of ``TrustRegionHomework/lineSearch(_:)``: a categorical MLP policy at θ_old and a batch.
    public struct LineSearchProblem: Codable, Sendable, Equatable {
        /// π_old; its parameters are θ_old.
        public var policy: MLP
        /// s_t (N observations).
        public var states: [[Double]]
        /// a_t (N actions).
        public var actions: [Int]
        /// Â_t (N numbers).
        public var advantages: [Double]
        /// s, the full step (`policy.parameterCount` numbers).
        public var fullStep: [Double]
        /// δ.
        public var maxKL: Double
        /// α ∈ (0, 1) (0.8 in TRPO).
        public var backtrackCoefficient: Double
        /// K: try j = 0 … K.
        public var maxBacktracks: Int

        public init(policy: MLP, states: [[Double]], actions: [Int], advantages: [Double], fullStep: [Double],
                    maxKL: Double, backtrackCoefficient: Double, maxBacktracks: Int) {
            self.policy = policy
            self.states = states
            self.actions = actions
            self.advantages = advantages
            self.fullStep = fullStep
            self.maxKL = maxKL
            self.backtrackCoefficient = backtrackCoefficient
            self.maxBacktracks = maxBacktracks
        }
    }

    /// What ``TrustRegionHomework/lineSearch(_:)`` returns.
    public struct LineSearchResult: Codable, Sendable, Equatable {
        /// θ_old + α^j s for the accepted j, or θ_old.
        public var parameters: [Double]
        /// The accepted j, or nil when no step was accepted.
        public var acceptedBacktrack: Int?

        public init(parameters: [Double], acceptedBacktrack: Int?) {
            self.parameters = parameters
            self.acceptedBacktrack = acceptedBacktrack
        }
    }

    /// One event of an A3C schedule.
    public struct A3CEvent: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable, Equatable {
            /// θ_w ← θ.
            case pull
            /// g_w ← ∇L_w(θ_w).
            case compute
            /// θ ← θ − η g_w.
            case push
        }

        public var worker: Int
        public var kind: Kind

        public init(worker: Int, kind: Kind) {
            self.worker = worker
            self.kind = kind
        }
    }

    /// The input of ``TrustRegionHomework/a3cSchedule(_:)``.
    public struct A3CProblem: Codable, Sendable, Equatable {
        /// θ at the start (d numbers); every worker's copy starts equal to it.
        public var initialParameters: [Double]
        /// h_w (one row of d positive numbers per worker).
        public var curvatures: [[Double]]
        /// c_w (one row of d numbers per worker).
        public var centres: [[Double]]
        /// η, the master's step size.
        public var learningRate: Double
        /// The events, processed in order.
        public var events: [A3CEvent]

        public init(initialParameters: [Double], curvatures: [[Double]], centres: [[Double]], learningRate: Double, events: [A3CEvent]) {
            self.initialParameters = initialParameters
            self.curvatures = curvatures
            self.centres = centres
            self.learningRate = learningRate
            self.events = events
        }
    }

    /// The input of ``TrustRegionHomework/kfacStep(_:)``: one dense layer x_out = W x_in.
    public struct KFACLayer: Codable, Sendable, Equatable {
        /// a_n, the layer's inputs (N rows of d_in numbers).
        public var inputs: [[Double]]
        /// s_n = ∂L/∂x_out for each sample (N rows of d_out numbers).
        public var outputGradients: [[Double]]
        /// G, the layer's gradient (d_out × d_in).
        public var gradient: Matrix
        /// λ, added to the diagonals of A and S.
        public var damping: Double

        public init(inputs: [[Double]], outputGradients: [[Double]], gradient: Matrix, damping: Double) {
            self.inputs = inputs
            self.outputGradients = outputGradients
            self.gradient = gradient
            self.damping = damping
        }
    }
}
