#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SamplingFrame {
    /// The stations grouped by the values of `column` (trimmed of spaces and tabs; empty values,
    /// and values that differ only in Unicode spelling, are errors, all of them listed), or one
    /// stratum `all` when `column` is nil.
    ///
    /// Values are grouped by their bytes in a ``ByteKeyIndex``, no string made per row; then the
    /// few distinct spellings are compared as Swift strings (canonical equivalence), and each
    /// further spelling of a value is reported at the first row that uses it.
    ///
    /// The stratification by the column named `stratifyBy` at init was formed then.
    public func stratification(by column: String?) throws(FrameError) -> Stratification {
        if let preset = presetStratification, preset.column == column { return preset.stratification }
        return try Self.stratification(of: table, by: column)
    }

    /// ``stratification(by:)`` of the rows of `table`.
    static func stratification(of table: CSVTable, by column: String?) throws(FrameError) -> Stratification {
        guard let column else {
            return Stratification(
                column: nil, names: [Stratification.singleStratumName],
                members: [Array(0..<table.rowCount)])
        }
        guard let index = table.columnIndex(column) else {
            throw .missingColumn(
                source: table.source, line: table.headerLineNumber, column: column, option: "--stratify-by",
                suggestion: table.closestColumnName(to: column))
        }
        // Distinct spellings in order of their first row, and each one's rows.
        var spellings: [[UInt8]] = []
        var firstRows: [Int] = []
        var members: [[Int]] = []
        var emptyRows: [Int] = []
        table.withCellBytes { cells in
            var distinct = ByteKeyIndex(expected: 64)
            for row in 0..<table.rowCount {
                let isEmpty = Self.withTrimmed(cells[row, index]) { key in
                    guard !key.isEmpty else { return true }
                    let number = distinct.find(
                        hash: ByteKeyIndex.hash(key), orInsert: spellings.count,
                        matches: { number in spellings[number].withUnsafeBufferPointer { $0.hasSameBytes(as: key) } },
                        hashOfNumber: { number in spellings[number].withUnsafeBufferPointer(ByteKeyIndex.hash) })
                    if let number {
                        members[number].append(row)
                    } else {
                        spellings.append(Array(key))
                        firstRows.append(row)
                        members.append([row])
                    }
                    return false
                }
                if isEmpty { emptyRows.append(row) }
            }
        }
        var problems = emptyRows.map { row in
            FrameError.emptyStratum(source: table.source, line: table.lineNumbers[row], column: column)
        }
        var firstSpelling: [String: Int] = [:]
        for (number, spelling) in spellings.enumerated() {
            let value = String(decoding: spelling, as: UTF8.self)
            if let first = firstSpelling[value] {
                problems.append(.unicodeVariants(
                    source: table.source, column: column, value: value,
                    firstLine: table.lineNumbers[firstRows[first]], secondLine: table.lineNumbers[firstRows[number]]))
            } else {
                firstSpelling[value] = number
            }
        }
        if let problem = FrameError.combined(problems, source: table.source) { throw problem }
        let order = spellings.indices.sorted { spellings[$0].lexicographicallyPrecedes(spellings[$1]) }
        // Each stratum's rows moved to an array of their own size, one at a time: grown by
        // doubling, they held up to twice the memory.
        var exactMembers: [[Int]] = []
        for number in order {
            exactMembers.append([Int](unsafeUninitializedCapacity: members[number].count) { buffer, count in
                count = buffer.initialize(fromContentsOf: members[number])
            })
            members[number] = []
        }
        return Stratification(
            column: column, names: order.map { String(decoding: spellings[$0], as: UTF8.self) },
            members: exactMembers)
    }

    /// Calls `body` with the bytes of `cell` as ``trimmed(_:)`` trims its text: sliced where
    /// the blanks are plain bytes, through the string where a blank may belong to one
    /// character with the byte next to it.
    private static func withTrimmed<R>(_ cell: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = cell.first, let last = cell.last, isBlank(first) || isBlank(last) else { return body(cell) }
        let key = asciiTrimmed(cell)
        let start = key.baseAddress.map { $0 - cell.baseAddress! } ?? 0
        let touchesOther = (start > 0 && start < cell.count && cell[start] >= 0x80)
            || (start + key.count < cell.count && key.count > 0 && cell[start + key.count - 1] >= 0x80)
        guard touchesOther else { return body(key) }
        var text = trimmed(String(decoding: cell, as: UTF8.self))
        return text.withUTF8(body)
    }
}
