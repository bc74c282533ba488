#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads with POSIX calls, straight into a byte array (no `Data` copy).
/// Tested through `CSVReaderTests` (missing file, directory) and `JSONValueTests`.
enum FileContents {
    /// Why a file could not be read, in the system's words (`strerror`).
    struct Failure: Error {
        let reason: String
    }

    /// The bytes of the file at `path`.
    static func bytes(atPath path: String) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(reason: SystemErrorText.current()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure(reason: SystemErrorText.current()) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw Failure(reason: "it is a directory") }
        // One byte more than the reported size, so that a file that grows (or a device that
        // reports size 0) is still read to its end; the memory is not zeroed first, as read()
        // fills it.
        var capacity = max(Int(status.st_size), 0) + 1
        var bytes: [UInt8] = []
        var failure: Failure?
        var atEnd = false
        while !atEnd {
            let previous = bytes
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, filled in
                HugePages.advise(buffer.baseAddress, byteCount: buffer.count)
                filled = buffer.initialize(fromContentsOf: previous)
                while filled < buffer.count {
                    let got = read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                    if got < 0 {
                        if errno == EINTR { continue }
                        failure = Failure(reason: SystemErrorText.current())
                        return
                    }
                    if got == 0 {
                        atEnd = true
                        return
                    }
                    filled += got
                }
            }
            if let failure { throw failure }
            capacity *= 2
        }
        return bytes
    }
}
