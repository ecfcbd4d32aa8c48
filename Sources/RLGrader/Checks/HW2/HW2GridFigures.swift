import RLCore

/// The report's grid-world pictures of the hw2 checks: the student's V and greedy actions next to
/// the expected V and its greedy (or optimal) actions. Pictures only: nothing here is judged.
enum HW2GridFigures {
    /// A picture of one case, or none when its MDP is not a grid world.
    ///
    /// - Parameters:
    ///   - values: the student's V (nil: the check sent no values back).
    ///   - policy: the student's actions (nil: the greedy actions of `values`).
    ///   - expected: the V the check compares with; its greedy actions are the expected arrows.
    static func compare(
        _ c: HW2Case, title: String, observedLabel: String, values: [Double]?, policy: [Int]? = nil,
        expectedLabel: String, expected: [Double], tolerance: Tolerance
    ) -> [GridFigure] {
        guard let world = c.world else { return [] }
        let n = world.rows * world.cols
        let values = values.flatMap { $0.count == n ? $0 : nil }
        let actions = policy ?? values.map { v in
            GridFigure.greedyActions(c.mdp, values: v).map { $0.first ?? 0 }
        }
        return [GridFigure(
            world: world, title: title,
            observedLabel: observedLabel, observedValues: values, observedPolicy: actions,
            expectedLabel: expectedLabel, expectedValues: expected,
            expectedPolicy: GridFigure.greedyActions(c.mdp, values: expected), tolerance: tolerance)]
    }
}
