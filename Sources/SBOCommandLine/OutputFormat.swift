/// How a tabular result is printed (`--format`).
enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for people: the default.
    case table
    /// The SPEC's JSON document, for scripts.
    case json
    /// Comma-separated values, for spreadsheets.
    case csv
    /// A GitHub-flavoured Markdown table, to paste into a document.
    case markdown

    /// The formats every tabular command accepts.
    static let tabular: [OutputFormat] = [.table, .json, .csv, .markdown]
}
