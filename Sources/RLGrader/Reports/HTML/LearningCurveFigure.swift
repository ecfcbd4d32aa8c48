/// The SVG of a learner check's learning curves: each seed's episode returns (thin: as reported,
/// thick: smoothed) over the training progress, the reference's band (min–max of its smoothed
/// curves over its seeds) with its median dashed, and the check's threshold as a red dashed line.
///
/// The root carries `data-curves` (the number of seeds drawn), each raw curve the class
/// `curve-raw`, each smoothed one `curve-smooth`, the band `band`: the browser test counts them.
enum LearningCurveFigure {
    static func svg(_ curves: LearningCurves, reference: CurveBand?, title: String) -> String {
        let width = 800.0, height = 340.0
        let frame0 = (left: 64.0, top: 16.0, width: 500.0, height: 262.0)
        var low = Double.infinity, high = -Double.infinity
        for c in curves.curves { for v in c.values where v.isFinite { low = min(low, v); high = max(high, v) } }
        if let reference {
            for v in reference.low + reference.high where v.isFinite { low = min(low, v); high = max(high, v) }
        }
        if let t = curves.threshold { low = min(low, t); high = max(high, t) }
        let (yTicks, yRange) = PlotFrame.ticks(low, high, count: 5)
        let frame = PlotFrame(left: frame0.left, top: frame0.top, width: frame0.width, height: frame0.height,
                              xRange: (0, 1), yRange: yRange)
        var svg = SVGWriter(width: width, height: height)
        frame.drawAxes(&svg, xTicks: [0, 0.25, 0.5, 0.75, 1], yTicks: yTicks,
                       xLabel: "training progress (share of the run's episodes)", yLabel: "episode return",
                       xFormat: { HTMLText.percent($0) })

        if let reference {
            let upper = zip(reference.progress, reference.high).map { (frame.x($0), frame.y($1)) }
            let lower = zip(reference.progress, reference.low).map { (frame.x($0), frame.y($1)) }.reversed()
            svg.polygon(upper + lower, fill: FigurePalette.reference, opacity: 0.28, cls: "band")
            svg.polyline(zip(reference.progress, reference.median).map { (frame.x($0), frame.y($1)) },
                         stroke: FigurePalette.reference, width: 1.5, dash: "5 4", cls: "band-median")
        }
        if let t = curves.threshold {
            svg.line(x1: frame.left, y1: frame.y(t), x2: frame.left + frame.width, y2: frame.y(t),
                     stroke: FigurePalette.threshold, width: 1.5, dash: "6 4", cls: "threshold")
        }
        for (i, c) in curves.curves.enumerated() {
            let n = c.values.count
            let colour = FigurePalette.series(i)
            let raw = c.values.enumerated().map { (frame.x(LearningCurves.progress($0.offset, of: n)), frame.y($0.element)) }
            svg.polyline(raw, stroke: colour, width: 1, opacity: 0.3, cls: "curve-raw")
            let smooth = LearningCurves.smoothed(c.values).enumerated().map {
                (frame.x(LearningCurves.progress($0.offset, of: n)), frame.y($0.element))
            }
            svg.polyline(smooth, stroke: colour, width: 2.2, cls: "curve-smooth")
        }

        // Legend, right of the plot.
        var y = frame0.top + 6
        let x = frame0.left + frame0.width + 24
        svg.text("Your runs", x: x, y: y + 4, size: 12, weight: "600")
        y += 20
        for (i, c) in curves.curves.enumerated() {
            svg.line(x1: x, y1: y, x2: x + 22, y2: y, stroke: FigurePalette.series(i), width: 2.5)
            let final = LearningCurves.finalPerformance(c.values)
            svg.text((c.seed == "run" ? "run" : "seed \(c.seed)") + "  (end: \(HTMLText.value(final)))",
                     x: x + 30, y: y + 4, size: 11.5)
            y += 18
        }
        y += 8
        if let reference {
            svg.rect(x: x, y: y - 6, width: 22, height: 12, fill: FigurePalette.reference)
            svg.text("reference, \(reference.finals.count) seeds", x: x + 30, y: y + 4, size: 11.5)
            y += 15
            svg.text("min–max; median dashed", x: x + 30, y: y + 4, size: 10.5, fill: FigurePalette.axis)
            y += 20
        }
        if let t = curves.threshold {
            svg.line(x1: x, y1: y, x2: x + 22, y2: y, stroke: FigurePalette.threshold, width: 1.5, dash: "6 4")
            svg.text("threshold \(HTMLText.value(t))", x: x + 30, y: y + 4, size: 11.5)
            y += 20
        }
        svg.text("thin: as reported", x: x, y: min(y + 6, height - 22), size: 10.5, fill: FigurePalette.axis)
        svg.text("thick: smoothed", x: x, y: min(y + 20, height - 8), size: 10.5, fill: FigurePalette.axis)
        return svg.finish(label: title, attributes: [
            ("class", "figure learning-curves"), ("style", "max-width: \(SVGWriter.number(width))px"), ("data-curves", String(curves.curves.count)),
            ("data-band", reference == nil ? "0" : "1"),
        ])
    }
}
