/// Why a linear-algebra operation (``LUDecomposition``, ``Matrix/solve(_:)``) could not be done.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operation needs a square matrix but got a `rows × cols` one.
    case notSquare(rows: Int, cols: Int)
    /// Elimination found no usable pivot in column `pivotColumn` (0-based): the largest remaining
    /// entry there had absolute value `magnitude`, at or below `tolerance`. The matrix is singular
    /// (or so close to singular that a solution would be meaningless).
    case singular(pivotColumn: Int, magnitude: Double, tolerance: Double)
    /// Entry (`row`, `col`) is NaN or infinite.
    case nonFinite(row: Int, col: Int, value: Double)
    /// A right-hand side has `actual` entries but the system has `expected` equations.
    case dimensionMismatch(expected: Int, actual: Int)

    public var description: String {
        switch self {
        case .notSquare(let r, let c):
            return "the matrix is \(r)×\(c); this operation needs a square matrix"
        case .singular(let col, let magnitude, let tolerance):
            return "the matrix is singular: no pivot in column \(col) "
                + "(largest remaining |entry| = \(magnitude), tolerance \(tolerance))"
        case .nonFinite(let r, let c, let v):
            return "entry (\(r), \(c)) of the matrix is \(v); all entries must be finite"
        case .dimensionMismatch(let expected, let actual):
            return "the right-hand side has \(actual) entries but the system has \(expected) equations"
        }
    }
}
