extension HomeworkDescriptor {
    /// hw4: value-function approximation, policy gradient, actor-critic, A2C, GAE.
    public static let hw4 = HomeworkDescriptor(
        id: "hw4", title: "Policy gradient and actor-critic", solutionType: "HW4Solution",
        protocolName: "PolicyGradientHomework", exercisesExpression: "HW4.exercises",
        checks: [])
}
