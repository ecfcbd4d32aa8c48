extension HomeworkDescriptor {
    /// hw2: dynamic programming.
    public static let hw2 = HomeworkDescriptor(
        id: "hw2", title: "Dynamic programming", solutionType: "HW2Solution",
        protocolName: "DynamicProgrammingHomework", exercisesExpression: "HW2.exercises",
        checks: [
            PolicyEvaluationSweepFixture(), PolicyEvaluationBellmanResidual(), PolicyEvaluationOracle(),
            PolicyImprovementGreedy(), PolicyIterationMonotonic(), PolicyIterationOptimal(),
            ValueIterationBellmanResidual(), ValueIterationOptimalPolicy(), ValueIterationContraction(),
            ValueIterationFrozenLake8x8(), DPEdgeCases(),
        ])
}
