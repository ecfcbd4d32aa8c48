extension HomeworkDescriptor {
    /// hw1: MDPs and Bellman equations.
    public static let hw1 = HomeworkDescriptor(
        id: "hw1", title: "MDPs and Bellman equations", solutionType: "HW1Solution",
        protocolName: "BellmanEquationsHomework", exercisesExpression: "HW1.exercises",
        checks: [
            HW1ReturnsDiscountedReturn(), HW1ReturnsRewardToGo(),
            HW1PolicyEvaluationBellmanResidual(), HW1PolicyEvaluationOracle(), HW1PolicyEvaluationGridworldFixture(),
            HW1PolicyEvaluationEdgeCases(), HW1QValuesConsistency(),
            HW1OccupancyNormalisation(), HW1OccupancyBellmanFlow(), HW1OccupancyValueIdentity(),
            HW1OccupancyRecoveredPolicy(), HW1OccupancyOracle(),
        ])
}
