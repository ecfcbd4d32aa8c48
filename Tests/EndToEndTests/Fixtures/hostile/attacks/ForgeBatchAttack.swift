import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// In a batch: wrong answers, and tries to rewrite every result and gradebook in the batch output
/// (to 5/5 for itself, 0 for the others) and to break the other students' sources.
enum ForgeBatchAttack {
    static func run() {
        Attack.once {
            let results = Attack.out + "/results"
            for name in (Attack.canList(results) ?? []) where Attack.canOpenForWriting(results + "/" + name) {
                Attack.succeeded("could rewrite \(name)")
            }
            for name in ["gradebook.csv", "summary.md"] where Attack.canOpenForWriting(Attack.out + "/" + name) {
                Attack.succeeded("could rewrite \(name)")
            }
            let submissions = Attack.root  // here: the submissions folder
            for student in (Attack.canList(submissions) ?? []) where Attack.canOpenForWriting(submissions + "/\(student)/HW0Solution.swift") {
                Attack.succeeded("could rewrite \(student)'s source")
            }
        }
    }
}
