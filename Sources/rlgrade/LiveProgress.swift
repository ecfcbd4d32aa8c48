import Foundation
import RLGrader

/// Live progress of one grading on stderr. On a TTY: one status line, redrawn, naming the running
/// checks, their time limits and how long they have run (so a hung function does not look like a
/// hung compiler). Piped: a plain line when compiling starts and when each check starts. Never
/// changes a report (those go to stdout and files).
final class LiveProgress: @unchecked Sendable {
    let enabled: Bool
    let isTTY: Bool
    let folder: String
    private let lock = NSLock()
    private var running: [(id: String, limit: Double, since: Date)] = []
    private var finished = 0
    private var compilingSince: Date?
    private var timer: DispatchSourceTimer?
    private var frame = 0
    private var built = true
    private var stopped = false

    init(enabled: Bool, isTTY: Bool, folder: String) {
        self.enabled = enabled
        self.isTTY = isTTY
        self.folder = folder
    }

    func handle(_ event: GradingEvent) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .compiling:
            compilingSince = Date()
            if isTTY { startTimer() } else { write("rlgrade: compiling \(folder) …\n") }
        case .compiled(let status):
            compilingSince = nil
            built = status == "ok"
            if !isTTY && !built { write("rlgrade: build: \(status)\n") }
        case .checkStarted(let id, let limit):
            running.append((id, limit, Date()))
            if !isTTY && built { write("rlgrade: running \(id) (time limit \(Self.seconds(limit)))\n") }
        case .checkFinished(let result):
            running.removeAll { $0.id == result.id }
            finished += 1
        }
        if isTTY { draw() }
    }

    func finish() {
        guard enabled, isTTY else { return }
        lock.lock()
        stopped = true
        timer?.cancel()
        timer = nil
        write("\r\u{1B}[2K")
        lock.unlock()
    }

    private func startTimer() {
        guard timer == nil else { return }
        let t = DispatchSource.makeTimerSource(queue: .global())
        t.schedule(deadline: .now() + 0.2, repeating: 0.2)
        t.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock()
            self.draw()
            self.lock.unlock()
        }
        t.resume()
        timer = t
    }

    /// Called with the lock held.
    private func draw() {
        guard !stopped else { return }
        let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        frame += 1
        var text: String
        if let since = compilingSince {
            text = "compiling \(folder) (\(Self.seconds(Date().timeIntervalSince(since))))"
        } else if let first = running.first {
            let others = running.count > 1 ? " +\(running.count - 1)" : ""
            text = "\(finished) done · running \(first.id) \(Self.seconds(Date().timeIntervalSince(first.since))) of \(Self.seconds(first.limit))\(others)"
        } else {
            text = "\(finished) done"
        }
        let columns = Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
        if text.count > columns - 4 { text = String(text.prefix(max(10, columns - 5))) + "…" }
        write("\r\u{1B}[2K\(spinner[frame % spinner.count]) \(text)")
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }

    static func seconds(_ s: Double) -> String {
        s >= 10 || s == s.rounded() ? "\(Int(s.rounded())) s" : String(format: "%.1f s", s)
    }
}
