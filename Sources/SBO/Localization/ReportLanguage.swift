/// The languages a report can be written in (`sbo report --language CODE`), by their
/// ISO 639-1 codes, with their texts (``ReportMessages``), their numbers (``NumberStyle``)
/// and their writing direction.
///
/// Arabic is written right to left: the report sets `dir="rtl"` and mirrors its layout and its
/// charts. Tests: `ReportMessagesTests`, `HTMLReportTests.arabicMirrors`, and the browser
/// test `Tests/Browser/test_report.py`.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case french = "fr"
    case spanish = "es"
    case russian = "ru"
    case arabic = "ar"
    case azerbaijani = "az"

    /// The language of a code ("en", "fr", ...; any letter case); nil for an unknown one.
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// The ISO 639-1 code, for the `lang` attribute.
    public var code: String { rawValue }

    /// Whether the language is written right to left.
    public var isRightToLeft: Bool { self == .arabic }

    /// The texts.
    public var messages: ReportMessages {
        switch self {
        case .english: .english
        case .french: .french
        case .spanish: .spanish
        case .russian: .russian
        case .arabic: .arabic
        case .azerbaijani: .azerbaijani
        }
    }

    /// How numbers are written (CLDR v44 symbols; Arabic with Western digits, see ``NumberStyle``).
    public var numberStyle: NumberStyle {
        switch self {
        case .english, .arabic: .english
        case .french: NumberStyle(decimalMark: ",", groupSeparator: "\u{202F}", percentSpace: "\u{202F}")
        case .spanish: NumberStyle(decimalMark: ",", groupSeparator: ".", groupsFourDigits: false, percentSpace: "\u{A0}")
        case .russian: NumberStyle(decimalMark: ",", groupSeparator: "\u{A0}", percentSpace: "\u{A0}")
        case .azerbaijani: NumberStyle(decimalMark: ",", groupSeparator: ".")
        }
    }
}
