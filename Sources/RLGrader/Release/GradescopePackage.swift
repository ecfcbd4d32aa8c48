import Foundation

/// `rlgrade gradescope hwN --out DIR`: a Gradescope autograder folder — `setup.sh`,
/// `run_autograder` and `source/` (the package, hwN's full rubric, golden answers and reference
/// solution for the hidden checks; no mutants or variants). `run_autograder` reads
/// `/autograder/submission` and writes `/autograder/results/results.json`; the environment variable
/// `AUTOGRADER_ROOT` replaces `/autograder` (to simulate Gradescope locally), and `RLGRADE_BIN`
/// names a prebuilt rlgrade to use instead of building one.
public enum GradescopePackage {
    public static func build(workspace: Workspace, homeworkID: String, out: String) throws(GraderError) -> Int {
        guard let homework = Homeworks.named(homeworkID) else { throw .usage("unknown homework \(homeworkID)") }
        _ = try RubricLoader.load(path: workspace.rubricPath(homeworkID), homework: homework)
        guard workspace.hasReference(homeworkID) else {
            throw .configuration("ReferenceSolutions/\(homeworkID) is missing: the autograder needs it for the hidden checks")
        }
        let fm = FileManager.default
        if fm.fileExists(atPath: out), !((try? fm.contentsOfDirectory(atPath: out)) ?? []).isEmpty {
            throw .usage("\(out) exists and is not empty; choose a new folder")
        }
        let copier = TreeCopier(from: workspace.root, to: out + "/source")
        try copier.copyFile("Package.swift", transform: StudentRelease.releasePackageManifest)
        for folder in ["Sources", "Tests/RLCoreTests", "Grading/bench", "Assignments/\(homeworkID)"] { try copier.copyTree(folder) }
        try copier.copyFile("Grading/\(homeworkID).json")
        if fm.fileExists(atPath: workspace.goldenPath(homeworkID)) { try copier.copyFile("Grading/golden/\(homeworkID).json") }
        try copier.copyTree("ReferenceSolutions/\(homeworkID)", skipping: ["mutants", "variants"])
        try ReportWriter.write(setupScript(homeworkID), to: out + "/setup.sh")
        try ReportWriter.write(runScript(homeworkID), to: out + "/run_autograder")
        for script in ["setup.sh", "run_autograder"] {
            chmod(out + "/" + script, 0o755)
        }
        return copier.count + 2
    }

    static func setupScript(_ id: String) -> String {
        """
        #!/usr/bin/env bash
        # Gradescope setup (Ubuntu 22.04 base image): install Swift, build rlgrade, warm its caches.
        set -euo pipefail
        SWIFT_VERSION="${SWIFT_VERSION:-\(SwiftVersion.pinned)}"
        apt-get update
        apt-get install -y binutils git gnupg2 libc6-dev libcurl4-openssl-dev libedit2 libgcc-11-dev \\
            libpython3-dev libsqlite3-0 libstdc++-11-dev libxml2-dev libz3-dev pkg-config tzdata unzip zlib1g-dev curl
        if ! command -v swift >/dev/null; then
          curl -fsSL "https://download.swift.org/swift-${SWIFT_VERSION}-release/ubuntu2204/swift-${SWIFT_VERSION}-RELEASE/swift-${SWIFT_VERSION}-RELEASE-ubuntu22.04.tar.gz" \\
            | tar -xz -C /opt
          ln -sf /opt/swift-${SWIFT_VERSION}-RELEASE-ubuntu22.04/usr/bin/* /usr/local/bin/
        fi
        cd /autograder/source
        swift build
        # Warm the course library build and the reference's build (the first grading is then fast).
        RLGRADE_ROOT=/autograder/source .build/debug/rlgrade grade \(id) --submission ReferenceSolutions/\(id) >/dev/null || true

        """
    }

    static func runScript(_ id: String) -> String {
        """
        #!/usr/bin/env bash
        # Gradescope entry point: grades /autograder/submission, writes /autograder/results/results.json.
        # AUTOGRADER_ROOT replaces /autograder (local simulation); RLGRADE_BIN names a prebuilt rlgrade.
        set -u
        ROOT="${AUTOGRADER_ROOT:-/autograder}"
        SOURCE="$ROOT/source"
        RESULTS="$ROOT/results"
        mkdir -p "$RESULTS"
        RLGRADE="${RLGRADE_BIN:-$SOURCE/.build/debug/rlgrade}"
        if [ ! -x "$RLGRADE" ]; then
          (cd "$SOURCE" && swift build >"$RESULTS/build.log" 2>&1)
        fi
        export RLGRADE_ROOT="$SOURCE"
        # The grade is written to a private name first and becomes results.json last, after making
        # sure no process of the submission is alive (every check ran as a dedicated uid >= 1000000,
        # and rlgrade killed them; this is the second line).
        PARTIAL="$RESULTS/.rlgrade-results.json"
        rm -f "$RESULTS/results.json" "$PARTIAL"
        # rlgrade names the block of uids it gave its checks; without it, every sandbox uid.
        export RLGRADE_UID_BLOCK_FILE="$RESULTS/.rlgrade-uids"
        rm -f "$RLGRADE_UID_BLOCK_FILE"
        "$RLGRADE" grade \(id) --submission "$ROOT/submission" --gradescope "$PARTIAL" >"$RESULTS/rlgrade.log" 2>&1
        status=$?
        low=1000000; high=4294967294
        if [ -s "$RLGRADE_UID_BLOCK_FILE" ]; then read -r low high <"$RLGRADE_UID_BLOCK_FILE"; fi
        rm -f "$RLGRADE_UID_BLOCK_FILE"
        for proc in /proc/[0-9]*; do
          uid=$(awk '/^Uid:/ {print $2}' "$proc/status" 2>/dev/null)
          if [ -n "$uid" ] && [ "$uid" -ge "$low" ] && [ "$uid" -le "$high" ]; then kill -9 "${proc#/proc/}" 2>/dev/null; fi
        done
        rm -f "$RESULTS/results.json"
        if [ "$status" -lt 2 ] && [ -s "$PARTIAL" ]; then
          mv -f "$PARTIAL" "$RESULTS/results.json"
        else
          rm -f "$PARTIAL"
          cat >"$RESULTS/results.json" <<JSON
        {"score": 0, "visibility": "visible", "output": "The autograder could not grade this submission (rlgrade exit status $status). The course staff will look at it; you do not need to resubmit.", "tests": []}
        JSON
        fi
        exit 0

        """
    }
}
