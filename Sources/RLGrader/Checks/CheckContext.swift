import Foundation
import RLHomework

/// Everything a check may use: its rubric entry (seeds, tolerance, parameters), the student's
/// runner and the oracle. Only the outputs the student's runner returns cross the trust boundary.
public final class CheckContext: @unchecked Sendable {
    /// The rubric entry being graded.
    public let entry: RubricEntry
    /// The seeds to use: the rubric's, or the `--seed` override.
    public let seeds: [UInt64]
    /// The reference's answers (recorded golden outputs or the live reference).
    public let oracle: any Oracle
    let client: SubmissionClient
    private let deadline: Double
    /// Every child run of this check (for verbose output; never scored).
    public private(set) var childRuns: [ChildRun] = []
    /// The function and input descriptions of each child run, in the same order (for labels).
    private(set) var childRunLabels: [(function: String, inputs: [String?])] = []
    /// When set, every input sent is kept (as wire JSON) so `--reproduce` can rebuild one.
    var recordsInputs = false
    /// The inputs sent so far, when ``recordsInputs`` is set.
    private(set) var recordedInputs: [RecordedInput] = []

    init(entry: RubricEntry, seeds: [UInt64], oracle: any Oracle, client: SubmissionClient) {
        self.entry = entry
        self.seeds = seeds
        self.oracle = oracle
        self.client = client
        self.deadline = Syscalls.monotonicSeconds() + entry.timeLimitSeconds
    }

    /// The rubric's tolerance for this check, or `fallback`.
    public func tolerance(_ fallback: Double) -> Double { entry.tolerance ?? fallback }

    /// A named numeric parameter of the rubric entry, or `fallback`.
    public func parameter(_ name: String, _ fallback: Double) -> Double { entry.parameters[name] ?? fallback }

    /// An integer parameter of the rubric entry, or `fallback`.
    public func intParameter(_ name: String, _ fallback: Int) -> Int {
        entry.parameters[name].map { Int($0) } ?? fallback
    }

    /// Calls the student's `exercise` on every input and returns the outputs.
    ///
    /// - Parameter describe: a short description of input `i` for feedback ("random MDP, seed 7").
    /// - Throws: ``CheckFailure`` naming the function, the input and the cause when any call fails.
    public func call<E: Exercise>(
        _ exercise: E.Type, _ inputs: [E.Input], describe: (Int) -> String
    ) throws -> [E.Output] {
        let results = try callAllowingFailures(exercise, inputs, descriptions: inputs.indices.map(describe))
        var outputs: [E.Output] = []
        for (i, result) in results.enumerated() {
            switch result {
            case .success(let output): outputs.append(output)
            case .failure(let failure):
                throw CheckFailure(failure.feedback(function: exercise.function, input: describe(i)))
            }
        }
        return outputs
    }

    /// Calls the student's `exercise` on every input, returning each outcome (for partial credit).
    public func callAllowingFailures<E: Exercise>(
        _ exercise: E.Type, _ inputs: [E.Input]
    ) throws -> [Result<E.Output, CallFailure>] {
        try callAllowingFailures(exercise, inputs, descriptions: nil)
    }

    func callAllowingFailures<E: Exercise>(
        _ exercise: E.Type, _ inputs: [E.Input], descriptions: [String]?
    ) throws -> [Result<E.Output, CallFailure>] {
        if inputs.isEmpty { return [] }
        let outcomes = try send(exercise, inputs, descriptions: descriptions)
        if recordsInputs {
            for (i, input) in inputs.enumerated() {
                let failed: Bool
                if case .failure = outcomes[i] { failed = true } else { failed = false }
                recordedInputs.append(RecordedInput(
                    exercise: E.self, function: E.function, description: descriptions?[i],
                    json: RecordedInput.json(input), failed: failed))
            }
        }
        return outcomes
    }

    private func send<E: Exercise>(
        _ exercise: E.Type, _ inputs: [E.Input], descriptions: [String]?
    ) throws -> [Result<E.Output, CallFailure>] {
        let remaining = deadline - Syscalls.monotonicSeconds()
        guard remaining > 0.05 else {
            return Array(repeating: .failure(.timedOut(seconds: entry.timeLimitSeconds)), count: inputs.count)
        }
        var limits = entry.limits
        limits.wallSeconds = remaining
        limits.cpuSeconds = Int(remaining.rounded(.up)) + 1
        let (outcomes, run) = try client.call(exercise, inputs, limits: limits)
        childRuns.append(run)
        childRunLabels.append((E.function, descriptions ?? Array(repeating: nil, count: inputs.count)))
        return outcomes.map { result in
            if case .failure(.timedOut) = result { return .failure(.timedOut(seconds: entry.timeLimitSeconds)) }
            return result
        }
    }
}

