import Foundation
import RLHomework

/// Variant: the closed form Σ_k pow(γ, k) r_{k+1}.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        rewards.enumerated().reduce(0) { $0 + pow(gamma, Double($1.offset)) * $1.element }
    }
}
