/// Reading an input file whole, with an error a person can act on.
public enum InputFile {
    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``CSVError/unreadable(source:reason:)`` (kind `.unreadableInput`, exit 66)
    ///   when the file is missing, a directory, or cannot be read.
    public static func bytes(at path: String) throws(CSVError) -> [UInt8] {
        do {
            return try FileContents.bytes(atPath: path)
        } catch {
            throw .unreadable(source: path, reason: error.reason)
        }
    }
}
