import Foundation
import Testing
@testable import RLGrader

@Suite struct SubmissionDiscoveryTests {
    func folder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "rlgrade-discovery-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func plainFoldersAreStudentsAndNestedFilesAreFound() throws {
        let root = folder("plain")
        try write("struct A {}", root + "/bob/HW2Solution.swift")
        try write("struct A {}", root + "/alice/hw2/HW2Solution.swift")
        try write("notes", root + "/alice/README.txt")
        let found = try SubmissionDiscovery.discover(root)
        #expect(found.map(\.student) == ["alice", "bob"])
        #expect(found[0].folder == root + "/alice")
        #expect(found[0].contentHash == found[1].contentHash)  // same file name and content
    }

    @Test func gradescopeExportUsesTheMetadata() throws {
        let root = folder("gradescope")
        try write("struct A {}", root + "/submission_101/HW2Solution.swift")
        try write("struct B {}", root + "/submission_102/HW2Solution.swift")
        try write("""
            submission_101:
              :submitters:
              - :name: Alice Liddell
                :sid: 'A123'
                :email: alice@example.edu
              :created_at: 2026-11-20 23:59:00
            submission_102:
              :submitters:
              - :name: Bob
                :email: bob@example.edu
            """, root + "/submission_metadata.yml")
        let found = try SubmissionDiscovery.discover(root)
        #expect(found.map(\.student) == ["A123", "bob@example.edu"])
    }

    @Test func gradebookQuotesFields() {
        #expect(Gradebook.field("a,b") == "\"a,b\"")
        #expect(Gradebook.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Gradebook.field("plain") == "plain")
    }
}
