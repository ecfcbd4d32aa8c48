import Foundation

/// The Swift compiler rlgrade uses to build submissions.
public struct Toolchain: Sendable {
    public let swiftc: String

    /// `RLGRADE_SWIFTC`, else `swiftc` on PATH, else next to the running swift.
    public static func locate() throws(GraderError) -> Toolchain {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["RLGRADE_SWIFTC"] { return Toolchain(swiftc: explicit) }
        for dir in (env["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(dir)/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return Toolchain(swiftc: candidate) }
        }
        for candidate in ["/opt/swift/usr/bin/swiftc", "/usr/bin/swiftc"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            return Toolchain(swiftc: candidate)
        }
        throw .configuration("cannot find swiftc: put the Swift toolchain on PATH or set RLGRADE_SWIFTC")
    }

    /// Runs the compiler (a trusted child: no sandbox limits) and returns its exit status and output.
    func compile(_ arguments: [String], in directory: String) throws(GraderError) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swiftc)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { throw .configuration("cannot run \(swiftc): \(error)") }
        // Read while it runs: reading after exit deadlocks once the pipe buffer fills.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The compiler's version line, part of every cache key.
    func versionLine() throws(GraderError) -> String {
        try compile(["--version"], in: FileManager.default.currentDirectoryPath).output
            .split(separator: "\n").first.map(String.init) ?? "unknown"
    }
}
