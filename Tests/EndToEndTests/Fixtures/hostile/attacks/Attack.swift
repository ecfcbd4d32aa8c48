import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Shared by the attacks (HostileSubmissionTests copies the attacks a submission uses next to a
/// generated HW0Solution.swift, with the @@…@@ placeholders replaced by the paths of the grader
/// under test).
enum Attack {
    static let root = "@@ROOT@@"
    static let cache = "@@CACHE@@"
    static let graderPID = Int32("@@GRADER_PID@@") ?? 0
    static let out = "@@OUT@@"
    static let port = UInt16("@@PORT@@") ?? 0
    static let mark = "@@MARK@@"

    /// Set by any attack that got through. Printing alone would prove nothing (what a submission
    /// prints never reaches a report), so an attack that succeeded also changes the answer: the
    /// score then shows it (an honest attack's answers turn wrong; a relay's turn right).
    nonisolated(unsafe) static var anySucceeded = false

    static func succeeded(_ what: String) {
        anySucceeded = true
        print("ATTACK-SUCCEEDED: \(what)")
        FileHandle.standardError.write(Data("ATTACK-SUCCEEDED: \(what)\n".utf8))
    }

    static func canRead(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return false }
        var byte: UInt8 = 0
        let n = read(fd, &byte, 1)
        close(fd)
        return n >= 0
    }

    static func canList(_ path: String) -> [String]? { try? FileManager.default.contentsOfDirectory(atPath: path) }

    /// Opens for writing without changing anything.
    static func canOpenForWriting(_ path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    static func canCreate(_ path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    /// The honest answer (the attacks that are not about forging keep full marks).
    static func discountedReturn(_ rewards: [Double], _ gamma: Double) -> Double {
        var total = 0.0, discount = 1.0
        for r in rewards { total += discount * r; discount *= gamma }
        return total
    }

    /// Runs `body` once per process and attack (a runner answers several inputs).
    nonisolated(unsafe) static var done: Set<String> = []
    static func once(file: String = #fileID, _ body: () -> Void) {
        if done.contains(file) { return }
        done.insert(file)
        body()
    }
}

@_silgen_name("fork") func attackFork() -> Int32
@_silgen_name("ptrace") func attackPtrace(_ request: Int32, _ pid: Int32, _ addr: UnsafeMutableRawPointer?, _ data: UnsafeMutableRawPointer?) -> Int
@_silgen_name("prctl") func attackPrctl(_ option: Int32, _ arg: UnsafePointer<CChar>) -> Int32
