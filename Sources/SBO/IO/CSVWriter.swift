/// Writes CSV text that spreadsheets open safely and ``CSVReader`` reads back cell for cell.
///
/// Format: comma-delimited, LF line endings, UTF-8 without a byte-order mark, one header row.
/// A cell is quoted (RFC 4180: `"` around it, `"` inside doubled) when it contains a comma,
/// semicolon, tab, quote, CR or LF, or begins with a byte-order mark; semicolons and tabs are
/// quoted too so that delimiter detection on the header always finds the comma, and so that
/// spreadsheets set to another delimiter keep the cell whole. A row whose cells are all empty
/// is written as `""` plus commas, so that readers do not skip it as blank.
///
/// Formula guard (OWASP "CSV injection"): a cell that a spreadsheet would run as a formula
/// gets an apostrophe in front, which spreadsheets show as a text marker and ``CSVReader``
/// removes again:
/// ```
/// guarded(t) = "'" + t   if t = a* f r  and (a* is not empty or t is not a decimal number)
///            = t         otherwise
/// ```
/// with `a*` any run of apostrophes, `f` one of `=`, `+`, `-`, `@`, TAB, CR (spreadsheets skip
/// a leading TAB or CR and run the formula behind it; OWASP lists both), and "decimal number"
/// `[+-]digits[.digits][e[+-]digits]` (``CellValue/isDecimalNumber(_:)``), so `-12` and `+3.5`
/// stay numbers while `=SUM(A1)`, `-x` and `@foo` are guarded. The leading apostrophes are
/// included so that a cell that really starts with `'=` survives the round trip.
/// Round trip over hostile strings: `CSVWriterTests`.
///
/// Reference: OWASP, *CSV Injection*, https://owasp.org/www-community/attacks/CSV_Injection
public struct CSVWriter: Sendable {
    private let columnCount: Int
    /// The CSV text written so far: the header row, then every appended row.
    public private(set) var bytes: [UInt8] = []

    /// A writer whose first row is `header`.
    ///
    /// - Precondition: `header` is not empty.
    public init(header: [String]) {
        precondition(!header.isEmpty, "a CSV table needs at least one column")
        columnCount = header.count
        append(header)
    }

    /// Appends one data row.
    ///
    /// - Precondition: `cells.count` equals the header's count.
    public mutating func appendRow(_ cells: [String]) {
        precondition(cells.count == columnCount, "a row needs one cell per header column")
        append(cells)
    }

    private mutating func append(_ cells: [String]) {
        let allEmpty = cells.allSatisfy(\.isEmpty)
        for (offset, cell) in cells.enumerated() {
            if offset > 0 { bytes.append(UInt8(ascii: ",")) }
            if allEmpty && offset == 0 {
                bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: "\"")])
            } else {
                appendCell(cell)
            }
        }
        bytes.append(0x0A)
    }

    private mutating func appendCell(_ cell: String) {
        let utf8 = cell.utf8
        let guarded = Self.needsFormulaGuard(cell)
        let quoted = utf8.starts(with: [0xEF, 0xBB, 0xBF]) || utf8.contains(where: Self.needsQuotes)
        if quoted { bytes.append(UInt8(ascii: "\"")) }
        if guarded { bytes.append(UInt8(ascii: "'")) }
        if quoted {
            for byte in utf8 {
                bytes.append(byte)
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes.append(contentsOf: utf8)
        }
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "\""), 0x0A, 0x0D: true
        default: false
        }
    }

    /// Whether `byte` starts a formula in a spreadsheet: `=`, `+`, `-`, `@`, TAB or CR.
    static func isFormulaTrigger(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: "@") || byte == 0x09 || byte == 0x0D
    }

    /// Whether `cell` gets the formula guard (see the type's documentation).
    static func needsFormulaGuard(_ cell: String) -> Bool {
        let utf8 = cell.utf8
        guard let trigger = utf8.firstIndex(where: { $0 != UInt8(ascii: "'") }),
              isFormulaTrigger(utf8[trigger])
        else { return false }
        return trigger != utf8.startIndex || !CellValue.isDecimalNumber(cell)
    }
}
