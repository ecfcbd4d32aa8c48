import Foundation

/// The table a student sees in the terminal: status, id, points, and the first line of feedback
/// (all lines with `--verbose`). Colour only on a TTY, and never with NO_COLOR.
public enum TerminalReport {
    public static func render(_ report: Report, colour: Bool, verbose: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = "\(report.homework) — \(report.title)   [\(report.submission), \(report.mode == "grading" ? "all checks" : "public checks")]\n"
        if let seed = report.seedOverride { out += paint("Seeds overridden with --seed \(seed): exploration only, not a grade.\n", "33") }
        if report.build.status != "ok" {
            out += "\n" + paint("Build failed", "31;1") + "\n" + (report.build.message ?? "") + "\n"
        } else if verbose, !report.build.diagnostics.isEmpty {
            out += report.build.diagnostics.map(\.rendered).joined(separator: "\n") + "\n"
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
            out += "\(mark)  \(c.id.padding(toLength: idWidth, withPad: " ", startingAt: 0))  \(points.padding(toLength: 7, withPad: " ", startingAt: 0))  \(c.feedback.summary)\n"
            if verbose || c.status != .passed {
                for line in c.feedback.lines.dropFirst() {
                    for sub in line.split(separator: "\n", omittingEmptySubsequences: false) {
                        out += String(repeating: " ", count: 6) + sub + "\n"
                    }
                }
            }
            if verbose, let printed = c.printed {
                out += String(repeating: " ", count: 6) + "Your code printed (not graded):\n"
                for sub in printed.split(separator: "\n", omittingEmptySubsequences: false).prefix(40) {
                    out += String(repeating: " ", count: 8) + sub + "\n"
                }
            }
        }
        out += "\nScore: \(Show.number(report.points)) / \(Show.number(report.maxPoints))"
        out += report.allPassed ? paint("  all checks passed", "32;1") + "\n" : "\n"
        return out
    }

    /// True when colour should be used on stdout.
    public static var stdoutWantsColour: Bool {
        isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
