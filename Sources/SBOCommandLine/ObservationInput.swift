import Foundation
import SBO

/// SAMPLE.csv and OBS.csv loaded for `estimate`, `compare` and `report`: the options they
/// share and the joined observations.
///
/// The id and size column names come from `--id-column`, else the manifest beside
/// SAMPLE.csv when there is one (`frame.id_column`, `frame.size_column`), else `station_id`
/// and `registered_voters`; SAMPLE.csv alone fixes the design. How OBS.csv is read — its time
/// column, the codebook, and what to do with unreadable answers, impossible counts and
/// duplicate submissions — comes from ``intakeOptions``.
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
        "observations", "OBS.csv", "The observers' answers: station_id and one column per question (a KoboToolbox, ODK Central or spreadsheet export as it is).", required: true)
    static let confidence = OptionSpec.value(
        "confidence", "C", "Confidence level of the intervals.", default: "0.95")
    static let idColumn = OptionSpec.value(
        "id-column", "NAME", "The station id column in every input (SAMPLE.csv, OBS.csv, OFFICIAL.csv); in OBS.csv a group path ending in it (station_info/station_id) matches too. Default: the manifest's, else station_id.")

    static let timeColumn = OptionSpec.value(
        "time-column", "COL", "The submission time column of OBS.csv. Default: _submission_time (KoboToolbox) or SubmissionDate (ODK Central).")

    /// The options that say how OBS.csv is read; every command that reads observations
    /// takes them.
    static let intakeOptions: [OptionSpec] = [
        idColumn,
        .value("codebook", "FILE.csv", "What each column of OBS.csv means: columns column, meaning (station_id, indicator, count, ballots_cast, registered_voters, votes:NAME, time, ignore), and optionally label, polarity (irregularity|good), yes, no (extra answer words, separated by |). Draft one with 'sbo codebook'."),
        timeColumn,
        .value(
            "bad-answers", "POLICY", "An indicator answer that is neither yes nor no: error (list them all) or missing (treat as not answered, and list them).",
            default: BadAnswerPolicy.error.rawValue, choices: BadAnswerPolicy.allCases.map(\.rawValue)),
        .value(
            "bad-counts", "POLICY", "Impossible counts (ballots_cast above registered voters, votes above ballots_cast, not a whole number): error (list every station) or exclude (leave those stations out of turnout and vote shares, and list them).",
            default: BadCountPolicy.error.rawValue, choices: BadCountPolicy.allCases.map(\.rawValue)),
        .value(
            "duplicates", "POLICY", "A station submitted more than once with different answers: error (list them all), latest or first (keep that submission by submission time, and list the dropped ones). Identical rows are always kept once and listed.",
            default: DuplicatePolicy.error.rawValue, choices: DuplicatePolicy.allCases.map(\.rawValue)),
    ]

    /// The confidence level given (or 0.95).
    static func confidence(_ arguments: ParsedArguments) throws(UsageError) -> Double {
        try arguments.confidence()
    }

    /// The codebook named by `--codebook`, or nil: the loader `progress` and `forensics`
    /// share.
    static func codebook(_ arguments: ParsedArguments) throws -> Codebook? {
        try arguments.string("codebook").map { path in try Codebook(table: CSVReader.read(path: path)) }
    }

    /// How to read OBS.csv, from ``intakeOptions``.
    static func intake(_ arguments: ParsedArguments) throws -> IntakeOptions {
        IntakeOptions(
            idColumn: arguments.string("id-column"), timeColumn: arguments.string("time-column"),
            codebook: try codebook(arguments),
            badAnswers: arguments.string("bad-answers").flatMap(BadAnswerPolicy.init(rawValue:)) ?? .error,
            badCounts: arguments.string("bad-counts").flatMap(BadCountPolicy.init(rawValue:)) ?? .error,
            duplicates: arguments.string("duplicates").flatMap(DuplicatePolicy.init(rawValue:)) ?? .error)
    }

    /// Reads both files and joins them.
    static func load(_ arguments: ParsedArguments) throws -> ObservationInput {
        let samplePath = arguments.required("sample")
        let observationsPath = arguments.required("observations")
        let (manifest, warnings) = readManifest(besideSampleAt: samplePath)
        let intake = Result { try Self.intake(arguments) }
        let idColumn = (try? intake.get())?.idColumn ?? manifest?.idColumn ?? SampleDesign.defaultIDColumn
        // OBS.csv is read, and its columns laid out, while SAMPLE.csv is read and checked;
        // errors are reported in the order of the steps: reading the sample, the codebook,
        // checking the sample, then the observations.
        let (sampleSide, exportSide) = Concurrently.both(
            {
                Result {
                    let table = try SampleDesign.table(readingSampleAt: samplePath)
                    _ = try intake.get()
                    return try SampleDesign(table: table, idColumn: idColumn)
                }
            },
            {
                Result { () throws -> Result<ObservationExport, any Error> in
                    let table = try CSVReader.read(path: observationsPath, removingFormulaGuard: false)
                    return intake.flatMap { options in
                        Result { try ObservationExport(table: table, idColumn: idColumn, options: options) }
                    }
                }
            })
        let sample = try sampleSide.get()
        let export = try exportSide.get().get()
        let observations = try Observations(
            export: export, sample: sample, sizeColumn: manifest?.sizeColumn ?? SamplingFrame.defaultSizeColumn)
        return ObservationInput(observations: observations, manifest: manifest, warnings: warnings)
    }

    /// The manifest beside SAMPLE.csv, when there is one and it reads; else a warning when
    /// there is one that does not.
    private static func readManifest(besideSampleAt samplePath: String) -> (SampleManifest?, [String]) {
        let manifestPath = SampleManifest.path(forSample: samplePath)
        guard FileManager.default.fileExists(atPath: manifestPath) else { return (nil, []) }
        do {
            return (try SampleManifest(parsing: try InputFile.bytes(at: manifestPath), source: manifestPath), [])
        } catch {
            return (nil, ["\(error) (the manifest is not needed to estimate; using the columns station_id and registered_voters)"])
        }
    }
}
