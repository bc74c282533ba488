import Foundation
import SBO

/// Writing a command's output files: all checked before any work, each written whole.
enum OutputFiles {
    /// Fails before any work is done if an output exists and `force` is not given.
    static func checkWritable(_ paths: [String], force: Bool) throws {
        guard !force else { return }
        for path in paths where FileManager.default.fileExists(atPath: path) {
            throw OutputFileError.exists(path: path)
        }
    }

    /// Writes each file whole (temporary file, then rename); if a later one fails, the ones
    /// already written by this call are removed again, so no partial output remains.
    static func write(_ files: [(path: String, bytes: [UInt8])], force: Bool) throws {
        var written: [String] = []
        do {
            for file in files {
                try OutputFile.write(file.bytes, to: file.path, force: force)
                written.append(file.path)
            }
        } catch {
            for path in written { try? FileManager.default.removeItem(atPath: path) }
            throw error
        }
    }
}
