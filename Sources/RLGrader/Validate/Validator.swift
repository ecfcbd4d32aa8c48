import Foundation

/// `rlgrade validate`: proves the rubrics. For each homework with a reference solution:
/// the golden answers are current, the reference scores full marks on every check (twice, with
/// byte-identical JSON), every mutant fails the checks its manifest names, every variant scores
/// full marks, and every check is failed by at least one mutant (else it is *unproven*).
public struct Validator {
    public let workspace: Workspace
    public let strict: Bool
    /// Receives progress lines as they happen.
    public let log: @Sendable (String) -> Void

    public init(workspace: Workspace, strict: Bool, log: @escaping @Sendable (String) -> Void) {
        self.workspace = workspace
        self.strict = strict
        self.log = log
    }

    /// Validates `homeworkIDs` and returns the problems found (empty: all good).
    public func validate(_ homeworkIDs: [String]) throws(GraderError) -> [String] {
        var problems: [String] = []
        for id in homeworkIDs { problems += try validate(id) }
        return problems
    }

    private func subfolders(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    private func validate(_ id: String) throws(GraderError) -> [String] {
        guard workspace.hasReference(id) else {
            throw .configuration("ReferenceSolutions/\(id) is missing: validate needs the reference solution")
        }
        var problems: [String] = []
        // A live-only oracle: every answer comes from the reference now, not from the recording.
        let (homework, rubric, liveGrader, liveOracle) = try GraderSetup.make(
            workspace: workspace, homeworkID: id, useGolden: false)
        let reference = workspace.referencePath(id)
        @Sendable func request(overlay: String?, everything: Bool, only: [String] = []) -> GradingRequest {
            GradingRequest(
                homework: homework, rubric: rubric, submissionFolder: reference, submissionName: "reference",
                overlayFolder: overlay, includeNonPublic: everything, only: only, concurrency: 1)
        }

        // 1. Golden answers are exactly what the reference answers for the public checks.
        let recorded = try Recorder.referenceAnswers(
            homework: homework, rubric: rubric, grader: liveGrader, oracle: liveOracle, reference: reference).golden
        let onDisk = try GoldenFile.load(path: workspace.goldenPath(id), homework: id)
        if recorded.answers != onDisk.answers || recorded.referenceCurves != onDisk.referenceCurves {
            problems.append("\(id): Grading/golden/\(id).json is stale (\(onDisk.answers.count) recorded answers, the reference gives \(recorded.answers.count) or different ones); run `rlgrade record \(id)`")
        }

        // 2. The reference: full marks on every check, and byte-identical JSON twice.
        let first = try liveGrader.grade(request(overlay: nil, everything: true))
        let second = try liveGrader.grade(request(overlay: nil, everything: true))
        for check in first.checks where check.status != .passed {
            problems.append("\(id): the reference does not pass \(check.id): \(check.feedback.lines.joined(separator: " | "))")
        }
        let firstJSON = (try? JSONReport.render(first)) ?? "a"
        let secondJSON = (try? JSONReport.render(second)) ?? "b"
        if firstJSON != secondJSON { problems.append("\(id): grading the reference twice gave different JSON reports") }
        log("\(id): reference \(Show.number(first.points))/\(Show.number(first.maxPoints)), deterministic: \(firstJSON == secondJSON ? "yes" : "NO")")

        // 3. Mutants and variants, two at a time. A mutant runs only the checks its manifest names
        //    (what it must fail, and what proves those checks); a variant runs every check.
        let mutants = subfolders(reference + "/mutants")
        let variants = subfolders(reference + "/variants")
        var manifests: [String: MutantManifest] = [:]
        for name in mutants {
            manifests[name] = try MutantManifest.load(reference + "/mutants/\(name)/manifest.json", rubric: rubric)
        }
        let mustFail = manifests.mapValues(\.mustFail)
        let jobs = mutants.map { ("mutants", $0) } + variants.map { ("variants", $0) }
        let reports = LockedBox([String: Result<Report, GraderError>]())
        let grader = liveGrader
        parallelFor(jobs.count, width: 2) { i in
            let (kind, name) = jobs[i]
            let result: Result<Report, GraderError>
            let only = kind == "mutants" ? mustFail[name] ?? [] : []
            do { result = .success(try grader.grade(request(overlay: reference + "/\(kind)/\(name)", everything: true, only: only))) }
            catch let e as GraderError { result = .failure(e) }
            catch { result = .failure(.internal("\(error)")) }
            reports.withLock { $0["\(kind)/\(name)"] = result }
        }
        var caught = Set<String>()
        for name in mutants {
            let report: Report
            switch reports.snapshot["mutants/\(name)"]! {
            case .success(let r): report = r
            case .failure(let e): throw e
            }
            let failed = report.checks.filter { $0.status != .passed }.map(\.id)
            caught.formUnion(failed)
            let missed = manifests[name]!.mustFail.filter { !failed.contains($0) }
            if report.status == "compile-error" {
                problems.append("\(id): mutant \(name) does not compile: \(report.build.message ?? "")")
            } else if !missed.isEmpty {
                problems.append("\(id): mutant \(name) (\(manifests[name]!.description)) is not caught by \(missed.joined(separator: ", "))")
            }
            log("\(id): mutant \(name): fails \(failed.isEmpty ? "nothing" : failed.joined(separator: ", "))")
        }
        for name in variants {
            let report: Report
            switch reports.snapshot["variants/\(name)"]! {
            case .success(let r): report = r
            case .failure(let e): throw e
            }
            for check in report.checks where check.status != .passed {
                problems.append("\(id): variant \(name) should score full marks but fails \(check.id): \(check.feedback.lines.joined(separator: " | "))")
            }
            log("\(id): variant \(name): \(Show.number(report.points))/\(Show.number(report.maxPoints))")
        }

        // 4. Every check is proven by some mutant.
        let unproven = rubric.entries.map(\.id).filter { !caught.contains($0) }
        for check in unproven {
            let message = "\(id): \(check) is unproven: no mutant fails it"
            if strict { problems.append(message) } else { log("warning: " + message) }
        }
        return problems
    }
}
