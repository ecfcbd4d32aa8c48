/// What compiling a submission produced.
public enum BuildOutcome: Sendable {
    /// The runner executable, plus any warnings.
    case built(executable: String, warnings: [Diagnostic])
    /// The submission does not compile; every check scores 0 and the report shows these.
    case failed(BuildFailure)
}

/// Why a submission could not be built — shown to the student as the report.
public enum BuildFailure: Error, Sendable, Codable, Equatable, CustomStringConvertible {
    case missingFolder(String)
    case noSwiftFiles(String)
    case reservedFileName(String)
    case compileErrors(diagnostics: [Diagnostic], log: String)
    case sourceTooLarge(bytes: Int, limit: Int)
    case compileTimeout(seconds: Double)
    case compilerOutOfMemory(mib: UInt64)

    /// The status word of a report and the gradebook.
    public var status: String {
        switch self {
        case .compileErrors, .compilerOutOfMemory: return "compile-error"
        case .compileTimeout: return "compile-timeout"
        case .missingFolder: return "missing"
        case .noSwiftFiles, .reservedFileName, .sourceTooLarge: return "invalid"
        }
    }

    public var description: String {
        switch self {
        case .missingFolder(let path):
            return "The submission folder \(path) does not exist. Run rlgrade from your working copy, or pass the folder of your homework."
        case .noSwiftFiles(let path):
            return "The submission folder \(path) has no .swift files."
        case .reservedFileName(let name):
            return "\(name) is a reserved file name (rlgrade generates the runner's main.swift); rename your file."
        case .sourceTooLarge(let bytes, let limit):
            return "The submission has \(bytes / 1024) KiB of Swift source; at most \(limit / 1024) KiB are accepted. Submit only your homework's files."
        case .compileTimeout(let seconds):
            return "Compiling your code took longer than the limit of \(Int(seconds)) s and was stopped. Usually an expression the type checker cannot solve quickly (long chains of + with literals, deeply nested generic closures): split it into smaller statements with explicit types."
        case .compilerOutOfMemory(let mib):
            return "Compiling your code needed more than \(mib) MiB of memory and was stopped. Split very large expressions or literals into smaller pieces with explicit types."
        case .compileErrors(let diagnostics, let log):
            let errors = diagnostics.filter { $0.severity == "error" }
            if errors.isEmpty { return "Your code does not compile:\n" + log }
            return "Your code does not compile (\(errors.count) error\(errors.count == 1 ? "" : "s")):\n"
                + diagnostics.filter { $0.severity != "warning" }.map(\.rendered).joined(separator: "\n")
        }
    }
}
