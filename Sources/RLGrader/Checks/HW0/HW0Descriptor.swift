extension HomeworkDescriptor {
    /// hw0: the warm-up that exercises the whole pipeline.
    public static let hw0 = HomeworkDescriptor(
        id: "hw0", title: "Warm-up: the discounted return", solutionType: "HW0Solution",
        protocolName: "DiscountedReturnHomework", exercisesExpression: "HW0.exercises",
        checks: [DiscountedReturnFixtures(), DiscountedReturnRandom(), DiscountedReturnLongEpisodes()])
}
