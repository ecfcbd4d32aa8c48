import Foundation
import Testing
@testable import RLGrader

/// `rlgrade similarity` end to end on a small class in a temporary folder: layouts, symbolic links,
/// the files written, escaping, and byte-identical reruns.
@Suite("Similarity run")
struct SimilarityRunTests {
    let fm = FileManager.default

    func temporary(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "rlgrade-similarity-\(name)-\(getpid())"
        try? fm.removeItem(atPath: path)
        try! fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ files: [SourceText], to folder: String) throws {
        for f in files {
            let path = folder + "/" + f.path
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try f.text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// alice: the reference; bob: alice disguised; carol: a variant; dave: the untouched starter;
    /// eve: links to files outside; mallory: a link to alice's folder; frank: a whole checkout;
    /// `x<y>&z`: carol's files under a name that needs escaping.
    func makeClass(_ name: String) throws -> String {
        let root = temporary("class-" + name)
        let reference = ComparedSubmission.files(in: TestPaths.root + "/ReferenceSolutions/hw2", homeworkID: "")
        try write(reference, to: root + "/alice")
        try write(Disguise.apply(reference), to: root + "/bob/src")
        try write(ComparedSubmission.files(in: TestPaths.root + "/ReferenceSolutions/hw2/variants/in-place-sweeps", homeworkID: ""), to: root + "/carol")
        try write(ComparedSubmission.files(in: TestPaths.root + "/Assignments/hw2", homeworkID: ""), to: root + "/dave")
        try write([SourceText(path: "Mine.swift", text: "let x = 1\n")], to: root + "/eve")
        try fm.createSymbolicLink(atPath: root + "/eve/Steal.swift", withDestinationPath: TestPaths.root + "/ReferenceSolutions/hw2/PolicyEvaluation.swift")
        try fm.createSymbolicLink(atPath: root + "/eve/more", withDestinationPath: TestPaths.root + "/ReferenceSolutions/hw2")
        try fm.createSymbolicLink(atPath: root + "/mallory", withDestinationPath: root + "/alice")
        let residual = ComparedSubmission.files(in: TestPaths.root + "/ReferenceSolutions/hw2/variants/residual-stopping-rule", homeworkID: "")
        try write([SourceText(path: "Package.swift", text: "// swift-tools-version:6.0\nlet package = 1\n"),
                   SourceText(path: "Sources/RLCore/Core.swift", text: "public struct Core { let a = 1 }\n")]
                  + residual.map { SourceText(path: "Assignments/hw2/" + $0.path, text: $0.text) }, to: root + "/frank/rlgrade")
        try write(ComparedSubmission.files(in: TestPaths.root + "/ReferenceSolutions/hw2/variants/in-place-sweeps", homeworkID: ""), to: root + "/x<y>&z")
        return root
    }

    func options(_ root: String, _ out: String) -> SimilarityOptions {
        SimilarityOptions(homeworkID: "hw2", submissionsFolder: root, outFolder: out)
    }

    func tree(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for relative in (fm.enumerator(atPath: folder)?.allObjects as? [String] ?? []) {
            var dir: ObjCBool = false
            if fm.fileExists(atPath: folder + "/" + relative, isDirectory: &dir), !dir.boolValue {
                result[relative] = fm.contents(atPath: folder + "/" + relative)
            }
        }
        return result
    }

    @Test("Reading a class: links are not followed, a whole checkout reads Assignments/hwN only")
    func reading() throws {
        let root = try makeClass(#function)
        let found = try SubmissionDiscovery.discover(root, homeworkID: "hw2")
        let read = Dictionary(uniqueKeysWithValues: found.map { ($0.student, ComparedSubmission.read(student: $0.student, folder: $0.folder, homeworkID: "hw2")) })
        #expect(read["eve"]?.files.map(\.path) == ["Mine.swift"])
        #expect(read["eve"]?.skipped.count == 2)
        #expect(read["mallory"] == nil)  // a linked student folder is not a submission
        #expect(read["frank"]?.files.map(\.path) == ["PolicyEvaluation.swift", "ValueIteration.swift"])
        #expect(read["bob"]?.files.count == 5)
    }

    @Test("The run writes the ranked pairs, pages and exports; a rerun is byte-identical")
    func run() throws {
        let root = try makeClass(#function)
        let out1 = temporary("out1"), out2 = temporary("out2")
        let workspace = Workspace(root: TestPaths.root)
        let summary = try SimilarityRun.run(workspace: workspace, options: options(root, out1))
        _ = try SimilarityRun.run(workspace: workspace, options: options(root, out2))
        let first = tree(out1)
        #expect(first == tree(out2))
        #expect(summary.submissions == 7)

        let csv = try #require(String(data: first["similarity.csv"]!, encoding: .utf8))
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[0] == ["rank", "student_a", "student_b", "shared", "percent_a", "percent_b", "fingerprints_a", "fingerprints_b", "page"])
        #expect(rows[1][1...2] == ["alice", "bob"])
        #expect(rows[1][8] == "pairs/pair-0001.html")
        #expect(!csv.contains("dave") && !csv.contains("mallory"))

        let index = try #require(String(data: first["index.html"]!, encoding: .utf8))
        #expect(index.contains("x&lt;y&gt;&amp;z") && !index.contains("x<y>"))
        #expect(index.contains("Not compared") && index.contains("symbolic link"))
        #expect(!index.contains("<script") && !index.contains("http"))
        let page = try #require(String(data: first["pairs/pair-0001.html"]!, encoding: .utf8))
        #expect(page.contains("<h1>alice ↔ bob</h1>"))
        #expect(page.contains("class=\"m c1\" id=\"a1\" href=\"#b1\"") && page.contains("id=\"b1\" href=\"#a1\""))
        #expect(!page.contains("<script"))

        #expect(first["moss/base/PolicyEvaluation.swift"] != nil && first["jplag/base/ValueIteration.swift"] != nil)
        #expect(first["moss/submissions/bob/Part5-HW2Solution.swift"] != nil)
        #expect(first["jplag/submissions/x_y__z/ValueIteration.swift"] != nil)
        #expect(first["moss/submissions/eve/Steal.swift"] == nil)
        let moss = try #require(String(data: first["moss/run-moss.sh"]!, encoding: .utf8))
        #expect(moss.contains("-d -m 10") && moss.contains("-b 'base/HW2Solution.swift'"))
        let jplag = try #require(String(data: first["jplag/run-jplag.sh"]!, encoding: .utf8))
        #expect(jplag.contains("-l swift --base-code base -r jplag-results submissions"))
        let permissions = try fm.attributesOfItem(atPath: out1 + "/moss/run-moss.sh")[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o755)

        // Rerunning into an earlier output replaces it; a folder holding something else is refused.
        _ = try SimilarityRun.run(workspace: workspace, options: options(root, out1))
        #expect(tree(out1) == first)
        let other = temporary("other")
        try "keep".write(toFile: other + "/notes.txt", atomically: true, encoding: .utf8)
        #expect(throws: GraderError.self) { try SimilarityRun.run(workspace: workspace, options: options(root, other)) }
        #expect(throws: GraderError.self) { try SimilarityRun.run(workspace: workspace, options: SimilarityOptions(homeworkID: "hw9", submissionsFolder: root, outFolder: out2)) }
        #expect(throws: GraderError.self) { try SimilarityRun.run(workspace: workspace, options: options(root, root + "/similarity")) }
    }

    @Test("Handout snippets: unlabelled and swift blocks only")
    func snippets() {
        let markdown = "text\n```sh\nswift build\n```\n```\nV ← 0\n```\n  ```swift\nlet a = 1\n  ```\n"
        #expect(BaseCode.snippets(markdown: markdown, name: "R.md") == [
            SourceText(path: "R.md#2", text: "V ← 0"), SourceText(path: "R.md#3", text: "let a = 1"),
        ])
    }

    @Test("Export folder names are safe and distinct")
    func folderNames() {
        #expect(ExportTree.folderNames(["a/b c", "a_b_c", ".hidden", "ok@x.edu", ""]) == ["a_b_c", "a_b_c-2", "student.hidden", "ok@x.edu", "student"])
    }
}
