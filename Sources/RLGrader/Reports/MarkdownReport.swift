/// Markdown feedback for the student: the score, a table, then every check's feedback.
public enum MarkdownReport {
    public static func render(_ report: Report) -> String {
        var md = "# \(report.homework): \(report.title)\n\n"
        md += "**Submission:** \(report.submission)  \n"
        md += "**Score:** \(report.scoreText)\n\n"
        if let seed = report.seedOverride {
            md += "> Seeds overridden with `--seed \(seed)`: this report is for exploration, not a grade.\n\n"
        }
        if report.build.status != "ok" {
            let heading = report.build.status == "compile-error" ? "Your code does not compile" : "Your submission could not be graded"
            md += "## \(heading)\n\n```\n\(report.build.message ?? "")\n```\n\n"
        }
        md += "| Check | Status | Points |\n|---|---|---|\n"
        for c in report.checks {
            var tag = c.visibility == .public ? "" : " *(\(c.visibility == .hidden ? "hidden" : "after due"))*"
            if c.isExtraCredit { tag += " *(extra credit)*" }
            md += "| `\(c.id)` \(c.title)\(tag) | \(c.status.rawValue) | \(Show.number(c.points)) / \(Show.number(c.maxPoints)) |\n"
        }
        md += "\n"
        // When nothing was built, every check says only "not run": the message above says why, once.
        for c in report.checks where c.status != .passed && report.build.status == "ok" {
            md += "## \(c.title) (`\(c.id)`)\(c.visibility == .hidden ? " — hidden check" : "")\n\n"
            for line in c.feedback.lines {
                if line.contains("\n") { md += "```\n\(line)\n```\n\n" } else { md += "- \(line)\n" }
            }
            md += "\n"
        }
        return md
    }
}
