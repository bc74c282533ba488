import Foundation
@testable import SBO

/// The bundled frame, Data/azerbaijan-2024/frame.csv (6,537 stations, 15 regions).
func bundledFrame() throws -> SamplingFrame {
    let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Data/azerbaijan-2024/frame.csv").path
    return try SamplingFrame(table: CSVReader.read(path: path))
}

/// Whether the long Monte Carlo tests were asked for (`SBO_LONG_TESTS=1`).
let longTestsEnabled = ProcessInfo.processInfo.environment["SBO_LONG_TESTS"] == "1"
