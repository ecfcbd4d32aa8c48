import Foundation

/// `mutants/NAME/manifest.json`: what the mutant gets wrong and which checks must catch it.
public struct MutantManifest: Codable, Sendable {
    public var description: String
    /// Check ids this mutant must fail.
    public var mustFail: [String]

    enum CodingKeys: String, CodingKey {
        case description
        case mustFail = "must_fail"
    }

    static func load(_ path: String, rubric: Rubric) throws(GraderError) -> MutantManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .configuration("\(path): missing; every mutant needs a manifest naming the checks it must fail")
        }
        let manifest: MutantManifest
        do { manifest = try JSONDecoder().decode(MutantManifest.self, from: data) } catch {
            throw .configuration("\(path): \(error)")
        }
        guard !manifest.mustFail.isEmpty else { throw .configuration("\(path): must_fail is empty") }
        for id in manifest.mustFail where rubric.entry(id) == nil {
            throw .configuration("\(path): must_fail names \(id), which is not in \(rubric.path)")
        }
        return manifest
    }
}
