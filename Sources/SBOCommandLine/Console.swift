#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes what it prints: standard output for results and help, standard error
/// for errors, warnings and progress. Injected so that tests run commands in-process.
public protocol Console: AnyObject {
    /// Writes `text` to standard output as is (no newline added).
    func write(_ text: String)
    /// Writes `text` to standard error as is (no newline added).
    func writeError(_ text: String)
    /// Whether standard error is a terminal, so that progress is shown only to a person.
    var errorIsTerminal: Bool { get }
}

/// The process's real standard output and standard error.
public final class StandardConsole: Console {
    public init() {}

    public func write(_ text: String) {
        fputs(text, stdout)
    }

    public func writeError(_ text: String) {
        fflush(stdout)
        fputs(text, stderr)
    }

    public var errorIsTerminal: Bool { isatty(2) != 0 }
}

/// A console that keeps what is written, for tests.
public final class CapturedConsole: Console {
    public private(set) var output = ""
    public private(set) var errorOutput = ""
    public let errorIsTerminal: Bool

    public init(errorIsTerminal: Bool = false) {
        self.errorIsTerminal = errorIsTerminal
    }

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errorOutput += text }
}
