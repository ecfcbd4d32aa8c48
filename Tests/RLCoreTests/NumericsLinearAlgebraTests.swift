import Foundation
import Testing
@testable import RLCore

@Suite struct NumericsMatrixTests {
    @Test func shapesAndIndexing() {
        var a = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(a.rows == 2 && a.cols == 3)
        #expect(a.elements == [1, 2, 3, 4, 5, 6])
        #expect(a[1, 0] == 4)
        a[1, 0] = 7
        #expect(a.elements[3] == 7)
        #expect(a.row(1) == [7, 5, 6])
        #expect(a.column(2) == [3, 6])
        #expect(Matrix(rows: 2, cols: 2, repeating: 3).elements == [3, 3, 3, 3])
        #expect(Matrix.identity(3).elements == [1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(Matrix(rows: 2, cols: 2) { r, c in Double(10 * r + c) }.elements == [0, 1, 10, 11])
        #expect(Matrix(rows: []).rows == 0)
    }

    @Test func transposeAndProducts() {
        let a = Matrix(rows: [[1, 2, 3], [4, 5, 6]])
        let b = Matrix(rows: [[7, 8], [9, 10], [11, 12]])
        #expect(a.transposed() == Matrix(rows: [[1, 4], [2, 5], [3, 6]]))
        #expect(a * b == Matrix(rows: [[58, 64], [139, 154]]))
        #expect(a.multiply([1, 0, -1]) == [-2, -2])
        #expect(a * [1, 1, 1] == [6, 15])
        #expect(a.multiplyTransposed([1, 1]) == [5, 7, 9])
        #expect(Matrix.identity(2) * a == a)
        #expect(a + a == 2 * a)
        #expect(a - a == Matrix(rows: 2, cols: 3))
        #expect(a * 0.5 == Matrix(rows: [[0.5, 1, 1.5], [2, 2.5, 3]]))
        #expect(-a == (-1) * a)
    }

    @Test func codableRoundTripAndValidation() throws {
        let a = Matrix(rows: [[1, 2], [3, 4.5]])
        let data = try JSONEncoder().encode(a)
        #expect(try JSONDecoder().decode(Matrix.self, from: data) == a)
        let bad = Data(#"{"rows": 2, "cols": 2, "elements": [1, 2, 3]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: bad) }
    }

    @Test func vectorHelpers() {
        let x = [1.0, 2, 2]
        #expect(VectorMath.dot(x, [3, 2, 1]) == 9)
        #expect(VectorMath.norm2(x) == 3)
        #expect(abs(VectorMath.norm2([3e200, 4e200]) / 5e200 - 1) < 1e-15)
        #expect(abs(VectorMath.norm2([3e-200, 4e-200]) / 5e-200 - 1) < 1e-15)
        #expect(VectorMath.maxAbs([1, -5, 3]) == 5)
        var y = [1.0, 1, 1]
        VectorMath.axpy(2, x, &y)
        #expect(y == [3, 5, 5])
        #expect(VectorMath.add(x, y) == [4, 7, 7])
        #expect(VectorMath.sub(y, x) == [2, 3, 3])
        #expect(VectorMath.scale(-1, x) == [-1, -2, -2])
        #expect(VectorMath.dot(Array(repeating: 1, count: 7), Array(1...7).map(Double.init)) == 28)
        #expect(abs(VectorMath.logSumExp([1000, 1000]) - (1000 + log(2.0))) < 1e-12)
        #expect(VectorMath.logSumExp([-.infinity, 0]) == 0)
    }
}

@Suite struct NumericsLUTests {
    let a3 = Matrix(rows: [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])

    @Test func solvesKnown3x3System() throws {
        let x = try a3.solve([8, -11, -3])
        #expect(NumericsCheck.relativeError(x, [2, 3, -1]) < 1e-14)
        let lu = try LUDecomposition(a3)
        #expect(NumericsCheck.relativeError(lu.solve([8, -11, -3]), [2, 3, -1]) < 1e-14)
        // PA = LU
        var pa = Matrix(rows: 3, cols: 3)
        for r in 0..<3 { for c in 0..<3 { pa[r, c] = a3[lu.permutation[r], c] } }
        #expect(NumericsCheck.relativeError((lu.lower * lu.upper).elements, pa.elements) < 1e-15)
    }

    @Test func solvesRandom20x20System() throws {
        var rng = SeededGenerator(seed: 2024)
        let n = 20
        let a = Matrix(rows: n, cols: n) { _, _ in rng.uniform(-1, 1) }
        let b = NumericsCheck.randomVector(n, &rng)
        let x = try a.solve(b)
        let residual = VectorMath.maxAbs(VectorMath.sub(a.multiply(x), b))
        #expect(residual < 1e-10)
        let inv = try a.inverse()
        #expect(VectorMath.maxAbs((a * inv - .identity(n)).elements) < 1e-10)
    }

    @Test func determinant() throws {
        #expect(abs(try LUDecomposition(a3).determinant - (-1)) < 1e-14)
        #expect(abs(a3.determinant() - (-1)) < 1e-14)
        #expect(Matrix.diagonal([2, 3, 4]).determinant() == 24)
        #expect(Matrix(rows: [[0, 1], [1, 0]]).determinant() == -1)
        #expect(Matrix(rows: [[1, 2], [2, 4]]).determinant() == 0)
        #expect(Matrix(rows: []).determinant() == 1)
    }

    @Test func singularMatrixThrows() {
        #expect(throws: LinearAlgebraError.self) { try LUDecomposition(Matrix(rows: [[1, 2], [2, 4]])) }
        do {
            _ = try LUDecomposition(Matrix(rows: [[1, 2], [2, 4]]))
            Issue.record("expected a throw")
        } catch {
            guard case .singular(let column, let magnitude, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(column == 1)
            #expect(magnitude == 0)
            #expect(error.description.contains("column 1"))
        }
        // Singular only up to rounding.
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]).solve([1, 2, 3]) }
        do {
            _ = try Matrix(rows: 2, cols: 2).solve([1, 1])
            Issue.record("expected a throw")
        } catch {
            #expect(error == .singular(pivotColumn: 0, magnitude: 0, tolerance: 0))
        }
    }

    @Test func otherErrors() {
        #expect(throws: LinearAlgebraError.notSquare(rows: 2, cols: 3)) {
            try LUDecomposition(Matrix(rows: 2, cols: 3, repeating: 1))
        }
        #expect(throws: LinearAlgebraError.nonFinite(row: 1, col: 0, value: .infinity)) {
            try LUDecomposition(Matrix(rows: [[1, 0], [.infinity, 1]]))
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(expected: 3, actual: 2)) {
            try a3.solve([1, 2])
        }
    }
}
