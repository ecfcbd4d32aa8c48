import Testing
@testable import RLGrader

@Suite struct ToleranceTests {
    @Test func closeness() {
        let t = Tolerance(absolute: 1e-6, relative: 1e-3)
        #expect(t.isClose(1, 1 + 5e-7))
        #expect(t.isClose(1000, 1000.5))
        #expect(!t.isClose(1, 1.01))
        #expect(!t.isClose(.nan, .nan))
        #expect(t.isClose(.infinity, .infinity))
        #expect(!t.isClose(1, .infinity))
        #expect(t.firstMismatch([1, 2, 3], [1, 2, 4]) == 2)
        #expect(t.firstMismatch([1, 2], [1, 2, 3]) == 2)
        #expect(t.firstMismatch([1, 2], [1, 2]) == nil)
    }

    @Test func showNumbers() {
        #expect(Show.number(3) == "3")
        #expect(Show.number(-1.75) == "-1.75")
        #expect(Show.number(.nan) == "NaN")
        #expect(Show.vector([1, 2, 3, 4], limit: 2) == "[1, 2, … (4 values)]")
    }
}
