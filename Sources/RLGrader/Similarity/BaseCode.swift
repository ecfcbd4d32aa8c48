import Foundation

/// The code every student was given, whose fingerprints never count as shared: the starter files
/// (`Assignments/hwN/*.swift`) and the code snippets of the handout (`Assignments/hwN/README.md`,
/// fenced blocks that are unlabelled or labelled `swift`).
public struct BaseCode: Sendable, Equatable {
    /// The starter files (also the base files of the MOSS and JPlag exports).
    public var starter: [SourceText]
    /// One pseudo-file per handout snippet (`README.md#3` for the third block).
    public var snippets: [SourceText]

    public init(starter: [SourceText], snippets: [SourceText]) {
        self.starter = starter
        self.snippets = snippets
    }

    public var all: [SourceText] { starter + snippets }

    /// The starter and handout of `homeworkID` in `workspace` (empty when the folder is missing).
    public static func load(workspace: Workspace, homeworkID: String) -> BaseCode {
        let folder = workspace.assignmentPath(homeworkID)
        let starter = ComparedSubmission.files(in: folder, homeworkID: homeworkID)
        let readme = SubmissionSources.readNoFollow(folder + "/README.md", limit: SubmissionSources.maxTotalBytes)
            .map { String(decoding: $0, as: UTF8.self) } ?? ""
        return BaseCode(starter: starter, snippets: snippets(markdown: readme, name: "README.md"))
    }

    /// The fenced code blocks of `markdown` whose info string is empty or `swift`.
    public static func snippets(markdown: String, name: String) -> [SourceText] {
        var result: [SourceText] = []
        var current: [Substring]?
        var keep = false
        var count = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") {
                if let body = current {
                    if keep { result.append(SourceText(path: "\(name)#\(count)", text: body.joined(separator: "\n"))) }
                    current = nil
                } else {
                    count += 1
                    let info = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces).lowercased()
                    keep = info.isEmpty || info == "swift"
                    current = []
                }
            } else if current != nil {
                current!.append(line)
            }
        }
        return result
    }
}
