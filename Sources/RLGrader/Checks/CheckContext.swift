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
    /// The runner when it is known; else ``gate`` gives it once the build is done.
    private let builtClient: SubmissionClient?
    private let gate: BuildGate?
    /// This check's claim on a core, given away while it waits for the build.
    private let slot: CheckSlots.Slot?
    private let gateLock = NSLock()
    /// When this check's time is up. The engine's own repeat run (see ``UnseededRandomness``) moves
    /// it later by the time it took: the student's budget is theirs.
    private var deadline: Double { state.snapshot.deadline }
    /// How many children ``callEach(_:_:)`` may run at once.
    public let parallelism: Int
    private let state = LockedBox(State())

    /// When set, every input sent is kept (as wire JSON) so `--reproduce` can rebuild one.
    var recordsInputs = false

    private struct State {
        var childRuns: [ChildRun] = []
        var childRunLabels: [(function: String, inputs: [String?])] = []
        var recordedInputs: [RecordedInput] = []
        var repeatChecked = false
        var unseeded: UnseededRandomness?
        var deadline = 0.0
        var waitedForBuild = 0.0
    }

    /// How long this check waited for the submission's build (not part of its time).
    var waitedForBuild: Double { state.snapshot.waitedForBuild }

    /// Every child run of this check (for verbose output; never scored).
    public var childRuns: [ChildRun] { state.snapshot.childRuns }
    /// The function and input descriptions of each child run, in the same order (for labels).
    var childRunLabels: [(function: String, inputs: [String?])] { state.snapshot.childRunLabels }
    /// The inputs sent so far, when ``recordsInputs`` is set.
    var recordedInputs: [RecordedInput] { state.snapshot.recordedInputs }

    /// Set when a stochastic exercise gave two different outputs for the same input (see
    /// ``UnseededRandomness``); the engine then scores the check 0 and says why.
    public var unseededRandomness: UnseededRandomness? { state.snapshot.unseeded }

    convenience init(entry: RubricEntry, seeds: [UInt64], oracle: any Oracle, client: SubmissionClient, parallelism: Int = 1) {
        self.init(entry: entry, seeds: seeds, oracle: oracle, client: client, gate: nil, slot: nil, parallelism: parallelism)
    }

    /// A context whose runner is still being built: its first call waits for `gate` (throwing
    /// ``BuildGate/Unavailable`` if the build fails), giving `slot` away meanwhile.
    convenience init(entry: RubricEntry, seeds: [UInt64], oracle: any Oracle, gate: BuildGate, slot: CheckSlots.Slot, parallelism: Int = 1) {
        self.init(entry: entry, seeds: seeds, oracle: oracle, client: nil, gate: gate, slot: slot, parallelism: parallelism)
    }

    private init(entry: RubricEntry, seeds: [UInt64], oracle: any Oracle, client: SubmissionClient?, gate: BuildGate?,
                 slot: CheckSlots.Slot?, parallelism: Int) {
        self.entry = entry
        self.seeds = seeds
        self.oracle = oracle
        self.builtClient = client
        self.gate = gate
        self.slot = slot
        self.parallelism = max(1, parallelism)
        let deadline = Syscalls.monotonicSeconds() + entry.timeLimitSeconds
        state.withLock { $0.deadline = deadline }
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
        let outcomes = try send(exercise, inputs, descriptions: descriptions)
        if recordsInputs {
            var recorded: [RecordedInput] = []
            for (i, input) in inputs.enumerated() {
                let failed: Bool
                if case .failure = outcomes[i] { failed = true } else { failed = false }
                recorded.append(RecordedInput(
                    exercise: E.self, function: E.function, description: descriptions?[i],
                    json: RecordedInput.json(input), failed: failed))
            }
            state.withLock { $0.recordedInputs += recorded }
        }
        return outcomes
    }

    private func send<E: Exercise>(
        _ exercise: E.Type, _ inputs: [E.Input], descriptions: [String]?
    ) throws -> [Result<E.Output, CallFailure>] {
        if inputs.isEmpty { return [] }
        let remaining = deadline - Syscalls.monotonicSeconds()
        guard remaining > 0.05 else {
            return Array(repeating: .failure(.timedOut(seconds: entry.timeLimitSeconds)), count: inputs.count)
        }
        // The requests are made before the runner is needed: during the compile, if it is still running.
        let requests = try SubmissionClient.requests(exercise, inputs)
        let (client, waited) = try runner()
        var limits = entry.limits
        limits.wallSeconds = remaining + waited
        limits.cpuSeconds = Int(limits.wallSeconds.rounded(.up)) + 1
        let (outcomes, run) = try client.call(exercise, requests: requests, count: inputs.count, limits: limits)
        state.withLock {
            $0.childRuns.append(run)
            $0.childRunLabels.append((E.function, descriptions ?? Array(repeating: nil, count: inputs.count)))
        }
        if exercise.isStochastic, let first = outcomes.first, case .success(let output) = first,
           state.withLock({ s in defer { s.repeatChecked = true }; return !s.repeatChecked }) {
            try repeatFirstInput(exercise, inputs[0], output, limits: limits)
        }
        return outcomes.map { result in
            if case .failure(.timedOut) = result { return .failure(.timedOut(seconds: entry.timeLimitSeconds)) }
            return result
        }
    }

    /// Runs `input` again in a fresh child and compares the output with `first`, byte for byte (the
    /// wire encoding). A difference means the submission used randomness its input does not seed.
    private func repeatFirstInput<E: Exercise>(
        _ exercise: E.Type, _ input: E.Input, _ first: E.Output, limits: ChildLimits
    ) throws {
        guard deadline - Syscalls.monotonicSeconds() > 0.05 else { return }
        let started = Syscalls.monotonicSeconds()
        let (outcomes, run) = try runner().client.call(exercise, [input], limits: limits)
        let took = Syscalls.monotonicSeconds() - started
        state.withLock {
            $0.childRuns.append(run)
            $0.childRunLabels.append((E.function, ["(repeat of the first input, to detect unseeded randomness)"]))
            $0.deadline += took
        }
        guard case .success(let second) = outcomes[0],
              let a = try? WireCoding.encode(first), let b = try? WireCoding.encode(second), a != b
        else { return }
        state.withLock {
            $0.unseeded = $0.unseeded ?? UnseededRandomness(exercise: exercise.name, function: exercise.function,
                                                            firstOutput: a, secondOutput: b)
        }
    }
}

extension CheckContext {
    /// The submission's runner, and how long this call waited for the build (which moved the
    /// deadline by as much: waiting for the compiler is not the student's time).
    fileprivate func runner() throws -> (client: SubmissionClient, waited: Double) {
        if let builtClient { return (builtClient, 0) }
        gateLock.lock()
        defer { gateLock.unlock() }
        let began = Syscalls.monotonicSeconds()
        let client = try gate!.client(releasing: slot)
        let waited = Syscalls.monotonicSeconds() - began
        if waited > 0.001 {
            state.withLock {
                $0.deadline += waited
                $0.waitedForBuild += waited
            }
            return (client, waited)
        }
        return (client, 0)
    }
}

/// A value handed to concurrent closures that only read it.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

