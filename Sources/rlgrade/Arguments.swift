import RLGrader

/// The parsed command line of `rlgrade hwN` and `rlgrade grade`.
struct GradeOptions {
    var homework = ""
    var path: String?
    var out: String?
    var only: [String] = []
    var seed: UInt64?
    var json = false
    var junit: String?
    var gradescope: String?
    var markdown: String?
    var html: String?
    var verbose = false
    /// TA commands: grade even when no isolation layer protects the grader's files.
    var allowWeakIsolation = false
    var reproduce = false
}

/// A small parser: flags with values, repeatable flags, positionals; anything unknown is an error.
struct ArgumentList {
    var items: [String]

    mutating func value(for flag: String) throws(GraderError) -> String {
        guard !items.isEmpty, !items[0].hasPrefix("--") else { throw .usage("\(flag) needs a value") }
        return items.removeFirst()
    }

    /// `hwN --out DIR`, as `release` and `gradescope` take.
    static func parseHomeworkAndOut(_ arguments: [String], usage: String) throws(GraderError) -> (homework: String, out: String) {
        var list = ArgumentList(items: arguments)
        var homework: String?
        var out: String?
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            if item == "--out" { out = try list.value(for: item) }
            else if item.hasPrefix("-") { throw .usage("unknown option \(item)") }
            else if homework == nil { homework = item } else { throw .usage("unexpected argument \(item)") }
        }
        guard let homework, let out else { throw .usage(usage) }
        return (homework, out)
    }

    static func parseGrade(_ arguments: [String], allowPath: Bool, allowSubmission: Bool) throws(GraderError) -> GradeOptions {
        var list = ArgumentList(items: arguments)
        var options = GradeOptions()
        while !list.items.isEmpty {
            let item = list.items.removeFirst()
            switch item {
            case "--only": options.only.append(try list.value(for: item))
            case "--seed":
                let text = try list.value(for: item)
                guard let seed = UInt64(text) else { throw .usage("--seed expects a non-negative integer, got \(text)") }
                options.seed = seed
            case "--json": options.json = true
            case "--junit": options.junit = try list.value(for: item)
            case "--gradescope": options.gradescope = try list.value(for: item)
            case "--markdown": options.markdown = try list.value(for: item)
            case "--html": options.html = try list.value(for: item)
            case "--verbose", "-v": options.verbose = true
            case "--allow-weak-isolation": options.allowWeakIsolation = true
            case "--reproduce": options.reproduce = true
            case "--submission" where allowSubmission: options.path = try list.value(for: item)
            case "--out" where allowSubmission: options.out = try list.value(for: item)
            default:
                if item.hasPrefix("-") { throw .usage("unknown option \(item)") }
                if options.homework.isEmpty { options.homework = item }
                else if allowPath && options.path == nil { options.path = item }
                else { throw .usage("unexpected argument \(item)") }
            }
        }
        guard !options.homework.isEmpty else { throw .usage("which homework? e.g. `rlgrade hw2`") }
        return options
    }
}
