import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A seal on cached build products: written when a build is finished, checked before each use, so
/// a cached runner or stub module that changed afterwards (a tampered or truncated file) is
/// rebuilt instead of used. It records each file's device, inode, size, and modification and
/// status-change times; the status-change time cannot be set back by any writer, so any write to
/// the file after sealing breaks the seal. (Isolation keeps children away from the cache in the
/// first place; this is the second line.)
enum CacheSeal {
    static let fileName = ".seal"

    static func fingerprint(_ path: String) -> String? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Glibc)
        let m = "\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)", c = "\(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec)"
        #else
        let m = "\(st.st_mtimespec.tv_sec).\(st.st_mtimespec.tv_nsec)", c = "\(st.st_ctimespec.tv_sec).\(st.st_ctimespec.tv_nsec)"
        #endif
        return "\(st.st_dev) \(st.st_ino) \(st.st_size) \(m) \(c)"
    }

    static func seal(folder: String, files: [String]) -> String {
        files.sorted().map { "\($0) \(fingerprint(folder + "/" + $0) ?? "missing")" }.joined(separator: "\n") + "\n"
    }

    /// Seals `files` of `folder` (call after the last write and chmod; a rename keeps the seal valid).
    static func write(folder: String, files: [String]) {
        try? seal(folder: folder, files: files).write(toFile: folder + "/" + fileName, atomically: false, encoding: .utf8)
    }

    /// True when every file is exactly as sealed.
    static func verify(folder: String, files: [String]) -> Bool {
        guard let recorded = try? String(contentsOfFile: folder + "/" + fileName, encoding: .utf8) else { return false }
        return recorded == seal(folder: folder, files: files)
    }
}
