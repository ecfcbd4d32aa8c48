/// One check of the HTML report: a `<details>` element, open unless the check passed, with the
/// feedback (input, expected, observed, hint, details), the learning curves, the grid pictures and
/// any other measurements the check reported.
enum CheckSection {
    static func html(_ check: CheckResult, reference: [String: [Double]]?) -> String {
        let open = check.status == .passed ? "" : " open"
        var html = "<details class=\"check \(check.status.rawValue)\" id=\"check-\(HTMLText.anchor(check.id))\"\(open)>\n"
        html += "<summary><span class=\"twisty\"></span>\(HTMLPage.pill(check.status.rawValue))"
        html += "<span class=\"title\">\(MarkupEscaping.escape(check.title))<br><span class=\"id\">\(MarkupEscaping.escape(check.id))\(check.isExtraCredit ? " · extra credit" : "")</span></span>"
        html += "<span class=\"vis\">\(check.visibility.rawValue)</span>"
        html += "<span class=\"pts\">\(HTMLText.points(check.points)) / \(HTMLText.points(check.maxPoints))</span></summary>\n"
        html += "<div class=\"body\">\n" + feedback(check.feedback)
        if let curves = LearningCurves(data: check.data) {
            let band = CurveBand(LearningCurves(data: reference))
            html += "<figure class=\"curves\">\n" + LearningCurveFigure.svg(curves, reference: band, title: "Learning curves of \(check.id)")
            html += "<figcaption>Your episode returns during training, one colour per seed. "
            html += band == nil
                ? "No reference band was recorded for this check."
                : "Grey: the reference solution's runs (smoothed), from the recorded golden data."
            html += " The grade comes from the grader's own evaluation of your returned parameters, not from these curves.</figcaption>\n</figure>\n"
        }
        for figure in check.figures ?? [] {
            html += "<figure class=\"grid\">\n" + GridWorldFigure.svg(figure)
            html += "<figcaption>\(MarkupEscaping.escape(figure.title)). Colour: the value of each state (one scale for both sides). "
            html += "Arrows: actions (on the expected side, every tied best action).</figcaption>\n</figure>\n"
        }
        html += measurements(check.data)
        return html + "</div>\n</details>\n"
    }

    static func feedback(_ f: Feedback) -> String {
        var html = "<p class=\"summary-line\">\(MarkupEscaping.escape(f.summary))</p>\n"
        let rows: [(String, String?, String)] = [
            ("On input", f.input, ""), ("Expected", f.expected, ""), ("Observed", f.observed, ""), ("Hint", f.hint, " class=\"hint\""),
        ]
        let present = rows.filter { $0.1 != nil }
        if !present.isEmpty {
            html += "<dl class=\"feedback\">\n"
            for (label, text, cls) in present { html += "<dt>\(label)</dt><dd\(cls)>\(MarkupEscaping.escape(text!))</dd>\n" }
            html += "</dl>\n"
        }
        if let details = f.details { html += "<pre>\(MarkupEscaping.escape(details))</pre>\n" }
        return html
    }

    /// The check's other named series (not learning curves), sorted by name, at most 12 values each.
    static func measurements(_ data: [String: [Double]]?) -> String {
        let keys = (data ?? [:]).keys.filter { !LearningCurves.isCurveKey($0) && $0 != "threshold" }.sorted()
        guard let data, !keys.isEmpty else { return "" }
        var html = "<p class=\"measure\">Measured: "
        html += keys.map { key -> String in
            let values = data[key]!
            let shown = values.prefix(12).map(HTMLText.value).joined(separator: ", ")
            return "<code>\(MarkupEscaping.escape(key))</code> = \(shown)\(values.count > 12 ? ", … (\(values.count) values)" : "")"
        }.joined(separator: " · ")
        return html + "</p>\n"
    }
}
