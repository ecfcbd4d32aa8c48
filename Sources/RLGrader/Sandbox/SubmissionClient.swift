import Foundation
import RLHomework

/// Calls exercises of one compiled submission, each batch in a fresh, limited child process.
public struct SubmissionClient: Sendable {
    /// The runner executable built from the submission.
    public let executable: String
    /// The folder under which each child gets a fresh, empty working folder.
    public let scratchFolder: String

    public init(executable: String, scratchFolder: String) {
        self.executable = executable
        self.scratchFolder = scratchFolder
    }

    /// The environment of a child: nothing of the grader's, a private home, the Swift backtracer
    /// on (so a trap names its file and line), and deterministic hashing: Swift seeds `Hasher`
    /// randomly per process, so code that iterates a `Set` or `Dictionary` would otherwise answer
    /// differently on every run and a regrade could change a grade.
    static func childEnvironment(home: String) -> [String] {
        [
            "PATH=/usr/bin:/bin", "HOME=\(home)", "TMPDIR=\(home)", "LANG=C.UTF-8", "SWIFT_DETERMINISTIC_HASHING=1",
            "SWIFT_BACKTRACE=enable=yes,interactive=no,color=no,sanitize=yes,threads=crashed,registers=none,images=none,limit=24,top=8",
        ]
    }

    /// Calls `exercise` once per input in one child process.
    ///
    /// - Returns: one outcome per input, in order. After a crash or a limit, the input being worked
    ///   on and every later one fail with that cause.
    /// - Throws: ``GraderError`` only when the grader cannot run the child at all.
    public func call<E: Exercise>(
        _ exercise: E.Type, _ inputs: [E.Input], limits: ChildLimits
    ) throws(GraderError) -> (outcomes: [Result<E.Output, CallFailure>], run: ChildRun) {
        try call(exercise, requests: try Self.requests(exercise, inputs), count: inputs.count, limits: limits)
    }

    /// The request lines of a call of `exercise` on `inputs`: the grader's half of the work, which
    /// needs no runner (so it can be done while the submission compiles).
    public static func requests<E: Exercise>(_ exercise: E.Type, _ inputs: [E.Input]) throws(GraderError) -> Data {
        var payload = Data()
        do {
            for (index, input) in inputs.enumerated() {
                payload.append(contentsOf: try WireCoding.encodeRequest(WireRequest(exercise: E.name, index: index, input: input)))
                payload.append(0x0A)
            }
        } catch { throw .internal("cannot encode the inputs of \(E.name): \(error)") }
        return payload
    }

    /// Calls `exercise` in one child process with `count` request lines made by ``requests(_:_:)``.
    public func call<E: Exercise>(
        _ exercise: E.Type, requests payload: Data, count: Int, limits: ChildLimits
    ) throws(GraderError) -> (outcomes: [Result<E.Output, CallFailure>], run: ChildRun) {
        let sandbox = Sandbox.shared
        let childRun = try sandbox.newRun()
        defer { sandbox.finish(childRun) }
        let run: ChildRun
        do {
            let command = sandbox.command(
                executable: try sandbox.executablePath(for: executable), arguments: [], run: childRun, limits: limits)
            run = try ChildProcess.run(
                program: command.program, arguments: command.arguments, input: Array(payload), limits: limits,
                environment: Self.childEnvironment(home: childRun.folder), statusDescriptor: command.statusDescriptor,
                workingDirectory: childRun.folder)
        } catch let error as GraderError { throw error } catch {
            throw .internal("cannot start the submission's runner: \(error)")
        }
        if let problem = run.sandboxError {
            throw .internal("the sandbox could not start the submission's runner: \(problem)")
        }

        let decoder = WireCoding.decoder()
        var outcomes: [Result<E.Output, CallFailure>] = []
        for line in run.resultLines {
            guard outcomes.count < count else { break }
            let data = Data(line)
            // Decoded once; only an answer that is not a well-formed response is looked at again
            // (header only) to say what was wrong with it.
            if let response = try? decoder.decode(WireResponse<E.Output>.self, from: data), response.index == outcomes.count {
                switch response.status {
                case .ok:
                    if let output = response.output { outcomes.append(.success(output)) } else {
                        outcomes.append(.failure(.malformed("the answer had no output")))
                    }
                case .notImplemented:
                    outcomes.append(.failure(.notImplemented(response.message ?? E.name)))
                case .threw:
                    outcomes.append(.failure(.threw(response.message ?? "an error")))
                case .unknownExercise, .badRequest:
                    throw .internal("the runner could not serve \(E.name): \(response.message ?? "")")
                }
                continue
            }
            guard let header = try? decoder.decode(WireResponseHeader.self, from: data), header.index == outcomes.count else {
                outcomes.append(.failure(.malformed("an answer was out of order or not valid JSON")))
                continue
            }
            outcomes.append(.failure(.malformed("the output did not have the expected shape")))
        }
        if outcomes.count < count {
            let cause = Self.cause(of: run, limits: limits)
            outcomes += Array(repeating: .failure(cause), count: count - outcomes.count)
        }
        return (outcomes, run)
    }

    /// Why a child stopped before answering everything.
    static func cause(of run: ChildRun, limits: ChildLimits) -> CallFailure {
        let log = crashLog(run.stderr)
        let memoryWords = ["failed to allocate", "Cannot allocate", "out of memory", "std::bad_alloc", "mmap"]
        let looksLikeMemory = memoryWords.contains { run.stderr.contains($0) }
        switch run.exit {
        case .timedOut(let seconds):
            return .timedOut(seconds: seconds)
        case .outputLimitExceeded(let bytes):
            return .outputFlood(bytes: bytes)
        case .answerLimitExceeded(let bytes, let limit):
            return .answerTooLarge(bytes: bytes, limit: limit)
        case .signaled(let signal):
            if signal == 24 { return .cpuLimit(seconds: limits.cpuSeconds) }
            if looksLikeMemory { return .memoryLimit(mib: limits.addressSpaceBytes >> 20, log: log) }
            return .crashed(signal: signal, log: log)
        case .exited(let status):
            if looksLikeMemory { return .memoryLimit(mib: limits.addressSpaceBytes >> 20, log: log) }
            return .exitedEarly(status: status, log: log)
        }
    }

    /// The useful part of a crash report: the fatal message (a `precondition`'s text included) and
    /// the first frames of the runner, with addresses and build folders removed (file:line come from
    /// the `-g` build). When the crash is inside RLCore, the first frame in the student's own files
    /// (`/src/`) is added as "called from your code at …" if the backtrace reaches it; if it does not,
    /// a line says so and names the RLCore function to look for.
    static func crashLog(_ stderr: String) -> String {
        var kept: [String] = []
        var frames: [String] = []
        for raw in stderr.split(separator: "\n") {
            let t = raw.trimmingCharacters(in: .whitespaces)
            let isMessage = ["Fatal error", "Precondition failed", "Assertion failed"].contains { t.contains($0) }
            if isMessage || t.hasPrefix("*** Program crashed") {
                let line = t.replacingOccurrences(of: "*** ", with: "").replacingOccurrences(of: " ***", with: "")
                // Addresses change from run to run (ASLR); reports must not.
                kept.append(line.split(separator: " ").filter { !$0.hasPrefix("0x") }.joined(separator: " ")
                    .replacingOccurrences(of: " at$", with: "", options: .regularExpression))
            } else if let first = t.first, first.isNumber, t.contains(" in runner"),
                      !t.contains("RunnerMain"), !t.contains("ExerciseEntry"), !t.contains("main.swift"),
                      !t.contains(PreconditionMessages.stopFunction), !t.contains(PreconditionMessages.fileName) {
                frames.append(t)
            }
        }
        let isStudent = { (frame: String) in frame.contains("/src/") }
        kept += frames.prefix(6).map { "  " + cleanFrame($0) }
        if let top = frames.first, !isStudent(top) {
            if let call = frames.first(where: isStudent) {
                if !frames.prefix(6).contains(where: isStudent) { kept.append("  called from your code at " + cleanFrame(call)) }
            } else {
                let function = cleanFrame(top).components(separatedBy: " at ").first ?? cleanFrame(top)
                kept.append("  (the backtrace stops inside RLCore: look for your call of \(function) and check the sizes of what you pass)")
            }
        }
        if kept.isEmpty {
            kept = stderr.split(separator: "\n").suffix(8).map(String.init)
        }
        return kept.joined(separator: "\n")
    }

    /// `1  0x55… specialized HW0Solution.f(x:) + 194 in runner at /…/src/HW0Solution.swift:7:65`
    /// → `HW0Solution.f(x:) at HW0Solution.swift:7:65`
    static func cleanFrame(_ frame: String) -> String {
        var words = frame.split(separator: " ").map(String.init)
        words.removeAll { $0.hasPrefix("0x") || $0 == "[inlined]" || $0 == "[system]" || $0 == "[ra]" || $0 == "specialized" || Int($0) != nil }
        var text = words.joined(separator: " ")
        if let plus = text.range(of: " + "), let inRunner = text.range(of: " in runner") {
            text.removeSubrange(plus.lowerBound..<inRunner.lowerBound)
        }
        text = text.replacingOccurrences(of: " in runner", with: "")
        if let src = text.range(of: "/src/") {
            let atRange = text.range(of: " at ", options: .backwards)
            if let atRange, atRange.upperBound <= src.lowerBound {
                text.replaceSubrange(atRange.upperBound..<src.upperBound, with: "")
            }
        }
        return text.replacingOccurrences(of: " at //<compiler-generated>", with: "")
    }
}
