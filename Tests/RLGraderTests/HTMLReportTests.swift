import Foundation
import RLCore
import Testing
@testable import RLGrader

/// A small report with a failing learner check (two seeds), a passing grid check and hostile text.
private func sampleReport() -> Report {
    let world = GridWorld.suttonBarto4x4()
    let exact = (0..<16).map { Double(-($0 % 5)) }
    var observed = exact
    observed[5] = -7
    let figure = GridFigure(
        world: world, title: "4x4 <test>", observedLabel: "your V", observedValues: observed, observedPolicy: Array(repeating: 1, count: 16),
        expectedLabel: "V", expectedValues: exact, expectedPolicy: Array(repeating: [1], count: 16), tolerance: Tolerance(absolute: 1e-6))
    let learner = CheckResult(
        id: "hw9.convergence.toy", title: "Learns", visibility: .public, points: 2.5, maxPoints: 5, status: .partial,
        feedback: Feedback("Only 1 of 2 seeds <script>alert(1)</script>", expected: "≥ 10", observed: "3 & 4", input: "seed 1", hint: "train longer"),
        data: ["learning-curve-seed-10": [1, 2, 3, 4], "learning-curve-seed-2": [0, 1, 5], "threshold": [4], "evaluation-mean": [3, 11]])
    let grid = CheckResult(
        id: "hw9.grid", title: "Grid", visibility: .hidden, points: 1, maxPoints: 1, status: .passed,
        feedback: Feedback("fine"), data: nil, figures: [figure])
    return Report(
        homework: "hw9", title: "Toy", submission: "student <b>", mode: "grading", seedOverride: nil,
        build: BuildSummary(status: "ok", message: nil, diagnostics: []), checks: [grid, learner],
        points: 3.5, maxPoints: 6, status: "failed")
}

private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Suite struct HTMLReportTests {
    @Test func numbersAreShortAndStable() {
        #expect(SVGWriter.number(12) == "12")
        #expect(SVGWriter.number(12.5) == "12.5")
        #expect(SVGWriter.number(-0.254) == "-0.25")
        #expect(SVGWriter.number(0.001) == "0")
        #expect(SVGWriter.number(.nan) == "0")
        #expect(HTMLText.value(-13.94) == "−13.9")
        #expect(HTMLText.value(0.5423) == "0.542")
        #expect(HTMLText.value(-100.4) == "−100")
        #expect(HTMLText.value(0) == "0")
        #expect(MarkupEscaping.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
    }

    @Test func ticksAreRoundAndCoverTheRange() {
        let (ticks, range) = PlotFrame.ticks(3, 487, count: 5)
        #expect(ticks == [0, 100, 200, 300, 400, 500])
        #expect(range.0 == 0 && range.1 == 500)
        let flat = PlotFrame.ticks(2, 2)
        #expect(flat.range.0 < 2 && flat.range.1 > 2)
    }

    @Test func learningCurvesAreReadFromTheDataInSeedOrder() throws {
        let curves = try #require(LearningCurves(data: sampleReport().checks[1].data))
        #expect(curves.curves.map(\.seed) == ["2", "10"])
        #expect(curves.threshold == 4)
        #expect(LearningCurves(data: ["p-right": [0.5]]) == nil)
        #expect(LearningCurves(data: nil) == nil)
        #expect(LearningCurves.resampled([0, 10], points: 4) == [0, 2.5, 7.5, 10])
        #expect(LearningCurves.finalPerformance(Array(repeating: 1, count: 18) + [5, 7]) == 6)
        let band = try #require(CurveBand(curves))
        #expect(band.low.count == CurveBand.points && zip(band.low, band.high).allSatisfy { $0 <= $1 })
        #expect(band.finals == [4, 5])  // the last point of each (fewer than 10 points)
    }

    @Test func failingChecksComeFirstAndOpen() {
        let html = HTMLReport.render(sampleReport())
        let learner = html.range(of: "id=\"check-hw9.convergence.toy\" open")
        let grid = html.range(of: "id=\"check-hw9.grid\">")
        #expect(learner != nil && grid != nil)
        if let learner, let grid { #expect(learner.lowerBound < grid.lowerBound) }
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("student &lt;b&gt;"))
    }

    @Test func figuresHaveTheirCurvesAndCells() {
        let html = HTMLReport.render(sampleReport(), referenceCurves: ["hw9.convergence.toy": ["learning-curve-seed-1": [1, 2, 3]]])
        #expect(count("class=\"curve-raw\"", in: html) == 2)
        #expect(count("class=\"curve-smooth\"", in: html) == 2)
        #expect(count("class=\"band\"", in: html) == 1)
        #expect(count("class=\"threshold\"", in: html) == 1)
        #expect(count("class=\"cell\"", in: html) == 32)
        #expect(count("class=\"mismatch\"", in: html) == 1)
        #expect(!html.contains("viewBox=\"0 0 0"))
        #expect(!HTMLReport.render(sampleReport()).contains("class=\"band\""))
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        let report = sampleReport()
        let decoded = try JSONReport.decode(JSONReport.render(report))
        #expect(decoded == report)
        #expect(HTMLReport.render(report) == HTMLReport.render(decoded))
    }

    @Test func gridFigureMarksWhatDiffers() throws {
        let figure = try #require(sampleReport().checks[0].figures?.first)
        #expect(figure.valueMismatches == [5])
        #expect(figure.policyMismatches.isEmpty)
        #expect(figure.map == ["G...", "....", "....", "...G"])
        #expect(figure.actions == ["up", "right", "down", "left"])
        let csv = FigureCSV.grid(figure).split(separator: "\n")
        #expect(csv.count == 17)
        #expect(csv[6] == "5,1,1,.,-7.0,0.0,right,right,1,0,")
    }

    @Test func curvesCSVHasEveryPoint() throws {
        let report = sampleReport()
        let files = FigureCSV.files(report, referenceCurves: ["hw9.convergence.toy": ["learning-curve-seed-1": [1, 2]]])
        #expect(files.map(\.name) == ["hw9.grid.grid-1.csv", "hw9.convergence.toy.learning-curves.csv"])
        let lines = files[1].text.split(separator: "\n")
        #expect(lines.count == 1 + 3 + 4 + 2)
        #expect(lines[1] == "yours,2,0,0.16666666666666666,0.0")
        #expect(lines.last == "reference,1,1,0.75,2.0")
    }

    @Test func failureReasonsGroupByTextWithoutNumbers() {
        #expect(FailureReasons.pattern("Only 2 of 5 seeds reached 195.5 (state 12).") == "Only # of # seeds reached # (state #).")
        var a = sampleReport(), b = sampleReport(), c = sampleReport()
        b.checks[1].feedback.summary = "Only 0 of 2 seeds <script>alert(7)</script>"
        c.checks[1].feedback.summary = "Something else"
        let reasons = FailureReasons.group(checkID: "hw9.convergence.toy", reports: [("zed", a), ("amy", b), ("bo", c)])
        #expect(reasons.map(\.students) == [["amy", "zed"], ["bo"]])
        #expect(reasons[0].example.hasPrefix("Only 0 of 2"))
        a.checks[1].status = .passed
        #expect(FailureReasons.group(checkID: "hw9.convergence.toy", reports: [("zed", a)]).isEmpty)
    }

    @Test func dashboardCountsTheClass() {
        var other = sampleReport()
        other.points = 6
        other.status = "passed"
        let rubric = Rubric(homework: "hw9", title: "Toy", entries: [], path: "hw9.json")
        let html = ClassDashboard.render(homework: "hw9", rubric: rubric, reports: [("b", other), ("a", sampleReport())], referenceCurves: nil)
        #expect(count("class=\"hist-bar\"", in: html) == 10)
        #expect(html.contains("href=\"results/a.html\"") && html.contains("href=\"results/b.html\""))
        #expect(html == ClassDashboard.render(homework: "hw9", rubric: rubric, reports: [("a", sampleReport()), ("b", other)], referenceCurves: nil))
    }

    @Test func oldGoldenFilesStillLoad() throws {
        let old = #"{"format": "rlgrade-golden/1", "homework": "hw0", "answers": {"k": "v"}}"#
        let golden = try JSONDecoder().decode(GoldenFile.self, from: Data(old.utf8))
        #expect(golden.referenceCurves == nil)
        let encoded = String(decoding: try GoldenFile(homework: "hw0", answers: [:]).encoded(), as: UTF8.self)
        #expect(!encoded.contains("referenceCurves"))
    }
}
