/// One HTML page per pair: the two submissions side by side, matching regions highlighted in the
/// same colour on both sides and linked to each other, and a table of the matches at the top.
public enum PairPage {
    /// What the page says about the pair.
    public struct Summary: Sendable {
        public var homeworkID: String
        public var rank: Int
        public var pairCount: Int
        public var pair: SimilarPair
    }

    public static func render(
        summary: Summary, first: ComparedSubmission, second: ComparedSubmission, matches: PairMatches
    ) -> String {
        let p = summary.pair
        let a = MarkupEscaping.escape(first.student), b = MarkupEscaping.escape(second.student)
        var body = """
            <p><a href="../index.html">← all pairs</a></p>
            <h1>\(a) ↔ \(b)</h1>
            <p class="meta">\(MarkupEscaping.escape(summary.homeworkID)) · pair \(summary.rank) of \(summary.pairCount) · \
            \(p.shared) shared fingerprints: \(SimilarityHTML.percent(p.firstPercent)) of \(a)’s (\(p.firstTotal)), \
            \(SimilarityHTML.percent(p.secondPercent)) of \(b)’s (\(p.secondTotal)). Starter code and common idioms are not counted.</p>

            """
        body += matchTable(first: first, second: second, matches: matches)
        body += "<div class=\"sides\">\n"
        body += side(first, regions: matches.first, prefix: "a", other: "b")
        body += side(second, regions: matches.second, prefix: "b", other: "a")
        body += "</div>"
        return SimilarityHTML.page(title: "\(summary.homeworkID) similarity: \(first.student) ↔ \(second.student)", body: body)
    }

    static func matchTable(first: ComparedSubmission, second: ComparedSubmission, matches: PairMatches) -> String {
        guard matches.matchCount > 0 else { return "<p class=\"muted\">No matching regions.</p>\n" }
        var rows = "<table>\n<tr><th>match</th><th>\(MarkupEscaping.escape(first.student))</th><th>\(MarkupEscaping.escape(second.student))</th></tr>\n"
        for m in 1...matches.matchCount {
            rows += "<tr><td class=\"num\"><span class=\"swatch c\(m % SimilarityHTML.colourCount)\"></span>\(m)</td>"
            rows += "<td>\(places(matches.first, match: m, files: first.files, prefix: "a"))</td>"
            rows += "<td>\(places(matches.second, match: m, files: second.files, prefix: "b"))</td></tr>\n"
        }
        return rows + "</table>\n"
    }

    /// `File.swift 10–25` for every region of match `m`, the first one linked.
    static func places(_ regions: [MatchRegion], match m: Int, files: [SourceText], prefix: String) -> String {
        let mine = regions.filter { $0.match == m }
        return mine.enumerated().map { i, r in
            let lines = r.firstLine == r.lastLine ? "\(r.firstLine)" : "\(r.firstLine)–\(r.lastLine)"
            let text = MarkupEscaping.escape(files[r.file].path) + " " + lines
            return i == 0 ? "<a href=\"#\(prefix)\(m)\">\(text)</a>" : text
        }.joined(separator: "<br>")
    }

    static func side(_ submission: ComparedSubmission, regions: [MatchRegion], prefix: String, other: String) -> String {
        var html = "<section class=\"side\">\n<h2>\(MarkupEscaping.escape(submission.student))</h2>\n"
        if submission.files.isEmpty { html += "<p class=\"muted\">No Swift files.</p>\n" }
        var anchored = Set<Int>()  // matches whose first region on this side has its anchor already
        for (f, file) in submission.files.enumerated() {
            let mine = regions.filter { $0.file == f }
            html += "<details\(mine.isEmpty ? "" : " open")><summary>\(MarkupEscaping.escape(file.path))"
            html += mine.isEmpty ? " <span class=\"muted\">(no match)</span>" : ""
            html += "</summary>\n<pre>"
            html += code(file.text, regions: mine, prefix: prefix, other: other, anchored: &anchored)
            html += "</pre></details>\n"
        }
        return html + "</section>\n"
    }

    /// The file's lines with numbers, regions wrapped in links to the other side's match.
    static func code(_ text: String, regions: [MatchRegion], prefix: String, other: String, anchored: inout Set<Int>) -> String {
        let bytes = Array(text.utf8)
        var html = ""
        var lineStart = 0
        var line = 1
        var r = 0
        func slice(_ from: Int, _ to: Int) -> String { MarkupEscaping.escape(String(decoding: bytes[from..<to], as: UTF8.self)) }
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
            if lineStart == bytes.count && lineStart > 0 && bytes[lineStart - 1] == 10 { break }  // no empty last line
            html += "<span class=\"ln\">\(line)</span>"
            var at = lineStart
            while at < lineEnd {
                while r < regions.count, regions[r].endByte <= at { r += 1 }
                guard r < regions.count, regions[r].startByte < lineEnd else {
                    html += slice(at, lineEnd)
                    at = lineEnd
                    break
                }
                let region = regions[r]
                let from = max(at, region.startByte)
                if from > at { html += slice(at, from) }
                let to = min(lineEnd, region.endByte)
                var id = ""
                if !anchored.contains(region.match) {
                    anchored.insert(region.match)
                    id = " id=\"\(prefix)\(region.match)\""
                }
                html += "<a class=\"m c\(region.match % SimilarityHTML.colourCount)\"\(id) href=\"#\(other)\(region.match)\" title=\"match \(region.match)\">"
                html += slice(from, to) + "</a>"
                at = to
            }
            html += "\n"
            line += 1
            lineStart = lineEnd + 1
        }
        return html
    }
}
