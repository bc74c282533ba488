@testable import SBO

/// A frame from CSV text.
func frame(_ text: String, source: String = "frame.csv") throws -> SamplingFrame {
    try SamplingFrame(table: SamplingFrame.table(parsing: Array(text.utf8), source: source))
}

/// 60 stations in three uneven regions (north 10, south 25, east 25), sizes 100 + 7i.
func unevenFrameCSV(order: [Int] = Array(0..<60)) -> String {
    var text = "station_id,region,urban,registered_voters\n"
    for i in order {
        let id = "S" + String(repeating: "0", count: 3 - String(i).count) + String(i)
        let region = i < 10 ? "north" : (i < 35 ? "south" : "east")
        text += "\(id),\(region),\(i % 2 == 0 ? "urban" : "rural"),\(100 + i * 7)\n"
    }
    return text
}
