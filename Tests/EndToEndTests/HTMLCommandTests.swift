import Foundation
import Testing

/// `--html FILE` and `grade --out DIR` write the HTML report, the same bytes each time.
@Suite struct HTMLCommandTests {
    @Test func htmlReportIsWrittenAndDeterministic() throws {
        let folder = NSTemporaryDirectory() + "rlgrade-html-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cli = CommandLineTests()
        var pages: [String] = []
        for k in 0..<2 {
            let (status, _, err) = try cli.run(["hw0", "ReferenceSolutions/hw0", "--html", folder + "/\(k).html"])
            #expect(status == 0, "\(err)")
            pages.append(try String(contentsOfFile: folder + "/\(k).html", encoding: .utf8))
        }
        #expect(pages[0] == pages[1])
        #expect(pages[0].hasPrefix("<!DOCTYPE html>"))
        #expect(pages[0].contains("id=\"check-hw0.discounted-return.fixtures\""))
        #expect(!pages[0].contains("<script"))

        let (status, _, _) = try cli.run(["grade", "hw0", "--submission", "ReferenceSolutions/hw0", "--out", folder + "/out"])
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/out/report.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out/report.json"))
    }
}
