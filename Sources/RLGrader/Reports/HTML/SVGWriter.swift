/// A small writer of SVG text for the HTML report: every number printed with at most two decimals
/// and every text escaped, so the same figure gives the same bytes on every machine.
///
/// Coordinates are in the figure's own units (its `viewBox`, origin top left, y down); the page
/// scales the figure to its width.
struct SVGWriter {
    let width: Double
    let height: Double
    private var body = ""

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// The finished `<svg>` element. `attributes` go on the root (e.g. `class`, `data-curves`);
    /// `label` is its accessible name.
    func finish(label: String, attributes: [(String, String)] = []) -> String {
        var root: [(String, String)] = [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(Self.number(width)) \(Self.number(height))"),
            ("role", "img"), ("aria-label", label),
        ]
        root += attributes
        return "<svg" + Self.attributes(root) + ">\n<title>" + MarkupEscaping.escape(label) + "</title>\n" + body + "</svg>\n"
    }

    /// Appends `<name attributes/>`, or `<name attributes>content</name>` when there is content.
    mutating func element(_ name: String, _ attributes: [(String, String)], content: String? = nil) {
        body += "<" + name + Self.attributes(attributes)
        if let content { body += ">" + content + "</" + name + ">\n" } else { body += "/>\n" }
    }

    /// Appends already-written SVG (a group another writer produced).
    mutating func raw(_ svg: String) { body += svg }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, strokeWidth: Double = 1, radius: Double = 0, dash: String? = nil,
                       cls: String? = nil, tooltip: String? = nil) {
        var a: [(String, String)] = [("x", Self.number(x)), ("y", Self.number(y)),
                                     ("width", Self.number(width)), ("height", Self.number(height)), ("fill", fill)]
        if radius > 0 { a.append(("rx", Self.number(radius))) }
        if let stroke { a += [("stroke", stroke), ("stroke-width", Self.number(strokeWidth))] }
        if let dash { a.append(("stroke-dasharray", dash)) }
        if let cls { a.append(("class", cls)) }
        element("rect", a, content: tooltip.map { "<title>" + MarkupEscaping.escape($0) + "</title>" })
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil, cls: String? = nil) {
        var a: [(String, String)] = [("x1", Self.number(x1)), ("y1", Self.number(y1)), ("x2", Self.number(x2)),
                                     ("y2", Self.number(y2)), ("stroke", stroke), ("stroke-width", Self.number(width))]
        if let dash { a.append(("stroke-dasharray", dash)) }
        if let cls { a.append(("class", cls)) }
        element("line", a)
    }

    /// An open line through `points` (non-finite points are skipped).
    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 1.5,
                           opacity: Double = 1, dash: String? = nil, cls: String? = nil) {
        var a: [(String, String)] = [("points", Self.points(points)), ("fill", "none"), ("stroke", stroke),
                                     ("stroke-width", Self.number(width)), ("stroke-linejoin", "round")]
        if opacity < 1 { a.append(("stroke-opacity", Self.number(opacity))) }
        if let dash { a.append(("stroke-dasharray", dash)) }
        if let cls { a.append(("class", cls)) }
        element("polyline", a)
    }

    /// A filled closed shape through `points`.
    mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double = 1,
                          stroke: String? = nil, cls: String? = nil) {
        var a: [(String, String)] = [("points", Self.points(points)), ("fill", fill)]
        if opacity < 1 { a.append(("fill-opacity", Self.number(opacity))) }
        if let stroke { a += [("stroke", stroke), ("stroke-width", "1")] }
        if let cls { a.append(("class", cls)) }
        element("polygon", a)
    }

    mutating func circle(cx: Double, cy: Double, r: Double, fill: String, opacity: Double = 1,
                         cls: String? = nil, tooltip: String? = nil) {
        var a: [(String, String)] = [("cx", Self.number(cx)), ("cy", Self.number(cy)), ("r", Self.number(r)), ("fill", fill)]
        if opacity < 1 { a.append(("fill-opacity", Self.number(opacity))) }
        if let cls { a.append(("class", cls)) }
        element("circle", a, content: tooltip.map { "<title>" + MarkupEscaping.escape($0) + "</title>" })
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ string: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                       fill: String = "#1f2328", weight: String? = nil, rotate: Bool = false, cls: String? = nil) {
        var a: [(String, String)] = [("x", Self.number(x)), ("y", Self.number(y)), ("font-size", Self.number(size)),
                                     ("text-anchor", anchor.rawValue), ("fill", fill)]
        if let weight { a.append(("font-weight", weight)) }
        if rotate { a.append(("transform", "rotate(-90 \(Self.number(x)) \(Self.number(y)))")) }
        if let cls { a.append(("class", cls)) }
        element("text", a, content: MarkupEscaping.escape(string))
    }

    // MARK: Deterministic text

    /// `x` rounded to two decimals, without trailing zeros ("12", "12.5", "-0.25"); 0 for NaN/∞.
    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "0" }
        let hundredths = Int64((x * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let m = abs(hundredths)
        let whole = m / 100, fraction = m % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + String(whole) + "." + String(fraction / 10) }
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    static func points(_ points: [(Double, Double)]) -> String {
        points.filter { $0.0.isFinite && $0.1.isFinite }.map { number($0.0) + "," + number($0.1) }.joined(separator: " ")
    }

    static func attributes(_ list: [(String, String)]) -> String {
        list.map { " " + $0.0 + "=\"" + MarkupEscaping.escape($0.1) + "\"" }.joined()
    }
}
