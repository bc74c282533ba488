@testable import SBO
import Testing

/// `String.trimmingBlanks` scans bytes; it must give what trimming `Character`s gives.
@Suite struct TrimmingBlanksTests {
    /// The definition: leading and trailing `Character`s equal to " " or "\t" dropped.
    static func reference(_ text: String) -> String {
        let isBlank = { (c: Character) in c == " " || c == "\t" }
        return String(text.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }

    @Test(arguments: [
        "", " ", "\t", " \t ", "a", " a", "a ", "\t a b \t", "Zoë  ", "  é", "  é  ", "Île-de-France",
        // A space before a combining acute accent is one Character (not a blank), kept whole.
        " \u{301}x ", "x \u{301}", "  \u{301}", "x  \u{301}  ",
        // U+0600 (a prepended concatenation mark) joins the space after it into one Character.
        "\u{600} x", "x\u{600} ", "x\u{600}  ", " \u{600} ",
        " 🗳️ ", "\u{200D} a", "a \u{200D}", " \r\n ", "\u{A0}a\u{A0}",
    ])
    func agreesWithCharacterTrimming(_ text: String) {
        #expect(text.trimmingBlanks.utf8.elementsEqual(Self.reference(text).utf8))
    }

    @Test func agreesOnRandomCells() {
        let pieces = [" ", "\t", "a", "1", "é", "\u{301}", "\u{600}", "\u{200D}", "🗳", "\r", "\n"]
        var generator = Philox4x32(seed: "trimming-blanks")
        for _ in 0..<5_000 {
            let length = Int(boundedRandom(below: 7, using: &generator))
            let text = (0..<length).map { _ in pieces[Int(boundedRandom(below: UInt64(pieces.count), using: &generator))] }.joined()
            #expect(text.trimmingBlanks.utf8.elementsEqual(Self.reference(text).utf8), "\(Array(text.unicodeScalars))")
        }
    }
}
