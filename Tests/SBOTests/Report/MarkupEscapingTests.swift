import Foundation
import Testing
@testable import SBO

/// Hostile text through ``MarkupWriter`` comes back from Foundation's strict XML parser
/// unchanged, in element content and in attribute values.
@Suite struct MarkupEscapingTests {
    static let hostile = [
        "<script>alert(\"x\")</script>",
        "Tom & Jerry's \"quoted\" <b>bold</b>",
        "]]> <![CDATA[ x ]]> &amp; &#38; &lt;",
        "<!-- comment --> <?pi x?>",
        "tab\there, line\nbreak, carriage\rreturn",
        "   spaces   kept   ",
        "Zaqatala–Şəki «Ağ» 中文 🗳️",
    ]

    @Test(arguments: hostile)
    func textAndAttributeRoundTrip(_ value: String) throws {
        var markup = MarkupWriter()
        markup.element("root", [("title", value), ("data-x", value)]) { root in
            root.element("p", text: value)
        }
        let tree = try XMLTree.parse(markup.output)
        #expect(tree.attributes["title"] == value)
        #expect(tree.attributes["data-x"] == value)
        // XML turns a CR in content into LF (end-of-line handling, §2.11) unless it is a
        // character reference, which the writer uses.
        #expect(tree.all("p").first?.textContent == value)
        #expect(tree.all("script").isEmpty)
        #expect(tree.all("b").isEmpty)
    }

    @Test func escapedForms() {
        #expect(MarkupEscaping.text("a<b>&c\"d'e") == "a&lt;b&gt;&amp;c\"d'e")
        #expect(MarkupEscaping.attribute("a<b>&c\"d'e") == "a&lt;b&gt;&amp;c&quot;d&#39;e")
        #expect(MarkupEscaping.attribute("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    }

    /// Characters XML 1.0 forbids (C0 controls other than TAB, LF, CR; U+FFFE, U+FFFF)
    /// become U+FFFD, and the document still parses.
    @Test func forbiddenCharactersAreReplaced() throws {
        let value = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"
        #expect(MarkupEscaping.text(value) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h\u{FFFD}i")
        var markup = MarkupWriter()
        markup.element("root", [("v", value)]) { $0.text(value) }
        let tree = try XMLTree.parse(markup.output)
        #expect(tree.textContent == MarkupEscaping.text(value))
        #expect(tree.attributes["v"] == MarkupEscaping.text(value))
    }

    /// C1 controls and bidirectional controls become U+FFFD: data cannot reorder the page's
    /// text around it (U+202E would show "NO" as "ON"); Arabic letters themselves stay.
    @Test func bidiAndC1ControlsAreReplaced() {
        let value = "S-1\u{202E}ON\u{202C} \u{2066}x\u{2069} \u{85}\u{9B}2K نعم"
        #expect(MarkupEscaping.text(value) == "S-1\u{FFFD}ON\u{FFFD} \u{FFFD}x\u{FFFD} \u{FFFD}\u{FFFD}2K نعم")
    }

    /// Negative control: the unescaped text is rejected by the same parser, so the round
    /// trip above really depends on the escaping.
    @Test func unescapedTextIsRejected() {
        #expect(throws: XMLTree.ParseFailure.self) {
            try XMLTree.parse("<root><p>Tom & Jerry</p></root>")
        }
        #expect(throws: XMLTree.ParseFailure.self) {
            try XMLTree.parse("<root title=\"a \"quoted\" b\"/>")
        }
        #expect(throws: XMLTree.ParseFailure.self) {
            try XMLTree.parse("<root><p></root>")
        }
    }
}
