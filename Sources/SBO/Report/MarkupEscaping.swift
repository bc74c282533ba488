/// Text made safe to place in XML (and so in XHTML and SVG): in element content and in
/// double-quoted attribute values.
///
/// ```
/// text(s)      = s with & → &amp;  < → &lt;  > → &gt;
/// attribute(s) = text(s) with " → &quot;  ' → &#39;  TAB → &#9;  LF → &#10;  CR → &#13;
/// ```
/// and in both, every character that XML 1.0 does not allow in a document (production
/// `Char`: the C0 controls other than TAB, LF and CR, the surrogates — which Swift strings
/// cannot hold — and U+FFFE, U+FFFF) replaced by U+FFFD, so that no data, however hostile,
/// can end an element, open a tag or make the document ill-formed. The C1 controls
/// (U+0080–U+009F) and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) are replaced by U+FFFD too: data must not reorder the text around it (a
/// station id that turns "NO" into "ON" on the page). Only the five predefined
/// entities and numeric references are used: an XHTML document without a DTD knows no others
/// (no `&nbsp;`).
///
/// Reference: W3C, *Extensible Markup Language (XML) 1.0* (5th ed., 2008), §2.2 Characters
/// and §2.4 Character Data. Tests: `MarkupEscapingTests` (hostile names through Foundation's
/// `XMLParser` come back unchanged).
public enum MarkupEscaping {
    /// `s` escaped for element content.
    public static func text(_ s: String) -> String {
        escape(s, attribute: false)
    }

    /// `s` escaped for a double- or single-quoted attribute value; whitespace other than
    /// spaces is written as character references so that attribute-value normalisation
    /// keeps it.
    public static func attribute(_ s: String) -> String {
        escape(s, attribute: true)
    }

    /// Whether the scalar may stand in a document: XML 1.0 allows it, and it is neither a C1
    /// control nor a bidirectional control.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return false
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    private static func escape(_ s: String, attribute: Bool) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "'" where attribute: result += "&#39;"
            case "\t" where attribute: result += "&#9;"
            case "\n" where attribute: result += "&#10;"
            case "\r": result += "&#13;"
            default:
                result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }
}
