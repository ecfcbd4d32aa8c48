/// One submission's report as a self-contained HTML page (inline CSS and SVG, no scripts; opens
/// offline): the score, then a table of the checks, failing ones first, each row expandable (open
/// when the check did not pass) to its feedback, learning curves and grid-world pictures.
///
/// Made only from the ``Report`` (the JSON report stays the source of truth: this page adds no
/// scored content) and, for the reference's band on learning curves, the reference curves recorded
/// in the golden file. The same report gives the same bytes.
public enum HTMLReport {
    /// - Parameters:
    ///   - report: the graded report.
    ///   - referenceCurves: `GoldenFile.referenceCurves` (check id → the reference's learning-curve
    ///     series), or nil: learning curves are then drawn without a band.
    public static func render(_ report: Report, referenceCurves: [String: [String: [Double]]]? = nil) -> String {
        var body = header(report)
        body += notes(report)
        let ordered = orderedChecks(report)
        if !ordered.isEmpty {
            body += "<section class=\"checks\">\n<div class=\"checks-head\"><span></span><span>Status</span><span>Check</span>"
            body += "<span>Visibility</span><span class=\"num\">Points</span></div>\n"
            for check in ordered { body += CheckSection.html(check, reference: referenceCurves?[check.id]) }
            body += "</section>\n"
        }
        return HTMLPage.document(title: "\(report.homework) · \(report.submission) · \(HTMLText.points(report.points))/\(HTMLText.points(report.maxPoints))", body: body)
    }

    /// Failing checks first (grader errors, failed, partial, skipped, passed), rubric order within.
    static func orderedChecks(_ report: Report) -> [CheckResult] {
        report.checks.enumerated().sorted { a, b in
            let ra = HTMLPage.rank(a.element.status), rb = HTMLPage.rank(b.element.status)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    static func header(_ report: Report) -> String {
        let fraction = report.maxPoints > 0 ? min(1, report.points / report.maxPoints) : 0
        let extra = report.extraCreditPoints > 0 ? " (\(HTMLText.points(report.extraCreditPoints)) extra credit)" : ""
        let passed = report.checks.filter { $0.status == .passed }.count
        let mode = report.mode == "student" ? "public checks (student run)" : "every check (grading run)"
        return """
            <header class="page">
            <div>
            <h1>\(MarkupEscaping.escape(report.homework)) · \(MarkupEscaping.escape(report.title))</h1>
            <div class="meta">Submission <strong>\(MarkupEscaping.escape(report.submission))</strong> · \(mode) · \(passed) of \(report.checks.count) checks passed · \(HTMLPage.pill(report.status))</div>
            </div>
            <div class="score"><div class="big">\(HTMLText.points(report.points)) <span class="of">/ \(HTMLText.points(report.maxPoints)) points\(extra)</span></div>
            \(HTMLPage.bar(fraction))</div>
            </header>

            """
    }

    static func notes(_ report: Report) -> String {
        var html = ""
        if let seed = report.seedOverride {
            html += "<p class=\"note\">Seeds overridden with <code>--seed \(seed)</code>: this report is for exploration, not a grade.</p>\n"
        }
        if report.build.status != "ok" {
            html += "<section class=\"card\"><h2>Your code was not graded: \(MarkupEscaping.escape(report.build.status))</h2>\n"
            if let message = report.build.message { html += "<pre>\(MarkupEscaping.escape(message))</pre>\n" }
            let errors = report.build.diagnostics.filter { $0.severity == "error" }
            if !errors.isEmpty {
                html += "<ul>" + errors.prefix(20).map { "<li><code>\(MarkupEscaping.escape($0.rendered))</code></li>" }.joined() + "</ul>\n"
            }
            html += "</section>\n"
        }
        return html
    }
}
