/// Which submissions share which fingerprints, after the base code and the common idioms are removed.
///
/// Built from each submission's distinct fingerprints: a fingerprint that occurs anywhere in the base
/// code (starter and handout, every k-gram) is dropped; a fingerprint that more than `idiomLimit`
/// submissions have is a common idiom and dropped too. What remains is each submission's *retained*
/// fingerprints, and for every pair the number they share. Sorted arrays and sorting only: nothing
/// depends on a Dictionary's or Set's order.
public struct FingerprintIndex: Sendable {
    /// Per submission (input order): the retained fingerprints, sorted.
    public let retained: [[UInt64]]
    /// Per submission: how many of its fingerprints were base code.
    public let baseRemoved: [Int]
    /// The fingerprints dropped as common idioms, sorted.
    public let idioms: [UInt64]
    /// A fingerprint counts only if at most this many submissions have it.
    public let idiomLimit: Int
    /// shared[a * count + b] for a < b.
    let shared: [Int32]

    public var count: Int { retained.count }

    /// - Parameters:
    ///   - submissions: each submission's distinct fingerprints, sorted ascending.
    ///   - base: every k-gram hash of the base code, sorted ascending.
    ///   - idiomLimit: the largest number of submissions a counted fingerprint may occur in.
    public init(submissions: [[UInt64]], base: [UInt64], idiomLimit: Int) {
        let n = submissions.count
        let own = submissions.map { Self.subtracting(base, from: $0) }
        baseRemoved = zip(submissions, own).map { $0.count - $1.count }
        var postings: [(hash: UInt64, submission: Int32)] = []
        postings.reserveCapacity(own.reduce(0) { $0 + $1.count })
        for (s, hashes) in own.enumerated() {
            for h in hashes { postings.append((h, Int32(s))) }
        }
        postings.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.submission < $1.submission }
        var shared = [Int32](repeating: 0, count: n * n)
        var idioms: [UInt64] = []
        var start = 0
        while start < postings.count {
            var end = start + 1
            while end < postings.count, postings[end].hash == postings[start].hash { end += 1 }
            if end - start > idiomLimit {
                idioms.append(postings[start].hash)
            } else if end - start > 1 {
                for i in start..<(end - 1) {
                    let row = Int(postings[i].submission) * n
                    for j in (i + 1)..<end { shared[row + Int(postings[j].submission)] += 1 }
                }
            }
            start = end
        }
        self.idioms = idioms
        self.idiomLimit = idiomLimit
        self.shared = shared
        retained = own.map { Self.subtracting(idioms, from: $0) }
    }

    /// How many retained fingerprints submissions `a` and `b` share.
    public func sharedCount(_ a: Int, _ b: Int) -> Int {
        a == b ? retained[a].count : Int(shared[min(a, b) * count + max(a, b)])
    }

    /// The retained fingerprints `a` and `b` share, sorted.
    public func sharedHashes(_ a: Int, _ b: Int) -> [UInt64] {
        Self.intersection(retained[a], retained[b])
    }

    /// `values` without the elements of `removed` (both sorted).
    static func subtracting(_ removed: [UInt64], from values: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(values.count)
        var j = 0
        for v in values {
            while j < removed.count, removed[j] < v { j += 1 }
            if j < removed.count, removed[j] == v { continue }
            result.append(v)
        }
        return result
    }

    /// The common elements of two sorted arrays.
    static func intersection(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else {
                result.append(a[i])
                i += 1
                j += 1
            }
        }
        return result
    }
}
