/// `summary.md`: what a TA reads first — statuses, pass rate per check, score statistics and
/// distributions, students to follow up, failure reasons per check, score histogram, slowest
/// submissions.
public enum BatchSummary {
    public static func markdown(homework: String, rubric: Rubric, reports: [(student: String, report: Report)], records: [BatchRecord]) -> String {
        var md = "# \(homework) batch summary\n\n"
        md += "\(reports.count) submissions graded.\n\n"
        var statusCounts: [String: Int] = [:]
        for (_, r) in reports { statusCounts[r.status, default: 0] += 1 }
        md += "| status | submissions |\n|---|---|\n"
        for status in statusCounts.keys.sorted() { md += "| \(status) | \(statusCounts[status]!) |\n" }
        md += "\n## Pass rate per check\n\n| check | visibility | points | passed | pass rate |\n|---|---|---|---|---|\n"
        for entry in rubric.entries {
            let results = reports.compactMap { $0.report.checks.first { $0.id == entry.id } }
            let passed = results.filter { $0.status == .passed }.count
            let rate = results.isEmpty ? 0 : Double(passed) / Double(results.count) * 100
            md += "| `\(entry.id)` | \(entry.visibility.rawValue) | \(Show.number(entry.points)) | \(passed)/\(results.count) | \(Int(rate.rounded()))% |\n"
        }
        md += "\n" + BatchStatistics.markdown(rubric: rubric, reports: reports)
        md += "## Score histogram (fraction of the maximum)\n\n```\n"
        var bins = Array(repeating: 0, count: 10)
        for (_, r) in reports {
            let fraction = r.maxPoints > 0 ? r.points / r.maxPoints : 0
            bins[min(9, Int(fraction * 10))] += 1
        }
        let widest = max(1, bins.max() ?? 1)
        for (i, count) in bins.enumerated() {
            let label = i == 9 ? " 90–100%" : String(format: "%3d–%3d%%", i * 10, i * 10 + 10)
            md += "\(label) \(String(repeating: "█", count: count * 40 / widest)) \(count)\n"
        }
        md += "```\n\n## Slowest submissions\n\n| student | seconds | status |\n|---|---|---|\n"
        for record in records.sorted(by: { ($0.seconds, $0.student) > ($1.seconds, $1.student) }).prefix(10) {
            md += "| \(record.student) | \(String(format: "%.1f", record.seconds)) | \(record.status) |\n"
        }
        return md
    }
}

import Foundation
