/// The page every HTML file of sbo is written in (``HTMLReport``, and `sbo forensics --out`
/// through ``ForensicsSection/page(title:toolVersion:)``): polyglot XHTML5 with the language
/// and, for Arabic, `dir="rtl"` on the root; a head with the character set, the phone
/// viewport, the generator, the title, with `--watch` a reload, and the report's style sheet
/// (``HTMLReport/styleSheet``) inline; the caller writes the body. Tests: `HTMLReportTests`,
/// `ForensicsCommandTests.languageWritesTableAndPage`.
enum ReportPage {
    /// The whole document, ending with a line break.
    static func document(
        title: String, language: ReportLanguage, toolVersion: String, reloadSeconds: Int? = nil,
        body: (inout MarkupWriter) -> Void
    ) -> String {
        var rootAttributes = [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", language.code), ("xml:lang", language.code)]
        if language.isRightToLeft { rootAttributes.append(("dir", "rtl")) }
        var page = MarkupWriter()
        page.raw("<!DOCTYPE html>\n")
        page.element("html", rootAttributes) { page in
            page.newline()
            page.element("head") { head in
                head.empty("meta", [("charset", "UTF-8")])
                head.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                head.empty("meta", [("name", "generator"), ("content", "sbo " + toolVersion)])
                head.element("title", text: title)
                if let reloadSeconds { head.empty("meta", [("http-equiv", "refresh"), ("content", String(reloadSeconds))]) }
                head.element("style") { $0.raw("\n" + HTMLReport.styleSheet + "\n") }
            }
            page.newline()
            page.element("body", [], body)
            page.newline()
        }
        page.newline()
        return page.output
    }
}
