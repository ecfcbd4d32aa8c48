/// One compiler message about a submission, with its file and line.
public struct Diagnostic: Codable, Sendable, Equatable {
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: String
    public var message: String

    /// `file:line:col: severity: message`
    public var rendered: String { "\(file):\(line):\(column): \(severity): \(message)" }

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
            result.append(Diagnostic(
                file: file, line: lineNumber, column: column, severity: severity,
                message: parts[4].trimmingCharacters(in: .whitespaces)))
        }
        return result
    }
}

import Foundation
