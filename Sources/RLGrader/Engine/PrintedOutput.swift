import RLHomework

/// What the student's code printed during one check, labelled with the input that printed it.
enum PrintedOutput {
    /// Joins the child runs' stdout; each input's lines get a header naming the function and the
    /// input (`— valueIteration(mdp:theta:), input 2 (random MDP, seed 7):`). Nil when nothing was printed.
    static func labelled(_ runs: [String], labels: [(function: String, inputs: [String?])]) -> String? {
        var out: [String] = []
        for (k, text) in runs.enumerated() {
            let label = k < labels.count ? labels[k] : (function: "your code", inputs: [])
            var current: String? = nil
            var lines: [Substring] = []
            func flush() {
                var body = Array(lines.drop { $0.isEmpty })
                while body.last?.isEmpty == true { body.removeLast() }
                if !body.isEmpty {
                    if let current { out.append(current) }
                    out += body.map { "  " + $0 }
                }
                lines = []
            }
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix(RunnerMain.inputMarker) {
                    flush()
                    let index = Int(line.dropFirst(RunnerMain.inputMarker.count)) ?? 0
                    let description = index < label.inputs.count ? label.inputs[index] : nil
                    current = "— \(label.function), input \(index + 1)" + (description.map { " (\($0))" } ?? "") + ":"
                } else {
                    lines.append(line.contains(RunnerMain.inputMarker) ? Substring(line.replacingOccurrences(of: RunnerMain.inputMarker, with: "")) : line)
                }
            }
            flush()
        }
        while out.last?.isEmpty == true { out.removeLast() }
        return out.isEmpty ? nil : out.joined(separator: "\n")
    }
}
