import RLCore
import RLHomework

/// Replay scripts shared by the replay checks, and the parent's simulation of what a correct buffer
/// stores. Every pushed transition is `HW5Fixtures.numbered(id)` with a unique id 1, 2, 3, … (its reward).
enum HW5ReplayScripts {
    /// Pushes `count` numbered transitions starting at id `first`, with a `.sample(sampleSize)` after every
    /// `sampleEvery`-th push (0: never).
    static func pushes(from first: Int, count: Int, sampleEvery: Int = 0, sampleSize: Int = 1) -> [HW5.ReplayOperation] {
        var operations: [HW5.ReplayOperation] = []
        for id in first..<(first + count) {
            operations.append(.push(HW5Fixtures.numbered(id)))
            if sampleEvery > 0 && (id - first + 1) % sampleEvery == 0 { operations.append(.sample(sampleSize)) }
        }
        return operations
    }

    /// The ids a correct buffer holds before every `.sample` operation, and after the last operation.
    static func storedIDs(_ script: HW5.ReplayScript) -> (beforeSamples: [[Double]], final: [Double]) {
        var pushed: [Double] = []
        var before: [[Double]] = []
        for operation in script.operations {
            switch operation {
            case .push(let e): pushed.append(HW5Judge.identity(e))
            case .sample: before.append(Array(pushed.suffix(script.capacity)))
            }
        }
        return (before, Array(pushed.suffix(script.capacity)))
    }

    static func describe(_ script: HW5.ReplayScript) -> String {
        let pushes = script.operations.filter { if case .push = $0 { return true } else { return false } }.count
        return "capacity \(script.capacity), \(pushes) pushes (transitions numbered 1, 2, … by their reward), \(script.operations.count - pushes) samples, seed \(script.seed)"
    }
}
