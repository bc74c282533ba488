import Foundation
import SBOCommandLine

/// The result of running `sbo` in-process.
struct ToolRun {
    let status: Int32
    let output: String
    let errorOutput: String
}

/// Runs the tool with `arguments` in-process, capturing what it prints.
func sbo(_ arguments: String...) -> ToolRun {
    sbo(arguments)
}

func sbo(_ arguments: [String]) -> ToolRun {
    let console = CapturedConsole()
    let status = CommandLineTool.main(arguments: arguments, console: console)
    return ToolRun(status: status, output: console.output, errorOutput: console.errorOutput)
}

/// A fresh empty directory for a test's files, removed by the caller with `cleanUp()`.
struct ScratchDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "sbo-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) -> String {
        let target = file(name)
        _ = FileManager.default.createFile(atPath: target, contents: Data(text.utf8))
        return target
    }

    func read(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

    func contents() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted() ?? []
    }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

/// A small frame: 3 regions, 60 stations, sizes 100...(100+59·7).
func smallFrameCSV(rows: [Int] = Array(0..<60)) -> String {
    var text = "station_id,region,urban,registered_voters\n"
    for i in rows {
        let region = ["north", "south", "east"][i % 3]
        text += "S\(String(format: "%03d", i)),\(region),\(i % 2 == 0 ? "urban" : "rural"),\(100 + i * 7)\n"
    }
    return text
}
