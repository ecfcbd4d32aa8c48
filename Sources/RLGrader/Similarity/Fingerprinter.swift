/// Turns source files into fingerprints: tokenise (`SwiftTokenizer`), hash every k-gram, winnow
/// (`Winnowing`). k-grams never span two files.
public struct Fingerprinter: Sendable {
    public var k: Int
    public var window: Int

    public init(k: Int, window: Int) {
        precondition(k >= 1 && window >= 1, "k and the window must be positive")
        self.k = k
        self.window = window
    }

    /// The distinct winnowed fingerprints of `files`, sorted ascending, and their token count.
    public func fingerprints(of files: [SourceText]) -> (hashes: [UInt64], tokens: Int) {
        var hashes: [UInt64] = []
        var tokens = 0
        for file in files {
            let codes = Self.codes(SwiftTokenizer.tokenize(file.text))
            tokens += codes.count
            hashes += Winnowing.fingerprints(codes, k: k, window: window).map(\.hash)
        }
        return (Self.sortedUnique(hashes), tokens)
    }

    /// Every k-gram hash of `files` (not only the winnowed ones), sorted and distinct: what the base
    /// code removes, so that no k-gram of the starter counts as shared, wherever winnowing picks it.
    public func allKgrams(of files: [SourceText]) -> [UInt64] {
        var hashes: [UInt64] = []
        for file in files { hashes += Winnowing.kgramHashes(Self.codes(SwiftTokenizer.tokenize(file.text)), k: k) }
        return Self.sortedUnique(hashes)
    }

    /// The token codes of `tokens`, with the four normalised kinds' codes computed once.
    static func codes(_ tokens: [SwiftToken]) -> [UInt64] {
        tokens.map { token in
            switch token.kind {
            case .identifier: return identifierCode
            case .number: return numberCode
            case .string: return stringCode
            case .boolean: return booleanCode
            case .verbatim: return token.code
            }
        }
    }

    static let identifierCode = SwiftToken(kind: .identifier, start: 0, end: 0, line: 0).code
    static let numberCode = SwiftToken(kind: .number, start: 0, end: 0, line: 0).code
    static let stringCode = SwiftToken(kind: .string, start: 0, end: 0, line: 0).code
    static let booleanCode = SwiftToken(kind: .boolean, start: 0, end: 0, line: 0).code

    static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
        var sorted = values.sorted()
        var write = 0
        for read in sorted.indices where read == 0 || sorted[read] != sorted[read - 1] {
            sorted[write] = sorted[read]
            write += 1
        }
        sorted.removeLast(sorted.count - write)
        return sorted
    }
}
