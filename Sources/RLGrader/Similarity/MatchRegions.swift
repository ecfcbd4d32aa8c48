/// A stretch of one file that matches code in the other submission of a pair.
public struct MatchRegion: Sendable, Equatable {
    /// The file's index in its submission's files.
    public var file: Int
    /// The region's bytes in the file's UTF-8 text: `startByte..<endByte` (whole tokens).
    public var startByte: Int
    public var endByte: Int
    /// 1-based lines of the first and the last byte.
    public var firstLine: Int
    public var lastLine: Int
    /// The match number (1, 2, …): regions of both sides with the same number share fingerprints.
    public var match: Int
}

/// The matching regions of a pair, side by side.
public struct PairMatches: Sendable, Equatable {
    public var first: [MatchRegion]
    public var second: [MatchRegion]
    /// Matches are numbered 1 … matchCount.
    public var matchCount: Int
}

/// Finds the regions of two submissions that their shared fingerprints come from.
///
/// Every k-gram whose hash is one of the pair's shared (retained) fingerprints covers its k tokens;
/// overlapping or touching covered tokens form a region. Since winnowing picks a fingerprint at
/// least every w k-grams and w ≤ k by default, a long common run is one region, not a dotted line.
/// Regions of the two sides are paired one to one, those with the most fingerprints in common first
/// (a region left over, such as a second copy of a function, joins its best partner's match); matches
/// are numbered in the order they appear in the first submission.
public enum MatchRegions {
    public static func find(first: [SourceText], second: [SourceText], shared: [UInt64], k: Int) -> PairMatches {
        let wanted = Set(shared)
        let a = regions(first, wanted: wanted, k: k)
        let b = regions(second, wanted: wanted, k: k)
        // How many fingerprints each region of a has in common with each region of b.
        var candidates: [(common: Int, i: Int, j: Int)] = []
        for i in a.indices {
            for j in b.indices {
                let common = FingerprintIndex.intersection(a[i].hashes, b[j].hashes).count
                if common > 0 { candidates.append((common, i, j)) }
            }
        }
        // Pair regions one to one, most in common first; a region left over joins its best partner's match.
        candidates.sort { ($1.common, $0.i, $0.j) < ($0.common, $1.i, $1.j) }
        var partnerOfA = [Int?](repeating: nil, count: a.count)
        var partnerOfB = [Int?](repeating: nil, count: b.count)
        for c in candidates where partnerOfA[c.i] == nil && partnerOfB[c.j] == nil {
            partnerOfA[c.i] = c.j
            partnerOfB[c.j] = c.i
        }
        var numberOfA = [Int](repeating: 0, count: a.count)
        var count = 0
        for i in a.indices where partnerOfA[i] != nil {
            count += 1
            numberOfA[i] = count
        }
        var numberOfB = [Int](repeating: 0, count: b.count)
        for j in b.indices { if let i = partnerOfB[j] { numberOfB[j] = numberOfA[i] } }
        for c in candidates {  // best partner first
            if numberOfA[c.i] == 0, numberOfB[c.j] != 0 { numberOfA[c.i] = numberOfB[c.j] }
            if numberOfB[c.j] == 0, numberOfA[c.i] != 0 { numberOfB[c.j] = numberOfA[c.i] }
        }
        return PairMatches(
            first: a.indices.map { a[$0].region(match: numberOfA[$0]) },
            second: b.indices.map { b[$0].region(match: numberOfB[$0]) },
            matchCount: count)
    }

    struct Found {
        var file: Int
        var startByte: Int
        var endByte: Int
        var firstLine: Int
        var lastLine: Int
        var hashes: [UInt64]

        func region(match: Int) -> MatchRegion {
            MatchRegion(file: file, startByte: startByte, endByte: endByte, firstLine: firstLine, lastLine: lastLine, match: match)
        }
    }

    static func regions(_ files: [SourceText], wanted: Set<UInt64>, k: Int) -> [Found] {
        var found: [Found] = []
        for (f, file) in files.enumerated() {
            let tokens = SwiftTokenizer.tokenize(file.text)
            let hashes = Winnowing.kgramHashes(Fingerprinter.codes(tokens), k: k)
            // The region being built: tokens start..<end (end == 0: none yet) and its hashes.
            var start = 0, end = 0
            var inRegion: [UInt64] = []
            func flush() {
                guard end > 0 else { return }
                let last = tokens[end - 1]
                let lastLine = last.line + file.text.utf8.dropFirst(last.start).prefix(last.end - last.start).filter { $0 == 10 }.count
                found.append(Found(
                    file: f, startByte: tokens[start].start, endByte: last.end,
                    firstLine: tokens[start].line, lastLine: lastLine, hashes: Fingerprinter.sortedUnique(inRegion)))
                end = 0
                inRegion.removeAll(keepingCapacity: true)
            }
            for (i, h) in hashes.enumerated() where wanted.contains(h) {
                if end > 0, i <= end {
                    end = max(end, i + k)
                } else {
                    flush()
                    start = i
                    end = i + k
                }
                inRegion.append(h)
            }
            flush()
        }
        return found
    }
}
