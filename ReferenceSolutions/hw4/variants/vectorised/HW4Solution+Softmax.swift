import RLCore
import RLHomework

// Variant: matrix form. F is the |A| × d matrix of features; h = F θ, π = softmax(h) via Categorical,
// score = x(s,a) − Fᵀ π.

extension HW4Solution {
    func actionProbabilities(features: [[Double]], theta: [Double]) throws -> [Double] {
        Categorical(logits: Matrix(rows: features).multiply(theta)).probabilities
    }

    func scoreFunction(features: [[Double]], theta: [Double], action: Int) throws -> [Double] {
        let f = Matrix(rows: features)
        let expected = f.multiplyTransposed(try actionProbabilities(features: features, theta: theta))
        return VectorMath.sub(features[action], expected)
    }
}
