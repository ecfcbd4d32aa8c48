/// What `--only` accepts: a check id, an id prefix (`hw2.value-iteration` or `hw2.value-iteration.`),
/// or a function name as the handout spells it (`valueIteration`, `valueIteration(mdp:theta:)`).
/// Resolved against the rubric before anything is compiled.
public enum CheckSelection {
    /// The rubric ids `patterns` select, in rubric order, among `candidates` (the ids this run may
    /// grade). Every pattern must select at least one check.
    public static func resolve(
        _ patterns: [String], rubric: Rubric, candidates: [String]
    ) throws(GraderError) -> [String] {
        var selected = Set<String>()
        for pattern in patterns {
            let matches = candidates.filter { matchesID($0, pattern) }
            guard !matches.isEmpty else {
                let known = rubric.entries.contains { matchesID($0.id, pattern) }
                let why = known ? "is not run here (it is not a public check)" : "no such check in \(rubric.path)"
                throw .usage("--only \(pattern): \(why); see `rlgrade list \(rubric.homework)`")
            }
            selected.formUnion(matches)
        }
        return candidates.filter(selected.contains)
    }

    static func matchesID(_ id: String, _ pattern: String) -> Bool {
        if id == pattern { return true }
        let prefix = pattern.hasSuffix(".") ? pattern : pattern + "."
        if id.hasPrefix(prefix) { return true }
        // A function name: `valueIteration(mdp:theta:)` → the id segment `value-iteration`.
        let name = pattern.split(separator: "(").first.map(String.init) ?? pattern
        guard !name.contains("."), !name.contains("-"), name.first?.isLowercase == true else { return false }
        let kebab = kebabCase(name)
        return id.split(separator: ".").dropFirst().contains { $0 == kebab }
    }

    /// `policyEvaluation` → `policy-evaluation`.
    static func kebabCase(_ name: String) -> String {
        var out = ""
        for c in name {
            if c.isUppercase { out += "-" + c.lowercased() } else { out.append(c) }
        }
        return out
    }
}
