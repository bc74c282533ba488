import Dispatch

/// Reads CSV files as the SPEC's "Files" section describes them: UTF-8 with an optional
/// byte-order mark, a header row, comma, semicolon or tab as delimiter (detected from the
/// header line, or from an Excel `sep=` first line), RFC 4180 quoting, LF, CRLF or CR line
/// endings, mixed. ``CSVParser`` documents the grammar and every leniency.
///
/// ```swift
/// let table = try CSVReader.read(path: "observations.csv")
/// let ids = try table.requiredColumn("station_id")
/// ```
/// Checks run in this order, so that each problem gets the message that explains it:
/// UTF-16 (byte-order mark, or NULs in every other byte) → NUL bytes and malformed UTF-8
/// (naming the line) → the grammar of ``CSVParser`` → header names → field counts.
/// Rows and fields are scanned as bytes, eight at a time; the table keeps the file's bytes and
/// six bytes per cell (``CSVCells``), and a cell becomes a `String` only when it is read.
public enum CSVReader {
    /// Reads and parses the file at `path`; `path` is the source named in messages.
    ///
    /// - Throws: ``CSVError/unreadable(source:reason:)`` (kind `.unreadableInput`) when the file
    ///   cannot be opened or read, and the errors of ``parse(_:source:removingFormulaGuard:)``.
    public static func read(path: String, removingFormulaGuard: Bool = true) throws(CSVError) -> CSVTable {
        let bytes = try InputFile.bytes(at: path)
        return try parse(bytes, source: path, removingFormulaGuard: removingFormulaGuard)
    }

    /// Parses CSV text held in `bytes`; `source` names it in messages. With
    /// `removingFormulaGuard` (files sbo wrote) the apostrophe ``CSVWriter`` puts before a
    /// formula is removed; without it (the frame, files made elsewhere) cells are as written.
    ///
    /// - Throws: ``CSVError`` (kind `.badData`) for UTF-16 text, NUL bytes, malformed UTF-8,
    ///   a missing header, unnamed or duplicate columns, unterminated quotes, text after a
    ///   closing quote, or a row whose field count differs from the header's.
    public static func parse(
        _ bytes: [UInt8], source: String, removingFormulaGuard: Bool = true
    ) throws(CSVError) -> CSVTable {
        let result: Result<CSVTable, CSVError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CSVError) in
                try parse(buffer, of: bytes, source: source, removingFormulaGuard: removingFormulaGuard)
            }
        }
        return try result.get()
    }

    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, of file: [UInt8], source: String, removingFormulaGuard: Bool
    ) throws(CSVError) -> CSVTable {
        if TextEncodingCheck.looksLikeUTF16(bytes) { throw .utf16(source: source) }
        let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let start = hasByteOrderMark ? 3 : 0
        // Two scans of the whole file, on two cores when it is large: the encoding check, and
        // the bound on its records that sizes the table's storage.
        nonisolated(unsafe) let buffer = bytes
        nonisolated(unsafe) var problem: TextEncodingCheck.Problem?
        nonisolated(unsafe) var records = 0
        let tasks = bytes.count >= 1 << 20 ? 2 : 1
        DispatchQueue.concurrentPerform(iterations: tasks) { task in
            if task == 0 {
                problem = TextEncodingCheck.firstProblem(in: buffer, from: start, rejectingNUL: true)
            }
            if task == tasks - 1 {
                records = PhysicalLines.recordBound(in: buffer, from: start)
            }
        }
        switch problem {
        case let .nul(offset):
            throw .nulByte(source: source, line: PhysicalLines.line(ofOffset: offset, in: bytes))
        case let .invalidUTF8(offset):
            throw .invalidUTF8(source: source, line: PhysicalLines.line(ofOffset: offset, in: bytes))
        case nil:
            var parser = CSVParser(
                file: file, bytes: bytes, start: start, recordBound: records, source: source,
                removesFormulaGuard: removingFormulaGuard)
            return try parser.parse()
        }
    }
}
