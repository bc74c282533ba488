/// A table of the report that stacks into cards on a phone: the one way ``HTMLReport`` and
/// ``ForensicsSection`` write tables.
///
/// Markup: `<table class="stack">`, a header row (`th`, numeric columns `class="number"`),
/// and every cell labelled by its column (`data-label`), the first cell of a row marked
/// `first` when it is a name rather than a number. Below 40rem the report's style sheet hides the header row and draws each row as
/// a card: a first cell so marked as its heading, every other cell on a line of its own after its
/// label (`td::before{content:attr(data-label)}`), so that no column sits behind a sideways
/// scroll. Tests: `HTMLReportTests`, and `Tests/Browser/test_report.py` at 390 and 500 px.
enum ReportTable {
    /// A table cell.
    enum Cell: Sendable {
        case text(String)
        case number(String)
        case flagged(String)
        /// A station id, never wrapped.
        case identifier(String)
        /// A reader's label with the data's name under it.
        case label(String, String)
    }

    /// Writes the table; `headers` are (heading, numeric). With `notesColumn`, a last column
    /// of notes is left out when all its cells are empty.
    static func write(headers: [(String, Bool)], rows: [[Cell]], notesColumn: Bool = false, into markup: inout MarkupWriter) {
        var headers = headers
        var rows = rows
        if notesColumn, rows.allSatisfy({ if case .text("") = $0.last { true } else { false } }) {
            headers.removeLast()
            rows = rows.map { Array($0.dropLast()) }
        }
        markup.element("table", [("class", "stack")]) { table in
            table.element("thead") { head in
                head.element("tr") { tr in
                    for (name, numeric) in headers {
                        tr.element("th", numeric ? [("class", "number"), ("scope", "col")] : [("scope", "col")], text: name)
                    }
                }
            }
            table.element("tbody") { tbody in
                for row in rows {
                    tbody.newline()
                    tbody.element("tr") { tr in
                        for (index, cell) in row.enumerated() {
                            let label = ("data-label", headers[index].0)
                            let first = index == 0 && !headers[0].1 ? " first" : ""
                            switch cell {
                            case .text(let text): tr.element("td", [("class", "text" + first), label], text: text)
                            case .number(let text): tr.element("td", [("class", "number" + first), label], text: text)
                            case .flagged(let text): tr.element("td", [("class", "outside" + first), label], text: text)
                            case .identifier(let text): tr.element("td", [("class", "id" + first), label], text: text)
                            case let .label(readable, name):
                                tr.element("td", [("class", "label" + first), label]) { td in
                                    td.text(readable)
                                    if readable != name {
                                        td.raw(" ")
                                        td.element("code", text: name)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
