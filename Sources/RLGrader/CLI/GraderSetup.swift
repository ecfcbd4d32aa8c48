import Foundation

/// Builds a ``Grader`` for one homework in a workspace: toolchain, stub modules, oracle.
public enum GraderSetup {
    /// The homework, its rubric and a grader whose oracle uses the golden file and, when the
    /// reference solution is present, the live reference.
    public static func make(
        workspace: Workspace, homeworkID: String, useGolden: Bool = true
    ) throws(GraderError) -> (HomeworkDescriptor, Rubric, Grader, ReferenceOracle) {
        guard let homework = Homeworks.named(homeworkID) else {
            throw .usage("unknown homework \"\(homeworkID)\"; known: \(Homeworks.all.map(\.id).joined(separator: ", "))")
        }
        let rubric = try RubricLoader.load(
            path: workspace.rubricPath(homeworkID), homework: homework, displayPath: "Grading/\(homeworkID).json")
        let toolchain = try Toolchain.locate()
        let stubs = try StubModules.prepare(workspace: workspace, toolchain: toolchain)
        let builder = SubmissionBuilder(workspace: workspace, toolchain: toolchain, stubs: stubs)
        let golden = useGolden
            ? try GoldenFile.load(path: workspace.goldenPath(homeworkID), homework: homeworkID)
            : GoldenFile(homework: homeworkID, answers: [:])
        var live: (@Sendable () throws(GraderError) -> SubmissionClient)?
        if workspace.hasReference(homeworkID) {
            let referenceFolder = workspace.referencePath(homeworkID)
            live = { () throws(GraderError) -> SubmissionClient in
                switch try builder.build(homework, folder: referenceFolder) {
                case .built(let executable, _):
                    return SubmissionClient(executable: executable, scratchFolder: NSTemporaryDirectory() + "rlgrade-\(getpid())")
                case .failed(let failure):
                    throw GraderError.internal("the reference solution of \(homeworkID) does not build: \(failure)")
                }
            }
        }
        let oracle = ReferenceOracle(golden: golden, live: live)
        return (homework, rubric, Grader(builder: builder, oracle: oracle), oracle)
    }
}
