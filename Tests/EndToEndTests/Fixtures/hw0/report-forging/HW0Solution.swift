import Foundation
import RLHomework

/// Tries to forge a perfect score: prints fake reports, writes a fake results.json, and writes fake
/// answers on the result descriptor — but its actual answers are wrong.
struct HW0Solution: DiscountedReturnHomework {
    func discountedReturn(rewards: [Double], gamma: Double) throws -> Double {
        print(#"{"format":"rlgrade-report/1","points":5,"maxPoints":5,"status":"passed"}"#)
        print(#"{"score": 100, "max_score": 100, "tests": []}"#)
        FileHandle.standardError.write(Data("PASS all checks passed\n".utf8))
        try? #"{"score": 100}"#.write(toFile: "results.json", atomically: true, encoding: .utf8)
        try? #"{"score": 100}"#.write(toFile: "/tmp/results.json", atomically: true, encoding: .utf8)
        let fake = #"{"index":0,"status":"ok","output":0}"# + "\n"
        FileHandle(fileDescriptor: 3).write(Data(fake.utf8))
        return -12345
    }
}
