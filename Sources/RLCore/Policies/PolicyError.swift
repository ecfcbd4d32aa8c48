/// Why a ``TabularPolicy`` is not valid. Every case names the offending state (and action, when
/// there is one), and ``description`` says so in plain words.
public enum PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The policy has no states (`probabilities` is empty).
    case noStates
    /// Row `state` is empty: every state needs a probability for at least one action.
    case noActions(state: Int)
    /// π(a|s) is negative, NaN or infinite.
    case invalidProbability(state: Int, action: Int, probability: Double)
    /// The probabilities π(·|s) of state `state` sum to `sum` instead of 1 (tolerance 1e-9).
    case rowNotDistribution(state: Int, sum: Double)
    /// The policy has `got` rows, but the MDP (or the list of action counts) has `expected` states.
    case stateCountMismatch(expected: Int, got: Int)
    /// Row `state` has `got` entries, but state `state` has `expected` actions.
    case actionCountMismatch(state: Int, expected: Int, got: Int)
    /// A deterministic policy picks `action` in `state`, which only has actions `0..<actionCount`.
    case actionOutOfRange(state: Int, action: Int, actionCount: Int)

    public var description: String {
        switch self {
        case .noStates:
            return "the policy has no states"
        case .noActions(let s):
            return "π(·|s=\(s)) is empty; every state needs at least one action"
        case .invalidProbability(let s, let a, let p):
            return "π(a=\(a)|s=\(s)) = \(p) is not a probability (negative or not finite)"
        case .rowNotDistribution(let s, let sum):
            return "π(·|s=\(s)) sums to \(sum), not 1 (tolerance 1e-9)"
        case .stateCountMismatch(let expected, let got):
            return "the policy has \(got) states, expected \(expected)"
        case .actionCountMismatch(let s, let expected, let got):
            return "π(·|s=\(s)) has \(got) actions, but state \(s) has \(expected)"
        case .actionOutOfRange(let s, let a, let n):
            return "state \(s) has actions 0..<\(n), but the policy picks action \(a)"
        }
    }
}
