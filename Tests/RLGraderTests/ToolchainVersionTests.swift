import Foundation
import Testing
@testable import RLGrader

/// The compiler's version line is part of every cache key (stub modules, submissions, batch
/// results), so a cold cache and a warm one must give the very same line.
@Suite struct ToolchainVersionTests {
    @Test func theVersionIsTheFirstNonEmptyLineTrimmed() {
        let output = "\nSwift version 6.3.1 (swift-6.3.1-RELEASE)  \nTarget: x86_64-unknown-linux-gnu\n"
        #expect(Toolchain.normalizedVersion(output) == "Swift version 6.3.1 (swift-6.3.1-RELEASE)")
        #expect(Toolchain.normalizedVersion("") == "unknown")
    }

    @Test func aColdCacheAndAWarmOneGiveTheSameLine() throws {
        let toolchain = try Toolchain.locate()
        let cache = NSTemporaryDirectory() + "rlgrade-toolchain-version-\(getpid())"
        try? FileManager.default.removeItem(atPath: cache)
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let cold = try toolchain.versionLine(cachedIn: cache)
        #expect(FileManager.default.fileExists(atPath: cache + "/toolchain-version"))
        let warm = try toolchain.versionLine(cachedIn: cache)
        #expect(cold == warm)
        #expect(!cold.contains("\n"))
        #expect(cold == (try toolchain.versionLine()))
        // No cache folder at all: still the same line.
        #expect(try toolchain.versionLine(cachedIn: cache + "/missing") == cold)
    }
}
