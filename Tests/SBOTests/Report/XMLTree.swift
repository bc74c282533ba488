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

/// Reading a forest plot (`<svg class="forest-plot">`) back: its axis from its own gridlines,
/// and each row's drawn positions.
extension XMLElementNode {
    /// A row as drawn.
    struct PlottedRow {
        let name: String
        let label: String
        let estimateX: Double?
        let estimateY: Double?
        let lowerX: Double?
        let upperX: Double?
        let intervalY: Double?
        let officialX: Double?
        let officialOutside: Bool
        /// The `<title>` tooltip.
        let tooltip: String
    }

    /// x of a share according to the plot's first and last gridlines (`data-percent`, 0 and
    /// the axis's end, 100 unless zoomed), nil when they are missing or some other gridline is
    /// off the line between them by more than 0.01. A mirrored (right-to-left) plot's axis
    /// runs leftwards.
    var plotAxis: ((Double) -> Double)? {
        var positions: [Double: Double] = [:]
        for line in all("line", class: "grid") {
            guard let percent = line.attributes["data-percent"].flatMap(Double.init), let x = line.number("x1"),
                  line.number("x2") == x
            else { return nil }
            positions[percent] = x
        }
        guard let low = positions.keys.min(), let high = positions.keys.max(), low == 0, high > low,
              let zero = positions[low], let end = positions[high], end != zero
        else { return nil }
        let axis = { (share: Double) in zero + (share * 100 - low) / (high - low) * (end - zero) }
        for (percent, x) in positions where abs(axis(percent / 100) - x) > 0.01 { return nil }
        return axis
    }

    /// The rows, top to bottom.
    var plottedRows: [PlottedRow] {
        all("g", class: "row").map { row in
            let circle = row.all("circle", class: "estimate").first
            let interval = row.all("line", class: "interval").first
            let official = row.all("line", class: "official").first
            return PlottedRow(
                name: row.attributes["data-name"] ?? "",
                label: row.children.first { $0.name == "text" }?.textContent ?? "",
                estimateX: circle?.number("cx"), estimateY: circle?.number("cy"),
                lowerX: interval?.number("x1"), upperX: interval?.number("x2"), intervalY: interval?.number("y1"),
                officialX: official?.number("x1"),
                officialOutside: (official?.attributes["class"] ?? "").contains("outside"),
                tooltip: row.children.first { $0.name == "title" }?.textContent ?? "")
        }
    }
}
