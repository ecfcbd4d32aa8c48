/// One possible result of taking an action: the next state s', its probability P(s'|s,a) and the
/// reward r(s,a,s') received on that transition.
public struct Outcome: Codable, Sendable, Hashable {
    /// The index of the next state s'.
    public var next: Int
    /// P(s'|s,a), in [0, 1].
    public var probability: Double
    /// The reward r(s,a,s') for this transition.
    public var reward: Double

    public init(next: Int, probability: Double, reward: Double) {
        self.next = next
        self.probability = probability
        self.reward = reward
    }
}
