/// How a language writes numbers: the decimal mark, the thousands separator, the digits and
/// where the percent sign goes. A number is first written the one way ``ReportNumber`` writes
/// it ("6,537", "31.4"), then its marks and digits are swapped for the language's:
/// ```
/// English      6,537   31.4%     Russian      6 537   31,4 %    (no-break spaces)
/// French       6 537   31,4 %    Spanish      6537    31,4 %    (no separator below 10,000)
/// Azerbaijani  6.537   31,4%     Arabic       6,537   31.4%     (Western digits, see below)
/// ```
/// The separators follow the Unicode CLDR (v44) number symbols of each language. Arabic:
/// CLDR's default for `ar` is Arabic-Indic digits (٣١٫٤), but the Maghreb locales, most Arab
/// news sites and every spreadsheet the observers' data comes from use Western digits, and so
/// do the charts; the report uses Western digits with the decimal point, so that a number
/// reads the same in the text, the charts and the data files. A number is wrapped in no
/// direction marks: the Unicode bidirectional algorithm keeps a run of digits left to right.
///
/// Reference: Unicode CLDR, *Number symbols* (https://cldr.unicode.org/translation/number-currency-formats).
/// Tests: `NumberStyleTests`.
public struct NumberStyle: Sendable, Equatable {
    /// The decimal mark ("." or ",").
    public var decimalMark: Character
    /// The thousands separator.
    public var groupSeparator: Character
    /// Whether four-digit numbers are grouped too (CLDR "minimum grouping digits" 1); Spanish
    /// groups from five digits on.
    public var groupsFourDigits: Bool
    /// The text between the number and the percent sign (empty, or a no-break space).
    public var percentSpace: String

    public init(decimalMark: Character, groupSeparator: Character, groupsFourDigits: Bool = true, percentSpace: String = "") {
        self.decimalMark = decimalMark
        self.groupSeparator = groupSeparator
        self.groupsFourDigits = groupsFourDigits
        self.percentSpace = percentSpace
    }

    /// English (and Arabic with Western digits): 6,537 and 31.4%.
    public static let english = NumberStyle(decimalMark: ".", groupSeparator: ",")

    /// `text` as ``ReportNumber`` writes it ("6,537", "-31.4", "23.1–41.0") in this style.
    public func localized(_ text: String) -> String {
        let swapped = Array(text.map { character -> Character in
            switch character {
            case ".": decimalMark
            case ",": groupSeparator
            default: character
            }
        })
        guard !groupsFourDigits else { return String(swapped) }
        // Drop the separator of a number with exactly four integer digits ("6.537" → "6537"):
        // one digit before it, three after, and no digit or separator after those.
        var result = ""
        for (index, character) in swapped.enumerated() {
            let isFourDigitGroup = character == groupSeparator
                && index >= 1 && swapped[index - 1].isASCIIDigit
                && (index < 2 || !swapped[index - 2].isASCIIDigit)
                && index + 3 < swapped.count && swapped[index + 1...index + 3].allSatisfy(\.isASCIIDigit)
                && (index + 4 == swapped.count || !(swapped[index + 4].isASCIIDigit || swapped[index + 4] == groupSeparator))
            if !isFourDigitGroup { result.append(character) }
        }
        return result
    }

    /// A percentage: `number` (already localised) and the sign.
    public func percent(_ number: String) -> String {
        number + percentSpace + "%"
    }
}

extension Character {
    /// 0 to 9.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
