#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary files of outputs that are being written when the process is
/// interrupted (Ctrl-C, `kill`, a closed terminal), so that an interrupt leaves no partial file.
///
/// `OutputFile` records the temporary paths here while it writes them; the handler that
/// `install()` sets for SIGINT, SIGTERM and SIGHUP unlinks those paths and then lets the signal
/// take its default course (the process ends with the signal's status). The handler uses only
/// async-signal-safe calls (`unlink`, `signal`, `raise`, POSIX.1-2017 §2.4.3) and reads a
/// preallocated C buffer, never Swift objects. Outputs are written only after the long work
/// (bootstrap, simulation) is done, so an interrupt during that work leaves nothing at all.
public enum InterruptCleanup {
    /// Capacity of the path buffer; paths beyond it are not registered (an interrupt then
    /// leaves their temporary files, never anything unsafe).
    static let capacity = 16_384
    /// The temporary paths being written, each NUL-terminated, then one more NUL; empty when none.
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

    /// Records `paths` as the temporary files to remove on an interrupt.
    static func register(_ paths: [String]) {
        var bytes: [UInt8] = []
        for path in paths where !path.isEmpty && bytes.count + path.utf8.count + 2 <= capacity {
            bytes += path.utf8
            bytes.append(0)
        }
        bytes.append(0)
        // The first byte is written last, so the handler never sees half a list.
        pendingPath[0] = 0
        for (index, byte) in bytes.enumerated().reversed() {
            pendingPath[index] = CChar(bitPattern: byte)
        }
    }

    /// Forgets the temporary file (it was renamed or removed).
    static func clear() {
        pendingPath[0] = 0
    }
}

/// The signal handler: remove the pending temporary files, then die of the signal as usual.
private func interruptHandler(_ signalNumber: Int32) {
    var start = 0
    while start < InterruptCleanup.capacity && InterruptCleanup.pendingPath[start] != 0 {
        unlink(InterruptCleanup.pendingPath + start)
        while start < InterruptCleanup.capacity && InterruptCleanup.pendingPath[start] != 0 { start += 1 }
        start += 1
    }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
