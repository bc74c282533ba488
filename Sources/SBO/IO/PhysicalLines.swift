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
        for index in 0..<offset {
            switch bytes[index] {
            case 0x0A: line += 1
            // The CR of a CRLF is not counted: its LF is.
            case 0x0D where index + 1 == bytes.count || bytes[index + 1] != 0x0A: line += 1
            default: break
            }
        }
        return line
    }
}
