#if os(Linux)
import Foundation
import Glibc
import Testing
@testable import SBO

/// The interrupt handler removes the registered temporary file.
///
/// The handler reads one process-wide buffer (`InterruptCleanup.pendingPath`), which
/// `OutputFile.write` sets and clears in every test that writes a file, and those run in
/// parallel with this suite. So this suite never touches the parent's buffer: the forked child,
/// which has its own copy of memory and is single-threaded, stores the path (or nothing) into
/// its copy with plain byte stores (async-signal-safe, no allocation after `fork`), installs
/// the handler and interrupts itself. Nothing another test does can change what the child sees.
@Suite("An interrupt removes the temporary output file")
struct InterruptCleanupTests {
    /// Forks a child that records `path` as pending (nil: nothing pending), installs the
    /// handler and interrupts itself; returns the signal it died of. Between fork and exit the
    /// child calls only async-signal-safe functions.
    static func interruptedChild(pending path: String?) -> Int32 {
        // The buffer's format: each path NUL-terminated, then one more NUL.
        let bytes: [CChar] = (path.map { Array($0.utf8CString) } ?? []) + [0]
        precondition(bytes.count < InterruptCleanup.capacity)
        let buffer = InterruptCleanup.pendingPath  // initialised before the fork
        let child = bytes.withUnsafeBufferPointer { bytes in
            let child = fork()
            if child == 0 {
                // The test runner's threads may block signals; the child inherits that mask.
                var unblock = sigset_t()
                sigemptyset(&unblock)
                sigaddset(&unblock, SIGINT)
                sigprocmask(SIG_UNBLOCK, &unblock, nil)
                for index in bytes.indices { buffer[index] = bytes[index] }
                InterruptCleanup.install()
                raise(SIGINT)
                _exit(0)
            }
            return child
        }
        var status: Int32 = 0
        waitpid(child, &status, 0)
        return status & 0x7f  // WTERMSIG
    }

    @Test func pendingTemporaryFileIsRemovedAndTheSignalStillEndsTheProcess() throws {
        let path = NSTemporaryDirectory() + ".sbo-interrupt-\(getpid()).partial"
        _ = FileManager.default.createFile(atPath: path, contents: Data("partial".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.interruptedChild(pending: path) == SIGINT)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    // Negative control: with nothing pending (the write is over), an interrupt removes nothing.
    @Test func clearedPathIsLeftAlone() throws {
        let path = NSTemporaryDirectory() + ".sbo-kept-\(getpid())"
        _ = FileManager.default.createFile(atPath: path, contents: Data("finished".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Self.interruptedChild(pending: nil) == SIGINT)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
#endif
