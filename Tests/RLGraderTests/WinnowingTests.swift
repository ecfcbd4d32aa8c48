import Testing
import RLCore
@testable import RLGrader

/// The guarantees of winnowing (Schleimer, Wilkerson, Aiken 2003), checked on seeded random token
/// sequences.
@Suite("Winnowing")
struct WinnowingTests {
    /// `count` random token codes from an alphabet of `alphabet` symbols starting at `offset`.
    func randomCodes(_ count: Int, alphabet: Int, offset: UInt64 = 0, rng: inout SeededGenerator) -> [UInt64] {
        (0..<count).map { _ in StableHash.fnv1a("t\(offset + UInt64(rng.int(below: alphabet)))") }
    }

    @Test("The rolling hash equals hashing each k-gram on its own", arguments: [1, 2, 5, 12])
    func rollingHash(k: Int) {
        var rng = SeededGenerator(seed: 11)
        let codes = randomCodes(200, alphabet: 7, rng: &rng)
        let rolling = Winnowing.kgramHashes(codes, k: k)
        #expect(rolling.count == codes.count - k + 1)
        for i in rolling.indices {
            #expect(rolling[i] == Winnowing.kgramHashes(Array(codes[i..<(i + k)]), k: k)[0])
        }
        #expect(Winnowing.kgramHashes(Array(codes.prefix(k - 1)), k: k).isEmpty)
    }

    @Test("Every window of w hashes has its rightmost minimum selected; positions increase")
    func everyWindowIsCovered() {
        var rng = SeededGenerator(seed: 3)
        for w in [1, 2, 4, 8] {
            // A small alphabet makes ties common, which is where "rightmost" matters.
            let hashes = (0..<500).map { _ in UInt64(rng.int(below: 5)) }
            let selected = Winnowing.select(hashes, window: w)
            let positions = selected.map(\.position)
            #expect(positions == positions.sorted() && Set(positions).count == positions.count)
            for start in 0...(hashes.count - w) {
                let window = start..<(start + w)
                let minimum = hashes[window].min()!
                let rightmost = window.last { hashes[$0] == minimum }!
                #expect(positions.contains(rightmost), "window \(start) with w = \(w)")
            }
            #expect(selected.allSatisfy { hashes[$0.position] == $0.hash })
        }
    }

    @Test("A common run of w + k − 1 tokens always shares a fingerprint", arguments: 0..<40 as Range<UInt64>)
    func guaranteeThreshold(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let (k, w) = (12, 8)
        let run = randomCodes(w + k - 1, alphabet: 30, offset: 1000, rng: &rng)
        let a = randomCodes(rng.int(below: 200), alphabet: 30, rng: &rng) + run + randomCodes(rng.int(below: 200), alphabet: 30, rng: &rng)
        let b = randomCodes(rng.int(below: 200), alphabet: 30, offset: 500, rng: &rng) + run + randomCodes(rng.int(below: 200), alphabet: 30, offset: 500, rng: &rng)
        let runHashes = Set(Winnowing.kgramHashes(run, k: k))
        let common = Set(Winnowing.fingerprints(a, k: k, window: w).map(\.hash))
            .intersection(Winnowing.fingerprints(b, k: k, window: w).map(\.hash))
        #expect(!common.intersection(runHashes).isEmpty)
    }

    @Test("A common run shorter than k tokens never shares a fingerprint", arguments: 0..<20 as Range<UInt64>)
    func noiseThreshold(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let (k, w) = (12, 8)
        let run = randomCodes(k - 1, alphabet: 30, offset: 1000, rng: &rng)
        // Different alphabets around the run: the only common stretch is the run itself.
        let a = randomCodes(100, alphabet: 30, rng: &rng) + run + randomCodes(100, alphabet: 30, rng: &rng)
        let b = randomCodes(100, alphabet: 30, offset: 500, rng: &rng) + run + randomCodes(100, alphabet: 30, offset: 500, rng: &rng)
        let common = Set(Winnowing.fingerprints(a, k: k, window: w).map(\.hash))
            .intersection(Winnowing.fingerprints(b, k: k, window: w).map(\.hash))
        #expect(common.isEmpty)
    }

    @Test("About 2/(w + 1) of the k-grams of random text are selected")
    func density() {
        var rng = SeededGenerator(seed: 5)
        let codes = randomCodes(40_000, alphabet: 1000, rng: &rng)
        for w in [4, 8, 16] {
            let selected = Winnowing.fingerprints(codes, k: 5, window: w).count
            let expected = 2.0 / Double(w + 1) * Double(codes.count - 4)
            #expect(abs(Double(selected) / expected - 1) < 0.05, "w = \(w): \(selected) selected, about \(Int(expected)) expected")
        }
    }

    @Test("Short documents: fewer hashes than a window give their minimum; none give nothing")
    func shortDocuments() {
        #expect(Winnowing.select([], window: 4).isEmpty)
        #expect(Winnowing.select([5, 3, 3, 9], window: 8) == [Winnowing.Fingerprint(hash: 3, position: 2)])
    }
}
