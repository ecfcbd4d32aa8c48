import Foundation

/// Where everything lives: the repository (or student release) root and the folders rlgrade uses.
///
/// Found from `RLGRADE_ROOT`, else by walking up from the current directory, else from the
/// executable's location, to the first folder that holds `Grading/` and `Sources/RLCore/`.
public struct Workspace: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    /// The course library a submission compiles against: the pristine copy a student release keeps
    /// in `Grading/course-library/` (as the TA's grading uses it), else `Sources/RLCore`.
    public var coreSources: String { pristineOrLocal("RLCore") }
    public var homeworkSources: String { pristineOrLocal("RLHomework") }
    public var gradingFolder: String { root + "/Grading" }
    public var referenceSolutions: String { root + "/ReferenceSolutions" }
    public var assignments: String { root + "/Assignments" }
    /// Build products and compiled submissions; safe to delete.
    public var cacheFolder: String {
        ProcessInfo.processInfo.environment["RLGRADE_CACHE"] ?? root + "/.build/rlgrade-cache"
    }

    public func rubricPath(_ homework: String) -> String { gradingFolder + "/\(homework).json" }
    public func goldenPath(_ homework: String) -> String { gradingFolder + "/golden/\(homework).json" }
    public func referencePath(_ homework: String) -> String { referenceSolutions + "/\(homework)" }
    public func assignmentPath(_ homework: String) -> String { assignments + "/\(homework)" }

    /// True when the instructor's reference solutions are present (not in a student release).
    public func hasReference(_ homework: String) -> Bool {
        FileManager.default.fileExists(atPath: referencePath(homework))
    }

    /// Locates the workspace root.
    public static func locate() throws(GraderError) -> Workspace {
        let fm = FileManager.default
        func isRoot(_ path: String) -> Bool {
            fm.fileExists(atPath: path + "/Grading") && fm.fileExists(atPath: path + "/Sources/RLCore")
        }
        if let explicit = ProcessInfo.processInfo.environment["RLGRADE_ROOT"] {
            guard isRoot(explicit) else {
                throw .configuration("RLGRADE_ROOT=\(explicit) does not hold Grading/ and Sources/RLCore/")
            }
            return Workspace(root: explicit)
        }
        var candidates: [String] = [fm.currentDirectoryPath]
        candidates.append((CommandLine.arguments[0] as NSString).deletingLastPathComponent)
        if let exe = Bundle.main.executablePath { candidates.append((exe as NSString).deletingLastPathComponent) }
        for start in candidates {
            var path = (start as NSString).standardizingPath
            if !path.hasPrefix("/") { path = fm.currentDirectoryPath + "/" + path }
            while true {
                if isRoot(path) { return Workspace(root: path) }
                let parent = (path as NSString).deletingLastPathComponent
                if parent == path || parent.isEmpty { break }
                path = parent
            }
        }
        throw .configuration(
            "cannot find the rlgrade folder (one holding Grading/ and Sources/RLCore/); run rlgrade inside your course repository or set RLGRADE_ROOT")
    }
}
