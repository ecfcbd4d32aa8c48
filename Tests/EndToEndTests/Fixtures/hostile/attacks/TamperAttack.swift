import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tries to change what later gradings use: cached runners, the stub modules, the rubric, the
/// golden answers, the batch output; opens files for writing without writing (so a failing test
/// leaves nothing broken) and creates one marker file.
enum TamperAttack {
    static func run() {
        Attack.once {
            var targets = [Attack.root + "/Grading/hw0.json", Attack.root + "/Grading/golden/hw0.json",
                           Attack.root + "/ReferenceSolutions/hw0/HW0Solution.swift", "/proc/self/exe"]
            for folder in (Attack.canList(Attack.cache + "/submissions") ?? []) { targets.append(Attack.cache + "/submissions/\(folder)/runner") }
            for folder in (Attack.canList(Attack.cache) ?? []) where folder.hasPrefix("stub-") {
                targets.append(Attack.cache + "/\(folder)/libRLHomework.a")
            }
            for path in targets where Attack.canOpenForWriting(path) { Attack.succeeded("could write \(path)") }
            for path in [Attack.root + "/FORGED-\(Attack.mark)", Attack.cache + "/FORGED-\(Attack.mark)", Attack.out + "/FORGED-\(Attack.mark)"]
            where Attack.canCreate(path) {
                Attack.succeeded("created \(path)")
            }
        }
    }
}
