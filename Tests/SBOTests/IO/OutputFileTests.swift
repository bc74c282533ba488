import Foundation
import Testing
@testable import SBO

@Suite struct OutputFileTests {
    private func contents(_ path: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func writesANewFile() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let path = directory.path + "/sample.csv"
        try OutputFile.write(Array("a,b\n1,2\n".utf8), to: path, force: false)
        #expect(try contents(path) == Array("a,b\n1,2\n".utf8))
        #expect(try directory.contents() == ["sample.csv"])
    }

    @Test func writesAnEmptyFile() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let path = directory.path + "/empty.txt"
        try OutputFile.write([], to: path, force: false)
        #expect(try contents(path) == [])
    }

    @Test func refusesToReplaceWithoutForceAndLeavesTheFileUntouched() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let path = directory.path + "/sample.csv"
        try Data("original".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: OutputFileError.exists(path: path)) {
            try OutputFile.write(Array("new".utf8), to: path, force: false)
        }
        #expect(try contents(path) == Array("original".utf8))
        #expect(try directory.contents() == ["sample.csv"])
        let error = OutputFileError.exists(path: path)
        #expect(error.description == "\(path) exists; pass --force to replace it")
        #expect(error.kind == .unwritableOutput)
    }

    @Test func replacesWithForce() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let path = directory.path + "/sample.csv"
        try Data("original".utf8).write(to: URL(fileURLWithPath: path))
        try OutputFile.write(Array("new".utf8), to: path, force: true)
        #expect(try contents(path) == Array("new".utf8))
        #expect(try directory.contents() == ["sample.csv"])
    }

    @Test func missingDirectoryIsUnwritableAndLeavesNothing() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let path = directory.path + "/no/such/dir/out.csv"
        #expect(throws: OutputFileError.cannotWrite(path: path, reason: "No such file or directory")) {
            try OutputFile.write(Array("x".utf8), to: path, force: true)
        }
        #expect(try directory.contents() == [])
        #expect(OutputFileError.cannotWrite(path: path, reason: "No such file or directory").description
            == "\(path): cannot write the file (No such file or directory); choose a writable location")
    }

    @Test(.enabled(if: geteuid() != 0, "root may write into a read-only directory"))
    func readOnlyDirectoryIsUnwritableAndLeavesNothing() throws {
        let directory = try IOTestDirectory()
        defer {
            chmod(directory.path, 0o755)
            directory.remove()
        }
        #expect(chmod(directory.path, 0o555) == 0)
        let path = directory.path + "/out.csv"
        #expect(throws: OutputFileError.cannotWrite(path: path, reason: "Permission denied")) {
            try OutputFile.write(Array("x".utf8), to: path, force: false)
        }
        #expect(try directory.contents() == [])
    }

    @Test func parentThatIsAFileIsUnwritable() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let file = directory.path + "/plain"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: OutputFileError.cannotWrite(path: file + "/out.csv", reason: "Not a directory")) {
            try OutputFile.write(Array("x".utf8), to: file + "/out.csv", force: false)
        }
        #expect(try directory.contents() == ["plain"])
    }

    @Test func failureAfterTheTemporaryFileWasWrittenLeavesNoTemporaryFile() throws {
        // With force, the final rename onto a non-empty directory fails after the bytes
        // were written; the temporary file must be gone and the directory untouched.
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let target = directory.path + "/out.csv"
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: false)
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target + "/inside"))
        #expect(throws: OutputFileError.self) {
            try OutputFile.write(Array(repeating: 0x41, count: 1 << 20), to: target, force: true)
        }
        #expect(try directory.contents() == ["out.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == ["inside"])
    }

    @Test func pathsAreSplitIntoDirectoryAndName() {
        #expect(OutputFile.split("out.csv") == (".", "out.csv"))
        #expect(OutputFile.split("/out.csv") == ("/", "out.csv"))
        #expect(OutputFile.split("a/b/out.csv") == ("a/b", "out.csv"))
        #expect(OutputFile.split("./r\u{E9}sum\u{E9}.csv") == (".", "r\u{E9}sum\u{E9}.csv"))
    }

    @Test func ofConcurrentWritersWithoutForceExactlyOneWins() async throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let path = directory.path + "/race.csv"
        let writers = 8
        let payloads = (0..<writers).map { Array(String(repeating: "\($0)", count: 100_000).utf8) }
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for payload in payloads {
                group.addTask {
                    do {
                        try OutputFile.write(payload, to: path, force: false)
                        return true
                    } catch {
                        return false
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(payloads.contains(try contents(path)))
        #expect(try directory.contents() == ["race.csv"])
    }

    // MARK: Issue 11

    @Test func forceReplacesOnlyRegularFiles() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        #expect(throws: OutputFileError.notARegularFile(path: "/dev/null")) {
            try OutputFile.write(Array("<html>".utf8), to: "/dev/null", force: true)
        }
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
        let target = directory.path + "/real.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        let link = directory.path + "/link.csv"
        #expect(symlink(target, link) == 0)
        #expect(throws: OutputFileError.notARegularFile(path: link)) {
            try OutputFile.write(Array("new".utf8), to: link, force: true)
        }
        #expect(try contents(target) == Array("old".utf8))
        #expect(try directory.contents() == ["link.csv", "real.csv"])
    }

    @Test func forceRefusesAnInputUnderAnyName() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let input = directory.path + "/frame.csv"
        try Data("station_id\nA\n".utf8).write(to: URL(fileURLWithPath: input))
        let otherName = directory.path + "/./frame.csv"
        #expect(throws: OutputFileError.sameAsInput(path: otherName, input: input)) {
            try OutputFile.write(Array("x".utf8), to: otherName, force: true, inputs: [input])
        }
        let hardLink = directory.path + "/alias.csv"
        #expect(link(input, hardLink) == 0)
        #expect(throws: OutputFileError.sameAsInput(path: hardLink, input: input)) {
            try OutputFile.write(Array("x".utf8), to: hardLink, force: true, inputs: [input])
        }
        #expect(try contents(input) == Array("station_id\nA\n".utf8))
    }

    /// The temporary name is short, so that a 255-byte output name (NAME_MAX) works.
    @Test func longestLegalNameWorks() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let name = String(repeating: "n", count: 251) + ".csv"
        try OutputFile.write(Array("x".utf8), to: directory.path + "/" + name, force: false)
        try OutputFile.write(Array("y".utf8), to: directory.path + "/" + name, force: true)
        #expect(try directory.contents() == [name])
        #expect(try contents(directory.path + "/" + name) == Array("y".utf8))
    }

    /// A unit whose second file cannot be written leaves the first file as it was: the old
    /// one kept with force, no new one without.
    @Test(arguments: [true, false])
    func aUnitIsPublishedWholeOrNotAtAll(force: Bool) throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let first = directory.path + "/sample.csv"
        if force { try Data("old sample".utf8).write(to: URL(fileURLWithPath: first)) }
        let second = directory.path + "/missing/sample.csv.manifest.json"
        #expect(throws: OutputFileError.self) {
            try OutputFile.publish([(first, Array("new".utf8)), (second, Array("{}".utf8))], force: force)
        }
        #expect(try directory.contents() == (force ? ["sample.csv"] : []))
        if force { #expect(try contents(first) == Array("old sample".utf8)) }
        // A directory in the second file's place: refused before anything is touched.
        let blocked = directory.path + "/sample.csv.manifest.json"
        try FileManager.default.createDirectory(atPath: blocked, withIntermediateDirectories: false)
        #expect(throws: OutputFileError.self) {
            try OutputFile.publish([(first, Array("new".utf8)), (blocked, Array("{}".utf8))], force: true)
        }
        #expect(try directory.contents() == (force ? ["sample.csv", "sample.csv.manifest.json"] : ["sample.csv.manifest.json"]))
        if force { #expect(try contents(first) == Array("old sample".utf8)) }
    }

    /// Writers publishing (sample, manifest) pairs to the same names at once: at the end the
    /// two files always come from the same writer.
    @Test func concurrentUnitsNeverMix() async throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let sample = directory.path + "/s.csv", manifest = directory.path + "/s.csv.manifest.json"
        for round in 0..<5 {
            await withTaskGroup(of: Void.self) { group in
                for writer in 0..<6 {
                    group.addTask {
                        let tag = Array("\(round)-\(writer)".utf8)
                        try? OutputFile.publish(
                            [(sample, tag + Array(repeating: 0x41, count: 200_000)), (manifest, tag)], force: true)
                    }
                }
            }
            let sampleTag = try contents(sample).prefix { $0 != 0x41 }
            #expect(Array(sampleTag) == (try contents(manifest)), "round \(round)")
            #expect(try directory.contents() == ["s.csv", "s.csv.manifest.json"])
        }
    }
}
