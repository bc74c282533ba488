// libFuzzer target for sbo's CSV reading: CSVReader.parse, then everything a frame goes through
// (SamplingFrame validation, stratification and the `sbo frame` summary, CellValue on every
// cell, StratumProportions, a draw and SAMPLE.csv), with properties that must hold for every
// input that parses.
//
// Built by Fuzz/run.sh together with the library's sources into one module, so that internal
// API is visible; it is not part of the Swift package. See Fuzz/README.md.

/// The fuzzer's entry point: any bytes must give a table or a one-line error, never a crash.
///
/// Properties checked on every table that parses:
/// - the table's shape: one column per header name, every column one cell per data row, data
///   rows' line numbers strictly increasing and after the header's;
/// - `CSVWriter` then `CSVReader` gives back the same header and cells byte for byte (the
///   formula guard and quoting round-trip);
/// - `CellValue`: a count reads as the same number (`number(t) == Double(count(t))`), a yes/no
///   value is never missing, a missing value is never a number;
/// - every error names the source first (`fuzz.csv:`).
@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let table: CSVTable
    do {
        table = try CSVReader.parse(bytes, source: "fuzz.csv")
    } catch {
        expectMessage(error.description)
        return 0
    }
    checkShape(table)
    checkWriterRoundTrip(table)
    for column in table.columns {
        for cell in column { checkCellValue(cell) }
    }
    checkFrame(table)
    if let error = catching({ _ = try StratumProportions.read(table) }) { expectMessage(error) }
    return 0
}

private func checkShape(_ table: CSVTable) {
    precondition(table.columns.count == table.header.count, "one column per header name")
    precondition(table.columns.allSatisfy { $0.count == table.rowCount }, "ragged columns")
    var previous = table.headerLineNumber
    for line in table.lineNumbers {
        precondition(line > previous, "data row line numbers must increase after the header")
        previous = line
    }
}

private func checkWriterRoundTrip(_ table: CSVTable) {
    var writer = CSVWriter(header: table.header)
    for row in 0..<table.rowCount { writer.appendRow(table.columns.map { $0[row] }) }
    let reread: CSVTable
    do {
        reread = try CSVReader.parse(writer.bytes, source: "rewritten.csv")
    } catch {
        preconditionFailure("CSVWriter's output does not parse: \(error)")
    }
    precondition(sameBytes(reread.header, table.header), "header changed in a write-read round trip")
    for (a, b) in zip(reread.columns, table.columns) {
        precondition(sameBytes(a, b), "cells changed in a write-read round trip")
    }
    precondition(reread.rowCount == table.rowCount, "rows lost in a write-read round trip")
}

private func checkCellValue(_ cell: String) {
    let missing = CellValue.isMissing(cell)
    let number = CellValue.number(cell)
    if let count = CellValue.nonNegativeInteger(cell) {
        precondition(number == Double(count), "a count must read as the same number")
    }
    if CellValue.indicator(cell) != nil { precondition(!missing, "a yes/no value is not missing") }
    if missing { precondition(number == nil, "a missing value is not a number") }
    _ = CellValue.isDecimalNumber(cell)
    _ = CSVWriter.needsFormulaGuard(cell)
}

/// Validates the table as a frame with the default columns and with its first and last
/// columns as id and size, stratifies by the first few columns, and draws a small sample.
private func checkFrame(_ table: CSVTable) {
    let choices = [
        (SamplingFrame.defaultIDColumn, SamplingFrame.defaultSizeColumn),
        (table.header[0], table.header[table.header.count - 1]),
    ]
    for (idColumn, sizeColumn) in choices {
        let frame: SamplingFrame
        do {
            frame = try SamplingFrame(table: table, idColumn: idColumn, sizeColumn: sizeColumn)
        } catch {
            expectMessage(error.description)
            continue
        }
        precondition(Set(frame.ids).count == frame.stationCount, "a valid frame has unique ids")
        for column in [nil] + table.header.prefix(3).map(Optional.some) {
            if let error = catching({
                let strata = try frame.stratification(by: column)
                precondition(strata.populations.reduce(0, +) == frame.stationCount, "strata must cover the frame")
                let summary = FrameSummary(frame: frame, stratification: strata)
                precondition(summary.strata.map(\.stations) == strata.populations, "summary must match the strata")
            }) { expectMessage(error) }
        }
        drawAndRereadSample(frame, stratifyBy: table.header.count > 1 ? table.header[1] : nil)
    }
}

/// Draws two stations (PPS on the size column when there is one) and checks that SAMPLE.csv
/// reads back with the same ids.
private func drawAndRereadSample(_ frame: SamplingFrame, stratifyBy: String?) {
    for pps in [nil, frame.sizeColumn.map { frame.table.header[$0] }] {
        let request = SampleRequest(
            size: min(2, frame.stationCount), seed: "fuzz", stratifyBy: stratifyBy,
            ppsColumn: pps, reserves: 1)
        do {
            let sample = try SampleDrawer.draw(from: frame, request: request)
            let csv = try SampleTable.csv(for: sample, frame: frame)
            let reread = try CSVReader.parse(csv, source: "sample.csv")
            let ids = try reread.requiredColumn(frame.table.header[frame.idColumn])
            precondition(
                sameBytes(ids, sample.stations.map { frame.ids[$0.row] }),
                "station ids changed between the frame and SAMPLE.csv")
        } catch {
            // Allocation errors name no file; any reportable error is a clean refusal.
            precondition(error is any ReportableError, "an error that is not a ReportableError: \(error)")
        }
    }
}

private func sameBytes(_ a: [String], _ b: [String]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
}

/// Runs `body` and returns the description of the `ReportableError` it throws, or nil.
private func catching(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch let error as any ReportableError {
        return error.description
    } catch {
        preconditionFailure("an error that is not a ReportableError: \(error)")
    }
}

/// An error message must name the file first.
private func expectMessage(_ message: String) {
    precondition(message.hasPrefix("fuzz.csv:"), "message without its source: \(message)")
}
