/// A dense matrix of `Double`s stored row-major.
///
/// Shape: `rows × cols`. Entry (r, c) — row r, column c, both 0-based — lives at
/// `elements[r * cols + c]`.
///
/// ```swift
/// var a = Matrix(rows: [[1, 2],
///                       [3, 4]])
/// a[0, 1]                  // 2 (row 0, column 1)
/// a[1, 0] = 5
/// let x = try a.solve([1, 1])
/// let y = a.multiply(x)    // ≈ [1, 1]
/// let b = a * a.transposed() + .identity(2)
/// ```
///
/// Shape mismatches (adding a 2×3 to a 3×2, multiplying incompatible shapes, indexing out of range)
/// are programming errors and stop with a precondition failure naming both shapes.
public struct Matrix: Codable, Sendable, Equatable, CustomStringConvertible {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let cols: Int
    /// The entries in row-major order: `elements[r * cols + c]` is entry (r, c).
    /// Always `rows * cols` long; change entries through the subscript or ``withUnsafeMutableElements(_:)``.
    public private(set) var elements: [Double]

    /// A `rows × cols` matrix with every entry equal to `value`.
    public init(rows: Int, cols: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && cols >= 0, "Matrix: negative shape \(rows)×\(cols)")
        self.rows = rows
        self.cols = cols
        self.elements = Array(repeating: value, count: rows * cols)
    }

    /// A matrix from its rows: `rows[r][c]` is entry (r, c). All rows must have the same length.
    /// `Matrix(rows: [])` is the 0×0 matrix.
    public init(rows: [[Double]]) {
        let cols = rows.first?.count ?? 0
        for (r, row) in rows.enumerated() {
            precondition(row.count == cols, "Matrix(rows:): row \(r) has \(row.count) entries, row 0 has \(cols)")
        }
        self.rows = rows.count
        self.cols = cols
        self.elements = rows.flatMap { $0 }
    }

    /// A `rows × cols` matrix over the given row-major `elements` (`rows * cols` of them).
    public init(rows: Int, cols: Int, elements: [Double]) {
        precondition(rows >= 0 && cols >= 0, "Matrix: negative shape \(rows)×\(cols)")
        precondition(elements.count == rows * cols,
                     "Matrix: \(rows)×\(cols) needs \(rows * cols) elements, got \(elements.count)")
        self.rows = rows
        self.cols = cols
        self.elements = elements
    }

    /// A `rows × cols` matrix whose entry (r, c) is `entry(r, c)`, filled in row-major order.
    public init(rows: Int, cols: Int, entry: (_ row: Int, _ col: Int) throws -> Double) rethrows {
        precondition(rows >= 0 && cols >= 0, "Matrix: negative shape \(rows)×\(cols)")
        var elements: [Double] = []
        elements.reserveCapacity(rows * cols)
        for r in 0..<rows {
            for c in 0..<cols { elements.append(try entry(r, c)) }
        }
        self.init(rows: rows, cols: cols, elements: elements)
    }

    /// The n×n identity matrix I (ones on the diagonal, zeros elsewhere).
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, cols: n)
        for i in 0..<n { m.elements[i * n + i] = 1 }
        return m
    }

    /// An n×n matrix with `diagonal` on the diagonal and zeros elsewhere.
    public static func diagonal(_ diagonal: [Double]) -> Matrix {
        let n = diagonal.count
        var m = Matrix(rows: n, cols: n)
        for i in 0..<n { m.elements[i * n + i] = diagonal[i] }
        return m
    }

    /// True when the matrix has as many rows as columns.
    public var isSquare: Bool { rows == cols }

    /// Entry (row, col), 0-based.
    public subscript(row: Int, col: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && col >= 0 && col < cols,
                         "Matrix index (\(row), \(col)) out of range for \(rows)×\(cols)")
            return elements[row * cols + col]
        }
        set {
            precondition(row >= 0 && row < rows && col >= 0 && col < cols,
                         "Matrix index (\(row), \(col)) out of range for \(rows)×\(cols)")
            elements[row * cols + col] = newValue
        }
    }

    /// Row `r` as a vector of length `cols`.
    public func row(_ r: Int) -> [Double] {
        precondition(r >= 0 && r < rows, "Matrix row \(r) out of range for \(rows)×\(cols)")
        return Array(elements[(r * cols)..<((r + 1) * cols)])
    }

    /// Column `c` as a vector of length `rows`.
    public func column(_ c: Int) -> [Double] {
        precondition(c >= 0 && c < cols, "Matrix column \(c) out of range for \(rows)×\(cols)")
        return (0..<rows).map { elements[$0 * cols + c] }
    }

    /// The rows as nested arrays (`result[r][c]` is entry (r, c)).
    public var rowArrays: [[Double]] { (0..<rows).map { row($0) } }

    /// Calls `body` with the row-major storage for fast in-place updates.
    public mutating func withUnsafeMutableElements<R>(
        _ body: (inout UnsafeMutableBufferPointer<Double>) throws -> R
    ) rethrows -> R {
        try elements.withUnsafeMutableBufferPointer(body)
    }

    /// The transpose Aᵀ (`cols × rows`, with Aᵀ[c, r] = A[r, c]).
    public func transposed() -> Matrix {
        var t = Matrix(rows: cols, cols: rows)
        let (m, n) = (rows, cols)
        elements.withUnsafeBufferPointer { a in
            t.elements.withUnsafeMutableBufferPointer { b in
                for r in 0..<m {
                    for c in 0..<n { b[c * m + r] = a[r * n + c] }
                }
            }
        }
        return t
    }

    /// The matrix–vector product A·v (`v` has `cols` entries; the result has `rows`):
    /// (A·v)ᵣ = Σ_c A[r, c] v_c.
    public func multiply(_ v: [Double]) -> [Double] {
        precondition(v.count == cols, "Matrix.multiply: \(rows)×\(cols) matrix times vector of length \(v.count)")
        let (m, n) = (rows, cols)
        return [Double](unsafeUninitializedCapacity: m) { out, count in
            elements.withUnsafeBufferPointer { a in
                v.withUnsafeBufferPointer { x in
                    for r in 0..<m {
                        out[r] = VectorMath.unsafeDot(a.baseAddress.map { $0 + r * n }, x.baseAddress, n)
                    }
                }
            }
            count = m
        }
    }

    /// The product vᵀ·A of a row vector and this matrix (`v` has `rows` entries; the result has `cols`):
    /// (vᵀA)_c = Σᵣ vᵣ A[r, c].
    public func multiplyTransposed(_ v: [Double]) -> [Double] {
        precondition(v.count == rows, "Matrix.multiplyTransposed: vector of length \(v.count) times \(rows)×\(cols) matrix")
        var out = [Double](repeating: 0, count: cols)
        let (m, n) = (rows, cols)
        elements.withUnsafeBufferPointer { a in
            out.withUnsafeMutableBufferPointer { o in
                for r in 0..<m {
                    let vr = v[r]
                    if vr == 0 { continue }
                    for c in 0..<n { o[c] += vr * a[r * n + c] }
                }
            }
        }
        return out
    }

    /// The matrix product A·B (`A` is m×k, `B` is k×n, the result m×n):
    /// (AB)[i, j] = Σₗ A[i, l] B[l, j].
    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.cols == rhs.rows,
                     "Matrix product: \(lhs.rows)×\(lhs.cols) times \(rhs.rows)×\(rhs.cols) (inner sizes differ)")
        let (m, k, n) = (lhs.rows, lhs.cols, rhs.cols)
        var out = Matrix(rows: m, cols: n)
        lhs.elements.withUnsafeBufferPointer { a in
            rhs.elements.withUnsafeBufferPointer { b in
                out.elements.withUnsafeMutableBufferPointer { c in
                    // i–l–j order: the inner loop walks rows of B and C contiguously.
                    for i in 0..<m {
                        for l in 0..<k {
                            let ail = a[i * k + l]
                            if ail == 0 { continue }
                            for j in 0..<n { c[i * n + j] += ail * b[l * n + j] }
                        }
                    }
                }
            }
        }
        return out
    }

    /// The matrix–vector product A·v; same as ``multiply(_:)``.
    public static func * (lhs: Matrix, rhs: [Double]) -> [Double] { lhs.multiply(rhs) }

    /// Entry-wise sum A + B (same shapes).
    public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.cols == rhs.cols,
                     "Matrix sum: shapes \(lhs.rows)×\(lhs.cols) and \(rhs.rows)×\(rhs.cols) differ")
        return Matrix(rows: lhs.rows, cols: lhs.cols, elements: VectorMath.add(lhs.elements, rhs.elements))
    }

    /// Entry-wise difference A − B (same shapes).
    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.cols == rhs.cols,
                     "Matrix difference: shapes \(lhs.rows)×\(lhs.cols) and \(rhs.rows)×\(rhs.cols) differ")
        return Matrix(rows: lhs.rows, cols: lhs.cols, elements: VectorMath.sub(lhs.elements, rhs.elements))
    }

    /// The negation −A.
    public static prefix func - (m: Matrix) -> Matrix {
        Matrix(rows: m.rows, cols: m.cols, elements: m.elements.map { -$0 })
    }

    /// The scalar multiple s·A.
    public static func * (lhs: Double, rhs: Matrix) -> Matrix {
        Matrix(rows: rhs.rows, cols: rhs.cols, elements: VectorMath.scale(lhs, rhs.elements))
    }

    /// The scalar multiple A·s.
    public static func * (lhs: Matrix, rhs: Double) -> Matrix { rhs * lhs }

    public static func += (lhs: inout Matrix, rhs: Matrix) { lhs = lhs + rhs }
    public static func -= (lhs: inout Matrix, rhs: Matrix) { lhs = lhs - rhs }
    public static func *= (lhs: inout Matrix, rhs: Double) { lhs = rhs * lhs }

    /// The largest absolute entry, maxᵢⱼ |A[i, j]|.
    public var maxAbs: Double { VectorMath.maxAbs(elements) }

    /// Rows printed one per line, e.g. `[1.0, 2.0]\n[3.0, 4.0]`.
    public var description: String {
        if rows == 0 || cols == 0 { return "Matrix(\(rows)×\(cols))" }
        return (0..<rows).map { "\(row($0))" }.joined(separator: "\n")
    }

    // MARK: Codable — `{"rows": m, "cols": n, "elements": [...]}` with the shape checked on decode.

    private enum CodingKeys: String, CodingKey { case rows, cols, elements }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let rows = try c.decode(Int.self, forKey: .rows)
        let cols = try c.decode(Int.self, forKey: .cols)
        let elements = try c.decode([Double].self, forKey: .elements)
        let (count, overflow) = rows.multipliedReportingOverflow(by: cols)
        guard rows >= 0, cols >= 0, !overflow, elements.count == count else {
            throw DecodingError.dataCorruptedError(
                forKey: .elements, in: c,
                debugDescription: "a \(rows)×\(cols) matrix cannot hold \(elements.count) elements")
        }
        self.init(rows: rows, cols: cols, elements: elements)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rows, forKey: .rows)
        try c.encode(cols, forKey: .cols)
        try c.encode(elements, forKey: .elements)
    }
}
