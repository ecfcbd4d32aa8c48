import Foundation
import Testing
@testable import RLGrader

/// Which files of an upload are graded (the same rules for students, `pack`, `grade` and `batch`).
@Suite struct SubmissionSourcesTests {
    func folder(_ name: String) -> String {
        let path = NSTemporaryDirectory() + "rlgrade-sources-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: path)
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func write(_ text: String, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aWholeCheckoutIsGradedFromItsHomeworkFolderOnly() throws {
        let root = folder("checkout")
        try write("// manifest", root + "/Package.swift")
        try write("struct Core {}", root + "/Sources/RLCore/Core.swift")
        try write("struct T {}", root + "/Tests/RLCoreTests/T.swift")
        try write("struct HW1Solution {}", root + "/Assignments/hw1/HW1Solution.swift")
        try write("struct HW2Solution {}", root + "/Assignments/hw2/HW2Solution.swift")
        try write("struct Extra {}", root + "/Assignments/hw2/Helpers/Extra.swift")
        try write("junk", root + "/Assignments/hw2/.build/x.swift")
        let sources = try SubmissionSources.collect(root, homeworkID: "hw2")
        #expect(sources.files.map(\.relativePath) == ["HW2Solution.swift", "Helpers/Extra.swift"])
        #expect(sources.base.hasSuffix("/Assignments/hw2"))
    }

    @Test func macOSMetadataAndTheManifestAreIgnored() throws {
        let root = folder("zip")
        try write("struct HW2Solution {}", root + "/hw2/HW2Solution.swift")
        try write("\u{0}\u{5}binary", root + "/hw2/._HW2Solution.swift")
        try write("\u{0}\u{5}binary", root + "/__MACOSX/hw2/._HW2Solution.swift")
        try write("// package", root + "/hw2/Package.swift")
        let sources = try SubmissionSources.collect(root, homeworkID: "hw2")
        #expect(sources.files.map(\.relativePath) == ["HW2Solution.swift"])
        #expect(sources.skipped.contains { $0.contains("._HW2Solution.swift") })
        #expect(sources.skipped.contains { $0.contains("Package.swift") })
    }

    @Test func linksAreNeverFollowed() throws {
        let root = folder("links")
        let outside = folder("links-outside")
        try write("struct Secret {}", outside + "/Secret.swift")
        try write("struct HW2Solution {}", root + "/HW2Solution.swift")
        try FileManager.default.createSymbolicLink(atPath: root + "/Linked.swift", withDestinationPath: outside + "/Secret.swift")
        try FileManager.default.createSymbolicLink(atPath: root + "/folder", withDestinationPath: outside)
        let sources = try SubmissionSources.collect(root, homeworkID: "hw2")
        #expect(sources.files.map(\.relativePath) == ["HW2Solution.swift"])
        #expect(sources.skipped.count == 2)
        #expect(sources.skipped.allSatisfy { $0.contains("symbolic link") })
    }

    @Test func tooMuchSourceIsAClearFailure() throws {
        let root = folder("large")
        try write(String(repeating: "// padding\n", count: 120_000), root + "/Big.swift")
        #expect(throws: BuildFailure.self) { try SubmissionSources.collect(root, homeworkID: "hw2") }
        do { _ = try SubmissionSources.collect(root, homeworkID: "hw2") } catch {
            #expect(error.description.contains("KiB"))
        }
    }

    @Test func aMissingFolderIsNamed() {
        #expect(throws: BuildFailure.missingFolder("/no/such/folder")) {
            try SubmissionSources.collect("/no/such/folder", homeworkID: "hw2")
        }
    }

    @Test func anOverlayReplacesFilesByName() throws {
        let root = folder("overlay")
        let overlay = folder("overlay-mutant")
        try write("struct A { let v = 1 }", root + "/A.swift")
        try write("struct B {}", root + "/Sub/B.swift")
        try write("struct B { let mutated = true }", overlay + "/B.swift")
        try write("{}", overlay + "/manifest.json")
        let sources = try SubmissionSources.collect(root, homeworkID: "hw2").overlaid(with: overlay)
        #expect(sources.files.map(\.relativePath) == ["A.swift", "Sub/B.swift"])
        #expect(String(decoding: sources.files[1].contents, as: UTF8.self).contains("mutated"))
    }

    @Test func theContentHashIsStableAndSensitive() throws {
        let a = folder("hash-a"), b = folder("hash-b")
        try write("struct X {}", a + "/X.swift")
        try write("struct X {}", b + "/X.swift")
        let ha = try SubmissionSources.collect(a, homeworkID: "hw2").contentHash
        #expect(ha == (try SubmissionSources.collect(b, homeworkID: "hw2").contentHash))
        try write("struct X { }", b + "/X.swift")
        #expect(ha != (try SubmissionSources.collect(b, homeworkID: "hw2").contentHash))
    }
}

/// Two graders on one machine never share a block of child uids (the sandbox kills a child's uid
/// after every check, so a shared uid would kill the other grader's children).
@Suite("UID blocks")
struct UIDBlockTests {
    @Test("A block whose lock is held is skipped; the lease is per claim")
    func blocksAreExclusive() throws {
        let folder = NSTemporaryDirectory() + "rlgrade-uid-test-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let a = UIDBlock.claim(in: folder, start: 7)
        let b = UIDBlock.claim(in: folder, start: 7)
        let c = UIDBlock.claim(in: folder, start: UIDBlock.count - 1)
        #expect(a == 7 && b == 8)
        #expect(c == UIDBlock.count - 1)
        #expect(UIDBlock.claim(in: folder, start: UIDBlock.count - 1) == 0)  // wraps around
        #expect(UIDBlock.claim(in: nil, start: 5) == 5)
    }
}
