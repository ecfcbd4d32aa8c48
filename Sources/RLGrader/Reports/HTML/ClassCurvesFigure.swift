/// The SVG of one learner check across the class: each student's learning curve (the mean of their
/// seeds' smoothed curves; green when the check passed, red when not) over the reference's band, and
/// beside it, on the same y axis, every student's final performance (a dot) next to the range of the
/// reference's final performances (a grey bar).
///
/// The root carries `data-curves` (students drawn); each curve has the class `class-curve`, each dot
/// `final-dot`.
enum ClassCurvesFigure {
    struct Student {
        var name: String
        var curves: LearningCurves
        var passed: Bool
    }

    /// The mean over seeds of the smoothed curves, at the band's progress points.
    static func meanCurve(_ curves: LearningCurves) -> [Double] {
        let runs = curves.curves.map { LearningCurves.resampled(LearningCurves.smoothed($0.values), points: CurveBand.points) }
        return (0..<CurveBand.points).map { j in
            let column = runs.map { $0[j] }.filter(\.isFinite)
            return column.isEmpty ? .nan : column.reduce(0, +) / Double(column.count)
        }
    }

    /// The mean over seeds of each seed's final performance.
    static func finalPerformance(_ curves: LearningCurves) -> Double {
        let finals = curves.curves.map { LearningCurves.finalPerformance($0.values) }.filter(\.isFinite)
        return finals.isEmpty ? .nan : finals.reduce(0, +) / Double(finals.count)
    }

    static func svg(_ students: [Student], reference: CurveBand?, title: String) -> String {
        let width = 830.0, height = 320.0
        let means = students.map { meanCurve($0.curves) }
        let finals = students.map { finalPerformance($0.curves) }
        var low = Double.infinity, high = -Double.infinity
        for v in means.flatMap({ $0 }) + finals + (reference.map { $0.low + $0.high + $0.finals } ?? []) where v.isFinite {
            low = min(low, v)
            high = max(high, v)
        }
        let (yTicks, yRange) = PlotFrame.ticks(low, high, count: 5)
        let frame = PlotFrame(left: 64, top: 16, width: 520, height: 246, xRange: (0, 1), yRange: yRange)
        var svg = SVGWriter(width: width, height: height)
        frame.drawAxes(&svg, xTicks: [0, 0.25, 0.5, 0.75, 1], yTicks: yTicks,
                       xLabel: "training progress", yLabel: "episode return (mean over seeds)", xFormat: { HTMLText.percent($0) })
        let progress = (0..<CurveBand.points).map { LearningCurves.progress($0, of: CurveBand.points) }
        if let reference {
            let upper = zip(reference.progress, reference.high).map { (frame.x($0), frame.y($1)) }
            let lower = zip(reference.progress, reference.low).map { (frame.x($0), frame.y($1)) }.reversed()
            svg.polygon(upper + lower, fill: FigurePalette.reference, opacity: 0.3, cls: "band")
        }
        // Failing students on top, so they stand out.
        let order = students.indices.sorted { (students[$0].passed ? 0 : 1, $0) < (students[$1].passed ? 0 : 1, $1) }
        for i in order {
            svg.polyline(zip(progress, means[i]).map { (frame.x($0), frame.y($1)) },
                         stroke: students[i].passed ? FigurePalette.passed : FigurePalette.failed,
                         width: 1.4, opacity: 0.75, cls: "class-curve")
        }

        // The final-performance strip, on the same y axis.
        let stripX = frame.left + frame.width + 40, stripW = 80.0
        svg.line(x1: stripX, y1: frame.top, x2: stripX, y2: frame.top + frame.height, stroke: FigurePalette.grid)
        if let reference, let lo = reference.finals.first, let hi = reference.finals.last {
            svg.rect(x: stripX + 4, y: frame.y(hi) - 2, width: stripW - 8, height: max(4, frame.y(lo) - frame.y(hi) + 4),
                     fill: FigurePalette.reference, radius: 3, cls: "band-finals",
                     tooltip: "reference: final performance \(HTMLText.value(lo)) to \(HTMLText.value(hi))")
        }
        for i in order where finals[i].isFinite {
            let jitter = Double((i * 37) % 11) / 10 - 0.5
            svg.circle(cx: stripX + stripW / 2 + jitter * (stripW - 24), cy: frame.y(finals[i]), r: 4,
                       fill: students[i].passed ? FigurePalette.passed : FigurePalette.failed, opacity: 0.85, cls: "final-dot",
                       tooltip: "\(students[i].name): \(HTMLText.value(finals[i]))")
        }
        svg.text("final", x: stripX + stripW / 2, y: frame.top + frame.height + 17, size: 11, anchor: .middle, fill: FigurePalette.axis)
        svg.text("(last 10 %)", x: stripX + stripW / 2, y: frame.top + frame.height + 31, size: 10.5, anchor: .middle, fill: FigurePalette.axis)

        // Legend.
        let lx = stripX + stripW + 16
        var ly = frame.top + 8
        for (colour, label) in [(FigurePalette.passed, "passed"), (FigurePalette.failed, "not passed")] {
            svg.line(x1: lx, y1: ly, x2: lx + 18, y2: ly, stroke: colour, width: 2.5)
            svg.text(label, x: lx + 24, y: ly + 4, size: 11.5)
            ly += 18
        }
        if reference != nil {
            svg.rect(x: lx, y: ly - 6, width: 18, height: 12, fill: FigurePalette.reference)
            svg.text("reference", x: lx + 24, y: ly + 4, size: 11.5)
        }
        return svg.finish(label: title, attributes: [
            ("class", "figure class-curves"), ("style", "max-width: \(SVGWriter.number(width))px"),
            ("data-curves", String(students.count)), ("data-band", reference == nil ? "0" : "1"),
        ])
    }
}
