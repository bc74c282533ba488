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
        Self.write(text, to: 1)
    }

    public func writeError(_ text: String) {
        Self.write(text, to: 2)
    }

    /// Writes all of `text` to a file descriptor, retrying short writes and interruptions.
    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
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
