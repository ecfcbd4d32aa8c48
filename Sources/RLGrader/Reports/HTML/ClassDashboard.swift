import Foundation

/// `index.html` of a batch, beside `summary.md`: the class at a glance — score histogram, pass rate
/// and score distribution per check, the grouped failure reasons, the students to follow up, the
/// learning curves of the class against the reference's band, and a link to every student's report
/// (`results/<student>.html`, written alongside).
///
/// Made from the stored JSON reports only, so it is the same for the same results (no times).
public enum ClassDashboard {
    /// Writes `index.html` and each graded student's `results/<student>.html` into `outFolder`.
    public static func write(
        homework: String, rubric: Rubric, reports: [(student: String, report: Report)],
        referenceCurves: [String: [String: [Double]]]?, outFolder: String
    ) throws(GraderError) {
        for (student, report) in reports where isGraded(report) {
            try ReportWriter.write(HTMLReport.render(report, referenceCurves: referenceCurves),
                                   to: outFolder + "/results/" + BatchRecord.fileName(student) + ".html")
        }
        try ReportWriter.write(render(homework: homework, rubric: rubric, reports: reports, referenceCurves: referenceCurves),
                               to: outFolder + "/index.html")
    }

    static func isGraded(_ report: Report) -> Bool { report.status != "not-graded" }

    static func link(_ student: String, _ report: Report) -> String {
        let name = MarkupEscaping.escape(student)
        guard isGraded(report) else { return name }
        return "<a href=\"results/\(MarkupEscaping.escape(BatchRecord.fileName(student))).html\">\(name)</a>"
    }

    static func fraction(_ r: Report) -> Double { r.maxPoints > 0 ? min(1, r.points / r.maxPoints) : 0 }  // extra credit can pass 1

    public static func render(
        homework: String, rubric: Rubric, reports: [(student: String, report: Report)],
        referenceCurves: [String: [String: [Double]]]?
    ) -> String {
        let reports = reports.sorted { $0.student < $1.student }
        var body = header(homework: homework, rubric: rubric, reports: reports)
        body += "<div class=\"grid2\">\n"
        body += "<section class=\"card\"><h2>Scores</h2>\n<figure>"
            + ScoreHistogramFigure.svg(reports.map { fraction($0.report) }, title: "Score histogram of \(homework)") + "</figure></section>\n"
        body += followUp(reports)
        body += "</div>\n"
        body += checksTable(rubric: rubric, reports: reports)
        body += learningCurves(rubric: rubric, reports: reports, referenceCurves: referenceCurves)
        body += failureReasons(rubric: rubric, reports: reports)
        body += studentsTable(rubric: rubric, reports: reports)
        return HTMLPage.document(title: "\(homework) · class dashboard · \(reports.count) submissions", body: body)
    }

    static func header(homework: String, rubric: Rubric, reports: [(student: String, report: Report)]) -> String {
        let fractions = reports.map { fraction($0.report) }.sorted()
        let mean = fractions.isEmpty ? 0 : fractions.reduce(0, +) / Double(fractions.count)
        let median = fractions.isEmpty ? 0 : (fractions.count % 2 == 1 ? fractions[fractions.count / 2]
            : (fractions[fractions.count / 2 - 1] + fractions[fractions.count / 2]) / 2)
        var counts: [String: Int] = [:]
        for (_, r) in reports { counts[r.status, default: 0] += 1 }
        let pills = counts.keys.sorted().map { "\(HTMLPage.pill($0)) \(counts[$0]!)" }.joined(separator: " &nbsp; ")
        return """
            <header class="page">
            <div>
            <h1>\(MarkupEscaping.escape(homework)) · \(MarkupEscaping.escape(rubric.title)) — class dashboard</h1>
            <div class="meta">\(reports.count) submissions · \(rubric.entries.count) checks, \(HTMLText.points(rubric.maxPoints)) points · \(pills)</div>
            </div>
            <div class="score"><div class="big">\(HTMLText.percent(median)) <span class="of">median</span></div>
            <div class="meta">mean \(HTMLText.percent(mean)) of the maximum</div>\(HTMLPage.bar(median))</div>
            </header>

            """
    }

    /// Students who did not compile, broke the grader, were not graded, or scored below half.
    static func followUp(_ reports: [(student: String, report: Report)]) -> String {
        let flagged = reports.filter { r in
            ["compile-error", "invalid", "missing", "error", "not-graded"].contains(r.report.status) || fraction(r.report) < 0.5
        }.sorted { (fraction($0.report), $0.student) < (fraction($1.report), $1.student) }
        var html = "<section class=\"card follow-up\"><h2>Students to follow up (\(flagged.count))</h2>\n"
        guard !flagged.isEmpty else { return html + "<p class=\"measure\">Nobody: every submission compiled and scored at least half.</p></section>\n" }
        html += "<table><thead><tr><th>Student</th><th>Status</th><th class=\"num\">Score</th><th>Why</th></tr></thead><tbody>\n"
        for (student, r) in flagged.prefix(30) {
            let why: String
            let failing = HTMLReport.orderedChecks(r).filter { $0.status != .passed }
            if let error = r.build.diagnostics.first(where: { $0.severity == "error" }) {
                why = "\(error.file):\(error.line): \(error.message)"
            } else if r.build.status != "ok" {
                why = r.build.message ?? r.build.status
            } else if let first = failing.first {
                why = first.id + (failing.count > 1 ? " (+\(failing.count - 1) more)" : "")
            } else {
                why = ""
            }
            html += "<tr><td>\(link(student, r))</td><td>\(HTMLPage.pill(r.status))</td>"
            html += "<td class=\"num\">\(HTMLText.points(r.points)) / \(HTMLText.points(r.maxPoints))</td><td class=\"why\">\(MarkupEscaping.escape(why.count > 110 ? String(why.prefix(108)) + "…" : why))</td></tr>\n"
        }
        if flagged.count > 30 { html += "<tr><td colspan=\"4\" class=\"measure\">… and \(flagged.count - 30) more (see the table of all students)</td></tr>\n" }
        return html + "</tbody></table></section>\n"
    }

    static func title(_ id: String, _ reports: [(student: String, report: Report)]) -> String {
        reports.lazy.compactMap { $0.report.checks.first { $0.id == id }?.title }.first ?? id
    }

    /// One row per rubric check: pass rate and the distribution of outcomes as a stacked bar.
    static func checksTable(rubric: Rubric, reports: [(student: String, report: Report)]) -> String {
        var html = "<section class=\"card\"><h2>Checks</h2>\n<table class=\"checks-table\">\n"
        html += "<thead><tr><th>Check</th><th>Visibility</th><th class=\"num\">Points</th><th class=\"num\">Pass rate</th><th>Outcomes</th><th class=\"num\">Mean points</th></tr></thead><tbody>\n"
        for entry in rubric.entries {
            let results = reports.compactMap { $0.report.checks.first { $0.id == entry.id } }
            let passed = results.filter { $0.status == .passed }.count
            let partial = results.filter { $0.status == .partial }.count
            let failed = results.filter { $0.status == .failed }.count
            let other = results.count - passed - partial - failed
            let rate = results.isEmpty ? 0 : Double(passed) / Double(results.count)
            let mean = results.isEmpty ? 0 : results.reduce(0) { $0 + $1.points } / Double(results.count)
            html += "<tr><td><a href=\"#reasons-\(HTMLText.anchor(entry.id))\">\(MarkupEscaping.escape(title(entry.id, reports)))</a><br><span class=\"id\">\(MarkupEscaping.escape(entry.id))</span></td>"
            html += "<td class=\"vis\">\(entry.visibility.rawValue)</td><td class=\"num\">\(HTMLText.points(entry.points))</td>"
            html += "<td class=\"num\">\(HTMLText.percent(rate))<br><span class=\"measure\">\(passed)/\(results.count)</span></td>"
            html += "<td>\(outcomeBar(passed: passed, partial: partial, failed: failed, other: other))</td>"
            html += "<td class=\"num\">\(HTMLText.value(mean))</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    /// A stacked bar of outcomes (passed, partial, failed, other) as a small SVG.
    static func outcomeBar(passed: Int, partial: Int, failed: Int, other: Int) -> String {
        let total = max(1, passed + partial + failed + other)
        let width = 220.0
        var svg = SVGWriter(width: width, height: 16)
        var x = 0.0
        for (count, colour, label) in [(passed, FigurePalette.passed, "passed"), (partial, FigurePalette.partial, "partial"),
                                       (failed, FigurePalette.failed, "failed"), (other, FigurePalette.other, "not run / error")] where count > 0 {
            let w = width * Double(count) / Double(total)
            svg.rect(x: x, y: 2, width: w, height: 12, fill: colour, cls: "outcome", tooltip: "\(label): \(count)")
            x += w
        }
        return svg.finish(label: "\(passed) passed, \(partial) partial, \(failed) failed, \(other) other",
                          attributes: [("class", "outcomes"), ("style", "width: 220px; display: block")])
    }

    static func learningCurves(rubric: Rubric, reports: [(student: String, report: Report)],
                               referenceCurves: [String: [String: [Double]]]?) -> String {
        var html = ""
        for entry in rubric.entries {
            let students = reports.compactMap { r -> ClassCurvesFigure.Student? in
                guard let result = r.report.checks.first(where: { $0.id == entry.id }),
                      let curves = LearningCurves(data: result.data) else { return nil }
                return ClassCurvesFigure.Student(name: r.student, curves: curves, passed: result.status == .passed)
            }
            guard !students.isEmpty else { continue }
            let band = CurveBand(LearningCurves(data: referenceCurves?[entry.id]))
            html += "<section class=\"card\"><h2>Learning curves across the class: \(MarkupEscaping.escape(title(entry.id, reports))) <span class=\"id\">\(MarkupEscaping.escape(entry.id))</span></h2>\n"
            html += "<figure>" + ClassCurvesFigure.svg(students, reference: band, title: "Learning curves of the class for \(entry.id)")
            html += "<figcaption>One line per student (the mean of their seeds, smoothed); right: each student's final performance"
            html += band == nil ? "." : " against the range of the reference's seeds (grey)."
            html += " Hover a dot for the student's name.</figcaption></figure>\n</section>\n"
        }
        return html
    }

    static func failureReasons(rubric: Rubric, reports: [(student: String, report: Report)]) -> String {
        var html = "<section class=\"card\"><h2>Why checks failed</h2>\n"
        // Submissions that did not build fail every check for one reason: they are listed above.
        let built = reports.filter { $0.report.build.status == "ok" }
        if built.count < reports.count {
            html += "<p class=\"measure\">\(reports.count - built.count) submission\(reports.count - built.count == 1 ? "" : "s") that did not build (see the students to follow up) \(reports.count - built.count == 1 ? "is" : "are") left out here.</p>\n"
        }
        var any = false
        for entry in rubric.entries {
            let reasons = FailureReasons.group(checkID: entry.id, reports: built)
            guard !reasons.isEmpty else { continue }
            any = true
            let total = reasons.reduce(0) { $0 + $1.students.count }
            html += "<details class=\"reasons\" id=\"reasons-\(HTMLText.anchor(entry.id))\" open><summary><strong>\(MarkupEscaping.escape(title(entry.id, reports)))</strong> "
            html += "<span class=\"id\">\(MarkupEscaping.escape(entry.id))</span> — \(total) not passed, \(reasons.count) reason\(reasons.count == 1 ? "" : "s")</summary>\n<table><tbody>\n"
            for reason in reasons.prefix(8) {
                let names = reason.students.prefix(12).map { s in link(s, reports.first { $0.student == s }!.report) }.joined(separator: ", ")
                html += "<tr><td class=\"num count\">\(reason.students.count)×</td><td>\(MarkupEscaping.escape(reason.example))<br><span class=\"measure\">\(names)\(reason.students.count > 12 ? ", …" : "")</span></td></tr>\n"
            }
            if reasons.count > 8 { html += "<tr><td class=\"count\"></td><td class=\"measure\">… \(reasons.count - 8) more reasons</td></tr>\n" }
            html += "</tbody></table></details>\n"
        }
        if !any { html += "<p class=\"measure\">Every check passed for every submission.</p>\n" }
        return html + "</section>\n"
    }

    static func studentsTable(rubric: Rubric, reports: [(student: String, report: Report)]) -> String {
        var html = "<section class=\"card\"><h2>All students (\(reports.count))</h2>\n<table class=\"students\">\n"
        html += "<thead><tr><th>Student</th><th>Status</th><th class=\"num\">Score</th><th>Checks</th></tr></thead><tbody>\n"
        for (student, r) in reports {
            var svg = SVGWriter(width: Double(rubric.entries.count) * 14, height: 14)
            for (k, entry) in rubric.entries.enumerated() {
                let status = r.checks.first { $0.id == entry.id }?.status
                let colour: String
                switch status {
                case .passed?: colour = FigurePalette.passed
                case .partial?: colour = FigurePalette.partial
                case .failed?: colour = FigurePalette.failed
                default: colour = FigurePalette.grid
                }
                svg.rect(x: Double(k) * 14 + 1, y: 1, width: 12, height: 12, fill: colour, radius: 2, cls: "check-dot",
                         tooltip: "\(entry.id): \(status?.rawValue ?? "not run")")
            }
            html += "<tr><td class=\"student\">\(link(student, r))</td><td>\(HTMLPage.pill(r.status))</td>"
            html += "<td class=\"num\">\(HTMLText.points(r.points)) / \(HTMLText.points(r.maxPoints))</td>"
            html += "<td>" + svg.finish(label: "checks of \(student)", attributes: [("class", "check-dots"), ("style", "width: \(rubric.entries.count * 14)px; display: block")]) + "</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }
}
