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
}
