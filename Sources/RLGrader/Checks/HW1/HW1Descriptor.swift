extension HomeworkDescriptor {
    /// hw1: MDPs and Bellman equations.
    public static let hw1 = HomeworkDescriptor(
        id: "hw1", title: "MDPs and Bellman equations", solutionType: "HW1Solution",
        protocolName: "BellmanEquationsHomework", exercisesExpression: "HW1.exercises",
        checks: [])
}
