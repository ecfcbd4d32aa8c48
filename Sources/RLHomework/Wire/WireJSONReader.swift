#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a request line written by ``WireJSONWriter`` (or any plain JSON) into a `Decodable` value:
/// the runner's side of the grader's requests.
///
/// It decodes straight from the bytes: an object is indexed once (key → where its value starts),
/// arrays of numbers are parsed in one loop, and numbers are converted in place by the C library's
/// correctly rounded `strtod`, so every number is exactly the one `JSONDecoder` would give.
/// It accepts JSON only (no comments, no trailing commas) and keys without escapes; anything it does
/// not accept throws, and the runner then decodes the line with `JSONDecoder` instead — so this is a
/// shortcut, never a second opinion.
struct WireJSONReader {
    struct Malformed: Error {}

    static func decode<T: Decodable>(_ type: T.Type, from line: String) throws -> T {
        var bytes = Array(line.utf8)
        bytes.append(0)  // a sentinel: every scan stops at it
        let reader = Reader(bytes)
        var i = reader.skipSpace(0)
        let value = try reader.value(T.self, at: &i)
        guard reader.skipSpace(i) == bytes.count - 1 else { throw Malformed() }
        return value
    }

    final class Reader {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        @inline(__always) func skipSpace(_ i: Int) -> Int {
            var i = i
            while bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
            return i
        }

        @inline(__always) func expect(_ byte: UInt8, _ i: inout Int) throws {
            i = skipSpace(i)
            guard bytes[i] == byte else { throw Malformed() }
            i += 1
        }

        /// Decodes a `T` from position `i` (at a value) and moves `i` past it.
        func value<T: Decodable>(_ type: T.Type, at i: inout Int) throws -> T {
            i = skipSpace(i)
            if T.self == Double.self { return try double(&i) as! T }
            if T.self == [Double].self { return try doubles(&i) as! T }
            if T.self == [[Double]].self { return try array(&i) { try self.doubles(&$0) } as! T }
            if T.self == [[[Double]]].self { return try array(&i) { try self.array(&$0) { try self.doubles(&$0) } } as! T }
            if T.self == Int.self { return try int(&i) as! T }
            if T.self == [Int].self { return zeroSlack(try array(&i) { try self.int(&$0) }) as! T }
            if T.self == Bool.self { return try bool(&i) as! T }
            if T.self == [Bool].self { return try array(&i) { try self.bool(&$0) } as! T }
            if T.self == String.self { return try string(&i) as! T }
            if T.self == Float.self { return Float(try double(&i)) as! T }
            if let integer = T.self as? any FixedWidthInteger.Type { return try self.integer(integer, &i) as! T }
            let start = i
            i = try skipValue(i)
            return try T(from: ValueDecoder(reader: self, start: start))
        }

        func array<E>(_ i: inout Int, _ element: (inout Int) throws -> E) throws -> [E] {
            try expect(UInt8(ascii: "["), &i)
            var result: [E] = []
            i = skipSpace(i)
            if bytes[i] == UInt8(ascii: "]") { i += 1; return result }
            while true {
                i = skipSpace(i)
                result.append(try element(&i))
                i = skipSpace(i)
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return result }
                throw Malformed()
            }
        }

        func doubles(_ i: inout Int) throws -> [Double] { zeroSlack(try array(&i) { try self.double(&$0) }) }

        /// `values` in an array whose unused capacity holds zeros. Code that reads past the end of an
        /// input array without a trap (an unchecked loop bound) then reads 0 on every run — what it read
        /// from `JSONDecoder`'s freshly allocated arrays — not whatever the allocator left there.
        func zeroSlack<E: Numeric>(_ values: [E]) -> [E] {
            var result: [E] = []
            result.reserveCapacity(values.count)
            result.append(contentsOf: repeatElement(0, count: result.capacity))
            result.removeLast(result.count - values.count)
            for k in values.indices { result[k] = values[k] }
            return result
        }

        /// A number, or one of the strings "nan", "+inf", "-inf" (``WireCoding``'s spelling).
        func double(_ i: inout Int) throws -> Double {
            i = skipSpace(i)
            if bytes[i] == UInt8(ascii: "\"") {
                switch try string(&i) {
                case "nan": return .nan
                case "+inf": return .infinity
                case "-inf": return -.infinity
                default: throw Malformed()
                }
            }
            let start = i
            i = numberEnd(i)
            // strtod reads the digits in place (no string is made): correctly rounded, as JSONDecoder.
            // It must stop exactly at the number's end (under a locale with a decimal comma it would
            // not; the line then goes to JSONDecoder).
            let end = i
            let (x, consumed) = bytes.withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c -> (Double, Int) in
                    var stop: UnsafeMutablePointer<CChar>?
                    let x = strtod(c + start, &stop)
                    return (x, stop.map { UnsafePointer($0) - c } ?? start)
                }
            }
            guard end > start, consumed == end, x.isFinite else { throw Malformed() }
            return x
        }

        func int(_ i: inout Int) throws -> Int {
            i = skipSpace(i)
            let negative = bytes[i] == UInt8(ascii: "-")
            if negative { i += 1 }
            let start = i
            var value = 0
            while bytes[i] >= 0x30 && bytes[i] <= 0x39 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = negative ? m.subtractingReportingOverflow(Int(bytes[i] - 0x30))
                                       : m.addingReportingOverflow(Int(bytes[i] - 0x30))
                guard !o1, !o2 else { throw Malformed() }
                value = s
                i += 1
            }
            guard i > start, numberEnd(i) == i else { throw Malformed() }  // not "1.5", "1e3"
            return value
        }

        /// An integer of another width (seeds are `UInt64`), read from its digits.
        func integer<I: FixedWidthInteger>(_ type: I.Type, _ i: inout Int) throws -> I {
            i = skipSpace(i)
            let start = i
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            while bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            guard numberEnd(i) == i, let value = I(String(decoding: bytes[start..<i], as: UTF8.self)) else { throw Malformed() }
            return value
        }

        func bool(_ i: inout Int) throws -> Bool {
            i = skipSpace(i)
            if matches("true", at: i) { i += 4; return true }
            if matches("false", at: i) { i += 5; return false }
            throw Malformed()
        }

        func matches(_ word: StaticString, at i: Int) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return false }
            return word.withUTF8Buffer { w in (0..<n).allSatisfy { bytes[i + $0] == w[$0] } }
        }

        /// A string; escapes are decoded the way JSON defines them.
        func string(_ i: inout Int) throws -> String {
            try expect(UInt8(ascii: "\""), &i)
            let start = i
            while bytes[i] != UInt8(ascii: "\"") && bytes[i] != UInt8(ascii: "\\") && bytes[i] >= 0x20 { i += 1 }
            if bytes[i] == UInt8(ascii: "\"") {
                defer { i += 1 }
                return String(decoding: bytes[start..<i], as: UTF8.self)
            }
            throw Malformed()  // escapes and control characters: left to JSONDecoder
        }

        func numberEnd(_ i: Int) -> Int {
            var i = i
            while true {
                switch bytes[i] {
                case 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): i += 1
                default: return i
                }
            }
        }

        /// The position just past the value starting at `i`.
        func skipValue(_ i: Int) throws -> Int {
            var i = skipSpace(i)
            switch bytes[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                repeat {
                    switch bytes[i] {
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; i += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; i += 1
                    case UInt8(ascii: "\""): _ = try string(&i)
                    case 0: throw Malformed()
                    default: i += 1
                    }
                } while depth > 0
                return i
            case UInt8(ascii: "\""): _ = try string(&i); return i
            case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool(&i); return i
            case UInt8(ascii: "n"):
                guard matches("null", at: i) else { throw Malformed() }
                return i + 4
            default:
                let end = numberEnd(i)
                guard end > i else { throw Malformed() }
                return end
            }
        }

        func isNull(_ i: Int) -> Bool { matches("null", at: skipSpace(i)) }

        /// The members of the object at `i`: each key and where its value starts.
        func members(_ i: Int) throws -> [(key: String, start: Int)] {
            var i = i
            try expect(UInt8(ascii: "{"), &i)
            var result: [(key: String, start: Int)] = []
            i = skipSpace(i)
            if bytes[i] == UInt8(ascii: "}") { return result }
            while true {
                let key = try string(&i)
                try expect(UInt8(ascii: ":"), &i)
                let start = skipSpace(i)
                i = try skipValue(start)
                result.append((key, start))
                i = skipSpace(i)
                if bytes[i] == UInt8(ascii: ",") { i += 1; i = skipSpace(i); continue }
                if bytes[i] == UInt8(ascii: "}") { return result }
                throw Malformed()
            }
        }

        /// Where each element of the array at `i` starts.
        func elements(_ i: Int) throws -> [Int] {
            var i = i
            try expect(UInt8(ascii: "["), &i)
            var result: [Int] = []
            i = skipSpace(i)
            if bytes[i] == UInt8(ascii: "]") { return result }
            while true {
                let start = skipSpace(i)
                i = try skipValue(start)
                result.append(start)
                i = skipSpace(i)
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { return result }
                throw Malformed()
            }
        }
    }

    /// The `Decoder` of one value (an object, array or scalar) starting at `start`.
    struct ValueDecoder: Decoder {
        let reader: Reader
        let start: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            KeyedDecodingContainer(Keyed<Key>(reader: reader, members: try reader.members(start)))
        }
        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            Unkeyed(reader: reader, starts: try reader.elements(start))
        }
        func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(reader: reader, start: start) }
    }

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let reader: Reader
        let members: [(key: String, start: Int)]
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

        func start(_ key: Key) throws -> Int {
            let name = key.stringValue
            guard let member = members.first(where: { $0.key == name }) else { throw Malformed() }
            return member.start
        }
        func contains(_ key: Key) -> Bool { members.contains { $0.key == key.stringValue } }
        func decodeNil(forKey key: Key) throws -> Bool { reader.isNull(try start(key)) }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            var i = try start(key)
            return try reader.value(type, at: &i)
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try ValueDecoder(reader: reader, start: try start(key)).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try ValueDecoder(reader: reader, start: try start(key)).unkeyedContainer()
        }
        func superDecoder() throws -> any Decoder { throw Malformed() }
        func superDecoder(forKey key: Key) throws -> any Decoder { ValueDecoder(reader: reader, start: try start(key)) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let reader: Reader
        let starts: [Int]
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { starts.count }
        var isAtEnd: Bool { currentIndex >= starts.count }

        mutating func next() throws -> Int {
            guard !isAtEnd else { throw Malformed() }
            defer { currentIndex += 1 }
            return starts[currentIndex]
        }
        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, reader.isNull(starts[currentIndex]) else { return false }
            currentIndex += 1
            return true
        }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            var i = try next()
            return try reader.value(type, at: &i)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            try ValueDecoder(reader: reader, start: try next()).container(keyedBy: type)
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try ValueDecoder(reader: reader, start: try next()).unkeyedContainer()
        }
        mutating func superDecoder() throws -> any Decoder { ValueDecoder(reader: reader, start: try next()) }
    }

    struct Single: SingleValueDecodingContainer {
        let reader: Reader
        let start: Int
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { reader.isNull(start) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T {
            var i = start
            return try reader.value(type, at: &i)
        }
    }
}
