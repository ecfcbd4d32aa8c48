import Foundation
import RLHomework

/// The oracle: golden answers first, then (where present) the live reference solution, compiled
/// like a submission and run in its own process with generous limits.
///
/// Every answer it gives is remembered in ``usedAnswers``, which `rlgrade record` writes out.
public final class ReferenceOracle: Oracle, @unchecked Sendable {
    private let golden: [String: String]
    private let live: (@Sendable () throws(GraderError) -> SubmissionClient)?
    private let lock = NSLock()
    private var client: SubmissionClient?
    private var used: [String: String] = [:]
    private let limits = ChildLimits(wallSeconds: 300, addressSpaceBytes: 16 << 30)

    /// - Parameters:
    ///   - golden: recorded answers (may be empty).
    ///   - live: builds the reference's runner on first use; nil in a student release.
    public init(golden: GoldenFile, live: (@Sendable () throws(GraderError) -> SubmissionClient)?) {
        self.golden = golden.answers
        self.live = live
    }

    /// Every answer given so far, by key (what a golden file records).
    public var usedAnswers: [String: String] { lock.withLock { used } }

    public func answers<E: Exercise>(_ exercise: E.Type, _ inputs: [E.Input]) throws -> [E.Output] {
        let keys = try inputs.map { try GoldenFile.key(exercise, $0) }
        var texts: [String?] = keys.map { key in lock.withLock { used[key] } ?? golden[key] }
        let missing = texts.indices.filter { texts[$0] == nil }
        if !missing.isEmpty {
            guard let live else { throw OracleUnavailable(exercise: E.name) }
            let runner: SubmissionClient
            if let existing = lock.withLock({ client }) { runner = existing } else {
                runner = try live()
                lock.withLock { client = runner }
            }
            let (outcomes, run) = try runner.call(exercise, missing.map { inputs[$0] }, limits: limits)
            for (k, index) in missing.enumerated() {
                switch outcomes[k] {
                case .success(let output): texts[index] = try WireCoding.encode(output)
                case .failure(let failure):
                    let feedback = failure.feedback(function: E.function, input: nil)
                    throw GraderError.internal(
                        "the reference solution failed on \(E.name): \(feedback.lines.joined(separator: " "))\n\(run.stderr)")
                }
            }
        }
        let decoder = WireCoding.decoder()
        var outputs: [E.Output] = []
        for (key, text) in zip(keys, texts) {
            let text = text!
            lock.withLock { used[key] = text }
            do { outputs.append(try decoder.decode(E.Output.self, from: Data(text.utf8))) } catch {
                throw GraderError.configuration("a golden answer for \(E.name) does not decode (\(error)); run `rlgrade record`")
            }
        }
        return outputs
    }
}
