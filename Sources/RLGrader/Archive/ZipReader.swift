import Foundation

/// Reads a ZIP upload: stored entries directly; compressed (deflate) archives through the system's
/// `unzip` when it is there. Directories, `__MACOSX/` and absolute or `..` paths are skipped.
public enum ZipReader {
    /// A ZIP the grader cannot read, with the reason for the TA or student.
    public struct Unreadable: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// The archive's files (path, bytes), in archive order.
    public static func entries(_ bytes: [UInt8]) throws(Unreadable) -> [ZipWriter.Entry] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        // The end-of-central-directory record is within the last 64 KiB + 22 bytes.
        guard bytes.count >= 22 else { throw Unreadable(description: "not a ZIP archive (too short)") }
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 65_535) {
            if u32(i) == 0x0605_4B50 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw Unreadable(description: "not a ZIP archive (no central directory)") }
        let count = u16(end + 10)
        var at = u32(end + 16)
        var result: [ZipWriter.Entry] = []
        for _ in 0..<count {
            guard at + 46 <= bytes.count, u32(at) == 0x0201_4B50 else { throw Unreadable(description: "damaged ZIP central directory") }
            let method = u16(at + 10)
            let compressed = u32(at + 20)
            let nameLength = u16(at + 28), extraLength = u16(at + 30), commentLength = u16(at + 32)
            let local = u32(at + 42)
            guard at + 46 + nameLength <= bytes.count else { throw Unreadable(description: "damaged ZIP entry name") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + nameLength + extraLength + commentLength
            if name.hasSuffix("/") || !isSafe(name) { continue }
            guard method == 0 else { throw Unreadable(description: "compressed entries (method \(method))") }
            guard local + 30 <= bytes.count, u32(local) == 0x0403_4B50 else { throw Unreadable(description: "damaged ZIP entry \(name)") }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            guard start + compressed <= bytes.count else { throw Unreadable(description: "truncated ZIP entry \(name)") }
            result.append(ZipWriter.Entry(path: name, bytes: Array(bytes[start..<(start + compressed)])))
        }
        return result
    }

    /// A relative path that stays inside the folder it is unpacked into.
    static func isSafe(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..") && !path.hasPrefix("__MACOSX/")
    }

    /// Unpacks `zip` into the new folder `folder` (stored entries natively, else with `unzip`).
    public static func unpack(_ zip: String, into folder: String) throws(Unreadable) {
        guard let data = FileManager.default.contents(atPath: zip) else { throw Unreadable(description: "cannot read \(zip)") }
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let files = try entries(Array(data))
            for file in files {
                let path = folder + "/" + file.path
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(file.bytes).write(to: URL(fileURLWithPath: path))
            }
        } catch let error as Unreadable {
            guard error.description.hasPrefix("compressed"), let unzip = ["/usr/bin/unzip", "/bin/unzip"].first(where: fm.isExecutableFile) else {
                throw Unreadable(description: "\(zip): \(error.description); re-create it with `rlgrade pack`")
            }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: unzip)
            process.arguments = ["-qq", "-o", zip, "-d", folder, "-x", "__MACOSX/*"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { throw Unreadable(description: "\(zip): cannot run \(unzip)") }
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw Unreadable(description: "\(zip): unzip failed (status \(process.terminationStatus))") }
        } catch {
            throw Unreadable(description: "\(zip): \(error)")
        }
    }
}
