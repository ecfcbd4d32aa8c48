import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `.swift` files of one submission that are graded, read once into memory.
///
/// The rules (the same for a student's `rlgrade hwN`, `rlgrade pack`, `grade` and `batch`):
/// - An upload of a whole course checkout (it has `Assignments/hwN/`) is graded from that folder only.
/// - Otherwise the files come from the shallowest folder that holds `.swift` files (an upload whose
///   files sit in a subfolder is found), and from every subfolder below it.
/// - Never graded: `Package.swift`, names starting with `.` (macOS `._Name.swift` AppleDouble files
///   included), and the folders `.build`, `.swiftpm`, `__MACOSX`, `Sources`, `Tests`, `mutants`,
///   `variants`.
/// - Symbolic links are never followed (files are opened with `O_NOFOLLOW` after `lstat`); each one
///   is listed in ``skipped`` with the reason.
/// - At most ``maxTotalBytes`` of source in all.
public struct SubmissionSources: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        /// Path relative to ``SubmissionSources/base`` (`Helpers/Extra.swift`).
        public var relativePath: String
        public var contents: [UInt8]
    }

    /// The folder the files were taken from.
    public var base: String
    /// The graded files, sorted by relative path.
    public var files: [File]
    /// What was left out and why (`"Link.swift: a symbolic link (not followed)"`), sorted.
    public var skipped: [String]

    /// The most source a submission may have (a real homework is far below it).
    public static let maxTotalBytes = 1 << 20
    static let ignoredFolders: Set<String> = [".build", ".swiftpm", "__MACOSX", "Sources", "Tests", "mutants", "variants", "node_modules"]

    /// A stable digest of the graded files' paths and contents.
    public var contentHash: String {
        var bytes: [UInt8] = []
        for file in files {
            bytes.append(2)
            bytes += Array(file.relativePath.utf8)
            bytes.append(3)
            bytes += file.contents
        }
        return StableHashHex.hex(bytes: bytes)
    }

    public var totalBytes: Int { files.reduce(0) { $0 + $1.contents.count } }

    /// Collects the submission in `folder` for `homeworkID`.
    ///
    /// - Throws: ``BuildFailure`` for what the student must fix (missing folder, no files, too much source).
    public static func collect(_ folder: String, homeworkID: String) throws(BuildFailure) -> SubmissionSources {
        guard let root = realDirectory(folder) else { throw .missingFolder(folder) }
        var base = root
        let checkout = root + "/Assignments/" + homeworkID
        if kind(checkout) == .directory {
            base = checkout
        } else if let nested = shallowestSwiftFolder(root) {
            base = nested
        }
        var files: [File] = []
        var skipped: [String] = []
        var total = 0
        func walk(_ folder: String, _ prefix: String) throws(BuildFailure) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            for name in names {
                let path = folder + "/" + name
                let relative = prefix + name
                switch kind(path) {
                case .symlink:
                    if name.hasSuffix(".swift") || kind(path, follow: true) == .directory {
                        skipped.append("\(relative): a symbolic link (not followed; copy the file itself)")
                    }
                case .directory:
                    if name.hasPrefix(".") || ignoredFolders.contains(name) { continue }
                    try walk(path, relative + "/")
                case .file:
                    guard name.hasSuffix(".swift") else { continue }
                    if name.hasPrefix(".") {
                        if name.hasPrefix("._") { skipped.append("\(relative): a macOS metadata file (ignored)") }
                        continue
                    }
                    if name == "Package.swift" { skipped.append("\(relative): the package manifest (not graded)"); continue }
                    guard let contents = readNoFollow(path, limit: maxTotalBytes - total + 1) else {
                        skipped.append("\(relative): not readable")
                        continue
                    }
                    total += contents.count
                    if total > maxTotalBytes { throw .sourceTooLarge(bytes: total, limit: maxTotalBytes) }
                    files.append(File(relativePath: relative, contents: contents))
                case .other, .missing:
                    continue
                }
            }
        }
        try walk(base, "")
        return SubmissionSources(base: base, files: files.sorted { $0.relativePath < $1.relativePath }, skipped: skipped.sorted())
    }

    /// Replaces (or adds) files by name from a flat `overlay` folder (how mutants and variants are
    /// built from a reference): an overlay file replaces the file of the same name wherever it is.
    public func overlaid(with overlay: String) throws(BuildFailure) -> SubmissionSources {
        guard let folder = Self.realDirectory(overlay) else { throw .missingFolder(overlay) }
        var result = self
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for name in names where name.hasSuffix(".swift") && !name.hasPrefix(".") && Self.kind(folder + "/" + name) == .file {
            guard let contents = Self.readNoFollow(folder + "/" + name, limit: Self.maxTotalBytes) else { continue }
            if let i = result.files.firstIndex(where: { ($0.relativePath as NSString).lastPathComponent == name }) {
                result.files[i].contents = contents
            } else {
                result.files.append(File(relativePath: name, contents: contents))
            }
        }
        result.files.sort { $0.relativePath < $1.relativePath }
        return result
    }

    // MARK: File system, without following links

    enum Kind { case file, directory, symlink, other, missing }

    static func kind(_ path: String, follow: Bool = false) -> Kind {
        var st = stat()
        let rc = follow ? stat(path, &st) : lstat(path, &st)
        guard rc == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The folder itself, resolved (the path a TA or student typed may be a link; nothing inside is followed).
    static func realDirectory(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        let text = String(cString: resolved)
        return kind(text) == .directory ? text : nil
    }

    /// Reads a regular file without following a link, at most `limit` bytes.
    static func readNoFollow(_ path: String, limit: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }

    /// The shallowest folder (breadth first, sorted) that holds `.swift` files directly; links and
    /// ignored folders are not entered.
    static func shallowestSwiftFolder(_ start: String) -> String? {
        var queue = [start]
        while !queue.isEmpty {
            let folder = queue.removeFirst()
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
            if names.contains(where: { $0.hasSuffix(".swift") && !$0.hasPrefix(".") && $0 != "Package.swift" && kind(folder + "/" + $0) == .file }) {
                return folder
            }
            for name in names where !name.hasPrefix(".") && !ignoredFolders.contains(name) && kind(folder + "/" + name) == .directory {
                queue.append(folder + "/" + name)
            }
        }
        return nil
    }
}
