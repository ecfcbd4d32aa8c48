/// The progress of a batch as one line of text (`rlgrade batch` on stderr).
extension BatchProgress {
    /// `12/32 (0 reused) 9.1/min ETA 40s fail 3`.
    public var text: String {
        let graded = done - reused
        let rate = elapsedSeconds > 0 ? Double(graded) / elapsedSeconds : 0
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        return "\(done)/\(total) (\(reused) reused) \(String(format: "%.1f", rate * 60))/min ETA \(Int(remaining.rounded()))s fail \(failures)"
    }

    /// `[██████░░░░…] 12/32 (0 reused) 9.1/min ETA 40s fail 3 · s07 +1`: the bar, the figures and
    /// the student being graded, cut to fit in `columns` characters (a terminal of 80 by default).
    public func line(columns: Int = 80) -> String {
        let width = 16
        let filled = total == 0 ? width : min(width, done * width / total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let base = "[\(bar)] \(text)"
        guard let student = current.first else { return cut(base, columns - 1) }
        let more = current.count > 1 ? " +\(current.count - 1)" : ""
        let room = columns - 1 - base.count - 3 - more.count  // " · " + name + more
        return cut(base + " · " + cut(student, max(8, room)) + more, columns - 1)
    }

    private func cut(_ s: String, _ width: Int) -> String {
        s.count > width ? String(s.prefix(width - 1)) + "…" : s
    }
}
