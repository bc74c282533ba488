#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
