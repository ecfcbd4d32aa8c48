import Testing
import RLCore
@testable import RLGrader

/// The similarity detector's Swift tokeniser: what counts as a token, and what normalisation hides.
@Suite("Swift tokeniser")
struct SwiftTokenizerTests {
    func shape(_ text: String) -> [String] { SwiftTokenizer.tokenize(text).map(\.normalized) }

    @Test("Identifiers and literals become their kind; keywords, operators and punctuation stay")
    func normalisation() {
        #expect(shape("for s in 0..<mdp.stateCount where !done { total += 1.5 }") == [
            "for", "⟨id⟩", "in", "⟨num⟩", "..<", "⟨id⟩", ".", "⟨id⟩", "where", "!", "⟨id⟩", "{",
            "⟨id⟩", "+=", "⟨num⟩", "}",
        ])
        #expect(shape("let ok = true && x != nil ? \"yes\" : `default`") == [
            "let", "⟨id⟩", "=", "⟨bool⟩", "&&", "⟨id⟩", "!=", "nil", "?", "⟨str⟩", ":", "⟨id⟩",
        ])
        #expect(shape("func f(_ a: [Double]) throws -> Int { $0 }") == [
            "func", "⟨id⟩", "(", "⟨id⟩", "⟨id⟩", ":", "[", "⟨id⟩", "]", ")", "throws", "->", "⟨id⟩", "{", "⟨id⟩", "}",
        ])
    }

    @Test("Numbers: ranges, exponents, hex, underscores")
    func numbers() {
        #expect(shape("1...n") == ["⟨num⟩", "...", "⟨id⟩"])
        #expect(shape("1e-9 + 0x1F - 100_000 * 2.5E+3") == ["⟨num⟩", "+", "⟨num⟩", "-", "⟨num⟩", "*", "⟨num⟩"])
        #expect(shape("a.0.1") == ["⟨id⟩", ".", "⟨num⟩"])
        #expect(shape("x-1") == ["⟨id⟩", "-", "⟨num⟩"])
    }

    @Test("Comments (line, nested block, doc) and whitespace are not tokens")
    func comments() {
        let plain = shape("let a = b + c")
        #expect(shape("let a /* one /* nested */ still comment */ = b // tail\n   +\tc") == plain)
        #expect(shape("/// doc\nlet a = b + c /**/") == plain)
        #expect(shape("#!/usr/bin/env swift\nlet a = b + c") == plain)
        #expect(shape("let a = b /c") == ["let", "⟨id⟩", "=", "⟨id⟩", "/", "⟨id⟩"])
    }

    @Test("Strings are one token: interpolations, escapes, multi-line and raw strings")
    func strings() {
        #expect(shape(#"print("s = \(f("x)")) and \"q\"", 1)"#) == ["⟨id⟩", "(", "⟨str⟩", ",", "⟨num⟩", ")"])
        #expect(shape("let t = \"\"\"\n  line \"one\"\n  \\(a + b)\n  \"\"\"\nlet u = 1") == [
            "let", "⟨id⟩", "=", "⟨str⟩", "let", "⟨id⟩", "=", "⟨num⟩",
        ])
        #expect(shape(##"let r = #"no \(interp) "here""# + x"##) == ["let", "⟨id⟩", "=", "⟨str⟩", "+", "⟨id⟩"])
        #expect(shape("let bad = \"unterminated\nlet b = 2") == ["let", "⟨id⟩", "=", "⟨str⟩", "let", "⟨id⟩", "=", "⟨num⟩"])
    }

    @Test("Renaming, re-commenting and re-indenting leave the token shape unchanged")
    func renamingInvariance() {
        let original = """
            func sweep(values: [Double]) -> [Double] {
                var next = values   // copy
                for s in 0..<values.count { next[s] = 0.5 * values[s] }
                return next
            }
            """
        let disguised = """
            /* my own work */
            func update(v   : [Double])->[Double]
            {
              var out = v
              for state in 0..<v.count {
                  out[state] = 0.25 * v[state]   // halve it
              }
              return out
            }
            """
        #expect(shape(original) == shape(disguised))
    }

    @Test("Tokens carry their bytes and line; non-ASCII names are one identifier")
    func positions() {
        let text = "let θ = 1\n  x += \"é\""
        let tokens = SwiftTokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        #expect(tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["let", "θ", "=", "1", "x", "+=", "\"é\""])
        #expect(tokens.map(\.line) == [1, 1, 1, 1, 2, 2, 2])
        #expect(tokens[1].kind == .identifier)
    }

    @Test("Any text tokenises, and codes are stable across calls")
    func robustness() {
        for text in ["", "\"", "/*", "#", "`", "@@@ ¿ \u{0}", "\"\\(", "#\"", "0x", "a\u{301}"] {
            let tokens = SwiftTokenizer.tokenize(text)
            #expect(tokens.allSatisfy { $0.start < $0.end && $0.end <= text.utf8.count })
        }
        #expect(SwiftToken(kind: .identifier, start: 0, end: 1, line: 1).code == StableHash.fnv1a("⟨id⟩"))
        #expect(Fingerprinter.codes(SwiftTokenizer.tokenize("a + 1")) == Fingerprinter.codes(SwiftTokenizer.tokenize("zz + 7")))
    }
}
