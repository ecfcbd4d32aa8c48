import RLCore
import RLHomework

// Part 6 — ACKTR's Kronecker-factored natural-gradient step of one dense layer (extra credit).

extension HW6Solution {
    /// ΔW = S⁻¹ G A⁻¹ with A = mean a aᵀ + λI, S = mean s sᵀ + λI. README §6.
    func kfacStep(_ layer: HW6.KFACLayer) throws -> Matrix {
        // BEGIN SOLUTION throw NotImplemented("kfacStep(_:)")
        func factor(_ rows: [[Double]], size: Int) -> Matrix {
            let n = Double(max(rows.count, 1))
            return Matrix(rows: size, cols: size) { i, j in
                rows.reduce(0) { $0 + $1[i] * $1[j] } / n + (i == j ? layer.damping : 0)
            }
        }
        let a = factor(layer.inputs, size: layer.gradient.cols)
        let s = factor(layer.outputGradients, size: layer.gradient.rows)
        // Y = S⁻¹ G (column by column), then ΔW = Y A⁻¹, i.e. ΔWᵀ = A⁻¹ Yᵀ (A is symmetric).
        var y = Matrix(rows: layer.gradient.rows, cols: layer.gradient.cols)
        for c in 0..<layer.gradient.cols {
            let column = try s.solve(layer.gradient.column(c))
            for r in 0..<layer.gradient.rows { y[r, c] = column[r] }
        }
        var step = Matrix(rows: layer.gradient.rows, cols: layer.gradient.cols)
        for r in 0..<layer.gradient.rows {
            let row = try a.solve(y.row(r))
            for c in 0..<layer.gradient.cols { step[r, c] = row[c] }
        }
        return step
        // END SOLUTION
    }
}
