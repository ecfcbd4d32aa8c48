/// Markdown feedback for the student: the score, a table, then every check's feedback.
public enum MarkdownReport {
    public static func render(_ report: Report) -> String {
        var md = "# \(report.homework): \(report.title)\n\n"
        md += "**Submission:** \(report.submission)  \n"
        md += "**Score:** \(Show.number(report.points)) / \(Show.number(report.maxPoints))\n\n"
        if let seed = report.seedOverride {
            md += "> Seeds overridden with `--seed \(seed)`: this report is for exploration, not a grade.\n\n"
        }
        if report.build.status != "ok" {
            md += "## Your code does not compile\n\n```\n\(report.build.message ?? "")\n```\n\n"
        }
        md += "| Check | Status | Points |\n|---|---|---|\n"
        for c in report.checks {
            md += "| `\(c.id)` \(c.title) | \(c.status.rawValue) | \(Show.number(c.points)) / \(Show.number(c.maxPoints)) |\n"
        }
        md += "\n"
        for c in report.checks where c.status != .passed {
            md += "## \(c.title) (`\(c.id)`)\n\n"
            for line in c.feedback.lines {
                if line.contains("\n") { md += "```\n\(line)\n```\n\n" } else { md += "- \(line)\n" }
            }
            md += "\n"
        }
        return md
    }
}
