/// Paths of the repository for tests.
enum TestPaths {
    /// The repository root (three levels above this file).
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
}
