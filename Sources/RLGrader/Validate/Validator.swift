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
    ///
    /// Every grading of every homework goes into one pool on `width` threads, costliest first
    /// (a homework's recording before its other gradings); each homework's lines are logged as one
    /// block when its last grading is done. The problems come in the order of `homeworkIDs`.
    public func validate(_ homeworkIDs: [String]) throws(GraderError) -> [String] {
        var plans: [ValidationPlan] = []
        for id in homeworkIDs { plans.append(try plan(id)) }
        var jobs: [CostOrderedPool.Job] = []
        var owners: [(plan: Int, grading: ValidationGrading)] = []
        for (p, plan) in plans.enumerated() {
            let record = jobs.count
            for grading in plan.gradings {
                jobs.append(CostOrderedPool.Job(cost: plan.cost(of: grading), after: grading == .record ? nil : record))
                owners.append((p, grading))
            }
        }
        let plansToRun = plans, ownersOfJobs = owners
        let outcomes = LockedBox([[ValidationGrading: ValidationOutcome]](repeating: [:], count: plans.count))
        // Per homework: its problems or the error that stopped its evaluation, once all its gradings are done.
        let evaluated = LockedBox([Result<[String], GraderError>?](repeating: nil, count: plans.count))
        let log = self.log, strict = self.strict
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount)
        log("validate: \(jobs.count) gradings of \(plans.count) homework\(plans.count == 1 ? "" : "s"), \(width) at a time, the costliest first; each homework's lines follow when its last grading is done")
        CostOrderedPool(width: width).run(jobs, { i in
            let (p, grading) = ownersOfJobs[i]
            let outcome = plansToRun[p].run(grading)
            outcomes.withLock { $0[p][grading] = outcome }
        }, finished: { i in
            // The homework of job i, if that was its last grading: its lines, as one block.
            let p = ownersOfJobs[i].plan
            let done = outcomes.snapshot[p]
            guard done.count == plansToRun[p].gradings.count else { return }
            let result: Result<[String], GraderError>
            do { result = .success(try plansToRun[p].evaluate(done, strict: strict, log: log)) }
            catch let error as GraderError { result = .failure(error) } catch { result = .failure(.internal("\(error)")) }
            evaluated.withLock { $0[p] = result }
        })
        var problems: [String] = []
        for result in evaluated.snapshot {
            switch result! {
            case .success(let found): problems += found
            case .failure(let error): throw error
            }
        }
        return problems
    }

    private func subfolders(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    private func plan(_ id: String) throws(GraderError) -> ValidationPlan {
        guard workspace.hasReference(id) else {
            throw .configuration("ReferenceSolutions/\(id) is missing: validate needs the reference solution")
        }
        // A live-only oracle: every answer comes from the reference now, not from the recording.
        // The recording has an oracle of its own, so the answers it lists are the public checks' only.
        let (homework, rubric, liveGrader, _) = try GraderSetup.make(workspace: workspace, homeworkID: id, useGolden: false)
        let (_, _, recordingGrader, recordingOracle) = try GraderSetup.make(workspace: workspace, homeworkID: id, useGolden: false)
        let reference = workspace.referencePath(id)
        let mutants = subfolders(reference + "/mutants")
        let variants = subfolders(reference + "/variants")
        var manifests: [String: MutantManifest] = [:]
        for name in mutants {
            manifests[name] = try MutantManifest.load(reference + "/mutants/\(name)/manifest.json", rubric: rubric)
        }
        return ValidationPlan(
            id: id, homework: homework, rubric: rubric, grader: liveGrader,
            recordingGrader: recordingGrader, recordingOracle: recordingOracle,
            goldenPath: workspace.goldenPath(id), reference: reference,
            mutants: mutants, variants: variants, manifests: manifests)
    }
}
