/// A grid world built from an ASCII map: the tabular environment behind the 4x4 gridworld,
/// FrozenLake, CliffWalking and the windy gridworld (see `GridWorld+Classics.swift`).
///
/// ## The map
/// One `String` per row, all of the same length. Characters:
///
/// | char      | cell  | meaning                                                              |
/// |-----------|-------|----------------------------------------------------------------------|
/// | `.` or `F`| free  | an ordinary cell (`F`, "frozen", lets Gymnasium's maps be used as is) |
/// | `#`       | wall  | cannot be entered                                                    |
/// | `S`       | start | an ordinary cell where episodes start                                |
/// | `G`       | goal  | **terminal**; entering it gives `goalReward`                         |
/// | `H`       | hole  | **terminal**; entering it gives `holeReward`                         |
/// | `C`       | cliff | **not** terminal: entering it gives `cliffReward` and sends the agent back to the start |
///
/// ## States
/// States are numbered **row-major over all cells**, walls included: `state = row * cols + col`
/// (row 0 is the top row). Use ``state(row:col:)`` and ``position(of:)`` to convert.
/// Wall and cliff cells are states too, but unreachable:
/// - a **wall** state has self-loop rows with reward 0 and is flagged terminal in
///   `model.isTerminal`, so its value is 0 by the course's convention and the model stays valid
///   with γ = 1 (it can never be entered, so this never ends an episode);
/// - a **cliff** state has ordinary rows (moves from it as from a free cell), as in Gymnasium.
/// Goal and hole states are terminal with self-loop rows of reward 0 (never used).
///
/// Episodes start uniformly on the `S` cells; a map without `S` starts uniformly on all free
/// cells (e.g. the 4x4 gridworld, whose start is any non-terminal state).
///
/// ## Actions
/// `actions[i]` is the direction of action `i`. The default is `0` up, `1` right, `2` down,
/// `3` left; FrozenLake uses Gymnasium's `0` left, `1` down, `2` right, `3` up.
/// A move that would leave the grid or enter a wall leaves the state **unchanged** (and still
/// costs `stepReward`).
///
/// **Slip.** With ``Slip/perpendicular(_:)`` `p`, the agent moves in the intended direction with
/// probability 1 − 2p and in each of the two perpendicular directions with probability p
/// (FrozenLake: p = 1/3, so all three 1/3). Outcomes that reach the same next state with the same
/// reward are merged (Gymnasium lists them separately; the probabilities are the same).
///
/// **Wind.** `wind[c]` (one integer per column) pushes the agent `wind[c]` rows **up**, where `c`
/// is the column the agent is in **before** the move. The move and the wind are added and the
/// result is clamped to the grid (as in Sutton & Barto's Example 6.5 code); if the result is a
/// wall the agent stays where it was.
///
/// ## Rewards
/// Every transition gives `stepReward`, except entering `G` (`goalReward`), `H` (`holeReward`)
/// or `C` (`cliffReward`), which give that reward *instead*. `goalReward` and `holeReward`
/// default to `stepReward`.
///
/// ## Termination and truncation
/// `terminated` is true on entering `G` or `H`. `truncated` is true when `maxEpisodeSteps` steps
/// were taken without terminating (`nil` = no time limit). Never both.
///
/// ## γ
/// `model.gamma` is the discount the task is defined with (`gamma`, default 1).
///
/// ## Randomness
/// ``reset(seed:)`` seeds `SeededGenerator(seed:)` and draws the start with
/// `categorical(startDistribution)`; each step draws one `categorical` over the outcomes of
/// `model.outcomes[s][a]` (see ``MDPEnvironment``). Same seed + same actions ⇒ same episode.
public struct GridWorld: TabularEnvironment, Sendable {
    /// A direction of movement on the grid.
    public enum Move: Int, Sendable, CaseIterable, Codable {
        case up = 0, right = 1, down = 2, left = 3

        /// (row change, column change); rows grow downwards.
        public var delta: (row: Int, col: Int) {
            switch self {
            case .up: return (-1, 0)
            case .right: return (0, 1)
            case .down: return (1, 0)
            case .left: return (0, -1)
            }
        }

        /// The direction 90° clockwise (up → right → down → left → up).
        public var clockwise: Move { Move(rawValue: (rawValue + 1) % 4)! }
        /// The direction 90° counter-clockwise.
        public var counterClockwise: Move { Move(rawValue: (rawValue + 3) % 4)! }
    }

    /// How the executed move relates to the intended one.
    public enum Slip: Sendable, Equatable {
        /// Moves are deterministic.
        case none
        /// The intended direction with probability 1 − 2p, each perpendicular direction with
        /// probability p (0 ≤ p ≤ 1/2).
        case perpendicular(Double)
    }

    /// The kind of a cell of the map.
    public enum Cell: Character, Sendable, CaseIterable, Codable {
        case free = ".", wall = "#", start = "S", goal = "G", hole = "H", cliff = "C"

        /// True for the cells that end an episode when entered (goal and hole).
        public var isTerminal: Bool { self == .goal || self == .hole }
    }

    /// Why a grid world could not be built.
    public enum BuildError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The map has no rows or its rows are empty.
        case emptyMap
        /// Row `row` has `got` characters instead of `expected`.
        case raggedRow(row: Int, expected: Int, got: Int)
        /// The character at (`row`, `col`) is not one of `. F # S G H C`.
        case unknownCharacter(row: Int, col: Int, character: Character)
        /// There is no `S` cell and no free cell to start from.
        case noStartCell
        /// `actions` is empty.
        case noActions
        /// The slip probability is not in [0, 1/2].
        case slipProbabilityOutOfRange(Double)
        /// `wind` does not have one entry per column.
        case windCount(expected: Int, got: Int)
        /// `maxEpisodeSteps` is not positive.
        case invalidMaxEpisodeSteps(Int)
        /// A reward is NaN or infinite.
        case nonFiniteReward(Double)
        /// The resulting MDP is invalid (e.g. γ out of range, or γ = 1 with a cell from which no
        /// terminal cell can be reached).
        case model(MDPError)

        public var description: String {
            switch self {
            case .emptyMap: return "the map is empty"
            case .raggedRow(let r, let e, let g): return "row \(r) has \(g) characters, expected \(e)"
            case .unknownCharacter(let r, let c, let ch):
                return "unknown character '\(ch)' at row \(r), column \(c) (use . F # S G H C)"
            case .noStartCell: return "the map has no S cell and no free cell to start from"
            case .noActions: return "the action list is empty"
            case .slipProbabilityOutOfRange(let p): return "slip probability \(p) is outside [0, 1/2]"
            case .windCount(let e, let g): return "wind has \(g) entries, expected one per column (\(e))"
            case .invalidMaxEpisodeSteps(let n): return "maxEpisodeSteps must be positive, got \(n)"
            case .nonFiniteReward(let r): return "reward \(r) is not finite"
            case .model(let e): return "invalid grid world MDP: \(e)"
            }
        }
    }

    /// The number of rows of the map.
    public let rows: Int
    /// The number of columns of the map.
    public let cols: Int
    /// `cells[state]`: the kind of each cell, row-major.
    public let cells: [Cell]
    /// `actions[a]`: the direction of action `a`.
    public let actions: [Move]
    /// The wind of each column (rows pushed up), all zeros when there is none.
    public let wind: [Int]
    private var core: MDPEnvironment

    /// The exact MDP of the grid (built once, at init).
    public var model: TabularMDP { core.model }
    /// The start distribution: uniform over the `S` cells (or the free cells if there is none).
    public var startDistribution: [Double] { core.startDistribution }
    /// The number of actions (the same in every state).
    public var actionCount: Int? { actions.count }
    /// The time limit, or `nil` for none.
    public var maxEpisodeSteps: Int? { core.maxEpisodeSteps }
    /// The current state (valid after ``reset(seed:)``).
    public var state: Int { core.state }
    /// The number of steps taken in the current episode.
    public var elapsedSteps: Int { core.elapsedSteps }
    /// True before the first reset and after the episode ended.
    public var needsReset: Bool { core.needsReset }

    /// Builds a grid world from an ASCII map (see the type's documentation for every rule).
    ///
    /// - Parameters:
    ///   - map: one string per row (`. F # S G H C`).
    ///   - actions: the direction of each action; default `[.up, .right, .down, .left]`.
    ///   - stepReward: the reward of an ordinary transition (also when bumping into a wall/edge).
    ///   - goalReward: the reward for entering `G` (default: `stepReward`).
    ///   - holeReward: the reward for entering `H` (default: `stepReward`).
    ///   - cliffReward: the reward for entering `C` (which sends the agent back to the start).
    ///   - slip: the slip model (default `.none`).
    ///   - wind: upward push per column (default none).
    ///   - gamma: the discount γ ∈ [0, 1].
    ///   - maxEpisodeSteps: the time limit, `nil` for none.
    /// - Throws: ``BuildError``.
    public init(
        map: [String],
        actions: [Move] = [.up, .right, .down, .left],
        stepReward: Double = -1,
        goalReward: Double? = nil,
        holeReward: Double? = nil,
        cliffReward: Double = -100,
        slip: Slip = .none,
        wind: [Int]? = nil,
        gamma: Double = 1,
        maxEpisodeSteps: Int? = nil
    ) throws(BuildError) {
        // Parse the map.
        guard let width = map.first?.count, width > 0 else { throw .emptyMap }
        var cells: [Cell] = []
        cells.reserveCapacity(map.count * width)
        for (r, line) in map.enumerated() {
            let chars = Array(line)
            guard chars.count == width else { throw .raggedRow(row: r, expected: width, got: chars.count) }
            for (c, ch) in chars.enumerated() {
                guard let cell = ch == "F" ? .free : Cell(rawValue: ch) else {
                    throw .unknownCharacter(row: r, col: c, character: ch)
                }
                cells.append(cell)
            }
        }
        let rows = map.count, cols = width, n = rows * cols
        guard !actions.isEmpty else { throw .noActions }
        let windByColumn = wind ?? Array(repeating: 0, count: cols)
        guard windByColumn.count == cols else { throw .windCount(expected: cols, got: windByColumn.count) }
        if let limit = maxEpisodeSteps, limit <= 0 { throw .invalidMaxEpisodeSteps(limit) }
        let goalReward = goalReward ?? stepReward
        let holeReward = holeReward ?? stepReward
        for r in [stepReward, goalReward, holeReward, cliffReward] where !r.isFinite {
            throw .nonFiniteReward(r)
        }
        let slipP: Double
        switch slip {
        case .none: slipP = 0
        case .perpendicular(let p):
            guard p.isFinite, p >= 0, p <= 0.5 else { throw .slipProbabilityOutOfRange(p) }
            slipP = p
        }

        // Start distribution: uniform over S cells, else over free cells.
        var startStates = (0..<n).filter { cells[$0] == .start }
        if startStates.isEmpty { startStates = (0..<n).filter { cells[$0] == .free } }
        guard !startStates.isEmpty else { throw .noStartCell }
        var start = Array(repeating: 0.0, count: n)
        for s in startStates { start[s] = 1.0 / Double(startStates.count) }

        // The executed moves of an intended move, in Gymnasium's FrozenLake order
        // (clockwise neighbour, intended, counter-clockwise neighbour), zero probabilities dropped.
        func executed(_ move: Move) -> [(Move, Double)] {
            if slipP == 0 { return [(move, 1)] }
            let list = [(move.clockwise, slipP), (move, 1 - 2 * slipP), (move.counterClockwise, slipP)]
            return list.filter { $0.1 > 0 }
        }

        // Destination of a move from a state: move plus wind, clamped to the grid; walls block.
        func destination(_ s: Int, _ move: Move) -> Int {
            let r = s / cols, c = s % cols
            let d = move.delta
            let nr = min(max(r + d.row - windByColumn[c], 0), rows - 1)
            let nc = min(max(c + d.col, 0), cols - 1)
            let next = nr * cols + nc
            return cells[next] == .wall ? s : next
        }

        var outcomes: [[[Outcome]]] = []
        outcomes.reserveCapacity(n)
        var terminal: [Bool] = []
        terminal.reserveCapacity(n)
        for s in 0..<n {
            let cell = cells[s]
            if cell == .wall || cell.isTerminal {
                let loop = [Outcome(next: s, probability: 1, reward: 0)]
                outcomes.append(Array(repeating: loop, count: actions.count))
                terminal.append(true)
                continue
            }
            terminal.append(false)
            var row: [[Outcome]] = []
            row.reserveCapacity(actions.count)
            for intended in actions {
                var list: [Outcome] = []
                func add(_ next: Int, _ p: Double, _ reward: Double) {
                    if let i = list.firstIndex(where: { $0.next == next && $0.reward == reward }) {
                        list[i].probability += p
                    } else {
                        list.append(Outcome(next: next, probability: p, reward: reward))
                    }
                }
                for (move, p) in executed(intended) {
                    let next = destination(s, move)
                    switch cells[next] {
                    case .cliff:
                        for s0 in startStates { add(s0, p * start[s0], cliffReward) }
                    case .goal: add(next, p, goalReward)
                    case .hole: add(next, p, holeReward)
                    case .free, .start, .wall: add(next, p, stepReward)
                    }
                }
                row.append(list)
            }
            outcomes.append(row)
        }

        let model: TabularMDP
        do {
            model = try TabularMDP(outcomes: outcomes, isTerminal: terminal, gamma: gamma)
            core = try MDPEnvironment(model: model, startDistribution: start, maxEpisodeSteps: maxEpisodeSteps)
        } catch {
            throw .model(error)
        }
        self.rows = rows
        self.cols = cols
        self.cells = cells
        self.actions = actions
        self.wind = windByColumn
    }

    /// The state index of the cell at (`row`, `col`): `row * cols + col`.
    public func state(row: Int, col: Int) -> Int {
        precondition(row >= 0 && row < rows && col >= 0 && col < cols,
                     "(\(row), \(col)) is outside the \(rows)x\(cols) grid")
        return row * cols + col
    }

    /// The (row, column) of state `s`.
    public func position(of s: Int) -> (row: Int, col: Int) {
        precondition(s >= 0 && s < rows * cols, "state \(s) is not in 0..<\(rows * cols)")
        return (s / cols, s % cols)
    }

    /// The kind of the cell at (`row`, `col`).
    public func cell(row: Int, col: Int) -> Cell { cells[state(row: row, col: col)] }

    /// Starts an episode and returns the start state.
    public mutating func reset(seed: UInt64) -> Int { core.reset(seed: seed) }

    /// Takes action `action` (in `0..<actions.count`).
    public mutating func step(_ action: Int) -> StepResult<Int> { core.step(action) }

    /// The map with the cell of `state` (if given) drawn as `A`, one line per row.
    public func render(agentAt state: Int? = nil) -> String {
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            for c in 0..<cols {
                let s = r * cols + c
                line.append(s == state ? "A" : cells[s].rawValue)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
