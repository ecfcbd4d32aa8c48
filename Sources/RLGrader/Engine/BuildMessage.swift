/// What the report says about a submission that could not be built — written for the student, with
/// paths relative to the submission folder and never a path of the TA's machine.
enum BuildMessage {
    static func text(_ failure: BuildFailure, diagnostics: [Diagnostic], homework: HomeworkDescriptor) -> String {
        switch failure {
        case .compileErrors(_, let log):
            let errors = diagnostics.filter { $0.severity == "error" }
            if errors.isEmpty { return "Your code does not compile:\n" + log }
            return "Your code does not compile (\(errors.count) error\(errors.count == 1 ? "" : "s")):\n"
                + diagnostics.filter { $0.severity != "warning" }.map(\.rendered).joined(separator: "\n")
        case .noSwiftFiles:
            return "Your submission has no .swift files. Submit the .swift files of Assignments/\(homework.id)/ "
                + "(`rlgrade pack \(homework.id)` writes \(homework.id)-submission.zip with exactly those)."
        case .missingFolder, .reservedFileName, .sourceTooLarge, .compileTimeout, .compilerOutOfMemory:
            return failure.description
        }
    }

    /// The one line each check shows when nothing could run (the details are shown once, above).
    static func notRun(_ failure: BuildFailure?) -> String {
        switch failure {
        case .compileErrors?: return "Not run: your submission does not compile (the compiler's errors are shown once, above)."
        case .noSwiftFiles?: return "Not run: your submission has no .swift files."
        case .reservedFileName(let name)?: return "Not run: \(name) is a reserved file name; rename your file."
        case .missingFolder?: return "Not run: the submission folder does not exist."
        case .sourceTooLarge?: return "Not run: the submission has more source than is accepted (see above)."
        case .compileTimeout?: return "Not run: compiling your code took longer than the limit (see above)."
        case .compilerOutOfMemory?: return "Not run: compiling your code needed more memory than the limit (see above)."
        case nil: return "Not run: the submission was not built."
        }
    }
}
