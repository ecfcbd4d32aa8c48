import RLCore

extension GridFigure {
    /// A picture of `world` comparing the student's values and actions with the expected ones.
    ///
    /// Cells are outlined where the values differ beyond `tolerance`; an arrow is flagged where the
    /// student's action is not among the expected actions of a non-terminal state. Arrays of the
    /// wrong length (a malformed answer) are left out of the picture rather than drawn wrongly.
    ///
    /// - Parameters:
    ///   - observedValues: the student's V, one value per state (row-major).
    ///   - observedPolicy: the student's action per state.
    ///   - expectedValues: the V the check compares with.
    ///   - expectedPolicy: the accepted actions per state (ties: several).
    init(
        world: GridWorld, title: String,
        observedLabel: String, observedValues: [Double]?, observedPolicy: [Int]?,
        expectedLabel: String, expectedValues: [Double]?, expectedPolicy: [[Int]]?,
        tolerance: Tolerance
    ) {
        let n = world.rows * world.cols
        let observedValues = observedValues?.count == n ? observedValues : nil
        let observedPolicy = observedPolicy?.count == n ? observedPolicy : nil
        let map = (0..<world.rows).map { r in
            String((0..<world.cols).map { c in world.cells[r * world.cols + c].rawValue })
        }
        var valueMismatches: [Int] = []
        if let observedValues, let expectedValues {
            valueMismatches = (0..<n).filter { !tolerance.isClose(observedValues[$0], expectedValues[$0]) }
        }
        var policyMismatches: [Int] = []
        if let observedPolicy, let expectedPolicy {
            policyMismatches = (0..<n).filter { s in
                !world.cells[s].isTerminal && world.cells[s] != .wall && !expectedPolicy[s].contains(observedPolicy[s])
            }
        }
        self.init(
            title: title, rows: world.rows, cols: world.cols, map: map,
            actions: world.actions.map { "\($0)" },
            observedLabel: observedLabel, observedValues: observedValues, observedPolicy: observedPolicy,
            expectedLabel: expectedLabel, expectedValues: expectedValues, expectedPolicy: expectedPolicy,
            valueMismatches: valueMismatches, policyMismatches: policyMismatches)
    }

    /// The greedy actions of `values` in every state of `mdp` (all maximisers of Q_V(s,·) within
    /// 1e-9 relative), as the hw2 checks accept them.
    static func greedyActions(_ mdp: TabularMDP, values: [Double]) -> [[Int]] {
        let q = MDPJudge.q(mdp, values)
        return q.map { row in
            row.isEmpty ? [] : ActionSelection.maximizingActions(row, tolerance: 1e-9 * max(1, row.map(abs).max() ?? 0))
        }
    }
}
