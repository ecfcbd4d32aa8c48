import Foundation
import RLCore
import RLHomework
import Testing

/// The grader's requests are written by `WireCoding.encodeRequest` and read by
/// `WireCoding.decodeRequest`; both must give exactly the values `JSONEncoder`/`JSONDecoder` give.
@Suite struct WireRequestCodingTests {
    struct Mixed: Codable, Equatable {
        var seed: UInt64
        var small: Int8
        var count: Int
        var flags: [Bool]
        var name: String
        var values: [Double]
        var grid: [[Double]]
        var cube: [[[Double]]]
        var ints: [Int]
        var maybe: [Double]?
        var missing: Double?
        var single: Float
        var nested: [HW4.PolicyEpisode]
        var activation: Activation
        var network: MLP
    }

    static let awkward: [Double] = [
        0, -0.0, 1, -1, 3, 0.1, 1e-5, 1e300, -2.5e-308, 5e-324, .ulpOfOne, 1 / 3, 123_456_789_012_345_680,
        .greatestFiniteMagnitude, .nan, .infinity, -.infinity,
    ]

    static func sample() -> Mixed {
        Mixed(
            seed: .max, small: -128, count: Int.min, flags: [true, false], name: "hw4.x/y", values: awkward,
            grid: [awkward, [], [2]], cube: [[[1, 0], [0, 1]], [[]]], ints: [0, -7, .max], maybe: [4.25], missing: nil,
            single: 0.1, nested: [HW4.PolicyEpisode(states: [0, 3], actions: [1, 0], rewards: [-1.5, 0.3])],
            activation: .tanh, network: MLP(layerSizes: [2, 3, 1], seed: 9))
    }

    /// Bit patterns, so that NaN and −0 count.
    static func bits(_ x: [Double]) -> [UInt64] { x.map(\.bitPattern) }

    @Test func roundTripIsExact() throws {
        let value = Self.sample()
        let request = WireRequest(exercise: "hw4.reinforce-gradient", index: 12, input: value)
        let line = String(decoding: try WireCoding.encodeRequest(request), as: UTF8.self)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"exercise":"hw4.reinforce-gradient","index":12,"#))
        let fast = try WireCoding.decodeRequest(WireRequest<Mixed>.self, from: line)
        let reference = try WireCoding.decode(WireRequest<Mixed>.self, from: line)
        for decoded in [fast, reference] {
            #expect(decoded.index == 12)
            #expect(Self.bits(decoded.input.values) == Self.bits(value.values))
            #expect(decoded.input.grid.map(Self.bits) == value.grid.map(Self.bits))
            #expect(decoded.input.seed == value.seed && decoded.input.small == value.small && decoded.input.count == value.count)
            #expect(decoded.input.flags == value.flags && decoded.input.name == value.name && decoded.input.ints == value.ints)
            #expect(decoded.input.cube == value.cube && decoded.input.maybe == value.maybe && decoded.input.missing == nil)
            #expect(decoded.input.single == value.single && decoded.input.nested == value.nested)
            #expect(decoded.input.activation == value.activation && decoded.input.network == value.network)
        }
    }

    @Test func readsWhatJSONEncoderWrites() throws {
        // Sorted keys, escapes, spaces: the direct reader takes it or hands it to JSONDecoder.
        var value = Self.sample()
        value.name = "quote \" backslash \\ tab \t é"
        let line = try WireCoding.encode(WireRequest(exercise: "x", index: 0, input: value))
        let decoded = try WireCoding.decodeRequest(WireRequest<Mixed>.self, from: line)
        #expect(decoded.input.name == value.name)
        #expect(Self.bits(decoded.input.values) == Self.bits(value.values))
        let spaced = try WireCoding.decodeRequest(WireRequest<[Int]>.self, from: #" { "index" : 3 , "exercise" : "x", "input" : [ 1 , 2 ] } "#)
        #expect(spaced.index == 3 && spaced.input == [1, 2])
    }

    @Test func oddLinesAreReadAsJSONDecoderReadsThem() {
        for line in [#"{"exercise":"x","index":1.5,"input":[]}"#, #"{"exercise":"x","index":1,"input":[1,]}"#,
                     #"{"exercise":"x","index":1}"#, #"{"exercise":"x","index":1,"input":[1]} trailing"#,
                     #"{"exercise":"x","index":1,"input":[1e999]}"#, #"{"exercise":"x","index":99999999999999999999,"input":[]}"#] {
            let fast = try? WireCoding.decodeRequest(WireRequest<[Double]>.self, from: line)
            let reference = try? WireCoding.decode(WireRequest<[Double]>.self, from: line)
            #expect(fast?.index == reference?.index, "\(line)")
            #expect(fast.map { Self.bits($0.input) } == reference.map { Self.bits($0.input) }, "\(line)")
        }
    }
}
