import Foundation

/// The first line of a request the grader sends: which exercise, which input (by index).
public struct WireRequestHeader: Codable, Sendable {
    public var exercise: String
    public var index: Int
}

/// A request: call `exercise` with `input`. One JSON object per line on the child's stdin.
public struct WireRequest<Input: Codable & Sendable>: Codable, Sendable {
    public var exercise: String
    public var index: Int
    public var input: Input
    public init(exercise: String, index: Int, input: Input) {
        self.exercise = exercise
        self.index = index
        self.input = input
    }
}

/// How one call ended, as the child reports it.
public enum WireStatus: String, Codable, Sendable {
    /// The function returned; `output` holds its result.
    case ok
    /// The function threw ``NotImplemented``; `message` names it.
    case notImplemented
    /// The function threw another error; `message` describes it.
    case threw
    /// The runner does not know the exercise (the grader and the stub disagree).
    case unknownExercise
    /// The request could not be decoded.
    case badRequest
}

/// A response: one JSON object per line on the child's result pipe (descriptor 3).
public struct WireResponse<Output: Codable & Sendable>: Codable, Sendable {
    public var index: Int
    public var status: WireStatus
    public var output: Output?
    public var message: String?
    public init(index: Int, status: WireStatus, output: Output? = nil, message: String? = nil) {
        self.index = index
        self.status = status
        self.output = output
        self.message = message
    }
}

/// An output-less response, used to read `status` and `message` whatever the output type.
public struct WireResponseHeader: Codable, Sendable {
    public var index: Int
    public var status: WireStatus
    public var message: String?
}

/// The one JSON configuration both sides use: sorted keys, and NaN/±inf spelled as strings so a
/// student's non-finite output arrives intact and is judged, instead of failing to encode.
public enum WireCoding {
    public static func encoder() -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return e
    }

    public static func decoder() -> JSONDecoder {
        let d = JSONDecoder()
        d.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "+inf", negativeInfinity: "-inf", nan: "nan")
        return d
    }

    /// Encodes `value` as one line of JSON (no newline inside).
    public static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from line: String) throws -> T {
        try decoder().decode(type, from: Data(line.utf8))
    }

    /// One request line (no newline inside), as the grader sends it: written directly
    /// (``WireJSONWriter``, keys in declaration order), four times faster than ``encode(_:)``.
    public static func encodeRequest<Input>(_ request: WireRequest<Input>) throws -> [UInt8] {
        try WireJSONWriter.encode(request)
    }

    /// Decodes a request line: directly (``WireJSONReader``) when it can, else with `JSONDecoder`
    /// (the same value either way).
    public static func decodeRequest<T: Decodable>(_ type: T.Type, from line: String) throws -> T {
        if let value = try? WireJSONReader.decode(type, from: line) { return value }
        return try decode(type, from: line)
    }
}
