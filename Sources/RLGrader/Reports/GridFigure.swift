/// A picture of a grid world for the HTML report: the student's values and greedy actions next to
/// the expected ones, cell by cell. It travels in the JSON report with its check's result, is never
/// scored, and is drawn by `GridWorldFigure` (HTML) and written as CSV by `FigureCSV`.
///
/// States are numbered row-major over all cells, `state = row * cols + col`, as in RLCore's
/// `GridWorld`. Every per-state array has `rows * cols` entries.
public struct GridFigure: Codable, Sendable, Equatable {
    /// What the picture shows, e.g. "FrozenLake 8x8 (slippery, γ = 0.99)".
    public var title: String
    public var rows: Int
    public var cols: Int
    /// The map, one string of `cols` characters per row: `.` free, `#` wall, `S` start, `G` goal,
    /// `H` hole, `C` cliff.
    public var map: [String]
    /// The direction of each action: `up`, `right`, `down` or `left`.
    public var actions: [String]
    /// The name of the student's side, e.g. "your V after value iteration".
    public var observedLabel: String
    /// The student's value of each state (nil when the check sent no values back).
    public var observedValues: [Double]?
    /// The student's action in each state (nil when the check has no policy).
    public var observedPolicy: [Int]?
    /// The name of the expected side, e.g. "V* (optimal)".
    public var expectedLabel: String
    /// The expected value of each state.
    public var expectedValues: [Double]?
    /// The expected (greedy or optimal) actions of each state; ties give several.
    public var expectedPolicy: [[Int]]?
    /// The states whose observed value is not within the check's tolerance of the expected one.
    public var valueMismatches: [Int]
    /// The non-terminal states whose observed action is not among the expected ones.
    public var policyMismatches: [Int]
    /// The states the student's greedy policy visits from the start, in order (drawn as a path on
    /// the student's side); nil when the check follows no route.
    public var route: [Int]?

    public init(
        title: String, rows: Int, cols: Int, map: [String], actions: [String],
        observedLabel: String, observedValues: [Double]?, observedPolicy: [Int]?,
        expectedLabel: String, expectedValues: [Double]?, expectedPolicy: [[Int]]?,
        valueMismatches: [Int], policyMismatches: [Int], route: [Int]? = nil
    ) {
        self.title = title
        self.rows = rows
        self.cols = cols
        self.map = map
        self.actions = actions
        self.observedLabel = observedLabel
        self.observedValues = observedValues
        self.observedPolicy = observedPolicy
        self.expectedLabel = expectedLabel
        self.expectedValues = expectedValues
        self.expectedPolicy = expectedPolicy
        self.valueMismatches = valueMismatches
        self.policyMismatches = policyMismatches
        self.route = route
    }

    /// The map character of `state`.
    public func cell(_ state: Int) -> Character {
        let row = state / cols, col = state % cols
        guard row < map.count else { return "." }
        let line = Array(map[row])
        return col < line.count ? line[col] : "."
    }

    /// True for cells without a meaningful action: walls, goals and holes.
    public func isTerminal(_ state: Int) -> Bool { "#GH".contains(cell(state)) }
}

extension Array {
    /// The element at `index`, or nil when the array is shorter (a figure read back from a file).
    func element(at index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
