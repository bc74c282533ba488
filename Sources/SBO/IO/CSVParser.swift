import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte-level CSV scanner behind ``CSVReader``: one pass over a UTF-8 buffer that
/// has already been checked by ``TextEncodingCheck``.
///
/// Grammar (RFC 4180 §2, with the leniencies spreadsheets need), with `D` the delimiter:
/// ```
/// file    = [BOM] *(record newline) [record]
/// record  = field *(D field)
/// field   = quoted | bare
/// quoted  = '"' *(any byte except '"' | '""') '"' *SP     ; may span lines
/// bare    = *(any byte except D, CR, LF)                   ; a '"' inside is kept as text
/// newline = CRLF | LF | CR                                 ; mixed in one file
/// ```
/// Decisions beyond RFC 4180, each tested in `CSVReaderTests`:
/// - a first line `sep=;` (or `sep=,`, or `sep=` and a tab), which Excel writes and reads,
///   sets the delimiter and is skipped; otherwise the header line decides it;
/// - a record with no text at all (a blank line, or only delimiters as spreadsheets write for
///   an empty row) is skipped; a record with a quoted empty field (`""`) is not;
/// - a quote inside a bare field (`5" screen`) is kept as text, as Excel and LibreOffice do;
/// - spaces after a closing quote are ignored; any other text there is an error, because it
///   usually means an unescaped quote inside a quoted field;
/// - fields beyond the header's count are accepted only when all of them are empty (trailing
///   delimiters that spreadsheets add); a row with fewer fields is an error;
/// - the formula guard: when `removesFormulaGuard` (files sbo wrote, such as SAMPLE.csv), a
///   field that begins with an apostrophe, then any further apostrophes, then `=`, `+`, `-`,
///   `@`, TAB or CR loses its first apostrophe (``CSVWriter`` adds it); otherwise (files made
///   elsewhere, such as the frame) every field is kept as written.
///
/// Reference: Y. Shafranovich, *Common Format and MIME Type for Comma-Separated Values (CSV)
/// Files*, RFC 4180 (2005).
struct CSVParser {
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let apostrophe = UInt8(ascii: "'")

    private let bytes: UnsafeBufferPointer<UInt8>
    /// The array behind `bytes`, which the table's cells point into.
    private let file: [UInt8]
    /// At least the number of records in the buffer.
    private let recordBound: Int
    private let source: String
    private let delimiter: UInt8
    /// Whether the formula guard's apostrophe is removed (see the grammar above).
    private let removesFormulaGuard: Bool
    /// The next byte to read.
    private var index: Int
    /// The physical line of `bytes[index]`.
    private var line = 1
    /// The header's fields while it is read; then empty.
    private var headerFields: [String] = []
    /// Whether the header row is still to be read.
    private var readingHeader = true
    /// The cells of the records read so far.
    private var cells = CSVCells(bytes: [], columnCount: 0)
    /// Fields seen in the record being read (beyond the header's count too).
    private var fieldCount = 0
    /// Whether the record being read has a non-empty field beyond the header's count.
    private var hasExtraText = false
    /// The rows whose field count differs from the header's, in file order (each skipped), and
    /// the grammar error that ended the read, if one did.
    private var rowProblems: [CSVError] = []
    /// Unescaped bytes of a quoted field that holds `""`.
    private var scratch: [UInt8] = []

    /// A parser of `bytes[start...]`, whose header line starts at or after `start`; `bytes`
    /// is the storage of `file`, and `recordBound` at least the number of records there
    /// (``PhysicalLines/recordBound(in:from:)``).
    init(
        file: [UInt8], bytes: UnsafeBufferPointer<UInt8>, start: Int, recordBound: Int, source: String,
        removesFormulaGuard: Bool
    ) {
        self.file = file
        self.recordBound = recordBound
        self.bytes = bytes
        self.source = source
        self.removesFormulaGuard = removesFormulaGuard
        if let directive = Self.separatorDirective(in: bytes, from: start) {
            self.delimiter = directive.delimiter
            self.index = directive.end
            self.line = 2
        } else {
            self.index = start
            self.delimiter = Self.detectDelimiter(in: bytes, from: start)
        }
    }

    /// Excel's delimiter line: a first line that is exactly `sep=,`, `sep=;` or `sep=` and a
    /// tab names the delimiter and is not part of the table. Returns the delimiter and the
    /// offset after the line break.
    static func separatorDirective(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (delimiter: UInt8, end: Int)? {
        let prefix = Array("sep=".utf8)
        guard start + prefix.count < bytes.count,
              UnsafeBufferPointer(rebasing: bytes[start..<start + prefix.count]).elementsEqual(prefix)
        else { return nil }
        let delimiter = bytes[start + prefix.count]
        guard delimiter == UInt8(ascii: ",") || delimiter == UInt8(ascii: ";") || delimiter == tab else {
            return nil
        }
        var end = start + prefix.count + 1
        if end < bytes.count {
            switch bytes[end] {
            case carriageReturn:
                end += 1
                if end < bytes.count && bytes[end] == lineFeed { end += 1 }
            case lineFeed: end += 1
            default: return nil
            }
        }
        return (delimiter, end)
    }

    /// The delimiter of the header line: the most frequent of comma, semicolon and tab outside
    /// quotes on the first non-blank line; on a tie the earlier of comma, semicolon, tab.
    static func detectDelimiter(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8 {
        var index = start
        while index < bytes.count && (bytes[index] == lineFeed || bytes[index] == carriageReturn) {
            index += 1
        }
        var commas = 0, semicolons = 0, tabs = 0
        var insideQuotes = false
        scan: while index < bytes.count {
            switch bytes[index] {
            case quote: insideQuotes.toggle()
            case lineFeed where !insideQuotes, carriageReturn where !insideQuotes: break scan
            case UInt8(ascii: ",") where !insideQuotes: commas += 1
            case UInt8(ascii: ";") where !insideQuotes: semicolons += 1
            case tab where !insideQuotes: tabs += 1
            default: break
            }
            index += 1
        }
        if commas >= semicolons && commas >= tabs { return UInt8(ascii: ",") }
        return semicolons >= tabs ? UInt8(ascii: ";") : tab
    }

    /// Reads the whole buffer into a table.
    mutating func parse() throws(CSVError) -> CSVTable {
        guard let headerLine = try nextRecord() else { throw .missingHeader(source: source) }
        let header = try Self.header(from: headerFields, line: headerLine, source: source)
        headerFields = []
        readingHeader = false
        // Room for every record at once (a bound from the line breaks, and never more cells
        // than bytes), so that the storage is not copied and doubled as it grows.
        let cellBound = bytes.count - index + header.count
        cells = CSVCells(
            bytes: file, columnCount: header.count,
            expectedCells: recordBound <= cellBound / header.count ? recordBound * header.count : cellBound)
        var lineNumbers = isPlain(from: index) ? readPlainRecords() : CSVLineNumbers()
        do {
            while let recordLine = try nextRecord() {
                guard fieldCount == header.count || (fieldCount > header.count && !hasExtraText) else {
                    rowProblems.append(.fieldCount(
                        source: source, line: recordLine, expected: header.count, found: fieldCount,
                        delimiter: delimiter))
                    cells.removeLast(min(fieldCount, header.count))
                    continue
                }
                lineNumbers.append(recordLine)
            }
        } catch {
            // A grammar error ends the read; the rows with another field count before it are
            // listed with it.
            rowProblems.append(error)
        }
        if let problem = CSVError.combined(rowProblems, source: source) { throw problem }
        return CSVTable(
            source: source, header: header, cells: cells, lineNumbers: lineNumbers,
            headerLineNumber: headerLine)
    }

    /// Whether `bytes[start...]` holds no quote and no CR, so that every record is bare fields
    /// between delimiters, ended by LF (most exports): ``readPlainRecords()``
    /// reads those without the general grammar's per-field checks.
    private func isPlain(from start: Int) -> Bool {
        guard start < bytes.count, let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
        return memchr(base + start, Int32(Self.quote), bytes.count - start) == nil
            && memchr(base + start, Int32(Self.carriageReturn), bytes.count - start) == nil
    }

    /// Plain files from this size on are read in two halves at once (``readPlainRecords()``).
    static let parallelBytes = 1 << 20

    /// Reads every record from `index` to the end when ``isPlain(from:)`` and returns their
    /// lines: the same cells, lines, skipped empty records and errors as ``nextRecord()`` gives
    /// there (``readPlain(_:from:to:columns:delimiter:removesFormulaGuard:source:into:part:)``).
    ///
    /// From ``parallelBytes`` on, and when the cell store has room for every record the file
    /// can hold, the second half — from the first line after the middle — is read on another
    /// core straight into its place in the store: after as many rows as the first half has
    /// line feeds (no quotes, so a record is a line), which its thread counts first. Its cells
    /// are then moved down next to the first half's (they are already there when no record of
    /// the first half was skipped). A cell that the store cannot hold in place (65,535 bytes or
    /// more, or beyond 4 GiB) sends the second half back to this thread.
    private mutating func readPlainRecords() -> CSVLineNumbers {
        guard let base = bytes.baseAddress else { return CSVLineNumbers() }
        let end = bytes.count, start = index, columns = cells.columnCount
        let store = self.cells.store, middle = start + (end - start) / 2
        let lineFeed = end - start >= Self.parallelBytes && store.region(from: store.count).room >= recordBound * columns
            ? memchr(base + middle, Int32(Self.lineFeed), end - middle) : nil
        let split = lineFeed.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) + 1 } ?? end
        nonisolated(unsafe) let bytes = self.bytes
        let (source, delimiter, removesGuard) = (self.source, self.delimiter, removesFormulaGuard)
        let firstOffset = store.count, firstLine = line
        nonisolated(unsafe) var cells = self.cells
        nonisolated(unsafe) var first = PlainPart(line: line)
        nonisolated(unsafe) var second: (part: PlainPart, offset: Int, cells: Int)?
        DispatchQueue.concurrentPerform(iterations: split < end ? 2 : 1) { half in
            if half == 0 {
                _ = Self.readPlain(
                    bytes, from: start, to: split, columns: columns, delimiter: delimiter,
                    removesFormulaGuard: removesGuard, source: source, into: &cells, part: &first)
            } else {
                let firstLines = PhysicalLines.lineFeeds(in: bytes, from: start, to: split)
                let offset = firstOffset + firstLines * columns
                var region = StoreRegion(store.region(from: offset))
                var part = PlainPart(line: firstLine + firstLines)
                if Self.readPlain(
                    bytes, from: split, to: end, columns: columns, delimiter: delimiter,
                    removesFormulaGuard: removesGuard, source: source, into: &region, part: &part) {
                    second = (part, offset, region.count)
                }
            }
        }
        self.cells = cells
        var lineNumbers = first.lineNumbers
        rowProblems += first.problems
        index = split
        line = first.line
        var rest = PlainPart(line: line)
        if let second {
            store.appendRegion(from: second.offset, count: second.cells)
            rest = second.part
        } else if split < end {
            _ = Self.readPlain(
                bytes, from: split, to: end, columns: columns, delimiter: delimiter,
                removesFormulaGuard: removesGuard, source: source, into: &self.cells, part: &rest)
        } else {
            return lineNumbers
        }
        for recordLine in rest.lineNumbers { lineNumbers.append(recordLine) }
        rowProblems += rest.problems
        index = end
        line = rest.line
        return lineNumbers
    }

    /// What a plain part of the file gave: its records' lines and its rows with another field
    /// count, and the line after it.
    private struct PlainPart {
        var lineNumbers = CSVLineNumbers()
        var problems: [CSVError] = []
        /// The current line: the part's first, then the one after its last record.
        var line: Int
    }

    /// The records of `bytes[start..<end]` (whole lines when `end` follows a line feed or is the
    /// file's end), their cells stored in `cells`: false when `cells` refused one, and the part
    /// is then incomplete. A line is found with `memchr`, its delimiters eight bytes at a time:
    /// with x = word ⊕ (the delimiter repeated), ¬(((x ∧ 0x7F…7F) + 0x7F…7F) ∨ x ∨ 0x7F…7F) has
    /// the high bit of exactly the bytes that are the delimiter
    /// (``PhysicalLines/recordBound(in:from:)`` uses the same).
    private static func readPlain<Cells: PlainCells>(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, columns: Int, delimiter: UInt8,
        removesFormulaGuard: Bool, source: String, into cells: inout Cells, part: inout PlainPart
    ) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let lowSevens: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, delimiters = 0x0101_0101_0101_0101 &* UInt64(delimiter)
        var index = start
        while index < end {
            let recordLine = part.line
            let lineEnd = memchr(raw + index, Int32(Self.lineFeed), end - index).map { UnsafeRawPointer($0) - raw } ?? end
            var fields = 0, extraText = false, fieldStart = index, stored = true
            /// Stores the field that ends at `fieldEnd`.
            func field(endingAt fieldEnd: Int) {
                if fields < columns {
                    let guardLength = formulaGuardLength(
                        UnsafeBufferPointer(start: base + fieldStart, count: fieldEnd - fieldStart), removing: removesFormulaGuard)
                    stored = cells.store(start: fieldStart + guardLength, count: fieldEnd - fieldStart - guardLength) && stored
                } else if fieldEnd > fieldStart {
                    extraText = true
                }
                fields += 1
                fieldStart = fieldEnd + 1
            }
            var offset = index
            while offset + 8 <= lineEnd {
                let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) ^ delimiters
                var marks = ~(((x & lowSevens) &+ lowSevens) | x | lowSevens)
                while marks != 0 {
                    field(endingAt: offset + marks.trailingZeroBitCount / 8)
                    marks &= marks - 1
                }
                offset += 8
            }
            while offset < lineEnd {
                if base[offset] == delimiter { field(endingAt: offset) }
                offset += 1
            }
            field(endingAt: lineEnd)
            guard stored else { return false }
            // A record of delimiters alone (or nothing) holds no text: it is skipped.
            if lineEnd - index > fields - 1 && (fields == columns || (fields > columns && !extraText)) {
                part.lineNumbers.append(recordLine)
            } else if lineEnd - index > fields - 1 {
                part.problems.append(.fieldCount(
                    source: source, line: recordLine, expected: columns, found: fields, delimiter: delimiter))
                cells.removeLast(min(fields, columns))
            } else {
                cells.removeLast(min(fields, columns))
            }
            index = lineEnd
            if index < bytes.count {
                index += 1
                part.line += 1
            }
        }
        return true
    }

    /// Column names from the header fields: trimmed, trailing empty names dropped, every other
    /// name non-empty and unique.
    private static func header(from fields: [String], line: Int, source: String) throws(CSVError) -> [String] {
        var names = fields.map(trimmingSpacesAndTabs)
        while names.count > 1, names.last?.isEmpty == true { names.removeLast() }
        var firstColumn: [String: Int] = [:]
        for (offset, name) in names.enumerated() {
            guard !name.isEmpty else {
                throw .unnamedColumn(source: source, line: line, column: offset + 1)
            }
            if let first = firstColumn[name] {
                throw .duplicateColumn(
                    source: source, line: line, name: name, first: first + 1, second: offset + 1)
            }
            firstColumn[name] = offset
        }
        return names
    }

    private static func trimmingSpacesAndTabs(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != space && $0 != tab }) else { return "" }
        let last = utf8.lastIndex(where: { $0 != space && $0 != tab })!
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    /// Reads the next record that holds any text (into `headerFields` or `cells`) and
    /// returns the line where it starts, or nil at the end of the buffer.
    private mutating func nextRecord() throws(CSVError) -> Int? {
        while index < bytes.count {
            let start = line
            fieldCount = 0
            hasExtraText = false
            if try readRecord() { return start }
            // A record without text is skipped: take back the empty cells it stored.
            if readingHeader {
                headerFields.removeAll()
            } else {
                cells.removeLast(min(fieldCount, cells.columnCount))
            }
        }
        return nil
    }

    /// Stores the next field of the current record: `bytes[start..<start + field.count]` when
    /// `start` is given, else unescaped bytes held elsewhere.
    @inline(__always)
    private mutating func store(_ field: UnsafeBufferPointer<UInt8>, at start: Int?) {
        if readingHeader {
            headerFields.append(cellText(field))
        } else if fieldCount < cells.columnCount {
            let guardLength = Self.formulaGuardLength(field, removing: removesFormulaGuard)
            if let start {
                cells.append(start: start + guardLength, count: field.count - guardLength)
            } else {
                cells.appendElsewhere(UnsafeBufferPointer(rebasing: field[guardLength...]))
            }
        } else if !field.isEmpty {
            hasExtraText = true
        }
        fieldCount += 1
    }

    /// Reads one record and the line break after it; returns whether it held any text
    /// (a quoted field counts, even when empty).
    private mutating func readRecord() throws(CSVError) -> Bool {
        var hasText = false
        while true {
            if index < bytes.count && bytes[index] == Self.quote {
                try readQuotedField()
                hasText = true
            } else {
                let start = index
                index = firstIndex(of: delimiter, Self.lineFeed, Self.carriageReturn, from: index)
                if index > start { hasText = true }
                store(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start)
            }
            guard index < bytes.count else { return hasText }
            let byte = bytes[index]
            if byte == delimiter {
                index += 1
                continue
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                skipLineBreak()
                return hasText
            }
            throw .textAfterClosingQuote(source: source, line: line, column: fieldCount)
        }
    }

    /// Reads a quoted field starting at the opening quote, stores it, and skips
    /// spaces after the closing quote.
    private mutating func readQuotedField() throws(CSVError) {
        let openingLine = line
        index += 1
        var segmentStart = index
        var escaped = false
        while true {
            index = firstIndex(of: Self.quote, Self.lineFeed, Self.carriageReturn, from: index)
            guard index < bytes.count else {
                throw .unterminatedQuote(source: source, line: openingLine)
            }
            let byte = bytes[index]
            if byte != Self.quote {
                skipLineBreak()
                continue
            }
            if index + 1 < bytes.count && bytes[index + 1] == Self.quote {
                // `""` stands for one quote: keep the text up to and including the first.
                if !escaped { scratch.removeAll(keepingCapacity: true) }
                escaped = true
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart...index]))
                index += 2
                segmentStart = index
                continue
            }
            let tail = UnsafeBufferPointer(rebasing: bytes[segmentStart..<index])
            if escaped {
                scratch.append(contentsOf: tail)
                let unescaped = scratch
                unescaped.withUnsafeBufferPointer { store($0, at: nil) }
            } else {
                store(tail, at: segmentStart)
            }
            index += 1
            while index < bytes.count && bytes[index] == Self.space {
                index += 1
            }
            return
        }
    }

    /// The offset of the first of the bytes `a`, `b`, `c` at or after `start`, or the end of
    /// the buffer. Eight bytes at a time: a byte of x = word ⊕ (a repeated) is zero where the
    /// word holds `a`, and (x − 0x01…01) ∧ ¬x ∧ 0x80…80 flags the lowest zero byte exactly
    /// (the borrow only spoils bytes above it; Anderson, *Bit Twiddling Hacks*, "Determine if a
    /// word has a zero byte").
    private func firstIndex(of a: UInt8, _ b: UInt8, _ c: UInt8, from start: Int) -> Int {
        var index = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let repeatedA = ones &* UInt64(a), repeatedB = ones &* UInt64(b), repeatedC = ones &* UInt64(c)
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index + 8 <= bytes.count, let base {
            let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let x = word ^ repeatedA, y = word ^ repeatedB, z = word ^ repeatedC
            let found = ((x &- ones) & ~x | (y &- ones) & ~y | (z &- ones) & ~z) & highs
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == a || byte == b || byte == c { return index }
            index += 1
        }
        return index
    }

    /// Steps over the LF, CR or CRLF at `index` and counts the line.
    private mutating func skipLineBreak() {
        if bytes[index] == Self.carriageReturn && index + 1 < bytes.count && bytes[index + 1] == Self.lineFeed {
            index += 1
        }
        index += 1
        line += 1
    }

    /// The text of a field's bytes, without the formula guard's apostrophe when it is removed.
    private func cellText(_ field: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: field[Self.formulaGuardLength(field, removing: removesFormulaGuard)...]), as: UTF8.self)
    }

    /// 1 when the formula guard is removed and the field begins with its apostrophe (an
    /// apostrophe, any further apostrophes, then a formula trigger), else 0.
    private static func formulaGuardLength(_ field: UnsafeBufferPointer<UInt8>, removing: Bool) -> Int {
        guard removing && field.count >= 2 && field[0] == Self.apostrophe else { return 0 }
        var next = 1
        while next < field.count && field[next] == Self.apostrophe { next += 1 }
        return next < field.count && CSVWriter.isFormulaTrigger(field[next]) ? 1 : 0
    }
}

/// Where a plain part of a file puts its cells: the table's cells, or a region of their store
/// that a second thread fills (``CSVParser``).
private protocol PlainCells {
    /// Stores the cell `bytes[start..<start + count]`; false when it cannot be stored here.
    mutating func store(start: Int, count: Int) -> Bool
    /// Removes the last `count` cells (those of a skipped record).
    mutating func removeLast(_ count: Int)
}

extension CSVCells: PlainCells {
    mutating func store(start: Int, count: Int) -> Bool {
        append(start: start, count: count)
        return true
    }
}

/// A region of a ``CSVCellStore`` (``CSVCellStore/region(from:)``) filled with plain cells:
/// each a start below 2³² and a count below 2¹⁶ − 1, as the store keeps them in place.
private struct StoreRegion: PlainCells {
    let starts: UnsafeMutablePointer<UInt32>
    let counts: UnsafeMutablePointer<UInt16>
    let room: Int
    /// The cells stored.
    var count = 0

    init(_ region: (starts: UnsafeMutablePointer<UInt32>, counts: UnsafeMutablePointer<UInt16>, room: Int)) {
        (starts, counts, room) = region
    }

    mutating func store(start: Int, count cellCount: Int) -> Bool {
        guard count < room, let start = UInt32(exactly: start), cellCount < Int(UInt16.max) else { return false }
        starts[count] = start
        counts[count] = UInt16(cellCount)
        count += 1
        return true
    }

    mutating func removeLast(_ removed: Int) { count -= removed }
}
