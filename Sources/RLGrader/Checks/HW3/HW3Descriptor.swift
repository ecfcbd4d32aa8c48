extension HomeworkDescriptor {
    /// hw3: model-free prediction and control.
    public static let hw3 = HomeworkDescriptor(
        id: "hw3", title: "Model-free prediction and control", solutionType: "HW3Solution",
        protocolName: "ModelFreeHomework", exercisesExpression: "HW3.exercises",
        checks: [
            MonteCarloFixtures(), MonteCarloFirstVisit(), TDZeroUpdate(), TDZeroEpisodes(),
            EpsilonGreedyDistribution(), SarsaUpdate(), QLearningUpdate(), ExpectedSarsaUpdate(), ControlStepSizeSchedule(),
            RandomWalkRMSError(), SarsaWindyGridworld(), SarsaCliffWalking(), QLearningCliffWalking(),
            QLearningConvergence(),
        ])
}
