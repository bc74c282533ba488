#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary file of an output that is being written when the process is
/// interrupted (Ctrl-C, `kill`, a closed terminal), so that an interrupt leaves no partial file.
///
/// `OutputFile` records the temporary path here while it writes and renames; the handler that
/// `install()` sets for SIGINT, SIGTERM and SIGHUP unlinks that path and then lets the signal
/// take its default course (the process ends with the signal's status). The handler uses only
/// async-signal-safe calls (`unlink`, `signal`, `raise`, POSIX.1-2017 §2.4.3) and reads a
/// preallocated C buffer, never Swift objects. Outputs are written only after the long work
/// (bootstrap, simulation) is done, so an interrupt during that work leaves nothing at all.
public enum InterruptCleanup {
    /// Capacity of the path buffer; longer temporary paths are not registered (the rename
    /// window is then unprotected, never unsafe).
    static let capacity = 4096
    /// The temporary path being written, NUL-terminated; empty when none.
    nonisolated(unsafe) static let pendingPath: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()

    /// Installs the handler; call once at program start (the `sbo` tool does).
    public static func install() {
        _ = pendingPath
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, interruptHandler)
        }
    }

    /// Records `path` as the temporary file to remove on an interrupt.
    static func register(_ path: String) {
        let bytes = Array(path.utf8)
        guard bytes.count < capacity else { return }
        // The first byte is written last, so the handler never sees half a path.
        pendingPath[0] = 0
        for (index, byte) in bytes.enumerated().reversed() {
            pendingPath[index] = CChar(bitPattern: byte)
        }
        pendingPath[bytes.count] = 0
    }

    /// Forgets the temporary file (it was renamed or removed).
    static func clear() {
        pendingPath[0] = 0
    }
}

/// The signal handler: remove the pending temporary file, then die of the signal as usual.
private func interruptHandler(_ signalNumber: Int32) {
    if InterruptCleanup.pendingPath[0] != 0 {
        unlink(InterruptCleanup.pendingPath)
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
