import RLCore

/// The exercises of hw6, as the grader calls them.
public enum HW6 {
    /// Calls ``TrustRegionHomework/clipObjective(_:)``.
    public enum ClipObjective: Exercise {
        public static let name = "hw6.clip-objective"
        public static let function = "clipObjective(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: ClipBatch) throws -> ClipResult {
            try solution.clipObjective(input)
        }
    }

    /// Calls ``TrustRegionHomework/clippedValueLoss(_:)``.
    public enum ClippedValueLoss: Exercise {
        public static let name = "hw6.clipped-value-loss"
        public static let function = "clippedValueLoss(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: ValueClipBatch) throws -> ValueLoss {
            try solution.clippedValueLoss(input)
        }
    }

    /// Calls ``TrustRegionHomework/ppoLoss(_:)``.
    public enum PPOLossExercise: Exercise {
        public static let name = "hw6.ppo-loss"
        public static let function = "ppoLoss(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: PPOBatch) throws -> PPOLoss {
            try solution.ppoLoss(input)
        }
    }

    /// Calls ``TrustRegionHomework/klPenaltyObjective(_:)``.
    public enum KLPenaltyObjective: Exercise {
        public static let name = "hw6.kl-penalty-objective"
        public static let function = "klPenaltyObjective(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: PenaltyBatch) throws -> PenaltyResult {
            try solution.klPenaltyObjective(input)
        }
    }

    /// Calls ``TrustRegionHomework/adaptKLCoefficient(_:)``.
    public enum AdaptKLCoefficient: Exercise {
        public static let name = "hw6.adapt-kl-coefficient"
        public static let function = "adaptKLCoefficient(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: KLCoefficientQuery) throws -> Double {
            try solution.adaptKLCoefficient(input)
        }
    }

    /// Calls ``TrustRegionHomework/fisherVectorProduct(_:)``.
    public enum FisherVectorProduct: Exercise {
        public static let name = "hw6.fisher-vector-product"
        public static let function = "fisherVectorProduct(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: FisherQuery) throws -> [Double] {
            try solution.fisherVectorProduct(input)
        }
    }

    /// Calls ``TrustRegionHomework/conjugateGradient(_:)``.
    public enum ConjugateGradient: Exercise {
        public static let name = "hw6.conjugate-gradient"
        public static let function = "conjugateGradient(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: LinearSystem) throws -> [Double] {
            try solution.conjugateGradient(input)
        }
    }

    /// Calls ``TrustRegionHomework/trpoStep(_:)``.
    public enum TRPOStep: Exercise {
        public static let name = "hw6.trpo-step"
        public static let function = "trpoStep(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: StepQuery) throws -> [Double] {
            try solution.trpoStep(input)
        }
    }

    /// Calls ``TrustRegionHomework/lineSearch(_:)``.
    public enum LineSearch: Exercise {
        public static let name = "hw6.line-search"
        public static let function = "lineSearch(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: LineSearchProblem) throws -> LineSearchResult {
            try solution.lineSearch(input)
        }
    }

    /// Calls ``TrustRegionHomework/gaussianTerms(_:)``.
    public enum GaussianTermsExercise: Exercise {
        public static let name = "hw6.gaussian-terms"
        public static let function = "gaussianTerms(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: GaussianQuery) throws -> GaussianTerms {
            try solution.gaussianTerms(input)
        }
    }

    /// Calls ``TrustRegionHomework/a3cSchedule(_:)``.
    public enum A3CSchedule: Exercise {
        public static let name = "hw6.a3c-schedule"
        public static let function = "a3cSchedule(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: A3CProblem) throws -> [Double] {
            try solution.a3cSchedule(input)
        }
    }

    /// Calls ``TrustRegionHomework/kfacStep(_:)``.
    public enum KFACStep: Exercise {
        public static let name = "hw6.kfac-step"
        public static let function = "kfacStep(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: KFACLayer) throws -> Matrix {
            try solution.kfacStep(input)
        }
    }

    /// Calls ``TrustRegionHomework/ppoCartPole(_:)``.
    public enum PPOCartPole: Exercise {
        public static let name = "hw6.ppo-cartpole"
        public static let function = "ppoCartPole(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: CartPoleSetup) throws -> LearnerResult {
            try solution.ppoCartPole(input)
        }
    }

    /// Calls ``TrustRegionHomework/trpoCartPole(_:)``.
    public enum TRPOCartPole: Exercise {
        public static let name = "hw6.trpo-cartpole"
        public static let function = "trpoCartPole(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: TRPOSetup) throws -> LearnerResult {
            try solution.trpoCartPole(input)
        }
    }

    /// Calls ``TrustRegionHomework/ppoPendulum(_:)``.
    public enum PPOPendulum: Exercise {
        public static let name = "hw6.ppo-pendulum"
        public static let function = "ppoPendulum(_:)"
        public static func run(_ solution: any TrustRegionHomework, _ input: PendulumSetup) throws -> LearnerResult {
            try solution.ppoPendulum(input)
        }
    }

    /// Every exercise of hw6, for the runner.
    public static var exercises: [ExerciseEntry<any TrustRegionHomework>] {
        [
            ExerciseEntry(ClipObjective.self), ExerciseEntry(ClippedValueLoss.self), ExerciseEntry(PPOLossExercise.self),
            ExerciseEntry(KLPenaltyObjective.self), ExerciseEntry(AdaptKLCoefficient.self), ExerciseEntry(FisherVectorProduct.self),
            ExerciseEntry(ConjugateGradient.self), ExerciseEntry(TRPOStep.self), ExerciseEntry(LineSearch.self),
            ExerciseEntry(GaussianTermsExercise.self), ExerciseEntry(A3CSchedule.self), ExerciseEntry(KFACStep.self),
            ExerciseEntry(PPOCartPole.self), ExerciseEntry(TRPOCartPole.self), ExerciseEntry(PPOPendulum.self),
        ]
    }
}
