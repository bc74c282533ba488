import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document read with Foundation's `XMLParser` (a strict, non-validating XML 1.0
/// parser): the tests' way to prove that sbo's XHTML and SVG are well-formed and to read
/// them back element by element.
final class XMLElementNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLElementNode] = []
    /// Character data directly inside this element, in order.
    fileprivate(set) var ownText = ""
    /// Character data of this element and all its descendants, in document order.
    fileprivate(set) var textContent = ""
    fileprivate weak var parent: XMLElementNode?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    fileprivate func append(_ child: XMLElementNode) {
        child.parent = self
        children.append(child)
    }

    /// This element and every descendant, in document order.
    var descendants: [XMLElementNode] {
        [self] + children.flatMap(\.descendants)
    }

    /// Descendants (or self) with this name.
    func all(_ name: String) -> [XMLElementNode] {
        descendants.filter { $0.name == name }
    }

    /// Descendants (or self) with this name whose `class` attribute lists `className`.
    func all(_ name: String, class className: String) -> [XMLElementNode] {
        all(name).filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(className)) }
    }

    /// A numeric attribute.
    func number(_ attribute: String) -> Double? {
        attributes[attribute].flatMap(Double.init)
    }
}

enum XMLTree {
    struct ParseFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// The root element of `text`, or the parser's first error with its line and column.
    ///
    /// Any error counts: on Linux, `XMLParser.parse()` returns true after some errors
    /// (an unclosed element, a quote inside an attribute value) that it reports only through
    /// `parserError` and the delegate, so all three are checked.
    static func parse(_ text: String) throws -> XMLElementNode {
        let parser = XMLParser(data: Data(text.utf8))
        let builder = Builder()
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        let succeeded = parser.parse()
        guard succeeded, parser.parserError == nil, builder.errors.isEmpty, builder.stack.isEmpty,
              let root = builder.root
        else {
            throw ParseFailure(
                description: "line \(parser.lineNumber), column \(parser.columnNumber): "
                    + (parser.parserError.map { "\($0)" } ?? "no root element"))
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLElementNode?
        var stack: [XMLElementNode] = []
        var errors: [Error] = []

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            errors.append(parseError)
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            let node = XMLElementNode(name: elementName, attributes: attributes)
            if let parent = stack.last { parent.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.ownText += string
            for node in stack { node.textContent += string }
        }
    }
}
