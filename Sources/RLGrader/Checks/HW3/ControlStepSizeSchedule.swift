import RLCore
import RLHomework

/// `hw3.control.step-size`: the step-size schedule of `sarsa` and `qLearning`, checked exactly.
///
/// The handout fixes the schedule: the n-th update of a pair (s, a), n counted over the whole run,
/// uses α = α₀ / n^ω (`settings.stepSize(update: n)`). A wrong schedule — the constant α₀, n
/// counted per episode, n = the episode number, n = all updates so far — still learns on the
/// route checks' grid worlds, so only an exact test can tell. The inputs make every episode
/// deterministic whatever the student's random draws: every state has a single action and a
/// single next state, and episodes start in state 0. The grader replays the episodes itself and
/// knows the exact Q; it also replays the usual wrong schedules so that the feedback can name the
/// one a wrong answer matches.
struct ControlStepSizeSchedule: Check {
    let id = "hw3.control.step-size"
    let title = "The step-size schedule α₀/n^ω of SARSA and Q-learning"
    let summary = "On deterministic one-action chains, SARSA and Q-learning use α = α₀/n^ω for the n-th update of each pair, counted over the whole run."

    /// A deterministic chain: state s moves to `next[s]` with reward `reward[s]`.
    struct Chain {
        var name: String
        var next: [Int]
        var reward: [Double]
        var terminal: [Bool]
        var gamma: Double
        var limit: Int?
        var settings: HW3.ControlSettings

        var environment: HW3.EnvironmentSpec {
            let outcomes = next.indices.map { s in [[Outcome(next: next[s], probability: 1, reward: reward[s])]] }
            let model: TabularMDP
            do { model = try TabularMDP(outcomes: outcomes, isTerminal: terminal, gamma: gamma) }
            catch { preconditionFailure("\(name): the hand-made chain is invalid: \(error)") }
            var start = Array(repeating: 0.0, count: next.count)
            start[0] = 1
            return .mdp(model, startDistribution: start, maxEpisodeSteps: limit)
        }

        var description: String {
            let moves = next.indices.filter { !terminal[$0] }.map { s in "\(s) → \(next[s]) (r = \(Show.number(reward[s])))" }
            let ends = terminal.indices.filter { terminal[$0] }.map(String.init)
            var text = "\(name): one action per state, \(moves.joined(separator: ", "))"
            if !ends.isEmpty { text += ", terminal \(ends.joined(separator: ", "))" }
            text += ", γ = \(Show.number(gamma)), start 0"
            if let limit { text += ", maxEpisodeSteps \(limit)" }
            return text + ", " + HW3Judge.describe(settings)
        }
    }

    /// How n is counted: the rule of the handout and the usual mistakes.
    enum Counting: CaseIterable {
        case perPairOverTheRun, constant, perPairWithinEpisode, episodeNumber, allUpdatesSoFar

        var explanation: String {
            switch self {
            case .perPairOverTheRun: return "α = α₀/n^ω with n the number of updates of (s, a) so far, over the whole run"
            case .constant: return "the constant α₀ (the decay ignored)"
            case .perPairWithinEpisode: return "n counted per pair but restarted in every episode"
            case .episodeNumber: return "n = the episode number (the decay applied per episode, not per pair)"
            case .allUpdatesSoFar: return "n = the number of updates of all pairs so far (one counter for the whole table)"
            }
        }
    }

    static let chains: [Chain] = [
        Chain(name: "two-state loop", next: [1, 0], reward: [1, -0.5], terminal: [false, false], gamma: 0.9, limit: 5,
              settings: .init(episodes: 4, alpha: 1, alphaExponent: 0.5, epsilon: 0.1, seed: 1)),
        Chain(name: "path into a loop", next: [1, 2, 1], reward: [2, -1, 0.5], terminal: [false, false, false], gamma: 0.8, limit: 7,
              settings: .init(episodes: 3, alpha: 0.5, alphaExponent: 1, epsilon: 0.2, seed: 2)),
        Chain(name: "path to a terminal state", next: [1, 2, 2], reward: [1, 3, 0], terminal: [false, false, true], gamma: 1, limit: nil,
              settings: .init(episodes: 5, alpha: 1, alphaExponent: 0.7, epsilon: 0.1, seed: 3)),
        Chain(name: "two-state loop, constant α", next: [1, 0], reward: [1, -0.5], terminal: [false, false], gamma: 0.9, limit: 4,
              settings: .init(episodes: 3, alpha: 0.3, alphaExponent: 0, epsilon: 0.1, seed: 4)),
    ]

    /// Q after the chain's episodes when n is counted by `counting` (one action per state, so
    /// SARSA, Q-learning and expected SARSA all make the same updates).
    static func replay(_ chain: Chain, counting: Counting) -> [[Double]] {
        let s0 = chain.settings
        var q = chain.next.map { _ in [0.0] }
        var pairUpdates = Array(repeating: 0, count: chain.next.count)
        var allUpdates = 0
        for episode in 1...s0.episodes {
            var inEpisode = Array(repeating: 0, count: chain.next.count)
            var s = 0, steps = 0
            while !chain.terminal[s] {
                let next = chain.next[s]
                steps += 1
                pairUpdates[s] += 1; inEpisode[s] += 1; allUpdates += 1
                let alpha: Double
                switch counting {
                case .perPairOverTheRun: alpha = s0.stepSize(update: pairUpdates[s])
                case .constant: alpha = s0.alpha
                case .perPairWithinEpisode: alpha = s0.stepSize(update: inEpisode[s])
                case .episodeNumber: alpha = s0.stepSize(update: episode)
                case .allUpdatesSoFar: alpha = s0.stepSize(update: allUpdates)
                }
                let target = chain.reward[s] + (chain.terminal[next] ? 0 : chain.gamma * q[next][0])
                q[s][0] += alpha * (target - q[s][0])
                if let limit = chain.limit, steps >= limit { break }
                s = next
            }
        }
        return q
    }

    func run(_ context: CheckContext) throws -> CheckVerdict {
        let tolerance = Tolerance(absolute: context.tolerance(1e-9), relative: 1e-9)
        let inputs = Self.chains.map { HW3.TrainingInput(environment: $0.environment, settings: $0.settings) }
        let describe = { (i: Int) in Self.chains[i].description }
        let sarsa = try HW3Judge.callTraining(context, HW3.Sarsa.self, inputs, describe: describe)
        let qLearning = try HW3Judge.callTraining(context, HW3.QLearning.self, inputs, describe: describe)
        for (name, outputs) in [("sarsa", sarsa), ("qLearning", qLearning)] {
            for (i, q) in outputs.enumerated() {
                let chain = Self.chains[i]
                let expected = Self.replay(chain, counting: .perPairOverTheRun)
                if let problem = HW3Judge.tableProblem(q, actionCounts: expected.map(\.count)) {
                    return .fail(Feedback("\(name) " + problem + ".", input: describe(i)))
                }
                guard let s = expected.indices.first(where: { tolerance.firstMismatch(q[$0], expected[$0]) != nil }) else { continue }
                let match = Counting.allCases.dropFirst().first { counting in
                    let other = Self.replay(chain, counting: counting)
                    return other.indices.allSatisfy { tolerance.firstMismatch(q[$0], other[$0]) == nil }
                }
                var hint = "Keep one counter per pair (s, a) for the whole run (not per episode, not one for the table): "
                    + "increment it just before the update and use α = settings.stepSize(update: n)."
                if let match { hint = "Your Q is exactly what \(match.explanation) gives. " + hint }
                return .fail(Feedback(
                    "\(name) does not use the step size α₀/n^ω for the n-th update of each pair.",
                    expected: "Q = \(HW3Judge.describe(expected)) (\(Counting.perPairOverTheRun.explanation))",
                    observed: "Q = \(HW3Judge.describe(q)) (Q(\(s), 0) differs)",
                    input: describe(i),
                    hint: hint + " Every state here has one action and one next state, so the episodes do not depend on your random draws."))
            }
        }
        return .pass("On all \(inputs.count) deterministic chains, sarsa and qLearning follow the step-size schedule exactly.")
    }
}
