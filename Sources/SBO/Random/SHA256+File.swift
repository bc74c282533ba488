#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SHA256 {
    /// The lowercase hexadecimal SHA-256 digest of the bytes of the file at `path`, read in
    /// chunks of 64 KiB so that files of any size take constant memory. Manifests record
    /// these digests for the frame and the sample (`sha256sum`'s first column).
    ///
    /// - Throws: `DigestError.unreadableFile` when the file cannot be opened or read.
    public static func hexDigest(ofFileAt path: String) throws(DigestError) -> String {
        guard let file = fopen(path, "rb") else {
            throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var hasher = SHA256()
        let chunkSize = 1 << 16
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let count = fread(chunk.baseAddress, 1, chunkSize, file)
            if count > 0 {
                hasher.update(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
            }
            if count < chunkSize {
                if ferror(file) != 0 {
                    throw .unreadableFile(path: path, reason: String(cString: strerror(errno)))
                }
                break
            }
        }
        return hexString(of: hasher.finalize())
    }
}
