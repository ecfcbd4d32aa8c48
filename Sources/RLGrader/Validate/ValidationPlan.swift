import Foundation

/// One grading of `validate`.
enum ValidationGrading: Hashable, Sendable {
    /// The public checks with a fresh live oracle: what `Grading/golden/hwN.json` must hold.
    case record
    /// The reference with every check (`round` 1 and 2: the JSON reports must be byte-identical).
    case reference(round: Int)
    case mutant(String)
    case variant(String)
}

/// What one grading gave.
enum ValidationOutcome: Sendable {
    case graded(Report)
    case recorded(GoldenFile, Report)
    case failed(GraderError)
}

/// A homework's gradings for `validate`, and how their reports are judged.
struct ValidationPlan: Sendable {
    let id: String
    let homework: HomeworkDescriptor
    let rubric: Rubric
    /// The live grader of the reference, mutant and variant gradings.
    let grader: Grader
    let recordingGrader: Grader
    let recordingOracle: ReferenceOracle
    let goldenPath: String
    let reference: String
    let mutants: [String]
    let variants: [String]
    let manifests: [String: MutantManifest]

    var gradings: [ValidationGrading] {
        [.record, .reference(round: 1), .reference(round: 2)] + mutants.map { .mutant($0) } + variants.map { .variant($0) }
    }

    /// The checks a grading runs: a mutant only those its manifest names (what it must fail, and
    /// what proves those checks), the recording the public ones, the others every check.
    func checks(of grading: ValidationGrading) -> [RubricEntry] {
        switch grading {
        case .record: return rubric.entries.filter { $0.visibility == .public }
        case .reference, .variant: return rubric.entries
        case .mutant(let name):
            let names = Set(manifests[name]?.mustFail ?? [])
            return rubric.entries.filter { names.contains($0.id) }
        }
    }

    /// The rubric's time limits of the checks a grading runs (per seed), as its expected cost.
    func cost(of grading: ValidationGrading) -> Double {
        checks(of: grading).reduce(0) { $0 + $1.timeLimitSeconds * Double(max(1, $1.seeds.count)) }
    }

    func run(_ grading: ValidationGrading) -> ValidationOutcome {
        func request(overlay: String?, everything: Bool, only: [String] = []) -> GradingRequest {
            GradingRequest(
                homework: homework, rubric: rubric, submissionFolder: reference, submissionName: "reference",
                overlayFolder: overlay, includeNonPublic: everything, only: only, concurrency: 1)
        }
        do throws(GraderError) {
            switch grading {
            case .record:
                let (golden, report) = try Recorder.referenceAnswers(
                    homework: homework, rubric: rubric, grader: recordingGrader, oracle: recordingOracle, reference: reference)
                return .recorded(golden, report)
            case .reference:
                return .graded(try grader.grade(request(overlay: nil, everything: true)))
            case .mutant(let name):
                return .graded(try grader.grade(request(
                    overlay: reference + "/mutants/\(name)", everything: true, only: manifests[name]?.mustFail ?? [])))
            case .variant(let name):
                return .graded(try grader.grade(request(overlay: reference + "/variants/\(name)", everything: true)))
            }
        } catch {
            return .failed(error)
        }
    }

    /// The problems of this homework, from every grading's outcome; logs a line per grading.
    func evaluate(_ outcomes: [ValidationGrading: ValidationOutcome], strict: Bool, log: (String) -> Void) throws(GraderError) -> [String] {
        func report(_ grading: ValidationGrading) throws(GraderError) -> Report {
            switch outcomes[grading]! {
            case .graded(let report), .recorded(_, let report): return report
            case .failed(let error): throw error
            }
        }
        var problems: [String] = []

        // 1. Golden answers are exactly what the reference answers for the public checks.
        let recorded: GoldenFile
        switch outcomes[.record]! {
        case .recorded(let golden, _): recorded = golden
        case .failed(let error): throw error
        case .graded: throw .internal("\(id): the recording gave no golden answers")
        }
        let onDisk = try GoldenFile.load(path: goldenPath, homework: id)
        if recorded.answers != onDisk.answers || recorded.referenceCurves != onDisk.referenceCurves {
            problems.append("\(id): Grading/golden/\(id).json is stale (\(onDisk.answers.count) recorded answers, the reference gives \(recorded.answers.count) or different ones); run `rlgrade record \(id)`")
        }

        // 2. The reference: full marks on every check, and byte-identical JSON twice.
        let first = try report(.reference(round: 1))
        let second = try report(.reference(round: 2))
        for check in first.checks where check.status != .passed {
            problems.append("\(id): the reference does not pass \(check.id): \(check.feedback.lines.joined(separator: " | "))")
        }
        let firstJSON = (try? JSONReport.render(first)) ?? "a"
        let secondJSON = (try? JSONReport.render(second)) ?? "b"
        if firstJSON != secondJSON { problems.append("\(id): grading the reference twice gave different JSON reports") }
        log("\(id): reference \(Show.number(first.points))/\(Show.number(first.maxPoints)), deterministic: \(firstJSON == secondJSON ? "yes" : "NO")")

        // 3. Every mutant fails the checks its manifest names; every variant scores full marks.
        var caught = Set<String>()
        for name in mutants {
            let report = try report(.mutant(name))
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
            let report = try report(.variant(name))
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
