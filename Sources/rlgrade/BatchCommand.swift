import Foundation
import RLGrader

/// `rlgrade batch hwN SUBMISSIONS_DIR --out DIR [--jobs N] [--shard I/N]`.
enum BatchCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        var list = ArgumentList(items: arguments)
        var positionals: [String] = []
        var out: String?
        var jobs = ProcessInfo.processInfo.activeProcessorCount
        var shard: (Int, Int)?
        var allowWeakIsolation = false
        var student: String?
        var force = false
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            switch item {
            case "--out": out = try list.value(for: item)
            case "--allow-weak-isolation": allowWeakIsolation = true
            case "--jobs":
                let text = try list.value(for: item)
                guard let n = Int(text), n >= 1 else { throw .usage("--jobs expects a positive integer, got \(text)") }
                jobs = n
            case "--shard":
                let text = try list.value(for: item)
                let parts = text.split(separator: "/").compactMap { Int($0) }
                guard parts.count == 2, parts[1] >= 1, parts[0] >= 1, parts[0] <= parts[1] else {
                    throw .usage("--shard expects I/N with 1 ≤ I ≤ N, got \(text)")
                }
                shard = (parts[0], parts[1])
            case "--student": student = try list.value(for: item)
            case "--force": force = true
            default:
                if item.hasPrefix("-") { throw .usage("unknown option \(item)") }
                positionals.append(item)
            }
        }
        guard positionals.count == 2, let out else {
            throw .usage("usage: rlgrade batch hwN SUBMISSIONS_DIR --out DIR [--jobs N] [--shard I/N] [--student ID] [--force]")
        }
        guard FileManager.default.fileExists(atPath: GradeCommand.absolute(positionals[1])) else {
            throw .usage("\(positionals[1]) does not exist: pass the folder of submissions (one subfolder per student)")
        }
        let workspace = try Workspace.locate()
        var options = BatchOptions(
            homeworkID: positionals[0], submissionsFolder: GradeCommand.absolute(positionals[1]),
            outFolder: GradeCommand.absolute(out), jobs: jobs, shard: shard)
        try IsolationGate.requireForGrading(
            allowWeak: allowWeakIsolation, protecting: [workspace.root, options.submissionsFolder, options.outFolder])
        options.student = student
        options.force = force
        InterruptHandler.install()
        let display = ProgressDisplay(isTTY: isatty(2) == 1)
        let final = try BatchRunner(workspace: workspace, options: options).run { display.update($0) }
        display.finish(final)
        print("gradebook: \(options.outFolder)/gradebook.csv\nsummary:   \(options.outFolder)/summary.md")
        print("dashboard: \(options.outFolder)/index.html")
        return 0
    }
}

/// `rlgrade merge DIR... --out DIR`.
enum MergeCommand {
    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        var list = ArgumentList(items: arguments)
        var folders: [String] = []
        var out: String?
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            if item == "--out" { out = try list.value(for: item) } else if item.hasPrefix("-") { throw .usage("unknown option \(item)") } else {
                folders.append(GradeCommand.absolute(item))
            }
        }
        guard !folders.isEmpty, let out else { throw .usage("usage: rlgrade merge SHARD_DIR... --out DIR") }
        let count = try ShardMerge.merge(shardFolders: folders, out: GradeCommand.absolute(out), workspace: try Workspace.locate())
        print("merged \(folders.count) shards, \(count) students: \(GradeCommand.absolute(out))/gradebook.csv, summary.md, index.html, results/")
        return 0
    }
}

/// Progress on stderr: a bar on a TTY, plain lines every 10% (or 30 s) otherwise.
final class ProgressDisplay: @unchecked Sendable {
    let isTTY: Bool
    private let lock = NSLock()
    private var lastPlain = Date.distantPast
    private var lastDecile = -1

    init(isTTY: Bool) { self.isTTY = isTTY }

    func update(_ p: BatchProgress) {
        lock.lock()
        defer { lock.unlock() }
        if isTTY {
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(p.line(columns: Self.columns))".utf8))
        } else {
            let decile = p.total == 0 ? 10 : p.done * 10 / p.total
            if decile != lastDecile || Date().timeIntervalSince(lastPlain) > 30 {
                lastDecile = decile
                lastPlain = Date()
                FileHandle.standardError.write(Data("rlgrade batch: \(p.text)\n".utf8))
            }
        }
    }

    /// The terminal's width (COLUMNS), at most 80.
    static var columns: Int { min(80, Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80) }

    func finish(_ p: BatchProgress) {
        if isTTY { FileHandle.standardError.write(Data("\n".utf8)) }
        FileHandle.standardError.write(Data("rlgrade batch: done, \(p.total) submissions (\(p.reused) reused, \(p.failures) not passing)\n".utf8))
        // A figure for the TA (wall clock; never part of a report).
        let graded = p.done - p.reused
        if graded > 0, p.elapsedSeconds > 0 {
            let perMinute = Double(graded) / p.elapsedSeconds * 60
            FileHandle.standardError.write(Data("rlgrade batch: throughput \(String(format: "%.1f", perMinute)) submissions/min (\(graded) graded in \(String(format: "%.1f", p.elapsedSeconds)) s)\n".utf8))
        }
    }
}

/// Ctrl-C / SIGTERM: stop at once. Every result already written is complete (written atomically);
/// children die with the parent (parent-death signal); a rerun resumes where this stopped.
enum InterruptHandler {
    nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []

    static func install() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                FileHandle.standardError.write(Data("\nrlgrade: interrupted; finished results are kept — rerun the same command to resume\n".utf8))
                exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }
}
