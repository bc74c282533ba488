import Foundation

/// Runs a reference script under Tests/ with the `python3` on PATH. Tests that compare with a
/// script are skipped when python3 is absent (`isAvailable`), and say so in their trait;
/// `.ci/run` installs python3, so CI always runs them.
enum PythonReference {
    /// Whether `python3` can be started.
    static let isAvailable: Bool = (try? run(["-c", "pass"])) != nil

    /// The directory of this test target's sources, where `Reference/` folders live.
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// The standard output of `python3 SCRIPT ARGUMENTS...`, where `script` is relative to
    /// Tests/SBOTests; throws when the script fails.
    static func output(of script: String, _ arguments: [String]) throws -> String {
        try run([testsDirectory.appendingPathComponent(script).path] + arguments)
    }

    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: ["status": process.terminationStatus])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
