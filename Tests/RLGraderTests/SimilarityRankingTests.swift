import Foundation
import Testing
@testable import RLGrader

/// The similarity ranking on real files: the references, variants and starters of the homeworks.
@Suite("Similarity ranking")
struct SimilarityRankingTests {
    static let homeworks = ["hw0", "hw1", "hw2", "hw3", "hw4"]

    static func files(_ folder: String) -> [SourceText] { ComparedSubmission.files(in: folder, homeworkID: "") }
    static func referenceFolder(_ hw: String) -> String { TestPaths.root + "/ReferenceSolutions/" + hw }
    static func variants(_ hw: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: referenceFolder(hw) + "/variants")) ?? []).sorted()
    }

    /// The reference with a variant's files in place of the reference's: a complete correct submission.
    static func variantSubmission(_ hw: String, _ variant: String) -> ComparedSubmission {
        var byName: [String: SourceText] = [:]
        for f in files(referenceFolder(hw)) { byName[f.path] = f }
        for f in files(referenceFolder(hw) + "/variants/" + variant) { byName[f.path] = f }
        return ComparedSubmission(student: variant, files: byName.keys.sorted().map { byName[$0]! })
    }

    static func reference(_ hw: String) -> ComparedSubmission {
        ComparedSubmission(student: "reference", files: files(referenceFolder(hw)))
    }

    static func base(_ hw: String) -> BaseCode {
        BaseCode.load(workspace: Workspace(root: TestPaths.root), homeworkID: hw)
    }

    static func analyse(_ hw: String, _ submissions: [ComparedSubmission]) -> SimilarityAnalysis {
        SimilarityAnalysis(submissions: submissions, base: base(hw), options: SimilarityOptions(homeworkID: hw, submissionsFolder: "", outFolder: ""))
    }

    static func ownFiles(_ hw: String, _ variant: String) -> ComparedSubmission {
        ComparedSubmission(student: variant, files: files(referenceFolder(hw) + "/variants/" + variant))
    }

    static let copyCases: [(String, String)] = homeworks.flatMap { hw in variants(hw).map { (hw, $0) } }

    /// The class is every variant of the homework (each its own files: what its "student" wrote) and
    /// the disguised copy of one of them.
    @Test("A renamed, reordered copy of a variant ranks first against its original", arguments: copyCases)
    func copyRanksFirst(hw: String, variant: String) throws {
        let original = Self.ownFiles(hw, variant)
        let copy = ComparedSubmission(student: "zz-copy", files: Disguise.apply(original.files))
        #expect(copy.files.map(\.text) != original.files.map(\.text))
        let analysis = Self.analyse(hw, Self.variants(hw).map { Self.ownFiles(hw, $0) } + [copy])
        // Among the pairs with the copy, the original comes first (variants that copy another
        // part of the reference from each other may share more between themselves).
        let withCopy = analysis.pairs.filter { analysis.submissions[$0.second].student == "zz-copy" || analysis.submissions[$0.first].student == "zz-copy" }
        let top = try #require(withCopy.first, "no pair shares anything")
        let names = [analysis.submissions[top.first].student, analysis.submissions[top.second].student].sorted { a, _ in a != "zz-copy" }
        // Hyper-parameter variants (the same file with other constants) are the same code once
        // literals are normalised: a tie with one of them is still "first against its original".
        let twins = Set(analysis.pairs.filter { $0.firstPercent >= 95 && $0.secondPercent >= 95 }.flatMap {
            [analysis.submissions[$0.first].student, analysis.submissions[$0.second].student]
        }.filter { $0 != "zz-copy" })
        let sameCode = twins.contains(variant) ? twins : [variant]
        #expect(names.last == "zz-copy" && sameCode.contains(names[0]), "\(names)")
        // Most of the original is found in the copy (the copy has a few new k-grams where its
        // reordered functions meet, so its own share is a little lower).
        #expect(top.firstPercent >= 80)
    }

    static let independentPairs: [(String, String, String)] = [
        ("hw1", "iterative-evaluation", "q-linear-system"),
        ("hw1", "occupancy-power-series", "unvisited-first-action"),
        ("hw2", "in-place-sweeps", "residual-stopping-rule"),
        ("hw2", "highest-index-tie-break", "q-based-policy-iteration"),
        ("hw3", "expected-sarsa", "random-tie-break"),
        ("hw4", "n-step-returns", "vectorised"),
    ]

    @Test("Two independent correct variants (their own files only) score low", arguments: independentPairs)
    func independentVariantsScoreLow(hw: String, a: String, b: String) throws {
        let analysis = Self.analyse(hw, [Self.ownFiles(hw, a), Self.ownFiles(hw, b)])
        let pair = analysis.pairs.first
        #expect(max(pair?.firstPercent ?? 0, pair?.secondPercent ?? 0) < 25)
    }

    @Test("The starter alone shares nothing with anyone", arguments: homeworks)
    func starterSharesNothing(hw: String) {
        let starter = ComparedSubmission(student: "starter", files: Self.files(TestPaths.root + "/Assignments/" + hw))
        #expect(!starter.files.isEmpty)
        let class_ = [starter, Self.reference(hw)] + Self.variants(hw).map { Self.variantSubmission(hw, $0) }
        let analysis = Self.analyse(hw, class_)
        let s = analysis.submissions.firstIndex { $0.student == "starter" }!
        #expect(analysis.index.retained[s].isEmpty)
        #expect(analysis.index.baseRemoved[s] > 0)
        #expect(!analysis.pairs.contains { $0.first == s || $0.second == s })
    }
}

/// What a student hiding a copy does: renames every local name (`let`, `var`, `for` bindings and
/// closure parameters), reverses the order of the functions in each file, and renames the files so
/// their order reverses too.
enum Disguise {
    static func apply(_ files: [SourceText]) -> [SourceText] {
        files.enumerated().map { i, file in
            SourceText(path: "Part\(files.count - i)-" + file.path, text: reorderMembers(rename(file.text)))
        }
    }

    static func rename(_ text: String) -> String {
        let tokens = SwiftTokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        func word(_ t: SwiftToken) -> String { String(decoding: bytes[t.start..<t.end], as: UTF8.self) }
        var declared: [String] = []
        var inPattern = false
        for (i, t) in tokens.enumerated() {
            if case .verbatim(let v) = t.kind {
                if v == "for" || v == "{" { inPattern = true } else if v == "in" || v == "=" || v == ":" { inPattern = false }
                if v == "let" || v == "var", i + 1 < tokens.count, tokens[i + 1].kind == .identifier { declared.append(word(tokens[i + 1])) }
            } else if t.kind == .identifier, inPattern, i > 0, tokens[i - 1].kind != .verbatim(".") {
                let w = word(t)
                if w != "_" && !w.hasPrefix("$") && w.first!.isLowercase { declared.append(w) }
            }
        }
        let renamed = Dictionary(declared.map { ($0, "renamed_" + $0.reversed()) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        var at = 0
        for t in tokens where t.kind == .identifier {
            guard let new = renamed[word(t)], t.start == 0 || bytes[t.start - 1] != UInt8(ascii: ".") else { continue }
            out += String(decoding: bytes[at..<t.start], as: UTF8.self) + new
            at = t.end
        }
        return out + String(decoding: bytes[at...], as: UTF8.self)
    }

    /// Reverses the members of the first top-level declaration with two or more (each member with the
    /// comments above it).
    static func reorderMembers(_ text: String) -> String {
        let tokens = SwiftTokenizer.tokenize(text)
        let bytes = Array(text.utf8)
        func lineEnd(_ i: Int) -> Int {
            var j = i
            while j < bytes.count, bytes[j] != 10 { j += 1 }
            return min(j + 1, bytes.count)
        }
        var depth = 0
        var open: Int?
        var cuts: [Int] = []
        for t in tokens {
            guard case .verbatim(let v) = t.kind else { continue }
            if v == "{" {
                depth += 1
                if depth == 1, open == nil { open = lineEnd(t.start) }
            } else if v == "}" {
                depth -= 1
                if depth == 1, open != nil { cuts.append(lineEnd(t.start)) }
                if depth == 0, open != nil { break }
            }
        }
        guard let open, cuts.count >= 2 else { return text }
        var members: [String] = []
        var from = open
        for cut in cuts {
            members.append(String(decoding: bytes[from..<cut], as: UTF8.self))
            from = cut
        }
        let head = String(decoding: bytes[..<open], as: UTF8.self)
        let tail = String(decoding: bytes[from...], as: UTF8.self)
        return head + members.reversed().map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined() + tail
    }
}
