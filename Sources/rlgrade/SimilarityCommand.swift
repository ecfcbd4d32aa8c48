import Foundation
import RLGrader

/// `rlgrade similarity hwN SUBMISSIONS_DIR --out DIR [--jobs N] [--pages N] [--max-share F]
/// [--kgram K] [--window W] [--min-shared N] [--no-export]`.
enum SimilarityCommand {
    static let usageLine = "usage: rlgrade similarity hwN SUBMISSIONS_DIR --out DIR [--jobs N] [--pages N] [--max-share F] [--kgram K] [--window W] [--min-shared N] [--no-export]"

    static func run(_ arguments: [String]) throws(GraderError) -> Int32 {
        var list = ArgumentList(items: arguments)
        var positionals: [String] = []
        var out: String?
        var settings: [(String, String)] = []
        var export = true
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            switch item {
            case "--out": out = try list.value(for: item)
            case "--jobs", "--pages", "--max-share", "--kgram", "--window", "--min-shared": settings.append((item, try list.value(for: item)))
            case "--no-export": export = false
            default:
                if item.hasPrefix("-") { throw .usage("unknown option \(item)") }
                positionals.append(item)
            }
        }
        guard positionals.count == 2, let out else { throw .usage(usageLine) }
        let workspace = try Workspace.locate()
        var options = SimilarityOptions(
            homeworkID: positionals[0], submissionsFolder: GradeCommand.absolute(positionals[1]),
            outFolder: GradeCommand.absolute(out))
        options.jobs = ProcessInfo.processInfo.activeProcessorCount
        options.export = export
        for (flag, text) in settings {
            func integer(atLeast minimum: Int) throws(GraderError) -> Int {
                guard let n = Int(text), n >= minimum else { throw .usage("\(flag) expects an integer ≥ \(minimum), got \(text)") }
                return n
            }
            switch flag {
            case "--jobs": options.jobs = try integer(atLeast: 1)
            case "--pages": options.pages = try integer(atLeast: 0)
            case "--kgram": options.k = try integer(atLeast: 2)
            case "--window": options.window = try integer(atLeast: 1)
            case "--min-shared": options.minShared = try integer(atLeast: 1)
            default:
                guard let f = Double(text), f > 0, f <= 1 else { throw .usage("--max-share expects a fraction in (0, 1], got \(text)") }
                options.maxShare = f
            }
        }
        let summary = try SimilarityRun.run(workspace: workspace, options: options)
        let pairs = summary.pairs == 1 ? "1 pair shares" : "\(summary.pairs) pairs share"
        print("\(summary.submissions) submissions, \(pairs) code beyond the starter and common idioms")
        for line in summary.top { print("  " + line) }
        if summary.skipped > 0 { print("\(summary.skipped) files or submissions not compared (listed in index.html)") }
        print("report:  \(options.outFolder)/index.html (\(summary.pages) pair pages)\ntable:   \(options.outFolder)/similarity.csv")
        if export { print("exports: \(options.outFolder)/moss/run-moss.sh, \(options.outFolder)/jplag/run-jplag.sh") }
        return 0
    }
}
