/// One compiler message about a submission, with its file and line.
public struct Diagnostic: Codable, Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: String
    public var message: String
    /// The source line the message is about (shown with a caret under the column).
    public var source: String?

    /// `file:line:col: severity: message`, then the source line and a caret under the column.
    public var rendered: String { rendered(pathPrefix: "") }

    /// As ``rendered``, with `pathPrefix` before the file (the folder as the student would open it,
    /// e.g. `Assignments/hw2/`).
    public func rendered(pathPrefix: String) -> String {
        let location = file.isEmpty ? "" : "\(pathPrefix)\(file):\(line):\(column): "
        var text = "\(location)\(severity): \(message)"
        if let source, column >= 1 {
            let indent = source.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n    \(source)\n    \(indent)^"
        }
        return text
    }

    /// Replaces the compiler's messages about the generated runner (`main.swift`, which the student
    /// never wrote) by one that says what is missing: the solution type or its conformance.
    public static func explainingGeneratedMain(_ diagnostics: [Diagnostic], solutionType: String, protocolName: String) -> [Diagnostic] {
        let generated = diagnostics.filter { $0.file == "(generated main.swift)" }
        guard !generated.isEmpty else { return diagnostics }
        var result = diagnostics.filter { d in !generated.contains(d) }
        if generated.contains(where: { $0.severity == "error" }) {
            let missing = generated.contains { $0.message.contains("cannot find") }
            let message = missing
                ? "no type `\(solutionType)` conforming to `\(protocolName)` was found in your files; keep the starter's `struct \(solutionType): \(protocolName)` (in \(solutionType).swift) and its name"
                : "`\(solutionType)` does not conform to `\(protocolName)`: declare it as `struct \(solutionType): \(protocolName)` and implement every function of the protocol with the exact signature of the starter"
            result.insert(Diagnostic(file: "", line: 0, column: 0, severity: "error", message: message), at: 0)
        }
        return result
    }

    /// Parses swiftc output lines of the form `/path/File.swift:12:5: error: message`, making paths
    /// relative to `folder` and dropping the compiler's own internal notes.
    static func parse(_ output: String, relativeTo folder: String) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for rawLine in output.split(separator: "\n") {
            let line = String(rawLine)
            let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, let lineNumber = Int(parts[1]), let column = Int(parts[2]) else { continue }
            let severity = parts[3].trimmingCharacters(in: .whitespaces)
            guard ["error", "warning", "note"].contains(severity) else { continue }
            var file = String(parts[0])
            if file.hasPrefix(folder + "/") { file.removeFirst(folder.count + 1) }
            var source: String?
            if !file.hasPrefix("/"), let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                if lineNumber >= 1, lineNumber <= lines.count { source = String(lines[lineNumber - 1]) }
            }
            result.append(Diagnostic(
                file: file, line: lineNumber, column: column, severity: severity,
                message: parts[4].trimmingCharacters(in: .whitespaces), source: source))
        }
        return result
    }
}

import Foundation
