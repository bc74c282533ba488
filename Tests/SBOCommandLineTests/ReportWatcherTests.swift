import Foundation
import Testing
import SBO
@testable import SBOCommandLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sbo report --watch` driven in-process: the watcher's sleep is a script that changes the
/// files under it between polls, and its stop condition ends the loop.
@Suite struct ReportWatcherTests {
    static let data = ReportCommandTests.data

    /// The bundled observations' header and first `rows` stations.
    static func observations(rows: Int) throws -> String {
        let text = try String(contentsOfFile: data + "/observations.csv", encoding: .utf8)
        return text.split(separator: "\n").prefix(rows + 1).joined(separator: "\n") + "\n"
    }

    /// Polls: 1 writes (30 stations); 3 sees 60 stations arrive, 4 rewrites once they hold
    /// still; 6 meets a half-written export (cut mid-row), says so and keeps the last good
    /// report; 8 rewrites with all 105; then stop. No temporary file is left at any step.
    @Test func rewritesOnEveryChangeAndRetriesAHalfWrittenInput() throws {
        let scratch = ScratchDirectory()
        defer { scratch.cleanUp() }
        for name in ["sample.csv", "sample.csv.manifest.json"] {
            try FileManager.default.copyItem(atPath: Self.data + "/" + name, toPath: scratch.file(name))
        }
        let observations = scratch.write("observations.csv", try Self.observations(rows: 30))
        let out = scratch.file("report.html")
        let arguments = try ParsedArguments(
            ["--sample", scratch.file("sample.csv"), "--observations", observations, "--out", out, "--watch"],
            spec: ReportCommand.spec)
        let console = CapturedConsole()
        var step = 0
        var reports: [Int: String] = [:]
        let full = try Self.observations(rows: 105)
        let watcher = ReportWatcher(paths: ReportWatcher.inputs(arguments), shouldStop: { step >= 8 }) { seconds in
            #expect(seconds == ReportWatcher.pollInterval)
            step += 1
            reports[step] = scratch.read("report.html")
            #expect(scratch.contents() == ["observations.csv", "report.html", "sample.csv", "sample.csv.manifest.json"])
            switch step {
            case 2: scratch.write("observations.csv", (try? Self.observations(rows: 60)) ?? "")
            case 4: scratch.write("observations.csv", String(full.prefix(full.count / 2)))
            case 6: scratch.write("observations.csv", full)
            default: break
            }
        }
        #expect(try watcher.watch(arguments, console: console) == .success)
        let lines = console.errorOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "watching \(scratch.file("sample.csv")), \(scratch.file("sample.csv.manifest.json")), \(observations); Ctrl-C to stop")
        #expect(lines.count == 6)
        guard lines.count == 6 else { return }
        #expect(lines[1].hasSuffix(" \(out) written: 30 of 105 stations reporting"))
        #expect(lines[2].hasSuffix(" \(out) written: 60 of 105 stations reporting"))
        #expect(lines[3].contains(" not rewritten: \(observations):"))
        #expect(lines[4].hasSuffix(" \(out) written: 105 of 105 stations reporting"))
        #expect(lines[5] == "stopped watching")
        #expect(lines[3].contains("the row has"))
        #expect(lines[3].hasSuffix("trying again when an input changes"))
        #expect(reports[4] == reports[6], "the half-written input leaves the last good report")
        let final = try #require(scratch.read("report.html"))
        #expect(final.contains("<meta http-equiv=\"refresh\" content=\"3\"/>"))
        #expect(final.contains("<section id=\"election-night\">"))
        _ = try XMLTree.parse(final)  // still well-formed XHTML with the chart inside
        #expect(final.contains("Ready to publish"))
        #expect(reports[4]?.contains("Not ready to publish") == true)
    }

    /// A bad option is not cured by waiting: the watcher ends with the usage error; an
    /// existing report needs --force before the first write.
    @Test func usageErrorsEndTheWatch() throws {
        let scratch = ScratchDirectory()
        defer { scratch.cleanUp() }
        let out = scratch.file("report.html")
        let inputs = ["--sample", Self.data + "/sample.csv", "--observations", Self.data + "/observations.csv", "--out", out, "--watch"]
        let bad = try ParsedArguments(inputs + ["--planned-margin", "7"], spec: ReportCommand.spec)
        let watcher = ReportWatcher(paths: [], shouldStop: { false }) { _ in Issue.record("no poll after a usage error") }
        #expect(throws: UsageError.self) { try watcher.watch(bad, console: CapturedConsole()) }
        scratch.write("report.html", "mine")
        let existing = try ParsedArguments(inputs, spec: ReportCommand.spec)
        #expect(throws: OutputFileError.self) { try watcher.watch(existing, console: CapturedConsole()) }
        #expect(scratch.read("report.html") == "mine")
    }

    /// SIGINT (sent to the process, as Ctrl-C does) sets the flag the loop reads, instead of
    /// ending the process.
    @Test func interruptStopsTheLoop() {
        let watcher = ReportWatcher.interruptible(paths: [])
        defer { signal(SIGINT, SIG_DFL) }
        #expect(!watcher.shouldStop())
        kill(getpid(), SIGINT)
        for _ in 0..<100 where !watcher.shouldStop() { usleep(10_000) }
        #expect(watcher.shouldStop())
    }

    /// A file's identity changes with its size, its inode (replaced by a rename) and its
    /// modification time; a missing file is an identity of its own.
    @Test func identityFollowsSizeInodeAndTime() throws {
        let scratch = ScratchDirectory()
        defer { scratch.cleanUp() }
        let path = scratch.write("a.csv", "x\n1\n")
        let first = ReportWatcher.identity(of: path)
        #expect(first.exists && first.size == 4)
        scratch.write("b.csv", "x\n2\n")
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: scratch.file("b.csv"), toPath: path)
        #expect(ReportWatcher.identity(of: path) != first)
        #expect(!ReportWatcher.identity(of: scratch.file("none.csv")).exists)
    }
}
