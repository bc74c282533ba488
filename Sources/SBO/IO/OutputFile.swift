#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files whole or not at all, and never replaces one by accident.
///
/// Steps, for `write(bytes, to: "dir/name", force:)`:
/// 1. Without `force`, a file (or link, or directory) at the path is refused at once.
/// 2. The bytes go to a new temporary file `dir/.name.sbo-PID-K.partial`, created with
///    `O_CREAT | O_EXCL` (mode 0666 less the umask), written in full and `fsync`'d.
/// 3. With `force`, `rename(2)` puts it in place atomically: readers see the old file or the
///    new one, never a mixture.
///    Without `force`, `link(2)` gives it the final name only if that name is still free (the
///    kernel checks and creates in one step, so of two concurrent writers exactly one wins and
///    the other gets ``OutputFileError/exists(path:)``); then the temporary name is removed.
///    On file systems without hard links, an empty placeholder is created with
///    `O_CREAT | O_EXCL` and then atomically replaced by `rename(2)`.
/// 4. The directory is `fsync`'d so that the new name survives a crash.
/// On every failure the temporary file is removed before the error is thrown.
///
/// Tests: `OutputFileTests` (refusal leaves the old file untouched, `force` replaces,
/// concurrent writers, no leftovers on failure).
public enum OutputFile {
    /// Writes `bytes` to `path` as described above.
    ///
    /// - Throws: ``OutputFileError/exists(path:)`` when `path` exists and `force` is false;
    ///   ``OutputFileError/cannotWrite(path:reason:)`` when the directory is missing or not
    ///   writable, the disk is full, or `path` is a directory. Both have kind `.unwritableOutput`.
    public static func write(_ bytes: [UInt8], to path: String, force: Bool) throws(OutputFileError) {
        guard !path.isEmpty else { throw .emptyPath }
        var status = stat()
        if !force && lstat(path, &status) == 0 { throw .exists(path: path) }

        let (directory, name) = split(path)
        let temporary = try createTemporaryFile(directory: directory, name: name, for: path)
        InterruptCleanup.register(temporary.path)
        defer { InterruptCleanup.clear() }
        do {
            try writeAll(bytes, to: temporary.descriptor, path: path)
        } catch {
            close(temporary.descriptor)
            unlink(temporary.path)
            throw error
        }
        guard close(temporary.descriptor) == 0 else {
            let reason = SystemErrorText.current()
            unlink(temporary.path)
            throw .cannotWrite(path: path, reason: reason)
        }
        do {
            if force {
                try replace(path, with: temporary.path)
            } else {
                try publishWithoutReplacing(path, temporary: temporary.path)
            }
        } catch {
            unlink(temporary.path)
            throw error
        }
        synchronizeDirectory(directory)
    }

    /// The directory part (`.` when there is none) and the last component of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let name = String(path[path.index(after: slash)...])
        let directory = slash == path.startIndex ? "/" : String(path[..<slash])
        return (directory, name)
    }

    private static func createTemporaryFile(
        directory: String, name: String, for path: String
    ) throws(OutputFileError) -> (descriptor: Int32, path: String) {
        let process = getpid()
        var attempt = 0
        while true {
            let candidate = "\(directory)/.\(name).sbo-\(process)-\(attempt).partial"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, candidate) }
            guard errno == EEXIST && attempt < 1000 else {
                throw .cannotWrite(path: path, reason: SystemErrorText.current())
            }
            attempt += 1
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(OutputFileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBufferPointer { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .cannotWrite(path: path, reason: SystemErrorText.current())
            }
            written += result
        }
        guard fsync(descriptor) == 0 else {
            throw .cannotWrite(path: path, reason: SystemErrorText.current())
        }
    }

    /// `write(2)`, which this type's own `write` hides.
    private static func systemWrite(_ descriptor: Int32, _ start: UnsafePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, start, count)
        #else
        Darwin.write(descriptor, start, count)
        #endif
    }

    private static func replace(_ path: String, with temporary: String) throws(OutputFileError) {
        guard rename(temporary, path) == 0 else {
            throw .cannotWrite(path: path, reason: SystemErrorText.current())
        }
    }

    private static func publishWithoutReplacing(_ path: String, temporary: String) throws(OutputFileError) {
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        let linkError = errno
        if linkError == EEXIST { throw .exists(path: path) }
        guard [EPERM, ENOTSUP, EOPNOTSUPP, EMLINK, ENOSYS].contains(linkError) else {
            throw .cannotWrite(path: path, reason: SystemErrorText.describe(linkError))
        }
        // No hard links here: claim the name with an exclusive create, then replace the claim.
        let placeholder = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard placeholder >= 0 else {
            if errno == EEXIST { throw .exists(path: path) }
            throw .cannotWrite(path: path, reason: SystemErrorText.current())
        }
        close(placeholder)
        guard rename(temporary, path) == 0 else {
            let reason = SystemErrorText.current()
            unlink(path)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Best effort: some file systems refuse `fsync` on a directory, which loses nothing
    /// but durability against a crash.
    private static func synchronizeDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
