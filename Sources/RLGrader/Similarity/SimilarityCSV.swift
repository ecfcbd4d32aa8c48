/// `similarity.csv`: one row per pair that shares code, in rank order.
///
/// Columns: `rank, student_a, student_b, shared, percent_a, percent_b, fingerprints_a,
/// fingerprints_b, page` — `percent_a` is the share of a's retained fingerprints that b also has;
/// `page` is the pair's HTML page when one was written.
public enum SimilarityCSV {
    public static func render(pairs: [SimilarPair], students: [String], pages: Int) -> String {
        var lines = ["rank,student_a,student_b,shared,percent_a,percent_b,fingerprints_a,fingerprints_b,page"]
        for (i, p) in pairs.enumerated() {
            let rank = i + 1
            let row = [
                "\(rank)", students[p.first], students[p.second], "\(p.shared)",
                String(SimilarityHTML.percent(p.firstPercent).dropLast()), String(SimilarityHTML.percent(p.secondPercent).dropLast()),
                "\(p.firstTotal)", "\(p.secondTotal)", rank <= pages ? SimilarityOverviewPage.pagePath(rank: rank) : "",
            ]
            lines.append(row.map(Gradebook.field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
