/// What compiling a submission produced.
public enum BuildOutcome: Sendable {
    /// The runner executable, plus any warnings.
    case built(executable: String, warnings: [Diagnostic])
    /// The submission does not compile; every check scores 0 and the report shows these.
    case failed(BuildFailure)
}

/// Why a submission could not be built — shown to the student as the report.
public enum BuildFailure: Sendable, Codable, Equatable, CustomStringConvertible {
    case missingFolder(String)
    case noSwiftFiles(String)
    case reservedFileName(String)
    case compileErrors(diagnostics: [Diagnostic], log: String)

    public var description: String {
        switch self {
        case .missingFolder(let path):
            return "The submission folder \(path) does not exist. Run rlgrade from your working copy, or pass the folder of your homework."
        case .noSwiftFiles(let path):
            return "The submission folder \(path) has no .swift files."
        case .reservedFileName(let name):
            return "\(name) is a reserved file name (rlgrade generates the runner's main.swift); rename your file."
        case .compileErrors(let diagnostics, let log):
            let errors = diagnostics.filter { $0.severity == "error" }
            if errors.isEmpty { return "Your code does not compile:\n" + log }
            return "Your code does not compile (\(errors.count) error\(errors.count == 1 ? "" : "s")):\n"
                + diagnostics.filter { $0.severity != "warning" }.map(\.rendered).joined(separator: "\n")
        }
    }
}
