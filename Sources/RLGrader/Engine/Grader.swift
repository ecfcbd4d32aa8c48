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
        // Longest time limit first, so that a long learner check does not start last (results stay
        // in rubric order). A check may run its seeds in parallel children: it gets the cores the
        // request has.
        let order = entries.indices.sorted { (entries[$0].timeLimitSeconds, $1) > (entries[$1].timeLimitSeconds, $0) }
        request.progress?(.compiling)
        let (build, checks) = request.concurrency > 1 && entries.count > 0
            ? try gradeWhileBuilding(request, entries: entries, order: order)
            : try gradeAfterBuilding(request, entries: entries, order: order)
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

    /// What the report says about the build, and the runner or why there is none.
    private func summarize(_ outcome: BuildOutcome, _ request: GradingRequest) -> (BuildSummary, SubmissionClient?, BuildFailure?) {
        switch outcome {
        case .built(let executable, let warnings):
            let scratch = NSTemporaryDirectory() + "rlgrade-\(getpid())"
            return (BuildSummary(status: "ok", message: nil, diagnostics: warnings),
                    SubmissionClient(executable: executable, scratchFolder: scratch), nil)
        case .failed(let why):
            var diagnostics: [Diagnostic] = []
            if case .compileErrors(let d, _) = why {
                diagnostics = Diagnostic.explainingGeneratedMain(
                    d, solutionType: request.homework.solutionType, protocolName: request.homework.protocolName)
            }
            return (BuildSummary(
                status: why.status, message: BuildMessage.text(why, diagnostics: diagnostics, homework: request.homework),
                diagnostics: diagnostics), nil, why)
        }
    }

    /// Builds, then runs the checks, `request.concurrency` at a time (batch mode: one at a time).
    private func gradeAfterBuilding(
        _ request: GradingRequest, entries: [RubricEntry], order: [Int]
    ) throws(GraderError) -> (BuildSummary, [CheckResult]) {
        let outcome = try builder.build(
            request.homework, folder: request.submissionFolder, overlay: request.overlayFolder, limits: request.rubric.compileLimits)
        let (build, client, failure) = summarize(outcome, request)
        request.progress?(.compiled(status: build.status))
        let results = LockedBox(Array<CheckResult?>(repeating: nil, count: entries.count))
        let source: RunnerSource = client.map { .built($0) } ?? .failed(failure)
        parallelFor(entries.count, width: request.concurrency) { k in
            let i = order[k]
            request.progress?(.checkStarted(id: entries[i].id, timeLimitSeconds: entries[i].timeLimitSeconds))
            let result = self.run(entries[i], request: request, runner: source)
            request.progress?(.checkFinished(result))
            results.withLock { $0[i] = result }
        }
        return (build, results.snapshot.map { $0! })
    }

    /// Compiles on one of the request's cores while the checks, on the others, prepare their first
    /// inputs (``BuildGate``); a check starts for the progress display once the build is done. The
    /// report is the same as ``gradeAfterBuilding(_:entries:order:)``'s: if the build fails, every
    /// check's work is dropped (not waited for) and it is reported as not run.
    private func gradeWhileBuilding(
        _ request: GradingRequest, entries: [RubricEntry], order: [Int]
    ) throws(GraderError) -> (BuildSummary, [CheckResult]) {
        let slots = CheckSlots(width: request.concurrency)
        let compiler = slots.acquire(rank: -1)
        let gate = BuildGate()
        let progress = OverlapProgress(entries: entries, order: order, report: request.progress)
        let results = LockedBox(Array<CheckResult?>(repeating: nil, count: entries.count))
        let done = DispatchGroup()
        for k in 0..<entries.count {
            done.enter()
            let thread = Thread {
                defer { done.leave() }
                let i = order[k]
                let slot = slots.acquire(rank: k)
                defer { slot.release() }
                guard !gate.failed else { return }
                progress.began(k, buildDone: gate.isFinished)
                let result = self.run(entries[i], request: request, runner: .building(gate, slot))
                results.withLock { $0[i] = result }
                progress.finished(k, result, buildDone: gate.isFinished)
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        let outcome: BuildOutcome
        do {
            outcome = try builder.build(
                request.homework, folder: request.submissionFolder, overlay: request.overlayFolder, limits: request.rubric.compileLimits)
        } catch {
            gate.finish(nil)
            compiler.release()
            done.wait()
            throw error
        }
        let (build, client, failure) = summarize(outcome, request)
        request.progress?(.compiled(status: build.status))
        progress.buildFinished(ok: client != nil) {
            gate.finish(client)
        }
        compiler.release()
        if client != nil {
            done.wait()
            return (build, results.snapshot.map { $0! })
        }
        // The same results (and events) as when nothing ran before the build failed. A check still
        // preparing its inputs is not waited for: its first call throws, and its result is dropped.
        let notRun = entries.map { run($0, request: request, runner: .failed(failure)) }
        for k in 0..<entries.count {
            let i = order[k]
            request.progress?(.checkStarted(id: entries[i].id, timeLimitSeconds: entries[i].timeLimitSeconds))
            request.progress?(.checkFinished(notRun[i]))
        }
        return (build, notRun)
    }

    /// Where a check's calls find the submission's runner.
    private enum RunnerSource {
        case built(SubmissionClient)
        case failed(BuildFailure?)
        /// Still compiling: the first call waits at the gate, giving the slot away meanwhile.
        case building(BuildGate, CheckSlots.Slot)
    }

    private func run(_ entry: RubricEntry, request: GradingRequest, runner: RunnerSource) -> CheckResult {
        let began = Syscalls.monotonicSeconds()
        let homework = request.homework, parallelism = request.concurrency
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
        let seeds = request.seedOverride.map { [$0] } ?? entry.seeds
        let context: CheckContext
        switch runner {
        case .failed(let buildFailure):
            return result(.failed, 0, Feedback(BuildMessage.notRun(buildFailure)))
        case .built(let client):
            context = CheckContext(entry: entry, seeds: seeds, oracle: oracle, client: client, parallelism: parallelism)
        case .building(let gate, let slot):
            context = CheckContext(entry: entry, seeds: seeds, oracle: oracle, gate: gate, slot: slot, parallelism: parallelism)
        }
        context.recordsInputs = request.recordsInputs
        func timed(_ r: CheckResult) -> CheckResult {
            var r = r
            r.seconds = Syscalls.monotonicSeconds() - began - context.waitedForBuild
            return r
        }
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
            return timed(printed(unseeded(result(status, verdict.score, CrashReason.naming(verdict.feedback), verdict.data, verdict.figures))))
        } catch let failure as CheckFailure {
            return timed(printed(unseeded(result(.failed, 0, CrashReason.naming(failure.feedback)))))
        } catch is BuildGate.Unavailable {
            return result(.failed, 0, Feedback(BuildMessage.notRun(nil)))  // replaced: the build failed
        } catch let missing as OracleUnavailable {
            return timed(result(.skipped, 0, Feedback(
                "Skipped: this check compares with the reference at the rubric's seeds, and \(missing.exercise) has no recorded answer for this seed.",
                hint: "Run without --seed to use the recorded answers.")))
        } catch {
            return timed(result(.error, 0, Feedback(
                "The grader failed on this check (not your fault): \(error)",
                hint: "Tell the course staff; include this message.")))
        }
    }
}
