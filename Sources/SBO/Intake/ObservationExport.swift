/// An observations export (OBS.csv) with every column given its meaning, before it is joined
/// to a sample: the part of ``Observations`` that needs only the file and the intake options,
/// so that a caller can prepare it while SAMPLE.csv is still being read.
///
/// ```swift
/// let export = try ObservationExport(table: CSVReader.read(path: "obs.csv"), idColumn: "station_id")
/// let observations = try Observations(export: export, sample: sample)
/// ```
public struct ObservationExport: Sendable {
    /// OBS.csv as read.
    public let table: CSVTable
    /// How OBS.csv is read.
    public let options: IntakeOptions
    /// Its columns and what each means.
    let layout: ExportLayout

    /// Decides what each column of `table` holds (``ExportLayout``).
    ///
    /// - Parameters:
    ///   - table: OBS.csv as read by ``CSVReader``.
    ///   - idColumn: the station id column when `options` names none: the sample's
    ///     (``SampleDesign/idColumn``).
    ///   - options: the id and time columns, the codebook and the policies for problems.
    /// - Throws: ``ObservationError``: no id column, an ambiguous group path, a codebook column
    ///   the file lacks.
    public init(table: CSVTable, idColumn: String, options: IntakeOptions = IntakeOptions()) throws(ObservationError) {
        self.table = table
        self.options = options
        layout = try ExportLayout(table: table, idColumn: options.idColumn ?? idColumn, options: options)
    }
}
