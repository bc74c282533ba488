/// Text made safe for a terminal: the one place where what sbo prints is cleaned of characters
/// that a terminal would act on instead of showing, so that no cell of a hostile file can move
/// the cursor, erase or recolour a line, or reorder what is shown.
///
/// Shown visibly as `\u{HEX}` (issue 11):
/// ```
/// C0 controls   U+0000–U+001F except TAB and LF (ESC starts cursor and erase sequences)
/// DEL and C1    U+007F–U+009F (U+009B is a one-byte CSI)
/// bidi controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069 ("Trojan Source")
/// separators    U+2028, U+2029
/// ```
/// CR is shown as `\r` too, except at the start or end of a write to standard error, where sbo's
/// own progress lines use it; and a write to standard error that holds nothing but CR and the
/// erase-line sequences `ESC [ K`, `ESC [ 2 K` (sbo clearing its progress line) passes unchanged.
/// Error messages are further folded onto one line (``oneLine(_:)``).
///
/// Reference: ECMA-48 (5th ed., 1991), §5.3–5.4 (control functions); N. Boucher and R. Anderson,
/// "Trojan Source: Invisible Vulnerabilities", USENIX Security 2023 (bidi overrides).
/// Tests: `HostileInputIssue11Tests.controlCharactersNeverReachTheTerminal`.
enum TerminalText {
    /// Whether the scalar is shown escaped (the table above, CR included).
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// `text` with every unsafe scalar shown as `\u{HEX}` (CR as `\r`); unchanged, without a
    /// copy, when it has none.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result += "\\r"
            } else if isUnsafe(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A write to standard error made safe: pure progress-line control passes; otherwise a CR
    /// at either end is kept and the rest shown by ``visible(_:)``.
    static func visibleOnStandardError(_ text: String) -> String {
        var stripped = text
        for sequence in ["\u{1B}[2K", "\u{1B}[K", "\r"] {
            stripped = stripped.replacingOccurrences(of: sequence, with: "")
        }
        if stripped.isEmpty { return text }
        var scalars = Substring(text).unicodeScalars
        let leading = scalars.first == "\r"
        if leading { scalars.removeFirst() }
        let trailing = scalars.last == "\r"
        if trailing { scalars.removeLast() }
        return (leading ? "\r" : "") + visible(String(scalars)) + (trailing ? "\r" : "")
    }

    /// Runs of text without a space longer than this are cut in error messages.
    static let longestWord = 5_000

    /// An error message on one line whatever it quotes: line breaks and tabs shown as `\n`,
    /// `\r`, `\t`, other unsafe characters as `\u{HEX}`, and any run of more than
    /// ``longestWord`` characters without a space (a 4 MB station id) cut to its first 60
    /// characters and its length.
    static func oneLine(_ message: String) -> String {
        let cut = message.split(separator: " ", omittingEmptySubsequences: false).map { word in
            word.utf8.count > longestWord && word.count > longestWord
                ? word.prefix(60) + "…(\(word.count) characters)" : String(word)
        }.joined(separator: " ")
        var folded = ""
        for scalar in cut.unicodeScalars {
            switch scalar {
            case "\n": folded += "\\n"
            case "\t": folded += "\\t"
            default: folded.unicodeScalars.append(scalar)
            }
        }
        return visible(folded)
    }
}
