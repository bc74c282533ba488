/// Builds an XML document (XHTML or SVG) element by element, so that every element is closed
/// in the right order and every piece of text and every attribute value is escaped
/// (``MarkupEscaping``): the output is well-formed by construction, whatever the data.
///
/// ```swift
/// var markup = MarkupWriter()
/// markup.element("p", [("class", "note")]) { markup in
///     markup.text("5 < 6 & \"quoted\"")
/// }
/// markup.text  // <p class="note">5 &lt; 6 &amp; "quoted"</p>
/// ```
/// Attributes are written in the order given. Tests: `MarkupEscapingTests`.
public struct MarkupWriter: Sendable {
    /// The markup written so far.
    public private(set) var output = ""

    public init() {}

    /// Writes `<name attributes>`, the body, then `</name>`.
    public mutating func element(
        _ name: String, _ attributes: [(String, String)] = [],
        _ body: (inout MarkupWriter) -> Void
    ) {
        open(name, attributes)
        body(&self)
        output += "</\(name)>"
    }

    /// Writes `<name attributes>text</name>`.
    public mutating func element(
        _ name: String, _ attributes: [(String, String)] = [], text: String
    ) {
        open(name, attributes)
        output += MarkupEscaping.text(text)
        output += "</\(name)>"
    }

    /// Writes an element without content: `<name attributes/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<" + name + Self.attributes(attributes) + "/>"
    }

    /// Writes escaped text.
    public mutating func text(_ text: String) {
        output += MarkupEscaping.text(text)
    }

    /// Writes a line break, for people reading the source.
    public mutating func newline() {
        output += "\n"
    }

    /// Writes markup that is already well-formed (another writer's ``output``, a constant).
    public mutating func raw(_ markup: String) {
        output += markup
    }

    private mutating func open(_ name: String, _ attributes: [(String, String)]) {
        output += "<" + name + Self.attributes(attributes) + ">"
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(MarkupEscaping.attribute($0.1))\"" }.joined()
    }
}
