import CMemory
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

extension PhysicalLines {
    /// An upper bound on the records in `bytes[start...]`: its lines, that is LFs + CRs −
    /// CRLFs + 1 (a record ends at a line break or at the end; quoted line breaks only lower
    /// the count). Without any CR, the LFs (``lineFeeds(in:from:to:)``); else eight bytes at a
    /// time: with x = word ⊕ (a byte repeated),
    /// ¬(((x ∧ 0x7F…7F) + 0x7F…7F) ∨ x ∨ 0x7F…7F) has the high bit of each byte set exactly
    /// where the word holds that byte (no carry crosses a byte), and a CR's mark shifted one
    /// byte up meets the mark of the LF after it.
    static func recordBound(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let lowSevens: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, ones: UInt64 = 0x0101_0101_0101_0101
        let lineFeeds = ones &* 0x0A, carriageReturns = ones &* 0x0D
        func marks(_ x: UInt64) -> UInt64 { ~(((x & lowSevens) &+ lowSevens) | x | lowSevens) }
        var lines = 1
        var index = start
        // The CR mark of the previous word's last byte, moved to the first byte's high bit.
        var carriedCR: UInt64 = 0
        if let base = UnsafeRawPointer(bytes.baseAddress), start < bytes.count,
           memchr(base + start, 0x0D, bytes.count - start) == nil {
            // No CR at all (most files): count the LFs alone.
            return lines + Self.lineFeeds(in: bytes, from: start, to: bytes.count)
        } else if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let lf = marks(word ^ lineFeeds), cr = marks(word ^ carriageReturns)
                lines += lf.nonzeroBitCount + cr.nonzeroBitCount - ((cr << 8 | carriedCR) & lf).nonzeroBitCount
                carriedCR = cr >> 56
                index += 8
            }
        }
        var previousWasCR = carriedCR != 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D || (byte == 0x0A && !previousWasCR) { lines += 1 }
            previousWasCR = byte == 0x0D
            index += 1
        }
        return lines
    }
}

extension PhysicalLines {
    /// The LF bytes in `bytes[start..<end]`, counted in vector lanes (`sbo_count_byte`): in a
    /// file without CRs, the lines that end there.
    static func lineFeeds(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress, end > start else { return 0 }
        return sbo_count_byte(base + start, end - start, 0x0A)
    }
}
