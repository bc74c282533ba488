#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Measurement {
    /// One run of a program as a whole process, the way a user or a script meets it.
    struct ProcessRun {
        /// Wall seconds from just before `posix_spawn` to the end of `wait4`.
        var seconds: Double
        /// The child's peak resident memory in bytes (`ru_maxrss` of `wait4`).
        var peakMemory: Int
        /// The exit status, or 128 + the signal.
        var status: Int32
    }

    /// Runs `executable` with `arguments`, stdout to `output` (created or truncated) and
    /// stderr to `errors`, and waits for it. Returns nil when it cannot be started.
    static func runProcess(
        _ executable: String, _ arguments: [String], output: String = "/dev/null", errors: String = "/dev/null"
    ) -> ProcessRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child = pid_t()
        let start = now()
        guard posix_spawn(&child, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 && errno == EINTR {}
        let elapsed = now() - start
        let exited = status & 0x7f == 0
        #if os(Linux)
        let peak = usage.ru_maxrss * 1024  // KiB on Linux
        #else
        let peak = usage.ru_maxrss  // bytes on macOS
        #endif
        return ProcessRun(
            seconds: elapsed, peakMemory: peak, status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
    }
}
