import RLHomework

extension HomeworkDescriptor {
    /// hw6: PPO-clip, PPO-penalty, the natural gradient and TRPO, A3C, ACKTR, and three learners.
    public static let hw6 = HomeworkDescriptor(
        id: "hw6", title: "Trust-region and proximal policy optimisation", solutionType: "HW6Solution",
        protocolName: "TrustRegionHomework", exercisesExpression: "HW6.exercises",
        checks: [
            HW6ConvergencePPOCartPole(),
        ])
}
