/// Checks that a byte buffer is UTF-8 text before it is parsed.
///
/// UTF-8 well-formedness follows RFC 3629 §4 (the table of valid byte sequences: no overlong
/// forms, no surrogates U+D800–U+DFFF, nothing above U+10FFFF):
/// ```
/// 00–7F
/// C2–DF 80–BF
/// E0    A0–BF 80–BF      E1–EC 80–BF 80–BF      ED 80–9F 80–BF      EE–EF 80–BF 80–BF
/// F0    90–BF 80–BF 80–BF      F1–F3 80–BF 80–BF 80–BF      F4 80–8F 80–BF 80–BF
/// ```
/// It agrees with the standard library's validating `String(validating:as:)` (see
/// `TextEncodingCheckTests`, which compares both on every 1- and 2-byte sequence and on
/// random byte strings).
///
/// UTF-16 is recognised by its byte-order mark (`FF FE` or `FE FF`, which also covers UTF-32
/// LE) or, without one, by NUL bytes in every other position, as a spreadsheet's "Unicode text"
/// export of mostly Latin text has.
///
/// Reference: F. Yergeau, *UTF-8, a transformation format of ISO 10646*, RFC 3629 (2003).
enum TextEncodingCheck {
    /// What is wrong with the bytes, and at which offset.
    enum Problem: Equatable {
        /// A NUL byte at this offset.
        case nul(offset: Int)
        /// A byte sequence that is not well-formed UTF-8 starts at this offset.
        case invalidUTF8(offset: Int)
    }

    /// Whether the buffer looks like UTF-16: a byte-order mark, or (in the first 512 bytes, at
    /// least two byte pairs) at least a quarter of the pairs holding exactly one NUL, always on
    /// the same side.
    static func looksLikeUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count >= 2 {
            let first = bytes[0], second = bytes[1]
            if (first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF) { return true }
        }
        let pairs = min(bytes.count, 512) / 2
        guard pairs >= 2 else { return false }
        var littleEndian = 0, bigEndian = 0
        for pair in 0..<pairs {
            let even = bytes[2 * pair], odd = bytes[2 * pair + 1]
            if even != 0 && odd == 0 { littleEndian += 1 }
            if even == 0 && odd != 0 { bigEndian += 1 }
        }
        return 4 * max(littleEndian, bigEndian) >= pairs
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x0101_0101_0101_0101

    /// The first problem in `bytes[start...]`, or nil when they are well-formed UTF-8
    /// (and, if `rejectingNUL`, free of NUL bytes).
    static func firstProblem(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, rejectingNUL: Bool
    ) -> Problem? {
        let count = bytes.count
        var index = start
        while index < count {
            // Fast path: eight ASCII bytes at a time (no high bit set; with `rejectingNUL`, no
            // zero byte either, by the test `(w − 0x01…01) & ~w & 0x80…80 = 0`).
            while index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & Self.highBits != 0 { break }
                if rejectingNUL && (word &- Self.lowBits) & ~word & Self.highBits != 0 { break }
                index += 8
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 && rejectingNUL { return .nul(offset: index) }
                index += 1
                continue
            }
            // Length of the sequence and the allowed range of its second byte (RFC 3629 §4).
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return .invalidUTF8(offset: index)
            }
            guard index + length <= count else { return .invalidUTF8(offset: index) }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return .invalidUTF8(offset: index) }
            var continuation = index + 2
            while continuation < index + length {
                guard bytes[continuation] & 0xC0 == 0x80 else { return .invalidUTF8(offset: index) }
                continuation += 1
            }
            index += length
        }
        return nil
    }
}
