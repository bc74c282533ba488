import Foundation

/// The words that read as "yes" and "no" in an indicator column, in the languages observers
/// answer in.
///
/// An answer is compared after ``normalized(_:)``: surrounding white space (no-break
/// spaces included) and zero-width characters trimmed, Unicode NFC (so that `sí` typed as `s` + U+0301 equals `sí`), lower case, and the dot
/// above of a Turkish/Azerbaijani capital `İ` dropped (`BƏLİ` → `bəli`). Besides the words
/// below, the numbers 1 and 0 in any form ``CellValue/nonNegativeInteger(_:)`` reads (`1`,
/// `1.0`, `0.00`) are yes and no.
///
/// | language | yes | no |
/// |---|---|---|
/// | English | yes, y, true | no, n, false |
/// | French | oui | non |
/// | Spanish, Italian | sí, si | no |
/// | Portuguese | sim | não, nao |
/// | Russian | да | нет |
/// | Ukrainian | так | ні |
/// | Azerbaijani | bəli, hə | xeyr, yox |
/// | Turkish | evet | hayır, hayir |
/// | Georgian | კი, დიახ | არა |
/// | Armenian | այո | ոչ |
/// | Arabic | نعم | لا |
/// | German, Dutch | ja | nein, nee |
/// | Polish | tak | nie |
/// | Romanian | da | nu |
///
/// A codebook adds words for one column (``CodebookEntry/yes``, ``CodebookEntry/no``).
/// Tests: `AnswerVocabularyTests`.
public struct AnswerVocabulary: Sendable, Hashable {
    /// Normalised words read as yes.
    public let yes: Set<String>
    /// Normalised words read as no.
    public let no: Set<String>

    /// The standard words as (yes, no) pairs, in the order of the table above.
    public static let standardPairs: [(yes: [String], no: [String])] = [
        (["yes", "y", "true"], ["no", "n", "false"]), (["oui"], ["non"]), (["sí", "si"], ["no"]),
        (["sim"], ["não", "nao"]), (["да"], ["нет"]), (["так"], ["ні"]), (["bəli", "hə"], ["xeyr", "yox"]),
        (["evet"], ["hayır", "hayir"]), (["კი", "დიახ"], ["არა"]), (["այո"], ["ոչ"]),
        (["نعم"], ["لا"]), (["ja"], ["nein", "nee"]), (["tak"], ["nie"]), (["da"], ["nu"]),
    ]

    /// The standard vocabulary (the table above).
    public static let standard = AnswerVocabulary(
        normalizedYes: Set(standardPairs.flatMap { $0.yes }), normalizedNo: Set(standardPairs.flatMap { $0.no }))

    /// The standard words for help screens: `yes/no, y/n, true/false, 1/0, oui/non, ...`.
    public static var standardSummary: String {
        var pairs: [String] = []
        for pair in standardPairs {
            for (index, yes) in pair.yes.enumerated() {
                pairs.append(yes + "/" + pair.no[min(index, pair.no.count - 1)])
            }
        }
        pairs.insert("1/0", at: 3)
        return pairs.joined(separator: ", ")
    }

    /// A vocabulary of these words (normalised here).
    public init(yes: [String], no: [String]) {
        self.init(normalizedYes: Set(yes.map(Self.normalized)), normalizedNo: Set(no.map(Self.normalized)))
    }

    /// A vocabulary of words already in ``normalized(_:)`` form: the standard words are
    /// written so (`AnswerVocabularyTests.standardWordsAreNormalized`), and every command
    /// would otherwise start Unicode normalization for them (4 % of a short run's CPU time).
    private init(normalizedYes: Set<String>, normalizedNo: Set<String>) {
        yes = normalizedYes
        no = normalizedNo
    }

    /// This vocabulary with extra words (a codebook's `yes` and `no` for one column).
    public func adding(yes extraYes: [String], no extraNo: [String]) -> AnswerVocabulary {
        guard !extraYes.isEmpty || !extraNo.isEmpty else { return self }
        return AnswerVocabulary(yes: Array(yes) + extraYes, no: Array(no) + extraNo)
    }

    /// The yes/no reading of `text`: nil when it is neither, and for a missing value
    /// (``CellValue/isMissing(_:)``) even if a codebook lists it as a word.
    public func reading(_ text: String) -> Bool? {
        if let fast = CellValue.indicator(text) { return fast }
        if let number = CellValue.nonNegativeInteger(text), number <= 1 { return number == 1 }
        guard !CellValue.isMissing(text) else { return nil }
        let word = Self.normalized(text)
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        return nil
    }

    /// The reading of every cell of a column (``reading(_:)``), each distinct text read once,
    /// so that a million answers in a few words cost a few normalisations.
    public func readings(of cells: [String]) -> [Bool?] {
        var memo: [String: Bool?] = [:]
        return cells.map { cell in
            // `0` and `1`, most answers of most exports, without hashing.
            if cell.utf8.count == 1, let digit = cell.utf8.first, digit & 0xFE == UInt8(ascii: "0") {
                return digit == UInt8(ascii: "1")
            }
            return reading(cell, memo: &memo)
        }
    }

    /// ``readings(of:)`` of every column `c` of `table` that has a vocabulary
    /// (`vocabularies[c]`; an empty array for the others), read from the cells' bytes: a cell
    /// that is exactly `0` or `1` makes no string. The rows are read in file order, all
    /// columns of a row together (the cells of a row lie side by side in memory), the rows
    /// split among the worker threads.
    static func readings(in table: CSVTable, vocabularies: [AnswerVocabulary?]) -> [[Bool?]] {
        let rows = table.rowCount, used = vocabularies.indices.filter { vocabularies[$0] != nil }
        var flat = [Bool?](repeating: nil, count: rows * vocabularies.count)  // column c at c · rows
        let parts = min(WorkerPool.shared.maximumParts, max(1, rows * used.count / 200_000))
        flat.withUnsafeMutableBufferPointer { buffer in
            let out = PartOutput(buffer)
            WorkerPool.shared.run(parts: parts) { part in
                var memos = [[String: Bool?]](repeating: [:], count: vocabularies.count)
                table.withCellBytes { cells in
                    for row in rows * part / parts..<rows * (part + 1) / parts {
                        for column in used {
                            let bytes = cells[row, column]
                            let value: Bool?
                            if bytes.count == 1, bytes[0] & 0xFE == UInt8(ascii: "0") {
                                value = bytes[0] == UInt8(ascii: "1")
                            } else {
                                value = vocabularies[column]!.reading(String(decoding: bytes, as: UTF8.self), memo: &memos[column])
                            }
                            out.store(value, at: column * rows + row)
                        }
                    }
                }
            }
        }
        return vocabularies.indices.map { vocabularies[$0] == nil ? [] : Array(flat[$0 * rows..<($0 + 1) * rows]) }
    }

    /// ``reading(_:)`` of `cell`, each distinct text read once.
    private func reading(_ cell: String, memo: inout [String: Bool?]) -> Bool? {
        if let known = memo[cell] { return known }
        let value = reading(cell)
        memo[cell] = value
        return value
    }

    /// `text` as answers are compared: trimmed, NFC, lower case, without the dot above
    /// (U+0307) that lower-casing `İ` leaves.
    public static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(invisible))
            .lowercased().replacingOccurrences(of: "\u{0307}", with: "")
    }

    /// Invisible characters that spreadsheets and phone keyboards leave around a word: the
    /// zero-width space and joiners, and the byte-order mark.
    private static let invisible = CharacterSet(charactersIn: "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}")
}
