import Foundation

/// What a student release knows about itself: which homework it holds, and the pristine course
/// library it grades against.
extension Workspace {
    /// Where a student release keeps the course library as released (`Grading/course-library/`).
    public var pristineLibrary: String { gradingFolder + "/course-library" }

    /// True in a student release (no reference solutions at all).
    public var isStudentRelease: Bool {
        !FileManager.default.fileExists(atPath: referenceSolutions)
    }

    /// The homeworks that have a rubric here (in a release: the one it was made for).
    public var homeworksWithRubric: [String] {
        Homeworks.all.map(\.id).filter { FileManager.default.fileExists(atPath: rubricPath($0)) }
    }

    func pristineOrLocal(_ module: String) -> String {
        let pristine = gradingFolder + "/course-library/" + module
        return FileManager.default.fileExists(atPath: pristine) ? pristine : root + "/Sources/" + module
    }

    /// Files of `Sources/RLCore` and `Sources/RLHomework` that differ from the released course
    /// library (changed, added or removed), as `Sources/…` paths; empty outside a release.
    public func localLibraryChanges() -> [String] {
        let fm = FileManager.default
        guard fm.fileExists(atPath: pristineLibrary) else { return [] }
        var changed: [String] = []
        for module in ["RLCore", "RLHomework"] {
            let local = root + "/Sources/" + module
            let pristine = pristineLibrary + "/" + module
            let localFiles = Set(SourceFiles.swiftFiles(in: local))
            let pristineFiles = Set(SourceFiles.swiftFiles(in: pristine))
            for file in localFiles.union(pristineFiles).sorted() {
                let a = fm.contents(atPath: local + "/" + file)
                let b = fm.contents(atPath: pristine + "/" + file)
                if a != b { changed.append("Sources/\(module)/\(file)") }
            }
        }
        return changed
    }
}
