#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishes output files whole or not at all, several files as one unit, and never replaces
/// anything by accident: the one way every command writes its outputs.
///
/// Steps, for `publish([(path₁, bytes₁), …, (pathₖ, bytesₖ)], force:, inputs:)`:
/// 1. Check (also offered alone, as ``checkWritable(_:force:inputs:)``, before a command's long
///    work): every path is non-empty; a path that exists is refused without `force`, and even
///    with `force` unless it is a regular file (not a device such as `/dev/null`, a directory,
///    a link, a pipe) that is none of the command's `inputs` (same device and inode, so a link
///    or another spelling of an input is caught too).
/// 2. Lock every output directory (`flock(2)` on the directory itself, which leaves no file
///    behind), so that two sbo processes publishing into one directory take turns: one
///    run's sample never ends up beside another run's manifest.
/// 3. Write every file in full to a new temporary file `dir/.sbo-PID-K.tmp` (a short name, so
///    that a legal 255-byte output name still works), created with `O_CREAT | O_EXCL`, and
///    `fsync` it. A full disk stops here, before anything is published.
/// 4. With the interrupt signals blocked, so that Ctrl-C cannot fall between two renames, check
///    again and publish in order. With `force`, an existing file is first hard-linked to
///    `dir/.sbo-PID-K.old` and then atomically replaced by `rename(2)`; without it, `link(2)`
///    gives the temporary file the final name only if that name is still free (or, on file
///    systems without hard links, an `O_EXCL` placeholder is replaced). If publishing file j
///    fails, files 1…j−1 are rolled back: the old file is renamed back into place, or a new one
///    removed. So a failed run leaves every earlier file as it was.
/// 5. Remove the backups, `fsync` the directories, unblock the signals, unlock.
/// Temporary files are registered with ``InterruptCleanup`` while they exist.
///
/// Tests: `OutputFileTests` (refusals leave files untouched, force replaces only regular files,
/// units published together or not at all, concurrent writers, long names, no leftovers).
public enum OutputFile {
    /// Writes one file: ``publish(_:force:inputs:)`` with a single file.
    public static func write(
        _ bytes: [UInt8], to path: String, force: Bool, inputs: [String] = []
    ) throws(OutputFileError) {
        try publish([(path, bytes)], force: force, inputs: inputs)
    }

    /// Checks that every path may be written (step 1), so that a command can refuse before
    /// its work rather than after it.
    ///
    /// - Throws: ``OutputFileError/emptyPath``, ``OutputFileError/exists(path:)``,
    ///   ``OutputFileError/notARegularFile(path:)``, ``OutputFileError/sameAsInput(path:input:)``.
    public static func checkWritable(_ paths: [String], force: Bool, inputs: [String] = []) throws(OutputFileError) {
        var inputFiles: [(device: UInt64, inode: UInt64, path: String)] = []
        for input in inputs {
            var status = stat()
            if stat(input, &status) == 0 {
                inputFiles.append((UInt64(status.st_dev), UInt64(status.st_ino), input))
            }
        }
        for path in paths {
            guard !path.isEmpty else { throw .emptyPath }
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            guard force else { throw .exists(path: path) }
            guard (status.st_mode & S_IFMT) == S_IFREG else { throw .notARegularFile(path: path) }
            if let input = inputFiles.first(where: {
                $0.device == UInt64(status.st_dev) && $0.inode == UInt64(status.st_ino)
            }) {
                throw .sameAsInput(path: path, input: input.path)
            }
        }
    }

    /// Publishes `files` as one unit, in order, as described above.
    ///
    /// - Throws: the errors of ``checkWritable(_:force:inputs:)``, and
    ///   ``OutputFileError/cannotWrite(path:reason:)`` when a directory is missing or not
    ///   writable or the disk is full. All have kind `.unwritableOutput`; nothing was changed.
    public static func publish(
        _ files: [(path: String, bytes: [UInt8])], force: Bool, inputs: [String] = []
    ) throws(OutputFileError) {
        try checkWritable(files.map(\.path), force: force, inputs: inputs)
        let directories = Array(Set(files.map { split($0.path).directory })).sorted()
        let locks = directories.map(lockDirectory)
        defer { locks.forEach(unlockDirectory) }

        var temporaries: [String] = []
        defer {
            InterruptCleanup.clear()
            for temporary in temporaries { unlink(temporary) }
        }
        for file in files {
            let temporary = try createTemporaryFile(in: split(file.path).directory, suffix: "tmp", for: file.path)
            temporaries.append(temporary.path)
            InterruptCleanup.register(temporaries)
            do {
                try writeAll(file.bytes, to: temporary.descriptor, path: file.path)
            } catch {
                close(temporary.descriptor)
                throw error
            }
            guard close(temporary.descriptor) == 0 else {
                throw .cannotWrite(path: file.path, reason: SystemErrorText.current())
            }
        }

        let blocked = blockInterrupts()
        defer { restoreSignals(blocked) }
        try checkWritable(files.map(\.path), force: force, inputs: inputs)
        var published: [(path: String, backup: String?)] = []
        do throws(OutputFileError) {
            for (file, temporary) in zip(files, temporaries) {
                let backup = force ? try keepOldFile(at: file.path) : nil
                do throws(OutputFileError) {
                    if force {
                        try replace(file.path, with: temporary)
                    } else {
                        try publishWithoutReplacing(file.path, temporary: temporary)
                    }
                } catch {
                    if let backup { unlink(backup) }
                    throw error
                }
                published.append((file.path, backup))
            }
        } catch {
            for done in published.reversed() {
                if let backup = done.backup {
                    rename(backup, done.path)
                } else {
                    unlink(done.path)
                }
            }
            throw error
        }
        for done in published {
            if let backup = done.backup { unlink(backup) }
        }
        directories.forEach(synchronizeDirectory)
    }

    /// The directory part (`.` when there is none) and the last component of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return (".", path) }
        let name = String(path[path.index(after: slash)...])
        let directory = slash == path.startIndex ? "/" : String(path[..<slash])
        return (directory, name)
    }

    private static func createTemporaryFile(
        in directory: String, suffix: String, for path: String
    ) throws(OutputFileError) -> (descriptor: Int32, path: String) {
        let process = getpid()
        var attempt = 0
        while true {
            let candidate = "\(directory)/.sbo-\(process)-\(attempt).\(suffix)"
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, candidate) }
            guard errno == EEXIST && attempt < 10_000 else {
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

    /// A second name for the file at `path`, so that a failed publication can put it back;
    /// nil when there is no file. Without hard links, the file is moved to the backup name.
    private static func keepOldFile(at path: String) throws(OutputFileError) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        let directory = split(path).directory
        let process = getpid()
        for attempt in 0..<10_000 {
            let backup = "\(directory)/.sbo-\(process)-\(attempt).old"
            if link(path, backup) == 0 { return backup }
            if errno == EEXIST { continue }
            if rename(path, backup) == 0 { return backup }
            throw .cannotWrite(path: path, reason: SystemErrorText.current())
        }
        throw .cannotWrite(path: path, reason: SystemErrorText.describe(EEXIST))
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

    /// An exclusive `flock` on the directory, or -1 when it cannot be opened (then the unit is
    /// still published whole, only not serialised against another process).
    private static func lockDirectory(_ directory: String) -> Int32 {
        let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return -1 }
        while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        return descriptor
    }

    private static func unlockDirectory(_ descriptor: Int32) {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Blocks SIGINT, SIGTERM and SIGHUP for this thread; returns the previous mask.
    private static func blockInterrupts() -> sigset_t {
        var interrupts = sigset_t()
        var previous = sigset_t()
        sigemptyset(&interrupts)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&interrupts, signalNumber) }
        pthread_sigmask(SIG_BLOCK, &interrupts, &previous)
        return previous
    }

    private static func restoreSignals(_ previous: sigset_t) {
        var mask = previous
        pthread_sigmask(SIG_SETMASK, &mask, nil)
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
