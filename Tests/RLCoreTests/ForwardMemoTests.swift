import Testing
@testable import RLCore

/// An MLP answers a repeated input from its memo of recent passes; the numbers must be the ones a
/// fresh network with the same parameters computes, and a change of parameters must be seen.
@Suite struct ForwardMemoTests {
    static func fresh(_ net: MLP) -> MLP {
        MLP(layerSizes: net.layerSizes, hiddenActivation: net.hiddenActivation,
            outputActivation: net.outputActivation, parameters: net.parameters)
    }

    static func bits(_ x: [Double]) -> [UInt64] { x.map(\.bitPattern) }

    @Test func repeatedInputsGiveTheSameNumbers() {
        let net = MLP(layerSizes: [3, 16, 2], seed: 4)
        var rng = SeededGenerator(seed: 8)
        let inputs = (0..<3000).map { _ in (0..<3).map { _ in rng.uniform(-2, 2) } }
        for x in inputs + inputs.reversed() + [[0, -0.0, .nan], [0, 0, .nan]] {
            let reference = Self.fresh(net)
            #expect(Self.bits(net.forward(x)) == Self.bits(reference.forward(x)))
            let (y, cache) = net.forwardCached(x)
            #expect(Self.bits(y) == Self.bits(reference.forward(x)))
            #expect(Self.bits(net.backward(cache, outputGradient: [1, -0.5]).parameterGradient)
                    == Self.bits(reference.backward(reference.forwardCached(x).cache, outputGradient: [1, -0.5]).parameterGradient))
        }
    }

    @Test func changedParametersAreSeen() {
        var net = MLP(layerSizes: [2, 8, 1], seed: 1)
        let x = [0.3, -0.7]
        let before = net.forward(x)
        let copy = net
        net.parameters[0] += 1
        #expect(net.forward(x) != before)
        #expect(Self.bits(net.forward(x)) == Self.bits(Self.fresh(net).forward(x)))
        #expect(Self.bits(copy.forward(x)) == Self.bits(before))  // the copy keeps its own numbers
        var other = copy
        other.parameters = net.parameters
        #expect(Self.bits(other.forward(x)) == Self.bits(net.forward(x)))
        #expect(Self.bits(copy.forward(x)) == Self.bits(before))
    }
}
