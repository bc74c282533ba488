import Foundation
import SBO

/// SAMPLE.csv and OBS.csv loaded for `estimate` and `compare`: the options they share and the
/// joined observations.
///
/// The id and size column names come from the manifest beside SAMPLE.csv when there is one
/// (`frame.id_column`, `frame.size_column`), else `station_id` and `registered_voters`;
/// SAMPLE.csv alone fixes the design.
struct ObservationInput {
    let observations: Observations
    /// SAMPLE.csv's manifest, when one beside it could be read.
    let manifest: SampleManifest?
    /// Warnings to print on standard error.
    let warnings: [String]

    static let sample = OptionSpec.value(
        "sample", "SAMPLE.csv", "The sample written by 'sbo sample' (its manifest, if beside it, names the id column).",
        required: true)
    static let observationsFile = OptionSpec.value(
        "observations", "OBS.csv", "The observers' answers: station_id and one column per question.", required: true)
    static let confidence = OptionSpec.value(
        "confidence", "C", "Confidence level of the intervals.", default: "0.95")

    /// The confidence level given (or 0.95).
    static func confidence(_ arguments: ParsedArguments) throws(UsageError) -> Double {
        try arguments.confidence()
    }

    /// Reads both files and joins them.
    static func load(_ arguments: ParsedArguments) throws -> ObservationInput {
        let samplePath = arguments.required("sample")
        let sampleTable = try CSVReader.read(path: samplePath)
        var warnings: [String] = []
        var idColumn = SampleDesign.defaultIDColumn
        var sizeColumn = SamplingFrame.defaultSizeColumn
        var manifest: SampleManifest?
        let manifestPath = SampleManifest.path(forSample: samplePath)
        if FileManager.default.fileExists(atPath: manifestPath) {
            do {
                let read = try SampleManifest(parsing: try InputFile.bytes(at: manifestPath), source: manifestPath)
                idColumn = read.idColumn
                sizeColumn = read.sizeColumn
                manifest = read
            } catch {
                warnings.append("\(error) (the manifest is not needed to estimate; using the columns station_id and registered_voters)")
            }
        }
        let sample = try SampleDesign(table: sampleTable, idColumn: idColumn)
        let observationTable = try CSVReader.read(path: arguments.required("observations"))
        let observations = try Observations(table: observationTable, sample: sample, sizeColumn: sizeColumn)
        return ObservationInput(observations: observations, manifest: manifest, warnings: warnings)
    }
}
