import Foundation

/// Loads and validates `Grading/hwN.json`. Every error names the file, the line, the entry and the
/// field: `Grading/hw2.json:14: checks[3].points: expected a number ≥ 0, got "five"`.
public enum RubricLoader {
    static let entryFields = ["id", "points", "visibility", "seeds", "tolerance", "time_limit_seconds", "memory_limit_mib", "params", "extra_credit"]
    static let topFields = ["homework", "title", "defaults", "checks", "gradescope_hidden", "due"]
    static let defaultFields = ["time_limit_seconds", "memory_limit_mib", "compile_time_limit_seconds", "compile_memory_limit_mib"]

    /// Loads the rubric at `path` for `homework`, whose known checks are `knownChecks`.
    public static func load(path: String, homework: HomeworkDescriptor, displayPath: String? = nil) throws(GraderError) -> Rubric {
        let shown = displayPath ?? path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .configuration("\(shown): cannot read the rubric (missing file?)")
        }
        return try parse(text, displayPath: shown, homework: homework)
    }

    public static func parse(_ text: String, displayPath shown: String, homework: HomeworkDescriptor) throws(GraderError) -> Rubric {
        let root: JSONValue.Located
        do { root = try JSONParser.parse(text) } catch {
            throw .configuration("\(shown):\(error.line): \(error.message)")
        }
        func fail(_ line: Int, _ field: String, _ message: String) -> GraderError {
            .configuration("\(shown):\(line): \(field): \(message)")
        }
        guard case .object(let top) = root.value else { throw fail(root.line, "(top level)", "expected an object") }
        for member in top where !topFields.contains(member.key) {
            throw fail(member.value.line, member.key, "unknown field; expected one of \(topFields.joined(separator: ", "))")
        }
        guard let hw = root.value["homework"], case .string(let hwName) = hw.value else {
            throw fail(root.line, "homework", "expected a string naming the homework, e.g. \"\(homework.id)\"")
        }
        guard hwName == homework.id else { throw fail(hw.line, "homework", "is \"\(hwName)\" but this is the rubric of \(homework.id)") }
        var title = homework.title
        if let t = root.value["title"] {
            guard case .string(let s) = t.value else { throw fail(t.line, "title", "expected a string") }
            title = s
        }
        var defaultTime = 10.0
        var defaultMemory: UInt64 = 4096
        var compileLimits = CompileLimits()
        if let d = root.value["defaults"] {
            guard case .object(let members) = d.value else { throw fail(d.line, "defaults", "expected an object") }
            for m in members where !defaultFields.contains(m.key) {
                throw fail(m.value.line, "defaults.\(m.key)", "unknown field; expected one of \(defaultFields.joined(separator: ", "))")
            }
            if let t = d.value["time_limit_seconds"] { defaultTime = try positive(t, "defaults.time_limit_seconds", fail) }
            if let m = d.value["memory_limit_mib"] { defaultMemory = try memory(m, "defaults.memory_limit_mib", fail) }
            if let t = d.value["compile_time_limit_seconds"] {
                compileLimits.seconds = try positive(t, "defaults.compile_time_limit_seconds", fail)
            }
            if let m = d.value["compile_memory_limit_mib"] {
                compileLimits.memoryMiB = try memory(m, "defaults.compile_memory_limit_mib", fail)
            }
        }
        guard let checks = root.value["checks"], case .array(let items) = checks.value else {
            throw fail(root.line, "checks", "expected an array of check entries")
        }
        var entries: [RubricEntry] = []
        for (i, item) in items.enumerated() {
            let at = "checks[\(i)]"
            guard case .object(let members) = item.value else { throw fail(item.line, at, "expected an object") }
            for m in members where !entryFields.contains(m.key) {
                throw fail(m.value.line, "\(at).\(m.key)", "unknown field; expected one of \(entryFields.joined(separator: ", "))")
            }
            guard let idValue = item.value["id"], case .string(let id) = idValue.value else {
                throw fail(item.line, "\(at).id", "expected a string check id")
            }
            guard homework.check(id) != nil else {
                let known = homework.checks.map(\.id).joined(separator: ", ")
                throw fail(idValue.line, "\(at).id", "unknown check id \"\(id)\"; known checks of \(homework.id): \(known)")
            }
            if let previous = entries.first(where: { $0.id == id }) {
                throw fail(idValue.line, "\(at).id", "duplicate check id \"\(id)\" (first at line \(previous.line))")
            }
            guard let p = item.value["points"], case .number(let points) = p.value, points >= 0, points.isFinite else {
                throw fail(item.value["points"]?.line ?? item.line, "\(at).points", "expected a number ≥ 0\(got(item.value["points"]))")
            }
            var visibility = Visibility.public
            if let v = item.value["visibility"] {
                guard case .string(let s) = v.value, let parsed = Visibility(rawValue: s) else {
                    throw fail(v.line, "\(at).visibility", "expected one of \"public\", \"hidden\", \"after_due\"\(got(v))")
                }
                visibility = parsed
            }
            var seeds: [UInt64] = []
            if let s = item.value["seeds"] {
                guard case .array(let list) = s.value, !list.isEmpty else {
                    throw fail(s.line, "\(at).seeds", "expected a non-empty array of integer seeds\(got(s))")
                }
                for (k, seed) in list.enumerated() {
                    guard case .number(let n) = seed.value, n >= 0, n == n.rounded(), n < 9.007199254740992e15 else {
                        throw fail(seed.line, "\(at).seeds[\(k)]", "expected a non-negative integer\(got(seed))")
                    }
                    seeds.append(UInt64(n))
                }
            } else {
                throw fail(item.line, "\(at).seeds", "missing; every check runs on explicit seeds, e.g. \"seeds\": [1, 2, 3]")
            }
            var tolerance: Double?
            if let t = item.value["tolerance"] { tolerance = try positive(t, "\(at).tolerance", fail) }
            var time = defaultTime
            if let t = item.value["time_limit_seconds"] { time = try positive(t, "\(at).time_limit_seconds", fail) }
            var mem = defaultMemory
            if let m = item.value["memory_limit_mib"] { mem = try memory(m, "\(at).memory_limit_mib", fail) }
            var parameters: [String: Double] = [:]
            if let ps = item.value["params"] {
                guard case .object(let list) = ps.value else { throw fail(ps.line, "\(at).params", "expected an object of numbers") }
                for m in list {
                    guard case .number(let n) = m.value.value, n.isFinite else {
                        throw fail(m.value.line, "\(at).params.\(m.key)", "expected a number\(got(m.value))")
                    }
                    parameters[m.key] = n
                }
            }
            var extraCredit = false
            if let e = item.value["extra_credit"] {
                guard case .bool(let b) = e.value else { throw fail(e.line, "\(at).extra_credit", "expected true or false\(got(e))") }
                extraCredit = b
            }
            entries.append(RubricEntry(
                id: id, points: points, visibility: visibility, seeds: seeds, tolerance: tolerance,
                timeLimitSeconds: time, memoryLimitMiB: mem, parameters: parameters, line: item.line, extraCredit: extraCredit))
        }
        var rubric = Rubric(homework: hwName, title: title, entries: entries, path: shown, compileLimits: compileLimits)
        if let g = root.value["gradescope_hidden"] {
            guard case .string(let v) = g.value, ["hidden", "after_published"].contains(v) else {
                throw fail(g.line, "gradescope_hidden", "expected \"hidden\" or \"after_published\"\(got(g))")
            }
            rubric.gradescopeHidden = v
        }
        if let d = root.value["due"] {
            guard case .string(let v) = d.value, GradescopeExport.date(v) != nil else {
                throw fail(d.line, "due", "expected an ISO 8601 date such as \"2026-10-01T23:59:00Z\"\(got(d))")
            }
            rubric.due = v
        }
        return rubric
    }

    private static func got(_ value: JSONValue.Located?) -> String {
        guard let value else { return " (missing)" }
        switch value.value {
        case .string(let s): return ", got \"\(s)\""
        case .number(let n): return ", got \(n)"
        default: return ", got \(value.value.kind)"
        }
    }

    private static func positive(
        _ v: JSONValue.Located, _ field: String, _ fail: (Int, String, String) -> GraderError
    ) throws(GraderError) -> Double {
        guard case .number(let n) = v.value, n > 0, n.isFinite else { throw fail(v.line, field, "expected a number > 0\(got(v))") }
        return n
    }

    private static func memory(
        _ v: JSONValue.Located, _ field: String, _ fail: (Int, String, String) -> GraderError
    ) throws(GraderError) -> UInt64 {
        guard case .number(let n) = v.value, n >= 256, n <= 65536, n == n.rounded() else {
            throw fail(v.line, field, "expected an integer number of MiB between 256 and 65536\(got(v))")
        }
        return UInt64(n)
    }
}
