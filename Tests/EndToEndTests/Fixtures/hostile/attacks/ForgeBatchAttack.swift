import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// In a batch: wrong answers, and really tries to rewrite every stored result and the gradebook in
/// the batch output, and to break the other students' sources (the test then finds them changed).
enum ForgeBatchAttack {
    static func run() {
        Attack.once {
            let results = Attack.out + "/results"
            let forged = Data(#"{"points": 5, "maxPoints": 5, "status": "passed"}"#.utf8)
            for name in (Attack.canList(results) ?? []) where FileManager.default.createFile(atPath: results + "/" + name, contents: forged) {
                Attack.succeeded("rewrote \(name)")
            }
            for name in ["gradebook.csv", "summary.md"] where Attack.canOpenForWriting(Attack.out + "/" + name) {
                _ = FileManager.default.createFile(atPath: Attack.out + "/" + name, contents: Data("forged\n".utf8))
                Attack.succeeded("rewrote \(name)")
            }
            let submissions = Attack.root  // here: the submissions folder
            for student in (Attack.canList(submissions) ?? []) where Attack.canOpenForWriting(submissions + "/\(student)/HW0Solution.swift") {
                if let handle = FileHandle(forWritingAtPath: submissions + "/\(student)/HW0Solution.swift") {
                    handle.seekToEndOfFile()
                    handle.write(Data("\n#error(\"sabotaged\")\n".utf8))
                    handle.closeFile()
                }
                Attack.succeeded("sabotaged \(student)'s source")
            }
        }
    }
}
