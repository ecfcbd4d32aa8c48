/// Writes an `Encodable` value as one line of JSON, straight into bytes: the grader's requests.
///
/// Four times faster than `JSONEncoder` on the wire's inputs (hw4's 3,600 REINFORCE batches: 0.21 s
/// against 0.82 s), because it builds no tree and writes arrays of numbers directly. Keys come in
/// the order the value encodes them (declaration order), not sorted: the runner looks up keys by
/// name, and nothing compares request bytes (golden-file keys use ``WireCoding/encode(_:)``).
/// Numbers are written so that they read back exactly (Swift's shortest round-trip digits, integral
/// doubles without ".0"); NaN and ±infinity as the strings `"nan"`, `"+inf"`, `"-inf"`, as
/// ``WireCoding`` spells them.
struct WireJSONWriter {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = Writer()
        try writer.value(value)
        writer.closeDeeper(0)
        return writer.bytes
    }

    /// The types written directly, by identifier.
    enum Types {
        static let double = ObjectIdentifier(Double.self), doubles = ObjectIdentifier([Double].self)
        static let grid = ObjectIdentifier([[Double]].self), cube = ObjectIdentifier([[[Double]]].self)
        static let int = ObjectIdentifier(Int.self), ints = ObjectIdentifier([Int].self)
        static let string = ObjectIdentifier(String.self), bool = ObjectIdentifier(Bool.self)
        static let float = ObjectIdentifier(Float.self), uint64 = ObjectIdentifier(UInt64.self)
        /// The other integer types, written by their digits.
        static let otherIntegers: [ObjectIdentifier] = [
            Int8.self, Int16.self, Int32.self, Int64.self, UInt.self, UInt8.self, UInt16.self, UInt32.self,
        ].map { ObjectIdentifier($0) }
    }

    final class Writer: Encoder {
        var bytes: [UInt8] = []
        /// Open containers: their closing byte and whether they hold an element yet.
        var open: [(close: UInt8, hasElement: Bool)] = []
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)
        static let hex = Array("0123456789abcdef".utf8)
        init() { bytes.reserveCapacity(1024) }

        /// Closes the containers opened deeper than `depth`.
        @inline(__always) func closeDeeper(_ depth: Int) {
            while open.count > depth { bytes.append(open.removeLast().close) }
        }
        /// Starts an element of the container at `depth` (comma after the first).
        @inline(__always) func element(_ depth: Int) {
            closeDeeper(depth)
            if depth > 0 {
                if open[depth - 1].hasElement { bytes.append(UInt8(ascii: ",")) } else { open[depth - 1].hasElement = true }
            }
        }

        /// Writes `v`: numbers, strings, booleans and arrays of numbers directly (by exact type, so an
        /// integer is never taken for a double), anything else through its `encode(to:)`. Types are
        /// compared by identifier, which costs nothing even where the grader is a debug build.
        func value<T: Encodable>(_ v: T) throws {
            let type = ObjectIdentifier(T.self)
            if type == Types.double { number(v as! Double) }
            else if type == Types.doubles { doubles(v as! [Double]) }
            else if type == Types.grid { grid(v as! [[Double]]) }
            else if type == Types.cube {
                let cube = v as! [[[Double]]]
                bytes.append(UInt8(ascii: "["))
                for i in 0..<cube.count {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    grid(cube[i])
                }
                bytes.append(UInt8(ascii: "]"))
            } else if type == Types.int { int(v as! Int) }
            else if type == Types.ints {
                let x = v as! [Int]
                bytes.append(UInt8(ascii: "["))
                for i in 0..<x.count {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    int(x[i])
                }
                bytes.append(UInt8(ascii: "]"))
            } else if type == Types.string { string(v as! String) }
            else if type == Types.bool { bytes.append(contentsOf: (v as! Bool) ? Self.trueBytes : Self.falseBytes) }
            else if type == Types.float { number(Double(v as! Float)) }
            else if type == Types.uint64 { bytes.append(contentsOf: String(v as! UInt64).utf8) }
            else if Types.otherIntegers.contains(type), let x = v as? any FixedWidthInteger {
                bytes.append(contentsOf: "\(x)".utf8)
            } else {
                let depth = open.count
                try v.encode(to: self)
                closeDeeper(depth)
            }
        }

        func grid(_ x: [[Double]]) {
            bytes.append(UInt8(ascii: "["))
            for i in 0..<x.count {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                doubles(x[i])
            }
            bytes.append(UInt8(ascii: "]"))
        }

        func doubles(_ x: [Double]) {
            bytes.append(UInt8(ascii: "["))
            for i in 0..<x.count {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                number(x[i])
            }
            bytes.append(UInt8(ascii: "]"))
        }
        func number(_ x: Double) {
            guard x.isFinite else { return string(x.isNaN ? "nan" : (x > 0 ? "+inf" : "-inf")) }
            if x == 0 { return bytes.append(contentsOf: x.sign == .minus ? [0x2D, 0x30, 0x2E, 0x30] : [0x30]) }
            let text = x.description.utf8
            if text.count > 2, text.last == UInt8(ascii: "0"), text[text.index(text.endIndex, offsetBy: -2)] == UInt8(ascii: ".") {
                bytes.append(contentsOf: text.dropLast(2))  // "3.0" → "3"
            } else {
                bytes.append(contentsOf: text)
            }
        }
        func int(_ x: Int) { bytes.append(contentsOf: String(x).utf8) }
        func string(_ s: String) {
            bytes.append(UInt8(ascii: "\""))
            for b in s.utf8 {
                switch b {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), b])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), b])
                case 0..<0x20:
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 15)]])
                default: bytes.append(b)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let depth = open.count
            bytes.append(UInt8(ascii: "{"))
            open.append((UInt8(ascii: "}"), false))
            return KeyedEncodingContainer(Keyed<Key>(writer: self, depth: depth + 1))
        }
        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            let depth = open.count
            bytes.append(UInt8(ascii: "["))
            open.append((UInt8(ascii: "]"), false))
            return Unkeyed(writer: self, depth: depth + 1)
        }
        func singleValueContainer() -> any SingleValueEncodingContainer { Single(writer: self) }
    }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let writer: Writer
        let depth: Int
        var codingPath: [any CodingKey] { [] }
        func key(_ key: Key) {
            writer.element(depth)
            writer.string(key.stringValue)
            writer.bytes.append(UInt8(ascii: ":"))
        }
        mutating func encodeNil(forKey key: Key) throws { self.key(key); writer.bytes.append(contentsOf: Writer.nullBytes) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { self.key(key); try writer.value(value) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            guard let value else { return }
            self.key(key); try writer.value(value)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            self.key(key); return writer.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            self.key(key); return writer.unkeyedContainer()
        }
        mutating func superEncoder() -> any Encoder { writer }
        mutating func superEncoder(forKey key: Key) -> any Encoder { self.key(key); return writer }
    }

    struct Unkeyed: UnkeyedEncodingContainer {
        let writer: Writer
        let depth: Int
        var count = 0
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil() throws { writer.element(depth); count += 1; writer.bytes.append(contentsOf: Writer.nullBytes) }
        mutating func encode<T: Encodable>(_ value: T) throws { writer.element(depth); count += 1; try writer.value(value) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            writer.element(depth); count += 1; return writer.container(keyedBy: keyType)
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { writer.element(depth); count += 1; return writer.unkeyedContainer() }
        mutating func superEncoder() -> any Encoder { writer }
    }

    struct Single: SingleValueEncodingContainer {
        let writer: Writer
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil() throws { writer.bytes.append(contentsOf: Writer.nullBytes) }
        mutating func encode<T: Encodable>(_ value: T) throws { try writer.value(value) }
    }
}
