import Foundation
import Testing

/// `rlgrade similarity` through the built executable: output, files, and usage errors.
@Suite struct SimilarityCommandTests {
    @Test func ranksACopyFirstAndWritesTheReport() throws {
        let fm = FileManager.default
        let work = NSTemporaryDirectory() + "rlgrade-similarity-cli-\(getpid())"
        try? fm.removeItem(atPath: work)
        let reference = CommandLineTests.root + "/ReferenceSolutions/hw2"
        for student in ["alice", "bob", "carol"] { try fm.createDirectory(atPath: "\(work)/class/\(student)", withIntermediateDirectories: true) }
        for name in try fm.contentsOfDirectory(atPath: reference).sorted() where name.hasSuffix(".swift") {
            let text = try String(contentsOfFile: reference + "/" + name, encoding: .utf8)
            try text.write(toFile: "\(work)/class/alice/\(name)", atomically: true, encoding: .utf8)
            let renamed = text.replacingOccurrences(of: "values", with: "table").replacingOccurrences(of: "delta", with: "change")
            try renamed.write(toFile: "\(work)/class/bob/Copy\(name)", atomically: true, encoding: .utf8)
        }
        let starter = CommandLineTests.root + "/Assignments/hw2/ValueIteration.swift"
        try fm.copyItem(atPath: starter, toPath: "\(work)/class/carol/ValueIteration.swift")

        let (status, out, err) = try CommandLineTests().run(["similarity", "hw2", work + "/class", "--out", work + "/out", "--jobs", "2"])
        #expect(status == 0, "\(err)")
        #expect(out.contains("3 submissions, 1 pair shares code"))
        #expect(out.contains("1. alice ↔ bob: "))
        #expect(fm.fileExists(atPath: work + "/out/pairs/pair-0001.html"))
        #expect(fm.fileExists(atPath: work + "/out/moss/run-moss.sh") && fm.fileExists(atPath: work + "/out/jplag/run-jplag.sh"))
    }

    @Test func usageErrorsExit2() throws {
        let (status, _, err) = try CommandLineTests().run(["similarity", "hw2"])
        #expect(status == 2 && err.contains("usage: rlgrade similarity hwN SUBMISSIONS_DIR --out DIR"))
        let (status2, _, err2) = try CommandLineTests().run(["similarity", "hw2", "/tmp", "--out", "/tmp/x", "--max-share", "2"])
        #expect(status2 == 2 && err2.contains("--max-share expects a fraction"))
        let (status3, _, err3) = try CommandLineTests().run(["similarity", "hw2", "/nonexistent-class", "--out", "/tmp/rlgrade-similarity-none"])
        #expect(status3 == 2 && err3.contains("is not a folder of submissions"))
    }
}
