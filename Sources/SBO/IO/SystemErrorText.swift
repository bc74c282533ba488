#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The system's words for a failed call, for messages such as "cannot read the file
/// (No such file or directory)".
enum SystemErrorText {
    /// `strerror(errno)` for the current `errno`; call it right after the failing call.
    static func current() -> String {
        describe(errno)
    }

    /// `strerror(code)`.
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
