/// The forensics of the official results as a section of HTML (polyglot XHTML, like
/// ``HTMLReport``): every table of ``ForensicsAnalysis/tables`` and the fingerprints as inline
/// SVG. `sbo report --official` includes it; `sbo forensics --out` wraps it in a page of its
/// own (``page(title:toolVersion:)``).
///
/// Every text from the data (column names, group names) is escaped by ``MarkupWriter``.
public struct ForensicsSection: Sendable {
    /// What to show.
    public var analysis: ForensicsAnalysis

    public init(analysis: ForensicsAnalysis) {
        self.analysis = analysis
    }

    /// The page title used when none is given.
    public static let defaultTitle = "Forensics of the official results"

    /// `<section>`…`</section>`.
    public var html: String {
        var w = MarkupWriter()
        w.element("section", [("id", "forensics")]) { section in
            section.newline()
            section.element("h2", text: "What the official results say about themselves")
            for table in analysis.tables {
                section.newline()
                section.element("h3", text: table.title)
                section.element("div", [("class", "table")]) { div in
                    div.element("table") { t in
                        t.element("thead") { head in
                            head.element("tr") { tr in
                                for (column, numeric) in zip(table.columns, table.numeric) {
                                    tr.element("th", numeric ? [("class", "number")] : [], text: column)
                                }
                            }
                        }
                        t.element("tbody") { body in
                            for row in table.rows {
                                body.element("tr") { tr in
                                    for (cell, numeric) in zip(row, table.numeric) {
                                        tr.element("td", numeric ? [("class", "number")] : [], text: cell)
                                    }
                                }
                                body.newline()
                            }
                        }
                    }
                }
                for note in table.notes { section.element("p", [("class", "note")], text: note) }
            }
            for print in analysis.fingerprints {
                section.newline()
                section.element("figure", [("class", "fingerprint")]) { figure in
                    figure.raw(print.svg)
                    figure.element(
                        "figcaption",
                        text: "Fingerprint (Klimek et al. 2012)\(print.domain.map { ", " + $0 } ?? ""): voters by "
                            + "turnout and \(ReportCharts.label(for: print.leader))'s share, one square per "
                            + "percentage point, darker for more voters. Stuffed ballots smear it towards the top right.")
                }
            }
            section.newline()
        }
        return w.output
    }

    /// A whole self-contained page: inline style, no script, no network.
    public func page(title: String = defaultTitle, toolVersion: String) -> String {
        var page = MarkupWriter()
        page.raw("<!DOCTYPE html>\n")
        page.element("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en"), ("xml:lang", "en")]) { page in
            page.newline()
            page.element("head") { head in
                head.empty("meta", [("charset", "UTF-8")])
                head.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                head.empty("meta", [("name", "generator"), ("content", "sbo " + toolVersion)])
                head.element("title", text: title)
                head.element("style") { $0.raw("\n" + Self.styleSheet + "\n") }
            }
            page.newline()
            page.element("body") { body in
                body.element("h1", text: title)
                body.element(
                    "p", [("class", "note")],
                    text: "Seed \(analysis.seed), \(ReportNumber.grouped(analysis.simulations)) simulations: the same files and seed give the same page.")
                body.raw(html)
            }
            page.newline()
        }
        page.newline()
        return page.output
    }

    /// The page's style sheet (no `<`, `>` or `&`, so HTML and XML parsers read it alike).
    static let styleSheet = """
        body{margin:0 auto;max-width:52rem;padding:1.25rem;font:16px/1.5 Helvetica,Arial,sans-serif;color:#1a1a1a;background:#fff}
        h2{font-size:1.25rem;border-bottom:2px solid #1e3a6e}
        h3{font-size:1.05rem;margin:1.5rem 0 .4rem}
        .table{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem;font-variant-numeric:tabular-nums}
        th,td{padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;text-align:left}
        td.number,th.number{text-align:right;white-space:nowrap}
        .note{font-size:.85rem;color:#374151;margin:.3rem 0}
        figure{margin:1rem 0}
        figure svg{max-width:100%;height:auto}
        figcaption{font-size:.85rem;color:#4b5563}
        """
}
