/// The forensics of the official results as a section of HTML (polyglot XHTML, like
/// ``HTMLReport``), in the formatter's language: every table of
/// ``ForensicsAnalysis/tables(_:)`` as a ``ReportTable`` (cards on a phone) and the
/// fingerprints as inline SVG. `sbo report --official` includes it; `sbo forensics --out`
/// wraps it in a page of its own (``page(title:toolVersion:)``).
///
/// Every text from the data (column names, group names) is escaped by ``MarkupWriter``.
public struct ForensicsSection: Sendable {
    /// What to show.
    public var analysis: ForensicsAnalysis
    /// The language of its texts and numbers.
    public var formatter: ReportFormatter

    public init(analysis: ForensicsAnalysis, formatter: ReportFormatter = .english) {
        self.analysis = analysis
        self.formatter = formatter
    }

    /// The page title used when none is given, in English.
    public static let defaultTitle = ForensicsMessages.english.defaultTitle

    /// `<section>`…`</section>`.
    public var html: String {
        let m = formatter.messages.forensics
        var w = MarkupWriter()
        w.element("section", [("id", "forensics")]) { section in
            section.newline()
            section.element("h2", text: m.heading)
            for table in analysis.tables(formatter) {
                section.newline()
                section.element("h3", text: table.title)
                ReportTable.write(
                    headers: Array(zip(table.columns, table.numeric)),
                    rows: table.rows.map { row in zip(row, table.numeric).map { $1 ? .number($0) : .text($0) } },
                    into: &section)
                for note in table.notes { section.element("p", [("class", "note")], text: note) }
            }
            for print in analysis.fingerprints {
                section.newline()
                section.element("figure", [("class", "fingerprint")]) { figure in
                    figure.raw(print.svg(formatter))
                    figure.element("figcaption", text: m.fingerprintCaption(print.domain, ReportCharts.label(for: print.leader)))
                }
            }
            section.newline()
        }
        return w.output
    }

    /// A whole self-contained page (``ReportPage``): inline style, no script, no network.
    public func page(title: String? = nil, toolVersion: String) -> String {
        let m = formatter.messages.forensics
        let title = title ?? m.defaultTitle
        return ReportPage.document(title: title, language: formatter.language, toolVersion: toolVersion) { body in
            body.element("h1", text: title)
            body.element("p", [("class", "note")], text: m.reproducible(analysis.seed, formatter.count(analysis.simulations)))
            body.raw(html)
            body.newline()
        }
    }
}
