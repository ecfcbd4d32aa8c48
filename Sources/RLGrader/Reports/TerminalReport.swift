import Foundation

/// The table a student sees in the terminal: status, id, points, and the first line of feedback
/// (all lines with `--verbose`). Colour only on a TTY, and never with NO_COLOR.
public enum TerminalReport {
    /// - Parameter pathPrefix: put before the compiler's file names (the submission folder as the
    ///   student would open it from where they ran rlgrade, e.g. `Assignments/hw2/`).
    public static func render(_ report: Report, colour: Bool, verbose: Bool, pathPrefix: String = "") -> String {
        func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = "\(report.homework) — \(report.title)   [\(report.submission), \(report.mode == "grading" ? "all checks" : "public checks")]\n"
        if let seed = report.seedOverride { out += paint("Seeds overridden with --seed \(seed): exploration only, not a grade.\n", "33") }
        if report.build.status != "ok" {
            let errors = report.build.diagnostics.filter { $0.severity == "error" }
            if report.build.status == "compile-error", !errors.isEmpty {
                out += "\n" + paint("Your code does not compile (\(errors.count) error\(errors.count == 1 ? "" : "s"))", "31;1") + "\n"
                out += report.build.diagnostics.filter { $0.severity != "warning" }
                    .map { $0.rendered(pathPrefix: pathPrefix) }.joined(separator: "\n") + "\n"
            } else {
                out += "\n" + paint(report.build.status == "compile-error" ? "Build failed" : "Not graded", "31;1") + "\n"
                    + (report.build.message ?? "") + "\n"
            }
        } else if verbose, !report.build.diagnostics.isEmpty {
            out += report.build.diagnostics.map { $0.rendered(pathPrefix: pathPrefix) }.joined(separator: "\n") + "\n"
        }
        out += "\n"
        let idWidth = min(52, report.checks.map(\.id.count).max() ?? 10)
        for c in report.checks {
            let mark: String
            switch c.status {
            case .passed: mark = paint("PASS", "32")
            case .partial: mark = paint("PART", "33")
            case .failed: mark = paint("FAIL", "31")
            case .skipped: mark = paint("SKIP", "90")
            case .error: mark = paint("ERR ", "35")
            }
            let points = "\(Show.number(c.points))/\(Show.number(c.maxPoints))"
            out += "\(mark)  \(c.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(points.padding(toLength: 7, withPad: " ", startingAt: 0))  \(c.isExtraCredit ? "(extra credit) " : "")\(c.feedback.summary)\n"
            if verbose || c.status != .passed {
                for line in c.feedback.lines.dropFirst() {
                    for sub in line.split(separator: "\n", omittingEmptySubsequences: false) {
                        out += String(repeating: " ", count: 6) + sub + "\n"
                    }
                }
            }
            if verbose, let printed = c.printed {
                out += String(repeating: " ", count: 6) + "Your code printed (not graded):\n"
                let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
                for sub in lines.prefix(printedLineLimit) {
                    out += String(repeating: " ", count: 8) + sub + "\n"
                }
                if lines.count > printedLineLimit {
                    out += String(repeating: " ", count: 8) + "(\(lines.count - printedLineLimit) more lines)\n"
                }
            }
        }
        out += "\nScore: \(report.scoreText)"
        out += report.allPassed ? paint("  all checks passed", "32;1") + "\n" : "\n"
        return out
    }

    /// Lines of printed output shown per check with `--verbose`.
    static let printedLineLimit = 40

    /// True when colour should be used on stdout.
    public static var stdoutWantsColour: Bool {
        isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
