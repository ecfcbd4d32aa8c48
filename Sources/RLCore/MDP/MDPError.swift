/// Why a tabular MDP could not be built. Every case names the offending state and action.
public enum MDPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The MDP has no states.
    case noStates
    /// State `state` has no actions (every state needs at least one; terminal states too).
    case noActions(state: Int)
    /// The probabilities of P(·|s,a) sum to `sum` instead of 1 (tolerance 1e-9).
    case rowNotDistribution(state: Int, action: Int, sum: Double)
    /// P(next|s,a) is negative or not finite.
    case invalidProbability(state: Int, action: Int, next: Int, probability: Double)
    /// A transition of (s,a) leads to `next`, which is not a state index.
    case nextStateOutOfRange(state: Int, action: Int, next: Int, stateCount: Int)
    /// A reward of (s,a) is NaN or infinite.
    case nonFiniteReward(state: Int, action: Int, next: Int, reward: Double)
    /// The discount γ is not in [0, 1].
    case gammaOutOfRange(Double)
    /// γ = 1 but no terminal state can be reached from `state`: returns would be unbounded.
    case noReachableTerminal(state: Int)
    /// The `terminal` flags do not have one entry per state.
    case terminalFlagsCount(expected: Int, got: Int)
    /// A start distribution is not a probability distribution over the states.
    case invalidStartDistribution(String)

    public var description: String {
        switch self {
        case .noStates:
            return "the MDP has no states"
        case .noActions(let s):
            return "state \(s) has no actions; every state needs at least one"
        case .rowNotDistribution(let s, let a, let sum):
            return "P(·|s=\(s), a=\(a)) sums to \(sum), not 1 (tolerance 1e-9)"
        case .invalidProbability(let s, let a, let next, let p):
            return "P(s'=\(next)|s=\(s), a=\(a)) = \(p) is not a probability (negative or not finite)"
        case .nextStateOutOfRange(let s, let a, let next, let n):
            return "a transition of (s=\(s), a=\(a)) leads to state \(next), but states are 0..<\(n)"
        case .nonFiniteReward(let s, let a, let next, let r):
            return "the reward of (s=\(s), a=\(a), s'=\(next)) is \(r); rewards must be finite"
        case .gammaOutOfRange(let g):
            return "γ = \(g) is outside [0, 1]"
        case .noReachableTerminal(let s):
            return "γ = 1 but no terminal state is reachable from state \(s): returns would be unbounded"
        case .terminalFlagsCount(let expected, let got):
            return "terminal flags: expected one per state (\(expected)), got \(got)"
        case .invalidStartDistribution(let why):
            return "invalid start distribution: \(why)"
        }
    }
}
