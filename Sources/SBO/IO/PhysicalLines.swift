/// Physical line numbers of byte offsets in a text buffer, for error messages.
///
/// A line ends at LF, at CRLF (counted once) or at a lone CR, so that files written on
/// Unix, Windows and classic Mac OS, or a mixture, are numbered as an editor numbers them:
/// ```
/// line(o) = 1 + #{ line breaks that end before offset o }
/// ```
/// Line breaks inside quoted CSV fields count too: the numbers are physical lines, not records.
/// Counting is done only when an error is reported, so the fast paths never track lines.
/// Tested by `CSVReaderTests` (errors after mixed line endings name the right line).
enum PhysicalLines {
    /// The 1-based line on which the byte at `offset` lies (`offset` may equal `bytes.count`).
    static func line(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        precondition(offset >= 0 && offset <= bytes.count, "offset outside the buffer")
        var line = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
            } else if byte == 0x0D {
                // CRLF is one break: the LF that follows is skipped when it lies before `offset`.
                line += 1
                if index + 1 < offset && bytes[index + 1] == 0x0A { index += 1 }
            }
            index += 1
        }
        return line
    }
}
