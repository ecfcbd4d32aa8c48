#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The libm functions RLCore needs, gathered here so no other RLCore file imports libc.
///
/// Internal: students use the standard library's `Double` operations or their own imports.
enum Elementary {
    @inline(__always) static func exp(_ x: Double) -> Double { libcExp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { libcLog(x) }
    @inline(__always) static func tanh(_ x: Double) -> Double { libcTanh(x) }
    @inline(__always) static func sin(_ x: Double) -> Double { libcSin(x) }
    @inline(__always) static func cos(_ x: Double) -> Double { libcCos(x) }

    /// log(2π).
    static let logTwoPi: Double = 1.8378770664093454835606594728112
}

// Outside the enum, so `exp` etc. name the libc functions rather than the methods above.
@inline(__always) private func libcExp(_ x: Double) -> Double { exp(x) }
@inline(__always) private func libcLog(_ x: Double) -> Double { log(x) }
@inline(__always) private func libcTanh(_ x: Double) -> Double { tanh(x) }
@inline(__always) private func libcSin(_ x: Double) -> Double { sin(x) }
@inline(__always) private func libcCos(_ x: Double) -> Double { cos(x) }
