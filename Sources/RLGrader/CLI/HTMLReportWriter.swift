/// Writes the HTML report (and the figures' CSV files) of one graded submission.
public enum HTMLReportWriter {
    /// The reference's learning curves recorded for `homework` (nil when none were recorded).
    public static func referenceCurves(workspace: Workspace, homework: String) -> [String: [String: [Double]]]? {
        (try? GoldenFile.load(path: workspace.goldenPath(homework), homework: homework))?.referenceCurves
    }

    /// Writes `report` as HTML to `html` (when given) and, for `rlgrade grade --out DIR`, also
    /// `DIR/report.html` and `DIR/figures/*.csv`.
    public static func write(_ report: Report, workspace: Workspace, html: String?, outFolder: String?) throws(GraderError) {
        guard html != nil || outFolder != nil else { return }
        let curves = referenceCurves(workspace: workspace, homework: report.homework)
        let page = HTMLReport.render(report, referenceCurves: curves)
        if let html { try ReportWriter.write(page, to: html) }
        if let outFolder {
            try ReportWriter.write(page, to: outFolder + "/report.html")
            for file in FigureCSV.files(report, referenceCurves: curves) {
                try ReportWriter.write(file.text, to: outFolder + "/figures/" + file.name)
            }
        }
    }
}
