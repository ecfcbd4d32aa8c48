/// Splits Swift source text into normalised tokens for the similarity detector.
///
/// A lexer, not a parser: it never fails. Comments (`//`, nested `/* */`, a leading `#!` line) and
/// whitespace are dropped; identifiers (including `` `name` `` and `$0`), numbers, strings (plain,
/// multi-line `"""`, raw `#"…"#`, with interpolations skipped as part of the string) and Booleans
/// become their kind; keywords, operators (longest run, `..<` and `...` included) and punctuation are
/// kept verbatim. Unknown bytes are single-character tokens, so any text tokenises.
public enum SwiftTokenizer {
    /// The tokens of `text`, in order.
    public static func tokenize(_ text: String) -> [SwiftToken] {
        var lexer = Lexer(bytes: Array(text.utf8))
        return lexer.run()
    }

    /// Keywords kept verbatim (everything else that looks like a name is an identifier).
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch",
        "where", "while", "as", "catch", "is", "nil", "self", "Self", "super", "throw", "throws", "try",
        "mutating", "nonmutating", "lazy", "weak", "unowned", "final", "override", "required",
        "convenience", "indirect", "some", "any", "async", "await", "consuming", "borrowing",
        "nonisolated", "sending",
    ]

    struct Lexer {
        let bytes: [UInt8]
        var i = 0
        var line = 1
        var tokens: [SwiftToken] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        func peek(_ offset: Int = 0) -> UInt8? {
            i + offset < bytes.count ? bytes[i + offset] : nil
        }

        mutating func advance() {
            if bytes[i] == UInt8(ascii: "\n") { line += 1 }
            i += 1
        }

        mutating func run() -> [SwiftToken] {
            if peek() == UInt8(ascii: "#"), peek(1) == UInt8(ascii: "!") { skipLine() }
            while let c = peek() {
                let start = i
                let startLine = line
                if isWhitespace(c) {
                    advance()
                } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") {
                    skipLine()
                } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                    skipBlockComment()
                } else if c == UInt8(ascii: "\"") || (c == UInt8(ascii: "#") && startsRawString()) {
                    skipString()
                    emit(.string, start, startLine)
                } else if isDigit(c) {
                    skipNumber()
                    emit(.number, start, startLine)
                } else if c == UInt8(ascii: "`") {
                    advance()
                    while let d = peek(), d != UInt8(ascii: "`"), d != UInt8(ascii: "\n") { advance() }
                    if peek() == UInt8(ascii: "`") { advance() }
                    emit(.identifier, start, startLine)
                } else if isIdentifierHead(c) || (c == UInt8(ascii: "$") && peek(1).map(isIdentifierBody) == true) {
                    advance()
                    while let d = peek(), isIdentifierBody(d) { advance() }
                    let word = String(decoding: bytes[start..<i], as: UTF8.self)
                    if word == "true" || word == "false" {
                        emit(.boolean, start, startLine)
                    } else if SwiftTokenizer.keywords.contains(word) {
                        emit(.verbatim(word), start, startLine)
                    } else {
                        emit(.identifier, start, startLine)
                    }
                } else if c == UInt8(ascii: "."), peek(1) == UInt8(ascii: ".") {
                    while peek() == UInt8(ascii: ".") { advance() }
                    skipOperatorCharacters()
                    emitVerbatim(start, startLine)
                } else if isOperatorCharacter(c) {
                    skipOperatorCharacters()
                    emitVerbatim(start, startLine)
                } else {
                    advance()
                    while let d = peek(), d & 0xC0 == 0x80 { advance() }  // the rest of a UTF-8 sequence
                    emitVerbatim(start, startLine)
                }
            }
            return tokens
        }

        mutating func emit(_ kind: SwiftToken.Kind, _ start: Int, _ startLine: Int) {
            tokens.append(SwiftToken(kind: kind, start: start, end: i, line: startLine))
        }

        mutating func emitVerbatim(_ start: Int, _ startLine: Int) {
            emit(.verbatim(String(decoding: bytes[start..<i], as: UTF8.self)), start, startLine)
        }

        mutating func skipLine() {
            while let c = peek(), c != UInt8(ascii: "\n") { advance() }
        }

        mutating func skipBlockComment() {
            var depth = 0
            while let c = peek() {
                if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                    depth += 1
                    advance(); advance()
                } else if c == UInt8(ascii: "*"), peek(1) == UInt8(ascii: "/") {
                    depth -= 1
                    advance(); advance()
                    if depth == 0 { return }
                } else {
                    advance()
                }
            }
        }

        /// `#…#"`: a raw string opens here.
        func startsRawString() -> Bool {
            var j = i
            while j < bytes.count, bytes[j] == UInt8(ascii: "#") { j += 1 }
            return j < bytes.count && bytes[j] == UInt8(ascii: "\"")
        }

        /// Skips a string literal starting at `i` (at `#` or `"`), interpolations included.
        mutating func skipString() {
            var hashes = 0
            while peek() == UInt8(ascii: "#") { hashes += 1; advance() }
            let multiline = peek() == UInt8(ascii: "\"") && peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
            let quotes = multiline ? 3 : 1
            for _ in 0..<quotes { advance() }
            while let c = peek() {
                if c == UInt8(ascii: "\n") && !multiline { return }  // unterminated: stop at the line end
                if c == UInt8(ascii: "\\") && hashesFollow(hashes, at: i + 1) {
                    for _ in 0...hashes { advance() }
                    if peek() == UInt8(ascii: "(") {
                        skipInterpolation()
                    } else if peek() != nil {
                        advance()
                    }
                    continue
                }
                if c == UInt8(ascii: "\"") && closes(quotes: quotes, hashes: hashes) {
                    for _ in 0..<(quotes + hashes) { advance() }
                    return
                }
                advance()
            }
        }

        func hashesFollow(_ count: Int, at j: Int) -> Bool {
            guard j + count <= bytes.count else { return false }
            return (0..<count).allSatisfy { bytes[j + $0] == UInt8(ascii: "#") }
        }

        func closes(quotes: Int, hashes: Int) -> Bool {
            guard i + quotes + hashes <= bytes.count else { return false }
            for q in 0..<quotes where bytes[i + q] != UInt8(ascii: "\"") { return false }
            return hashesFollow(hashes, at: i + quotes)
        }

        /// Skips `( … )` of an interpolation, with nested parentheses, strings and comments.
        mutating func skipInterpolation() {
            var depth = 0
            while let c = peek() {
                if c == UInt8(ascii: "(") {
                    depth += 1
                    advance()
                } else if c == UInt8(ascii: ")") {
                    depth -= 1
                    advance()
                    if depth == 0 { return }
                } else if c == UInt8(ascii: "\"") || (c == UInt8(ascii: "#") && startsRawString()) {
                    skipString()
                } else if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "*") {
                    skipBlockComment()
                } else {
                    advance()
                }
            }
        }

        /// Digits, letters, `_`, exponents with a sign, and `.` only when a digit follows (so
        /// `0..<n` is a number, an operator and a name).
        mutating func skipNumber() {
            while let c = peek() {
                if isDigit(c) || isLetter(c) || c == UInt8(ascii: "_") {
                    let exponent = c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || c == UInt8(ascii: "p") || c == UInt8(ascii: "P")
                    advance()
                    if exponent, let s = peek(), s == UInt8(ascii: "-") || s == UInt8(ascii: "+"), peek(1).map(isDigit) == true {
                        advance()
                    }
                } else if c == UInt8(ascii: "."), peek(1).map(isDigit) == true {
                    advance()
                } else {
                    return
                }
            }
        }

        mutating func skipOperatorCharacters() {
            while let c = peek(), isOperatorCharacter(c) {
                if c == UInt8(ascii: "/"), peek(1) == UInt8(ascii: "/") || peek(1) == UInt8(ascii: "*") { return }
                advance()
            }
        }

        func isWhitespace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C || c == 0 }
        func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") }
        /// Letters, `_` and any non-ASCII byte (Swift allows `θ`, `γ` … in names).
        func isIdentifierHead(_ c: UInt8) -> Bool { isLetter(c) || c == UInt8(ascii: "_") || c >= 0x80 }
        func isIdentifierBody(_ c: UInt8) -> Bool { isIdentifierHead(c) || isDigit(c) }
        func isOperatorCharacter(_ c: UInt8) -> Bool {
            switch c {
            case UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "!"),
                UInt8(ascii: "*"), UInt8(ascii: "%"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
                UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "?"):
                return true
            default:
                return false
            }
        }
    }
}
