/// The Swift release the course is developed and tested with; the Gradescope setup and the GitHub
/// Classroom workflow install exactly this one, so students, TAs and CI compile with one compiler.
public enum SwiftVersion {
    public static let pinned = "6.3.1"
}
