/// The LU decomposition with partial pivoting, PA = LU, of a square matrix A.
///
/// - P is a row permutation: row i of PA is row ``permutation``[i] of A.
/// - L is unit lower-triangular (ones on the diagonal, not stored).
/// - U is upper-triangular.
///
/// Both are packed into ``factors``: entries strictly below the diagonal are L's, the rest are U's.
/// At step k the pivot is the entry of largest absolute value in column k, rows k..<n (partial
/// pivoting), which keeps the elimination stable.
///
/// Factor once, then solve as many right-hand sides as you like in O(n²) each:
///
/// ```swift
/// let lu = try LUDecomposition(a)        // O(n³)
/// let x = lu.solve(b)                    // A x = b
/// let det = lu.determinant
/// ```
///
/// Initialising throws ``LinearAlgebraError`` when A is not square, has a NaN/∞ entry, or is
/// singular: a pivot whose magnitude is ≤ `tolerance` (by default n · ε · maxᵢⱼ|Aᵢⱼ|, with ε the
/// machine epsilon ≈ 2.2e-16).
public struct LUDecomposition: Sendable, Equatable {
    /// n, the size of the (n×n) matrix.
    public let size: Int
    /// L (strictly below the diagonal, unit diagonal implied) and U (on and above the diagonal).
    public let factors: Matrix
    /// The row permutation: row i of PA is row `permutation[i]` of A.
    public let permutation: [Int]
    /// +1 or −1: the sign of the permutation (−1 after an odd number of row swaps).
    public let permutationSign: Double

    /// Factors `a`. Throws if `a` is not square, has a non-finite entry, or is (numerically) singular.
    ///
    /// - Parameter tolerance: pivots with |pivot| ≤ tolerance count as zero. `nil` (the default)
    ///   means n · ε · maxᵢⱼ|Aᵢⱼ|.
    public init(_ a: Matrix, tolerance: Double? = nil) throws(LinearAlgebraError) {
        guard a.isSquare else { throw .notSquare(rows: a.rows, cols: a.cols) }
        let n = a.rows
        for r in 0..<n {
            for c in 0..<n where !a.elements[r * n + c].isFinite {
                throw .nonFinite(row: r, col: c, value: a.elements[r * n + c])
            }
        }
        let tol = tolerance ?? Double(n) * Double.ulpOfOne * a.maxAbs
        var lu = a.elements
        var perm = Array(0..<n)
        var sign = 1.0
        var failure: LinearAlgebraError?
        lu.withUnsafeMutableBufferPointer { m in
            for k in 0..<n {
                // Choose the pivot: the largest |entry| in column k among rows k..<n.
                var p = k
                var best = abs(m[k * n + k])
                for r in (k + 1)..<n {
                    let v = abs(m[r * n + k])
                    if v > best { best = v; p = r }
                }
                if best <= tol {
                    failure = .singular(pivotColumn: k, magnitude: best, tolerance: tol)
                    return
                }
                if p != k {
                    for c in 0..<n { m.swapAt(k * n + c, p * n + c) }
                    perm.swapAt(k, p)
                    sign = -sign
                }
                let pivot = m[k * n + k]
                for r in (k + 1)..<n {
                    let factor = m[r * n + k] / pivot
                    m[r * n + k] = factor
                    if factor == 0 { continue }
                    for c in (k + 1)..<n { m[r * n + c] -= factor * m[k * n + c] }
                }
            }
        }
        if let failure { throw failure }
        self.size = n
        self.factors = Matrix(rows: n, cols: n, elements: lu)
        self.permutation = perm
        self.permutationSign = sign
    }

    /// det A = sign(P) · Πᵢ Uᵢᵢ.
    public var determinant: Double {
        var d = permutationSign
        for i in 0..<size { d *= factors.elements[i * size + i] }
        return d
    }

    /// The lower-triangular factor L (unit diagonal), as a full n×n matrix.
    public var lower: Matrix {
        Matrix(rows: size, cols: size) { r, c in r == c ? 1 : (r > c ? factors.elements[r * size + c] : 0) }
    }

    /// The upper-triangular factor U, as a full n×n matrix.
    public var upper: Matrix {
        Matrix(rows: size, cols: size) { r, c in r <= c ? factors.elements[r * size + c] : 0 }
    }

    /// Solves A x = b for x (`b` must have n entries).
    ///
    /// Computes Pb, then L y = Pb by forward substitution, then U x = y by back substitution.
    public func solve(_ b: [Double]) -> [Double] {
        precondition(b.count == size, "LUDecomposition.solve: b has \(b.count) entries, the system has \(size)")
        let n = size
        var x = permutation.map { b[$0] }
        factors.elements.withUnsafeBufferPointer { m in
            x.withUnsafeMutableBufferPointer { x in
                for i in 0..<n {               // L y = Pb (L has a unit diagonal)
                    var s = x[i]
                    for j in 0..<i { s -= m[i * n + j] * x[j] }
                    x[i] = s
                }
                for i in stride(from: n - 1, through: 0, by: -1) {  // U x = y
                    var s = x[i]
                    for j in (i + 1)..<n { s -= m[i * n + j] * x[j] }
                    x[i] = s / m[i * n + i]
                }
            }
        }
        return x
    }

    /// Solves A X = B column by column (B must have n rows).
    public func solve(_ b: Matrix) -> Matrix {
        precondition(b.rows == size, "LUDecomposition.solve: B has \(b.rows) rows, the system has \(size)")
        var out = Matrix(rows: size, cols: b.cols)
        for c in 0..<b.cols {
            let x = solve(b.column(c))
            for r in 0..<size { out[r, c] = x[r] }
        }
        return out
    }

    /// A⁻¹, by solving A X = I. Prefer ``solve(_:)-([Double])`` when you only need A⁻¹b.
    public var inverse: Matrix { solve(Matrix.identity(size)) }
}

extension Matrix {
    /// Solves A x = b with an LU decomposition (partial pivoting).
    ///
    /// Throws ``LinearAlgebraError`` if A is not square, not finite, singular, or if `b` does not
    /// have `rows` entries. To solve several systems with the same A, factor once with
    /// ``LUDecomposition`` instead.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
        guard b.count == rows else { throw .dimensionMismatch(expected: rows, actual: b.count) }
        return try LUDecomposition(self).solve(b)
    }

    /// A⁻¹. Throws like ``solve(_:)``.
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        try LUDecomposition(self).inverse
    }

    /// det A (0 when A is singular). Precondition: A is square and finite.
    public func determinant() -> Double {
        precondition(isSquare, "determinant of a non-square \(rows)×\(cols) matrix")
        do throws(LinearAlgebraError) {
            return try LUDecomposition(self, tolerance: 0).determinant
        } catch {
            if case .singular = error { return 0 }
            preconditionFailure("determinant: \(error)")
        }
    }
}
