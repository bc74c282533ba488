// libFuzzer target for sbo's JSON reading: JSONValue.parse, SampleManifest(parsing:), and the
// re-draw that `sbo verify` makes from a manifest, with properties that must hold for every
// input that parses.
//
// Built by Fuzz/run.sh together with the library's sources into one module, so that internal
// API is visible; it is not part of the Swift package. See Fuzz/README.md.

/// A fixed 12-station frame (columns `station_id`, `region`, `registered_voters`) that every
/// parsed manifest is re-drawn from, as `sbo verify` does.
private let frame: SamplingFrame = {
    var text = "station_id,region,registered_voters\n"
    for i in 0..<12 { text += "S\(i),\(["north", "south", "east"][i % 3]),\(100 + 37 * i)\n" }
    do {
        return try SamplingFrame(table: CSVReader.parse(Array(text.utf8), source: "frame.csv"))
    } catch {
        preconditionFailure("the fixed frame must be valid: \(error)")
    }
}()

/// The fuzzer's entry point: any bytes must give a value or a one-line error, never a crash.
///
/// Properties checked:
/// - a parsed value, serialized (compact and pretty) and parsed again, is the same value;
/// - a parsed manifest, written with `SampleManifest.json` and parsed again, is the same
///   manifest;
/// - drawing from a parsed manifest's request gives a sample or a reportable error;
/// - every parse error names the source first (`fuzz.json:`).
@_cdecl("LLVMFuzzerTestOneInput")
public func manifestFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        let value = try JSONValue.parse(bytes, source: "fuzz.json")
        for pretty in [false, true] {
            let text = Array(value.serialized(pretty: pretty).utf8)
            let again = try? JSONValue.parse(text, source: "serialized.json")
            precondition(again == value, "a value changed in a serialize-parse round trip")
        }
    } catch {
        precondition(error.description.hasPrefix("fuzz.json:"), "message without its source: \(error)")
    }
    let manifest: SampleManifest
    do {
        manifest = try SampleManifest(parsing: bytes, source: "fuzz.json")
    } catch {
        precondition(error.description.hasPrefix("fuzz.json:"), "message without its source: \(error)")
        return 0
    }
    let again = try? SampleManifest(parsing: Array(manifest.json.utf8), source: "written.json")
    precondition(again == manifest, "a manifest changed in a write-parse round trip")
    do {
        let sample = try SampleDrawer.draw(from: frame, request: manifest.request)
        _ = try SampleTable.csv(for: sample, frame: frame)
    } catch {
        precondition(error is any ReportableError, "an error that is not a ReportableError: \(error)")
    }
    return 0
}
