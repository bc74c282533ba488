import Foundation
import SBO

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sbo report --watch`: rewrites the report whenever an input changes, until Ctrl-C.
///
/// Every `pollInterval` seconds (0.5) it reads each input's identity — existence, inode,
/// size and modification time to the nanosecond (`stat(2)`), so that an export replaced by a
/// rename, rewritten in place or grown is seen — and rewrites the report when the identities
/// differ from those of the last attempt and have not changed since the previous poll (a
/// file still being copied is left alone until it holds still). A report that cannot be
/// made — an input caught half-written, a bad row, a file briefly missing — is said on
/// standard error and tried again at the next change: never fatal. Each report is written
/// whole (``OutputFile``: temporary file, then rename), so a browser never reads half a page;
/// the page reloads itself (``HTMLReport/reloadSeconds``).
///
/// Ctrl-C (SIGINT) sets a flag that the loop reads between polls: a write under way finishes
/// and is renamed, then the command returns with status 0, leaving no temporary file. The
/// stop condition and the sleep are injected, so that tests drive the loop in-process.
struct ReportWatcher {
    /// The seconds between polls.
    static let pollInterval = 0.5
    /// The seconds after which the page reloads itself.
    static let reloadSeconds = 3

    /// The files to watch.
    let paths: [String]
    /// Whether to stop; read before every poll.
    let shouldStop: () -> Bool
    /// Waits between polls (its argument in seconds).
    let sleep: (Double) -> Void

    /// What identifies a file's content without reading it.
    struct FileIdentity: Equatable {
        let exists: Bool
        let inode: UInt64
        let size: Int64
        let seconds: Int
        let nanoseconds: Int
    }

    static func identity(of path: String) -> FileIdentity {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return FileIdentity(exists: false, inode: 0, size: 0, seconds: 0, nanoseconds: 0)
        }
        #if canImport(Darwin)
        let modified = status.st_mtimespec
        #else
        let modified = status.st_mtim
        #endif
        return FileIdentity(
            exists: true, inode: UInt64(status.st_ino), size: Int64(status.st_size),
            seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
    }

    /// Polls until ``shouldStop`` says so; calls `rewrite` at the start and after every
    /// settled change. `rewrite` returns a line for standard error on success.
    ///
    /// - Throws: a usage error from `rewrite` (a bad option is not cured by waiting).
    func run(console: Console, rewrite: () throws -> String) throws {
        console.writeError("watching \(paths.joined(separator: ", ")); Ctrl-C to stop\n")
        var attempted: [FileIdentity]?
        var previous: [FileIdentity]?
        while !shouldStop() {
            let current = paths.map(Self.identity)
            if current != attempted && (attempted == nil || current == previous) {
                attempted = current
                do {
                    console.writeError(Self.clock() + " " + (try rewrite()) + "\n")
                } catch let error as any ReportableError where error.kind == .badUsage {
                    throw error
                } catch {
                    let reportable = error as? any ReportableError
                    console.writeError(Self.clock() + " not rewritten: \(TerminalText.oneLine(reportable?.description ?? "\(error)")); "
                        + "trying again when an input changes\n")
                    for line in reportable?.detailLines ?? [] { console.writeError("  \(TerminalText.oneLine(line))\n") }
                }
            }
            previous = current
            sleep(ReportWatcher.pollInterval)
        }
        console.writeError("stopped watching\n")
    }

    /// The time of day in UTC, `HH:MM:SS`.
    private static func clock() -> String {
        let text = Timestamp(secondsSinceEpoch: Date().timeIntervalSince1970.rounded(.down)).description
        return String(text.dropFirst(11).prefix(8))
    }

    // MARK: Ctrl-C

    /// A watcher of `paths` that stops on SIGINT and sleeps for real.
    static func interruptible(paths: [String]) -> ReportWatcher {
        interrupted.pointee = 0
        signal(SIGINT, stopOnInterrupt)
        return ReportWatcher(
            paths: paths, shouldStop: { interrupted.pointee != 0 },
            sleep: { seconds in usleep(useconds_t(seconds * 1_000_000)) })
    }

    /// Set to 1 by the SIGINT handler (`sig_atomic_t`, the one type a handler may write).
    nonisolated(unsafe) static let interrupted: UnsafeMutablePointer<sig_atomic_t> = {
        let flag = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 1)
        flag.initialize(to: 0)
        return flag
    }()
}

/// The SIGINT handler of `--watch`: asks the loop to stop (async-signal-safe: one store).
private func stopOnInterrupt(_ signalNumber: Int32) {
    ReportWatcher.interrupted.pointee = 1
}

extension ReportWatcher {
    /// The inputs of `sbo report`: SAMPLE.csv, its manifest, OBS.csv, and OFFICIAL.csv and
    /// the codebook when given.
    static func inputs(_ arguments: ParsedArguments) -> [String] {
        let sample = arguments.required("sample")
        return [sample, SampleManifest.path(forSample: sample), arguments.required("observations")]
            + ["official", "codebook"].compactMap(arguments.string)
    }

    /// `sbo report --watch`: an existing report is replaced only with `--force` (checked
    /// once, before the first write); later writes replace the watcher's own report. Usage
    /// errors end the command (exit 64), any other failure is retried at the next change.
    func watch(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        try OutputFile.checkWritable([arguments.required("out")], force: arguments.flag("force"), inputs: Self.inputs(arguments))
        var written = false
        try run(console: console) {
            let line = try ReportCommand.write(arguments, console: console, force: written || arguments.flag("force"), watching: true)
            written = true
            return line
        }
        return .success
    }
}
