extension HomeworkDescriptor {
    /// hw4: value-function approximation, policy gradient, actor-critic, A2C, GAE.
    public static let hw4 = HomeworkDescriptor(
        id: "hw4", title: "Policy gradient and actor-critic", solutionType: "HW4Solution",
        protocolName: "PolicyGradientHomework", exercisesExpression: "HW4.exercises",
        checks: [
            HW4LinearTDTabular(), HW4LinearTDSemiGradient(), HW4LinearTDRandom(),
            HW4GradientMCTabular(), HW4GradientMCRandom(),
            HW4SoftmaxProbabilities(), HW4ScoreFiniteDifferences(), HW4ScoreZeroMean(),
            HW4RewardToGoFixtures(), HW4RewardToGoRandom(),
            HW4ReinforceFixtures(), HW4ReinforceRandom(), HW4ReinforceUnbiased(), HW4ReinforceBaseline(),
            HW4NStepFixtures(), HW4NStepRandom(),
            HW4GAELambdaLimits(), HW4GAEEpisodeBoundaries(), HW4GAERandom(),
            HW4A2CLossTerms(), HW4A2CLossGradient(), HW4A2CLossRandom(),
            HW4ConvergenceShortCorridor(), HW4ConvergenceCartPole(),
        ])
}
