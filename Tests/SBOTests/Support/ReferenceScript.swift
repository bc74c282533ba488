import Foundation

/// A reference script committed in the repository (an R or Python program that computes
/// expected values independently of sbo), its output as pinned in the tests, and the means to
/// run it again.
///
/// Every line of a script's output is `label  value`: a free-text label, then one number
/// printed at full precision (R: `sprintf("%.17g")`; Python: `repr`). The pinned text is the
/// script's output copied verbatim, so a test reads its expected values by label
/// (`ReferenceOutputs.ppsNonresponse["nr y se"]`) and `ReferenceScriptTests` checks, where the
/// interpreter is installed, that running the script still prints the pinned numbers.
struct ReferenceScript: Sendable {
    /// The interpreter: `Rscript` or `python3`.
    let interpreter: String
    /// The script's path relative to `Tests/SBOTests/`.
    let path: String
    /// Extra arguments after the script's path.
    let arguments: [String]
    /// The script's output as pinned (label → value).
    let pinned: [String: Double]
    /// The labels in the order the script prints them.
    let labels: [String]

    init(interpreter: String, path: String, arguments: [String] = [], pinned text: String) {
        self.interpreter = interpreter
        self.path = path
        self.arguments = arguments
        let parsed = Self.parse(text)
        labels = parsed.map(\.label)
        pinned = Dictionary(parsed.map { ($0.label, $0.value) }, uniquingKeysWith: { _, last in last })
        precondition(pinned.count == labels.count, "\(path): every label is printed once")
    }

    /// The pinned value printed with `label`.
    subscript(label: String) -> Double {
        guard let value = pinned[label] else { preconditionFailure("\(path) prints no '\(label)'") }
        return value
    }

    /// The lines `label  value` of `text`: the value is the last blank-separated word, and
    /// the word before it is not a number (lines of several numbers, such as R's printed
    /// tables, are not values).
    static func parse(_ text: String) -> [(label: String, value: Double)] {
        func number(_ word: Substring) -> Double? { Double(word) ?? special(word) }
        return text.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 2, let value = number(words.last!), number(words[words.count - 2]) == nil else {
                return nil
            }
            return (words.dropLast().joined(separator: " "), value)
        }
    }

    /// R's and Python's spellings of the non-finite numbers.
    private static func special(_ word: Substring) -> Double? {
        switch word {
        case "NaN", "nan", "NA": .nan
        case "Inf", "inf": .infinity
        case "-Inf", "-inf": -.infinity
        default: nil
        }
    }

    /// The directory `Tests/SBOTests/`.
    static let testsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The interpreter's full path when it is on PATH, else nil (the script's test is then
    /// skipped, and says so).
    static func locate(_ interpreter: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(interpreter)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether this script's interpreter is installed.
    var isRunnable: Bool { Self.locate(interpreter) != nil }

    /// Runs the script in its own directory and returns its output lines, parsed.
    func run() throws -> [(label: String, value: Double)] {
        Self.parse(try Self.output(of: path, interpreter: interpreter, arguments: arguments))
    }

    /// The standard output of `interpreter` running the script at `path` (relative to
    /// `Tests/SBOTests/`) with `arguments`, in the script's directory.
    static func output(of path: String, interpreter: String, arguments: [String]) throws -> String {
        let script = testsDirectory.appendingPathComponent(path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: locate(interpreter)!)
        process.arguments = [script.lastPathComponent] + arguments
        process.currentDirectoryURL = script.deletingLastPathComponent()
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
