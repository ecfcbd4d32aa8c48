import RLCore

/// One token of a Swift source file, as the similarity detector sees it.
///
/// The detector compares the *shape* of code, not its names: every identifier becomes the same
/// kind, every number, string and Boolean literal becomes its literal kind, and keywords, operators
/// and punctuation stay themselves. Comments and whitespace are not tokens at all. So renaming
/// variables, editing comments or re-indenting leaves the token sequence unchanged.
public struct SwiftToken: Sendable, Equatable {
    /// What the token is after normalisation.
    public enum Kind: Sendable, Equatable {
        /// A name (`values`, `HW2Solution`, `$0`, `` `default` ``): all names are equal.
        case identifier
        /// An integer or floating-point literal (`0`, `1e-9`, `0x1F`, `100_000`).
        case number
        /// A string literal, with any interpolations inside it (`"s = \(s)"`, `#"raw"#`, `"""…"""`).
        case string
        /// `true` or `false`.
        case boolean
        /// A keyword (`for`, `let`, `where`, …), operator (`+=`, `..<`) or punctuation (`{`, `.`),
        /// kept as written.
        case verbatim(String)
    }

    public var kind: Kind
    /// The token's bytes in the file's UTF-8 text: `start..<end`.
    public var start: Int
    public var end: Int
    /// The 1-based line of the token's first byte.
    public var line: Int

    public init(kind: Kind, start: Int, end: Int, line: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.line = line
    }

    /// The normalised text the fingerprints are built from (`⟨id⟩`, `⟨num⟩`, `⟨str⟩`, `⟨bool⟩`, or
    /// the token itself).
    public var normalized: String {
        switch kind {
        case .identifier: return "⟨id⟩"
        case .number: return "⟨num⟩"
        case .string: return "⟨str⟩"
        case .boolean: return "⟨bool⟩"
        case .verbatim(let text): return text
        }
    }

    /// A stable 64-bit code of `normalized` (RLCore's FNV-1a): equal tokens have equal codes on
    /// every run and platform.
    public var code: UInt64 { StableHash.fnv1a(normalized) }
}
