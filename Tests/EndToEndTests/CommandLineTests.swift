import Foundation
import Testing

/// The `rlgrade` executable: usage, exit codes, whole outputs.
@Suite struct CommandLineTests {
    static let root = HW0PipelineTests.root

    /// Runs the built executable and returns (status, stdout, stderr).
    func run(_ arguments: [String]) throws -> (Int32, String, String) {
        let executable = Bundle.main.bundleURL.appendingPathComponent("rlgrade").path
        let fallback = Self.root + "/.build/debug/rlgrade"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: executable) ? executable : fallback)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Self.root)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test func unknownCommandPrintsOneLineAndAPointerToHelp() throws {
        let (status, out, err) = try run(["frobnicate"])
        #expect(status == 2)
        #expect(out.isEmpty)
        #expect(err == "rlgrade: unknown command frobnicate\nsee `rlgrade help`\n")
    }

    @Test func unknownFlagExits2() throws {
        let (status, _, err) = try run(["hw0", "--frobnicate"])
        #expect(status == 2)
        #expect(err.contains("unknown option --frobnicate"))
    }

    @Test func helpAndVersion() throws {
        let (status, out, _) = try run(["--help"])
        #expect(status == 0 && out.contains("rlgrade hwN [PATH]"))
        let (vstatus, vout, _) = try run(["--version"])
        #expect(vstatus == 0 && vout.hasPrefix("rlgrade "))
    }

    @Test func listShowsHomeworksAndChecks() throws {
        let (status, out, _) = try run(["list", "hw0"])
        #expect(status == 0)
        #expect(out.contains("hw0.discounted-return.fixtures  (2 pt, public)"))
    }

    @Test func gradingTheReferenceExitsZeroAndTheStarterOne() throws {
        let (status, out, _) = try run(["hw0", "ReferenceSolutions/hw0", "--json"])
        #expect(status == 0)
        #expect(out.contains(#""status" : "passed""#))
        let (starterStatus, starterOut, _) = try run(["hw0"])
        #expect(starterStatus == 1)
        #expect(starterOut.contains("is not implemented yet"))
    }

    @Test func unknownOnlyIDIsAUsageError() throws {
        let (status, _, err) = try run(["hw0", "--only", "hw0.nope"])
        #expect(status == 2)
        #expect(err.contains("--only hw0.nope: no such check"))
        #expect(!err.contains("compiling"))  // checked before anything is compiled
    }
}
