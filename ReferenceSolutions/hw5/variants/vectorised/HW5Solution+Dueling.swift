import RLCore
import RLHomework

// Variant: the Dueling aggregation with matrices (the max form through a one-hot mask).

extension HW5Solution {
    func duelingQValues(_ query: HW5.DuelingQuery) throws -> [[Double]] {
        let a = Matrix(rows: query.advantages)
        let baseline: [Double] = (0..<a.rows).map { k in
            query.aggregation == .mean ? VectorMath.dot(a.row(k), [Double](repeating: 1 / Double(a.cols), count: a.cols)) : a.row(k).max()!
        }
        return Matrix(rows: a.rows, cols: a.cols) { k, j in query.values[k] + a[k, j] - baseline[k] }.rowArrays
    }

    func duelingBackward(_ query: HW5.DuelingQuery) throws -> HW5.DuelingGradients {
        let g = Matrix(rows: query.outputGradient)
        let sums = (0..<g.rows).map { g.row($0).reduce(0, +) }
        let weights = Matrix(rows: g.rows, cols: g.cols) { k, j in
            query.aggregation == .mean ? 1 / Double(g.cols) : (j == ActionSelection.greedyAction(query.advantages[k]) ? 1 : 0)
        }
        return HW5.DuelingGradients(valueGradient: sums,
                                    advantageGradient: Matrix(rows: g.rows, cols: g.cols) { k, j in g[k, j] - weights[k, j] * sums[k] }.rowArrays)
    }
}
