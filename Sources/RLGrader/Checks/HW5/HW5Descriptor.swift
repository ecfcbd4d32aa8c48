extension HomeworkDescriptor {
    /// hw5: DQN, experience replay, target networks, Double DQN, Dueling DQN.
    public static let hw5 = HomeworkDescriptor(
        id: "hw5", title: "Deep Q-networks", solutionType: "HW5Solution",
        protocolName: "DeepQHomework", exercisesExpression: "HW5.exercises",
        checks: [
            HW5DQNTargetsFixtures(), HW5DQNTargetsRandom(),
            HW5DoubleDQNTargetsArgmax(), HW5DoubleDQNTargetsRandom(), HW5DoubleDQNOverestimation(),
            HW5TDLossTakenAction(), HW5TDLossHuber(), HW5TDLossFiniteDifferences(),
            HW5DuelingAggregation(), HW5DuelingIdentifiable(), HW5DuelingBackward(),
            HW5ReplayOverwrite(), HW5ReplayStoredOnly(), HW5ReplayUniform(),
            HW5EpsilonLinear(), HW5TargetNetworkHard(), HW5TargetNetworkSoft(),
            HW5ConvergenceDQN(), HW5ConvergenceDoubleDQN(),
        ])
}
