import Foundation

/// Grades one submission: builds it, runs each selected check in isolated children, and judges.
public struct Grader: Sendable {
    public let builder: SubmissionBuilder
    public let oracle: any Oracle

    public init(builder: SubmissionBuilder, oracle: any Oracle) {
        self.builder = builder
        self.oracle = oracle
    }

    /// Grades `request`. A student's failure is part of the report; only configuration errors throw.
    public func grade(_ request: GradingRequest) throws(GraderError) -> Report {
        let entries = try request.selectedEntries()
        request.progress?(.compiling)
        let outcome = try builder.build(
            request.homework, folder: request.submissionFolder, overlay: request.overlayFolder, limits: request.rubric.compileLimits)
        var client: SubmissionClient?
        var failure: BuildFailure?
        var build: BuildSummary
        switch outcome {
        case .built(let executable, let warnings):
            let scratch = NSTemporaryDirectory() + "rlgrade-\(getpid())"
            client = SubmissionClient(executable: executable, scratchFolder: scratch)
            build = BuildSummary(status: "ok", message: nil, diagnostics: warnings)
        case .failed(let why):
            failure = why
            var diagnostics: [Diagnostic] = []
            if case .compileErrors(let d, _) = why {
                diagnostics = Diagnostic.explainingGeneratedMain(
                    d, solutionType: request.homework.solutionType, protocolName: request.homework.protocolName)
            }
            build = BuildSummary(
                status: why.status, message: BuildMessage.text(why, diagnostics: diagnostics, homework: request.homework),
                diagnostics: diagnostics)
        }
        request.progress?(.compiled(status: build.status))

        let results = LockedBox(Array<CheckResult?>(repeating: nil, count: entries.count))
        // Longest time limit first, so that a long learner check does not start last (results stay
        // in rubric order). A check may run its seeds in parallel children: it gets the cores the
        // request has.
        let order = entries.indices.sorted { (entries[$0].timeLimitSeconds, $1) > (entries[$1].timeLimitSeconds, $0) }
        parallelFor(entries.count, width: request.concurrency) { [client, failure] k in
            let i = order[k]
            request.progress?(.checkStarted(id: entries[i].id, timeLimitSeconds: entries[i].timeLimitSeconds))
            let began = Syscalls.monotonicSeconds()
            var result = self.run(entries[i], homework: request.homework, seedOverride: request.seedOverride,
                                  client: client, buildFailure: failure, recordsInputs: request.recordsInputs,
                                  parallelism: request.concurrency)
            result.seconds = Syscalls.monotonicSeconds() - began
            request.progress?(.checkFinished(result))
            results.withLock { $0[i] = result }
        }
        let checks = results.snapshot.map { $0! }
        let points = roundPoints(checks.reduce(0) { $0 + $1.points })
        let maxPoints = roundPoints(checks.filter { !$0.isExtraCredit }.reduce(0) { $0 + $1.maxPoints })
        let status: String
        if build.status != "ok" { status = ["compile-error", "compile-timeout"].contains(build.status) ? build.status : "invalid" }
        else if checks.contains(where: { $0.status == .error }) { status = "error" }
        else { status = checks.allSatisfy { $0.status == .passed } ? "passed" : "failed" }
        var report = Report(
            homework: request.homework.id, title: request.rubric.title, submission: request.submissionName,
            mode: request.includeNonPublic ? "grading" : "student", seedOverride: request.seedOverride,
            build: build, checks: checks, points: points, maxPoints: maxPoints, status: status,
            isolation: Sandbox.shared.isolation.description)
        if request.rubric.gradescopeHidden != "hidden" { report.gradescopeHidden = request.rubric.gradescopeHidden }
        return report
    }

    private func run(
        _ entry: RubricEntry, homework: HomeworkDescriptor, seedOverride: UInt64?, client: SubmissionClient?,
        buildFailure: BuildFailure?, recordsInputs: Bool = false, parallelism: Int
    ) -> CheckResult {
        let check = homework.check(entry.id)!
        func result(
            _ status: CheckStatus, _ score: Double, _ feedback: Feedback, _ data: [String: [Double]] = [:], _ figures: [GridFigure] = []
        ) -> CheckResult {
            CheckResult(
                id: entry.id, title: check.title, visibility: entry.visibility,
                points: roundPoints(entry.points * score), maxPoints: entry.points, status: status,
                feedback: feedback, data: data.isEmpty ? nil : data, figures: figures.isEmpty ? nil : figures,
                extraCredit: entry.extraCredit ? true : nil)
        }
        guard let client else {
            return result(.failed, 0, Feedback(BuildMessage.notRun(buildFailure)))
        }
        let context = CheckContext(
            entry: entry, seeds: seedOverride.map { [$0] } ?? entry.seeds, oracle: oracle, client: client,
            parallelism: parallelism)
        context.recordsInputs = recordsInputs
        func printed(_ r: CheckResult) -> CheckResult {
            var r = r
            r.printed = PrintedOutput.labelled(context.childRuns.map(\.stdout), labels: context.childRunLabels)
            if r.status != .passed { r.failingInput = RecordedInput.failing(context.recordedInputs, feedback: r.feedback) }
            return r
        }
        // A result that changes from run to run cannot be graded (see UnseededRandomness).
        func unseeded(_ r: CheckResult) -> CheckResult {
            guard let found = context.unseededRandomness else { return r }
            var r = result(.failed, 0, found.feedback, r.data ?? [:])
            r.unseededRandomness = found.exercise
            return r
        }
        do {
            let verdict = try check.run(context)
            let status: CheckStatus = verdict.score >= 1 ? .passed : (verdict.score > 0 ? .partial : .failed)
            return printed(unseeded(result(status, verdict.score, CrashReason.naming(verdict.feedback), verdict.data, verdict.figures)))
        } catch let failure as CheckFailure {
            return printed(unseeded(result(.failed, 0, CrashReason.naming(failure.feedback))))
        } catch let missing as OracleUnavailable {
            return result(.skipped, 0, Feedback(
                "Skipped: this check compares with the reference at the rubric's seeds, and \(missing.exercise) has no recorded answer for this seed.",
                hint: "Run without --seed to use the recorded answers."))
        } catch {
            return result(.error, 0, Feedback(
                "The grader failed on this check (not your fault): \(error)",
                hint: "Tell the course staff; include this message."))
        }
    }
}
