import RLCore
import Foundation

/// Listing and hashing Swift source folders, in a stable (sorted) order.
enum SourceFiles {
    /// Every `.swift` file under `folder` (recursively), as paths relative to it, sorted.
    static func swiftFiles(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".swift") { files.append(relative) }
        }
        return files.sorted()
    }

    /// A stable hash of file names and contents, plus extra strings (compiler version, flags).
    static func hash(folder: String, files: [String], extra: [String] = []) -> String {
        var text = extra.joined(separator: "\u{1}")
        for file in files {
            text += "\u{2}" + file + "\u{3}"
            text += (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? "<unreadable>"
        }
        return String(StableHashHex.hex(text))
    }
}

/// A 128-bit hex digest: RLCore's stable FNV-1a over the text, and over the text with every byte
/// flipped (stable across runs; not cryptographic).
enum StableHashHex {
    static func hex(_ text: String) -> String { hex(bytes: Array(text.utf8)) }

    static func hex(bytes: [UInt8]) -> String {
        let a = StableHash.fnv1a(bytes: bytes)
        let b = StableHash.fnv1a(bytes: bytes.lazy.map { $0 ^ 0x5A })
        return String(a, radix: 16).leftPadded(16) + String(b, radix: 16).leftPadded(16)
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
