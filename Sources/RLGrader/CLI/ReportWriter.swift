import Foundation

/// Writes report files atomically (write to a temporary file, then rename).
public enum ReportWriter {
    public static func write(_ text: String, to path: String) throws(GraderError) {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch { throw .configuration("cannot write \(path): \(error)") }
    }

    /// Writes the formats the options ask for.
    public static func writeRequested(_ report: Report, json: String?, junit: String?, gradescope: String?, markdown: String?) throws(GraderError) {
        do {
            if let json { try write(JSONReport.render(report), to: json) }
            if let gradescope { try write(GradescopeReport.render(report), to: gradescope) }
        } catch let e as GraderError { throw e } catch { throw .internal("cannot encode the report: \(error)") }
        if let junit { try write(JUnitReport.render(report), to: junit) }
        if let markdown { try write(MarkdownReport.render(report), to: markdown) }
    }
}
