// The classic grid worlds of Sutton & Barto and Gymnasium, as ready-made `GridWorld`s.

extension GridWorld {
    // MARK: Sutton & Barto 4x4 gridworld (Example 4.1)

    /// The map of ``suttonBarto4x4()``: terminal corners, no start cell.
    public static let suttonBarto4x4Map = ["G...", "....", "....", "...G"]

    /// The 4x4 gridworld of Sutton & Barto, Example 4.1.
    ///
    /// - **States** (16): `row * 4 + col`; states 0 (top-left) and 15 (bottom-right) are terminal.
    ///   Episodes start uniformly on the 14 non-terminal states.
    /// - **Actions**: `0` up, `1` right, `2` down, `3` left; deterministic. A move off the grid
    ///   leaves the state unchanged.
    /// - **Rewards**: −1 on every transition (including the one into a terminal corner).
    /// - **Termination**: on entering state 0 or 15. No time limit unless `maxEpisodeSteps` is given.
    /// - **γ = 1.**
    ///
    /// The equiprobable random policy has values
    /// `0 −14 −20 −22 / −14 −18 −20 −20 / −20 −20 −18 −14 / −22 −20 −14 0`.
    public static func suttonBarto4x4(maxEpisodeSteps: Int? = nil) -> GridWorld {
        try! GridWorld(map: suttonBarto4x4Map, stepReward: -1, gamma: 1, maxEpisodeSteps: maxEpisodeSteps)
    }

    // MARK: FrozenLake (Gymnasium FrozenLake-v1)

    /// Gymnasium's 4x4 FrozenLake map (`F` = frozen, i.e. free).
    public static let frozenLake4x4Map = ["SFFF", "FHFH", "FFFH", "HFFG"]

    /// Gymnasium's 8x8 FrozenLake map.
    public static let frozenLake8x8Map = [
        "SFFFFFFF", "FFFFFFFF", "FFFHFFFF", "FFFFFHFF",
        "FFFHFFFF", "FHHFFFHF", "FHFFHFHF", "FFFHFFFG",
    ]

    /// The action directions of FrozenLake, in Gymnasium's order: `0` LEFT, `1` DOWN, `2` RIGHT, `3` UP.
    public static let frozenLakeActions: [Move] = [.left, .down, .right, .up]

    /// Gymnasium's FrozenLake-v1 on the 4x4 map.
    ///
    /// - **States** (16): `row * 4 + col`; start 0 (top-left), goal 15, holes 5, 7, 11, 12.
    /// - **Actions**: `0` LEFT, `1` DOWN, `2` RIGHT, `3` UP (Gymnasium's order, *not* the
    ///   generic grid order).
    /// - **Slippery** (default): the agent moves in the intended direction or one of the two
    ///   perpendicular directions, each with probability 1/3 (moves off the grid stay put).
    ///   `isSlippery: false` makes moves deterministic.
    /// - **Rewards**: 1 on entering the goal, 0 otherwise (holes too).
    /// - **Termination**: on entering the goal or a hole. **Truncation** after 100 steps.
    /// - **γ**: 0.99 by default (Gymnasium itself has no γ; this is the course's choice).
    ///   V*(start) = 0.542026 at γ = 0.99.
    public static func frozenLake4x4(isSlippery: Bool = true, gamma: Double = 0.99,
                                     maxEpisodeSteps: Int? = 100) -> GridWorld {
        frozenLake(map: frozenLake4x4Map, isSlippery: isSlippery, gamma: gamma, maxEpisodeSteps: maxEpisodeSteps)
    }

    /// Gymnasium's FrozenLake-v1 on the 8x8 map: as ``frozenLake4x4(isSlippery:gamma:maxEpisodeSteps:)``
    /// (64 states, start 0, goal 63) with a time limit of 200 steps.
    public static func frozenLake8x8(isSlippery: Bool = true, gamma: Double = 0.99,
                                     maxEpisodeSteps: Int? = 200) -> GridWorld {
        frozenLake(map: frozenLake8x8Map, isSlippery: isSlippery, gamma: gamma, maxEpisodeSteps: maxEpisodeSteps)
    }

    private static func frozenLake(map: [String], isSlippery: Bool, gamma: Double,
                                   maxEpisodeSteps: Int?) -> GridWorld {
        try! GridWorld(map: map, actions: frozenLakeActions, stepReward: 0, goalReward: 1, holeReward: 0,
                       slip: isSlippery ? .perpendicular(1.0 / 3.0) : .none,
                       gamma: gamma, maxEpisodeSteps: maxEpisodeSteps)
    }

    // MARK: CliffWalking (Sutton & Barto Example 6.6, Gymnasium CliffWalking)

    /// The 4x12 cliff-walking map: start (3,0), goal (3,11), cliff (3,1)…(3,10).
    public static let cliffWalkingMap = [
        "............", "............", "............", "SCCCCCCCCCCG",
    ]

    /// Cliff walking (Sutton & Barto, Example 6.6; Gymnasium's CliffWalking layout).
    ///
    /// - **States** (48): `row * 12 + col`; start 36 = (3,0), goal 47 = (3,11),
    ///   cliff 37…46 (unreachable states, as in Gymnasium).
    /// - **Actions**: `0` up, `1` right, `2` down, `3` left; deterministic.
    /// - **Rewards**: −1 per step (including the step into the goal); stepping into the cliff
    ///   gives −100 and puts the agent back at the start **without** ending the episode.
    /// - **Termination**: on entering the goal. No time limit unless `maxEpisodeSteps` is given.
    /// - **γ = 1.** The optimal return from the start is −13.
    public static func cliffWalking(maxEpisodeSteps: Int? = nil) -> GridWorld {
        try! GridWorld(map: cliffWalkingMap, stepReward: -1, cliffReward: -100, gamma: 1,
                       maxEpisodeSteps: maxEpisodeSteps)
    }

    // MARK: Windy gridworld (Sutton & Barto Example 6.5)

    /// The 7x10 windy gridworld map: start (3,0), goal (3,7).
    public static let windyGridworldMap = [
        "..........", "..........", "..........", "S......G..",
        "..........", "..........", "..........",
    ]

    /// The wind of each column of the windy gridworld (rows pushed up).
    public static let windyGridworldWind = [0, 0, 0, 1, 1, 1, 2, 2, 1, 0]

    /// The windy gridworld of Sutton & Barto, Example 6.5.
    ///
    /// - **States** (70): `row * 10 + col`; start 30 = (3,0), goal 37 = (3,7).
    /// - **Actions**: `0` up, `1` right, `2` down, `3` left. The model is deterministic.
    /// - **Wind**: `0 0 0 1 1 1 2 2 1 0` by column; the wind of the column the agent is in
    ///   **before** the move pushes it that many rows up; the result is clamped to the grid.
    /// - **Rewards**: −1 per step.
    /// - **Termination**: on entering the goal. No time limit unless `maxEpisodeSteps` is given
    ///   (a greedy policy can loop forever: give a limit when evaluating one).
    /// - **γ = 1.** The shortest episode takes 15 steps.
    public static func windyGridworld(maxEpisodeSteps: Int? = nil) -> GridWorld {
        try! GridWorld(map: windyGridworldMap, stepReward: -1, wind: windyGridworldWind, gamma: 1,
                       maxEpisodeSteps: maxEpisodeSteps)
    }
}
