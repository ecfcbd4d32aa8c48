import Foundation

/// Generates the students' starter files from the reference solution.
///
/// In a reference file, a solution block is written between two markers:
///
///     // BEGIN SOLUTION throw NotImplemented("valueIteration(mdp:theta:)")
///     … the instructor's code …
///     // END SOLUTION
///
/// The starter keeps everything outside the blocks and replaces each block by a TODO line and the
/// stub the BEGIN marker names, at the marker's indentation. Files without markers are copied as is.
/// `Assignments/hwN/*.swift` are exactly these generated files (`rlgrade starters --check` verifies).
public enum StarterGenerator {
    public struct MarkerError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// The starter text of one reference file.
    public static func starter(from text: String, file: String, homework: String) throws(MarkerError) -> String {
        var output: [String] = []
        var inside: (line: Int, indent: String, stub: String)?
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("// BEGIN SOLUTION") {
                guard inside == nil else { throw MarkerError(file: file, line: i + 1, message: "BEGIN SOLUTION inside another solution block") }
                let stub = trimmed.dropFirst("// BEGIN SOLUTION".count).trimmingCharacters(in: .whitespaces)
                guard !stub.isEmpty else {
                    throw MarkerError(file: file, line: i + 1, message: "BEGIN SOLUTION must name the stub, e.g. `// BEGIN SOLUTION throw NotImplemented(\"f\")`")
                }
                let indent = String(line.prefix { $0 == " " })
                inside = (i + 1, indent, stub)
            } else if trimmed.hasPrefix("// END SOLUTION") {
                guard let block = inside else { throw MarkerError(file: file, line: i + 1, message: "END SOLUTION without BEGIN SOLUTION") }
                output.append(block.indent + "// TODO: your code here (then run `rlgrade \(homework)`).")
                output.append(block.indent + block.stub)
                inside = nil
            } else if inside == nil {
                output.append(line)
            }
        }
        if let block = inside { throw MarkerError(file: file, line: block.line, message: "BEGIN SOLUTION is never closed") }
        return output.joined(separator: "\n")
    }

    /// The starter files of `homework`: file name → text.
    public static func starters(workspace: Workspace, homework: String) throws(GraderError) -> [(name: String, text: String)] {
        let folder = workspace.referencePath(homework)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".swift") }.sorted()
        guard !names.isEmpty else { throw .configuration("no reference files in \(folder)") }
        var result: [(String, String)] = []
        for name in names {
            guard let text = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else {
                throw .configuration("cannot read \(folder)/\(name)")
            }
            do { result.append((name, try starter(from: text, file: "ReferenceSolutions/\(homework)/\(name)", homework: homework))) }
            catch { throw .configuration(error.description) }
        }
        return result
    }

    /// Writes the starters into `Assignments/hwN/` (`check: false`), or returns the files that differ
    /// from what would be generated (`check: true`).
    public static func sync(workspace: Workspace, homework: String, check: Bool) throws(GraderError) -> [String] {
        let target = workspace.assignmentPath(homework)
        let generated = try starters(workspace: workspace, homework: homework)
        var differences: [String] = []
        let existing = ((try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []).filter { $0.hasSuffix(".swift") }
        for name in existing where !generated.contains(where: { $0.name == name }) {
            differences.append("Assignments/\(homework)/\(name) has no reference counterpart")
        }
        for (name, text) in generated {
            let path = target + "/" + name
            let current = try? String(contentsOfFile: path, encoding: .utf8)
            if current != text {
                differences.append("Assignments/\(homework)/\(name) differs from the starter generated from ReferenceSolutions/\(homework)/\(name)")
                if !check { try ReportWriter.write(text, to: path) }
            }
        }
        return differences
    }
}
