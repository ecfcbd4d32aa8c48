import Foundation

/// What a Gradescope "export submissions" download says about each submission, from its
/// `submission_metadata.yml`: every submitter (a group has several) with name, sid and email, and
/// when it was submitted.
public struct GradescopeExport: Sendable {
    public struct Submitter: Sendable, Equatable {
        public var name: String
        public var sid: String
        public var email: String
        /// The id the gradebook uses: sid, else email, else name.
        public var id: String { !sid.isEmpty ? sid : (!email.isEmpty ? email : name) }
    }

    public struct Submission: Sendable, Equatable {
        public var folder: String
        public var submitters: [Submitter]
        public var createdAt: String?
    }

    /// By submission folder (`submission_NNN`).
    public var submissions: [String: Submission]

    /// Reads `root/submission_metadata.yml`; nil when the folder is not a Gradescope export.
    public static func load(_ root: String) -> GradescopeExport? {
        guard let text = try? String(contentsOfFile: root + "/submission_metadata.yml", encoding: .utf8) else { return nil }
        return parse(text)
    }

    /// A small reader for the YAML Gradescope writes (two-space indentation, `:key:` symbols).
    public static func parse(_ yaml: String) -> GradescopeExport {
        var result: [String: Submission] = [:]
        var current: Submission?
        var submitter: Submitter?
        func flushSubmitter() {
            if let s = submitter, current != nil { current!.submitters.append(s) }
            submitter = nil
        }
        func flush() {
            flushSubmitter()
            if let c = current { result[c.folder] = c }
            current = nil
        }
        for raw in yaml.split(separator: "\n") {
            let line = String(raw)
            if !line.hasPrefix(" "), line.hasSuffix(":"), line.hasPrefix("submission_") {
                flush()
                current = Submission(folder: String(line.dropLast()), submitters: [], createdAt: nil)
                continue
            }
            var t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("- ") {
                if t.hasPrefix("- :name:") || t.hasPrefix("- :sid:") || t.hasPrefix("- :email:") {
                    flushSubmitter()
                    submitter = Submitter(name: "", sid: "", email: "")
                }
                t.removeFirst(2)
            }
            func value(_ key: String) -> String? {
                guard t.hasPrefix(key) else { return nil }
                return t.dropFirst(key.count).trimmingCharacters(in: CharacterSet(charactersIn: " '\""))
            }
            if let v = value(":name:"), submitter != nil { submitter!.name = v }
            else if let v = value(":sid:"), submitter != nil { submitter!.sid = v }
            else if let v = value(":email:"), submitter != nil { submitter!.email = v }
            else if let v = value(":created_at:"), current != nil, current!.createdAt == nil { current!.createdAt = v }
        }
        flush()
        return GradescopeExport(submissions: result)
    }

    /// The submission whose first submitter has gradebook id `student`.
    public func submission(of student: String) -> Submission? {
        submissions.values.sorted { $0.folder < $1.folder }.first { $0.submitters.first?.id == student }
    }

    /// Parses Gradescope's times (`2026-10-02 08:15:00.123456 -0700`) and ISO 8601 (`2026-10-01T23:59:00Z`).
    public static func date(_ text: String) -> Date? {
        let iso = ISO8601DateFormatter()
        if let d = iso.date(from: text) { return d }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["yyyy-MM-dd HH:mm:ss.SSSSSS Z", "yyyy-MM-dd HH:mm:ss Z", "yyyy-MM-dd'T'HH:mm:ssZ"] {
            formatter.dateFormat = format
            if let d = formatter.date(from: text) { return d }
        }
        return nil
    }

    /// Hours after `due` (0 when on time), rounded to 0.01 h; nil when either time is unknown.
    public static func lateHours(submitted: String?, due: String?) -> Double? {
        guard let submitted, let due, let s = date(submitted), let d = date(due) else { return nil }
        return max(0, (s.timeIntervalSince(d) / 36).rounded() / 100)
    }
}
