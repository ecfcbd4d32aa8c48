import RLHomework

extension HomeworkDescriptor {
    /// hw6: PPO-clip, PPO-penalty, the natural gradient and TRPO, A3C, ACKTR, and three learners.
    public static let hw6 = HomeworkDescriptor(
        id: "hw6", title: "Trust-region and proximal policy optimisation", solutionType: "HW6Solution",
        protocolName: "TrustRegionHomework", exercisesExpression: "HW6.exercises",
        checks: [
            HW6ClipTable(), HW6ClipDiagnostics(), HW6ClipRandom(), HW6ValueClipTable(),
            HW6PPOLossGradient(), HW6PPOLossRandom(),
            HW6KLPenaltyBetaRule(), HW6KLPenaltyObjective(),
            HW6FisherExact(), HW6CGResidual(), HW6CGExact(), HW6TRPOStepSize(),
            HW6LineSearchFirstAcceptable(), HW6LineSearchRestores(),
            HW6GaussianTermsCheck(), HW6GaussianRatioGradient(),
            HW6A3CScheduleCheck(), HW6KFACDenseSolve(),
            HW6ConvergencePPOCartPole(), HW6ConvergenceTRPOCartPole(), HW6ConvergencePPOPendulum(),
        ])
}
