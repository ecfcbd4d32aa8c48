#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Recent forward passes of one network with its current parameters: input → activations.
///
/// Learners run the same network on the same input several times between two parameter updates
/// (A2C samples an action with `actor.forward(s)`, then the loss runs `actor.forwardCached(s)`; the
/// critic sees s_{t+1} as the next state of step t and as the state of step t + 1). An ``MLP`` keeps
/// a memo of recent passes and answers a repeated input from it: the same numbers bit for bit (they
/// are the numbers that pass computed), without recomputing.
///
/// A memo belongs to one parameter vector: every change of ``MLP/parameters`` empties the network's
/// memo (or, when a copy of the network still shares it, gives the changed network a new one), so
/// copies share a memo only while their parameters are the same. It is a direct-mapped table of
/// ``slots`` passes (a pass whose input hashes to a taken slot replaces it); inputs are compared by
/// bit pattern. Safe to use from several threads.
final class ForwardMemo: @unchecked Sendable {
    /// Slots of the table (a power of two).
    static let slots = 1024

    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var inputs: [[Double]] = []
    private var passes: [[Double]] = []
    /// The generation each slot was written in; only the current generation's slots count.
    private var written: [UInt64] = []
    private var generation: UInt64 = 1

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Forgets every pass (the parameters changed).
    func empty() {
        pthread_mutex_lock(mutex)
        generation &+= 1
        pthread_mutex_unlock(mutex)
    }

    /// The slot of `input`: a multiplicative hash of its bit patterns.
    @inline(__always)
    private static func slot(_ input: [Double]) -> Int {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for x in input {
            h = (h ^ x.bitPattern) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        return Int(truncatingIfNeeded: h >> 54)  // 10 bits: 1024 slots
    }

    @inline(__always)
    private static func same(_ a: [Double], _ b: [Double]) -> Bool {
        guard a.count == b.count else { return false }
        for i in a.indices where a[i].bitPattern != b[i].bitPattern { return false }
        return true
    }

    /// The activations a₀ … a_L of an earlier pass on `input`, if it is still kept.
    func activations(_ input: [Double]) -> [Double]? {
        let k = Self.slot(input)
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        guard !inputs.isEmpty, written[k] == generation, Self.same(inputs[k], input) else { return nil }
        return passes[k]
    }

    /// Keeps the activations of a pass on `input`.
    func keep(_ input: [Double], _ activations: [Double]) {
        let k = Self.slot(input)
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if inputs.isEmpty {
            inputs = Array(repeating: [], count: Self.slots)
            passes = inputs
            written = Array(repeating: 0, count: Self.slots)
        }
        inputs[k] = input
        passes[k] = activations
        written[k] = generation
    }
}
