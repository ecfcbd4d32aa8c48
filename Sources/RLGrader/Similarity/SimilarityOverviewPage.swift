/// `index.html`: the ranked pairs, linked to their pages, and what the run ignored.
public enum SimilarityOverviewPage {
    public struct Facts: Sendable {
        public var homeworkID: String
        public var options: SimilarityOptions
        public var students: [String]
        public var index: FingerprintIndex
        public var pairs: [SimilarPair]
        /// Pages exist for the first `pages` pairs: `pairs/pair-0001.html` …
        public var pages: Int
        /// Notes of what was skipped, per student.
        public var skipped: [(student: String, note: String)]
    }

    public static func render(_ facts: Facts) -> String {
        let o = facts.options
        let hw = MarkupEscaping.escape(facts.homeworkID)
        var body = """
            <h1>\(hw): code similarity</h1>
            <p class="meta">\(facts.students.count) submissions · \(facts.pairs.count) pairs share code · \
            k = \(o.k) tokens, window w = \(o.window) (every common run of \(o.k + o.window - 1) tokens or more is found) · \
            starter and handout code removed · \(facts.index.idioms.count) common-idiom fingerprints removed \
            (shared by more than \(facts.index.idiomLimit) submissions).</p>
            <p class="muted">Identifiers and literals are normalised, so renaming and re-commenting do not hide a copy. \
            A high share is a reason to look, not a verdict: read both pages side by side.</p>

            """
        if facts.pairs.isEmpty {
            body += "<p>No two submissions share code beyond the starter and common idioms.</p>\n"
        } else {
            body += "<table>\n<tr><th>#</th><th>student</th><th>share</th><th>student</th><th>share</th><th>shared fingerprints</th></tr>\n"
            for (i, p) in facts.pairs.prefix(max(facts.pages, 200)).enumerated() {
                let rank = i + 1
                let link = rank <= facts.pages ? "<a href=\"\(pagePath(rank: rank))\">\(rank)</a>" : "\(rank)"
                body += "<tr><td class=\"num\">\(link)</td>"
                body += "<td>\(MarkupEscaping.escape(facts.students[p.first]))</td><td class=\"num\">\(SimilarityHTML.percent(p.firstPercent))</td>"
                body += "<td>\(MarkupEscaping.escape(facts.students[p.second]))</td><td class=\"num\">\(SimilarityHTML.percent(p.secondPercent))</td>"
                body += "<td class=\"num\">\(p.shared)</td></tr>\n"
            }
            body += "</table>\n"
            if facts.pairs.count > max(facts.pages, 200) {
                body += "<p class=\"muted\">\(facts.pairs.count - max(facts.pages, 200)) more pairs in similarity.csv.</p>\n"
            }
        }
        if !facts.skipped.isEmpty {
            body += "<h2>Not compared</h2>\n<ul>\n"
            for s in facts.skipped { body += "<li>\(MarkupEscaping.escape(s.student)): \(MarkupEscaping.escape(s.note))</li>\n" }
            body += "</ul>\n"
        }
        return SimilarityHTML.page(title: "\(facts.homeworkID) code similarity", body: body)
    }

    /// `pairs/pair-0001.html` for rank 1.
    public static func pagePath(rank: Int) -> String {
        let digits = String(rank)
        return "pairs/pair-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".html"
    }
}
