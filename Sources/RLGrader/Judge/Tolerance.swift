/// The one way the grader compares floating-point numbers: |a − b| ≤ absolute + relative·max(|a|, |b|).
///
/// Every call site states its tolerances. NaN and infinities are never "close" to anything finite;
/// equal infinities are equal.
public struct Tolerance: Sendable, Equatable, CustomStringConvertible {
    public var absolute: Double
    public var relative: Double

    public init(absolute: Double, relative: Double = 0) {
        self.absolute = absolute
        self.relative = relative
    }

    public func isClose(_ a: Double, _ b: Double) -> Bool {
        if a == b { return true }
        guard a.isFinite, b.isFinite else { return false }
        return abs(a - b) <= absolute + relative * max(abs(a), abs(b))
    }

    /// The first index where `observed` and `expected` differ beyond the tolerance (or differ in length).
    public func firstMismatch(_ observed: [Double], _ expected: [Double]) -> Int? {
        if observed.count != expected.count { return min(observed.count, expected.count) }
        return zip(observed, expected).enumerated().first { !isClose($0.element.0, $0.element.1) }?.offset
    }

    public var description: String {
        relative == 0 ? "±\(absolute)" : "±(\(absolute) + \(relative)·|x|)"
    }
}

/// Formatting numbers and vectors for feedback: short, and exact enough to act on.
public enum Show {
    public static func number(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x > 0 ? "+inf" : "-inf" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        let s = "\(x)"
        return s.count <= 12 ? s : String(format: "%.9g", x)
    }

    public static func vector(_ v: [Double], limit: Int = 10) -> String {
        let shown = v.prefix(limit).map(number).joined(separator: ", ")
        return "[" + shown + (v.count > limit ? ", … (\(v.count) values)" : "") + "]"
    }

    public static func ints(_ v: [Int], limit: Int = 20) -> String {
        "[" + v.prefix(limit).map(String.init).joined(separator: ", ") + (v.count > limit ? ", …" : "") + "]"
    }
}

import Foundation
