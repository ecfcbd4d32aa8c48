import Foundation

/// Listing and hashing Swift source folders, in a stable (sorted) order.
enum SourceFiles {
    /// Every `.swift` file under `folder` (recursively), as paths relative to it, sorted.
    static func swiftFiles(in folder: String, excluding excluded: [String] = []) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            if excluded.contains(where: { relative == $0 || relative.hasPrefix($0 + "/") }) { continue }
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

/// A 128-bit hex digest made of two FNV-1a passes (stable across runs; not cryptographic).
enum StableHashHex {
    static func hex(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var a: UInt64 = 0xCBF2_9CE4_8422_2325
        var b: UInt64 = 0x8422_2325_CBF2_9CE4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
        }
        return String(a, radix: 16).leftPadded(16) + String(b, radix: 16).leftPadded(16)
    }
}

extension String {
    func leftPadded(_ width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
