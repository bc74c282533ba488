#if os(Linux)
import Foundation
import Glibc
import Testing
@testable import SBO

@Suite("An interrupt removes the temporary output file")
struct InterruptCleanupTests {
    /// Forks a child that installs the handler and interrupts itself; returns the signal it
    /// died of. Between fork and exit the child calls only async-signal-safe functions.
    static func interruptedChild() -> Int32 {
        let child = fork()
        if child == 0 {
            // The test runner's threads may block signals; the child inherits that mask.
            var unblock = sigset_t()
            sigemptyset(&unblock)
            sigaddset(&unblock, SIGINT)
            sigprocmask(SIG_UNBLOCK, &unblock, nil)
            InterruptCleanup.install()
            raise(SIGINT)
            _exit(0)
        }
        var status: Int32 = 0
        waitpid(child, &status, 0)
        return status & 0x7f  // WTERMSIG
    }

    @Test func pendingTemporaryFileIsRemovedAndTheSignalStillEndsTheProcess() throws {
        let path = NSTemporaryDirectory() + ".sbo-interrupt-\(getpid()).partial"
        _ = FileManager.default.createFile(atPath: path, contents: Data("partial".utf8))
        InterruptCleanup.register([path])
        defer { InterruptCleanup.clear() }
        #expect(Self.interruptedChild() == SIGINT)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    // Negative control: once the write is over (cleared), an interrupt removes nothing.
    @Test func clearedPathIsLeftAlone() throws {
        let path = NSTemporaryDirectory() + ".sbo-kept-\(getpid())"
        _ = FileManager.default.createFile(atPath: path, contents: Data("finished".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        InterruptCleanup.register([path])
        InterruptCleanup.clear()
        #expect(Self.interruptedChild() == SIGINT)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
#endif
