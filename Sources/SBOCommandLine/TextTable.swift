import Foundation
import SBO

/// A table of text cells rendered for people (aligned columns), Markdown or CSV.
struct TextTable {
    enum Alignment {
        case left
        case right
    }

    struct Column {
        let title: String
        let alignment: Alignment
    }

    let columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        self.columns = columns.map { Column(title: $0.0, alignment: $0.1) }
    }

    mutating func append(_ row: [String]) {
        precondition(row.count == columns.count)
        rows.append(row)
    }

    /// Aligned columns separated by two spaces, a rule under the header.
    var plainText: String {
        let widths = columns.indices.map { c in
            ([columns[c].title] + rows.map { $0[c] }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { c in
                let padding = String(repeating: " ", count: widths[c] - cells[c].count)
                return columns[c].alignment == .left ? cells[c] + padding : padding + cells[c]
            }.joined(separator: "  ").replacingTrailingSpaces
        }
        var text = line(columns.map(\.title)) + "\n"
        text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows {
            text += line(row) + "\n"
        }
        return text
    }

    /// A GitHub-flavoured Markdown table, every cell through ``markdownText(_:)``.
    var markdown: String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(Self.markdownText).joined(separator: " | ") + " |"
        }
        var text = line(columns.map(\.title)) + "\n"
        text += "|" + columns.map { $0.alignment == .left ? " --- |" : " ---: |" }.joined() + "\n"
        for row in rows {
            text += line(row) + "\n"
        }
        return text
    }

    /// `text` as literal Markdown text: the characters that open HTML (`<img onerror=…>`),
    /// entities, links and images (`[x](u)`, `![x](u)`), emphasis, code spans and table cells
    /// (`< > & [ ] ! * ` |` and `\`) are backslash-escaped (CommonMark §2.4), and line breaks,
    /// which would end the table row, become spaces.
    static func markdownText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "[", "]", "<", ">", "&", "|", "!":
                result += "\\"
                result.unicodeScalars.append(scalar)
            case "\n", "\r":
                result += " "
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// RFC 4180 CSV with the formula guard, via the library's writer.
    var csv: String {
        var writer = CSVWriter(header: columns.map(\.title))
        for row in rows {
            writer.appendRow(row)
        }
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

extension String {
    fileprivate var replacingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension Int {
    /// `6537` → `6,537`, for people (`ReportNumber.grouped`).
    var grouped: String { ReportNumber.grouped(self) }
}

extension Double {
    /// A share as a percentage with `digits` decimals: 0.3142 → `31.4%`.
    func percent(_ digits: Int = 1) -> String {
        ReportNumber.fixed(self * 100, digits) + "%"
    }

    /// Fixed-point text with `digits` decimals, rounding half away from zero
    /// (`ReportNumber.fixed`).
    static func fixed(_ value: Double, _ digits: Int) -> String {
        ReportNumber.fixed(value, digits)
    }
}
