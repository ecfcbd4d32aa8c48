import Foundation

/// The parts of `summary.md` a TA triages with: score statistics, each check's score
/// distribution, the students to follow up by name, and each check's failure reasons grouped
/// with counts (the class's common misconceptions).
enum BatchStatistics {
    static func markdown(rubric: Rubric, reports: [(student: String, report: Report)]) -> String {
        var md = "## Scores\n\n"
        let scores = reports.map(\.report.points)
        md += "| mean | median | stdev | min | max | out of |\n|---|---|---|---|---|---|\n"
        md += "| \(fmt(mean(scores))) | \(fmt(median(scores))) | \(fmt(stdev(scores))) | \(fmt(scores.min() ?? 0)) | \(fmt(scores.max() ?? 0)) | \(Show.number(rubric.maxPoints)) |\n\n"

        md += "## Score distribution per check\n\n| check | 0 | partial | full | mean points |\n|---|---|---|---|---|\n"
        for entry in rubric.entries {
            let results = reports.compactMap { $0.report.checks.first { $0.id == entry.id } }
            let zero = results.filter { $0.points == 0 }.count
            let full = results.filter { $0.points >= $0.maxPoints && $0.maxPoints > 0 }.count
            md += "| `\(entry.id)` | \(zero) | \(results.count - zero - full) | \(full) | \(fmt(mean(results.map(\.points)))) / \(Show.number(entry.points)) |\n"
        }

        md += "\n## Students to follow up\n\n"
        var followUp: [(String, String)] = []
        for (student, report) in reports {
            switch report.status {
            case "compile-error": followUp.append((student, "does not compile"))
            case "invalid": followUp.append((student, "invalid upload: " + (report.build.message?.split(separator: "\n").first.map(String.init) ?? "")))
            case "not-graded": followUp.append((student, "grading did not finish"))
            case "error": followUp.append((student, "grader error (ours): rerun or report"))
            default:
                let timedOut = report.checks.filter { $0.feedback.summary.contains("time limit") }.map(\.id)
                if !timedOut.isEmpty { followUp.append((student, "timed out in " + timedOut.joined(separator: ", "))) }
            }
        }
        if followUp.isEmpty { md += "None: every submission compiled, was valid and finished within its time limits.\n" }
        else {
            md += "| student | why |\n|---|---|\n"
            for (student, why) in followUp { md += "| \(student) | \(why.replacingOccurrences(of: "|", with: "\\|")) |\n" }
        }

        md += "\n## Failure reasons per check\n\n"
        var any = false
        for entry in rubric.entries {
            var counts: [String: Int] = [:]
            for (_, report) in reports where report.build.status == "ok" {
                guard let check = report.checks.first(where: { $0.id == entry.id }), check.status != .passed, check.status != .skipped else { continue }
                counts[reason(check.feedback.summary), default: 0] += 1
            }
            guard !counts.isEmpty else { continue }
            any = true
            md += "### `\(entry.id)`\n\n| students | reason |\n|---|---|\n"
            for (text, count) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(8) {
                md += "| \(count) | \(text.replacingOccurrences(of: "|", with: "\\|")) |\n"
            }
            md += "\n"
        }
        if !any { md += "No check failed on a submission that compiled.\n\n" }
        return md
    }

    /// A feedback summary with its numbers taken out, so the same mistake groups together:
    /// "3 of 8 cases passed. V(2) is 0.5, expected 0.7" → "V(#) is #, expected #".
    static func reason(_ summary: String) -> String {
        var text = summary
        if let range = text.range(of: #"^\d+ of \d+ cases passed\. "#, options: .regularExpression) { text.removeSubrange(range) }
        text = text.replacingOccurrences(of: #"-?\d+(\.\d+)?(e-?\d+)?"#, with: "#", options: .regularExpression)
        return text.count > 160 ? String(text.prefix(157)) + "…" : text
    }

    static func mean(_ x: [Double]) -> Double { x.isEmpty ? 0 : x.reduce(0, +) / Double(x.count) }

    static func median(_ x: [Double]) -> Double {
        guard !x.isEmpty else { return 0 }
        let s = x.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// The population standard deviation.
    static func stdev(_ x: [Double]) -> Double {
        guard x.count > 1 else { return 0 }
        let m = mean(x)
        return (x.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(x.count)).squareRoot()
    }

    static func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
}
