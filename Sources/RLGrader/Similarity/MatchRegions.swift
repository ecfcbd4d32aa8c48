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
/// Regions are linked across the two sides when they contain a common fingerprint; each connected
/// group is one match, numbered in the order it first appears in the first submission.
public enum MatchRegions {
    public static func find(first: [SourceText], second: [SourceText], shared: [UInt64], k: Int) -> PairMatches {
        let wanted = Set(shared)
        let a = regions(first, wanted: wanted, k: k)
        let b = regions(second, wanted: wanted, k: k)
        // Union–find over the regions of both sides (a's first, then b's), joined by common hashes.
        var parent = Array(0..<(a.count + b.count))
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var owner: [UInt64: Int] = [:]  // lookups only, never iterated
        for (offset, region) in (a + b).enumerated() {
            for h in region.hashes {
                if let other = owner[h] {
                    let (x, y) = (root(other), root(offset))
                    if x != y { parent[max(x, y)] = min(x, y) }
                } else {
                    owner[h] = offset
                }
            }
        }
        var number: [Int: Int] = [:]  // component root → match number, assigned in region order
        var count = 0
        func match(_ offset: Int) -> Int {
            let r = root(offset)
            if let n = number[r] { return n }
            count += 1
            number[r] = count
            return count
        }
        let firstRegions = a.indices.map { i in a[i].region(match: match(i)) }
        let secondRegions = b.indices.map { i in b[i].region(match: match(a.count + i)) }
        return PairMatches(first: firstRegions, second: secondRegions, matchCount: count)
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
            var current: (start: Int, end: Int, hashes: [UInt64])?  // token range start..<end
            func flush() {
                guard let c = current else { return }
                let last = tokens[c.end - 1]
                let lastLine = last.line + file.text.utf8.dropFirst(last.start).prefix(last.end - last.start).filter { $0 == 10 }.count
                found.append(Found(
                    file: f, startByte: tokens[c.start].start, endByte: last.end,
                    firstLine: tokens[c.start].line, lastLine: lastLine, hashes: c.hashes))
                current = nil
            }
            for (i, h) in hashes.enumerated() where wanted.contains(h) {
                if let c = current, i <= c.end {
                    current = (c.start, max(c.end, i + k), c.hashes + [h])
                } else {
                    flush()
                    current = (i, i + k, [h])
                }
            }
            flush()
        }
        return found
    }
}
