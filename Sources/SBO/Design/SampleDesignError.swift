/// What can be wrong with a SAMPLE.csv read as a sample design (``SampleDesign``).
///
/// Every message is one line, `FILE:LINE: what is wrong`, and says how to fix it. All are bad
/// data (exit 65).
public enum SampleDesignError: SeveralProblems, Equatable {
    /// A column that SAMPLE.csv must have is absent; `suggestion` is the closest header name.
    case missingColumn(source: String, line: Int, column: String, suggestion: String?)
    /// The file has a header but no station rows.
    case noStations(source: String)
    /// A cell of a required column is empty.
    case emptyCell(source: String, line: Int, column: String)
    /// A station id appears on two lines.
    case duplicateStation(source: String, id: String, firstLine: Int, secondLine: Int)
    /// A cell that must be a number (or a whole number) is not one.
    case notANumber(source: String, line: Int, column: String, value: String)
    /// `role` is neither `primary` nor `reserve`.
    case invalidRole(source: String, line: Int, value: String)
    /// `inclusion_probability` lies outside (0, 1].
    case probabilityOutOfRange(source: String, line: Int, value: Double)
    /// `weight` is not positive.
    case weightNotPositive(source: String, line: Int, value: Double)
    /// A weight that is not 1/inclusion_probability (beyond the rounding of the two numbers).
    case weightNotInverseOfProbability(source: String, line: Int, weight: Double, probability: Double)
    /// SAMPLE.csv's SHA-256 is not the one its manifest (beside it) records: it was edited.
    case changedSinceDrawn(source: String, manifest: String, recorded: String, actual: String)
    /// `stratum_size` is below 1.
    case stratumSizeNotPositive(source: String, line: Int, stratum: String, size: Int)
    /// Two stations of the same stratum give different `stratum_size` values.
    case inconsistentStratumSize(
        source: String, stratum: String, firstLine: Int, firstSize: Int, secondLine: Int,
        secondSize: Int)
    /// A stratum lists more stations (primaries and reserves) than its `stratum_size`.
    case moreStationsThanStratumSize(source: String, line: Int, stratum: String, stations: Int, size: Int)
    /// A stratum has reserve rows but no primary station.
    case noPrimaryStation(source: String, line: Int, stratum: String)
    /// Several of the problems above in one file, in the order of their lines (a row's first
    /// problem each), so that one run lists them all.
    case several(source: String, problems: [SampleDesignError])

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case let .missingColumn(source, line, column, suggestion):
            let hint = suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
            return "\(source):\(line): there is no column named \"\(column)\"\(hint); "
                + "SAMPLE.csv as 'sbo sample' writes it has the frame's columns, then stratum, "
                + "stratum_size, role, order, inclusion_probability, weight"
        case let .noStations(source):
            return "\(source):2: the sample has a header but no stations; "
                + "give the SAMPLE.csv that 'sbo sample' wrote"
        case let .emptyCell(source, line, column):
            return "\(source):\(line): the \(column) cell is empty; every station needs one"
        case let .duplicateStation(source, id, firstLine, secondLine):
            return "\(source):\(secondLine): station '\(id)' is listed again (first on line "
                + "\(firstLine)); each station appears once in a sample"
        case let .notANumber(source, line, column, value):
            return "\(source):\(line): \(column) '\(value)' is not a number; "
                + "write it in decimal notation, as 'sbo sample' does"
        case let .invalidRole(source, line, value):
            return "\(source):\(line): role '\(value)' is neither 'primary' nor 'reserve'"
        case let .probabilityOutOfRange(source, line, value):
            return "\(source):\(line): inclusion_probability \(value) is outside (0, 1]; "
                + "a sampled station's probability must be above 0 and at most 1"
        case let .weightNotPositive(source, line, value):
            return "\(source):\(line): weight \(value) is not positive; it is 1/inclusion_probability"
        case let .weightNotInverseOfProbability(source, line, weight, probability):
            return "\(source):\(line): weight \(weight) is not 1/inclusion_probability = \(1 / probability); the row was edited (draw the sample again or restore the file 'sbo sample' wrote)"
        case let .changedSinceDrawn(source, manifest, recorded, actual):
            return "\(source):1: the file's SHA-256 is \(actual), but its manifest \(manifest) records \(recorded): SAMPLE.csv was changed after drawing; restore it (check with 'sbo verify')"
        case let .stratumSizeNotPositive(source, line, stratum, size):
            return "\(source):\(line): stratum '\(stratum)' has stratum_size \(size); "
                + "it is the number of frame stations in the stratum, at least 1"
        case let .inconsistentStratumSize(source, stratum, firstLine, firstSize, secondLine, secondSize):
            return "\(source):\(secondLine): stratum '\(stratum)' has stratum_size \(secondSize) "
                + "here but \(firstSize) on line \(firstLine); a stratum has one size"
        case let .moreStationsThanStratumSize(source, line, stratum, stations, size):
            return "\(source):\(line): stratum '\(stratum)' lists \(stations) stations but its "
                + "stratum_size is \(size); stratum_size counts the frame's stations in the stratum"
        case let .noPrimaryStation(source, line, stratum):
            return "\(source):\(line): stratum '\(stratum)' has reserve stations but no primary; "
                + "each stratum needs its primary stations"
        case let .several(source, problems):
            return "\(source): \(problems.count) problems (each listed below)"
        }
    }

    var severalProblems: [SampleDesignError]? {
        if case let .several(_, problems) = self { return problems }
        return nil
    }

    /// The line the problem is on, when it has one.
    var line: Int? {
        switch self {
        case let .missingColumn(_, line, _, _), let .emptyCell(_, line, _), let .notANumber(_, line, _, _),
             let .invalidRole(_, line, _), let .probabilityOutOfRange(_, line, _), let .weightNotPositive(_, line, _),
             let .weightNotInverseOfProbability(_, line, _, _), let .stratumSizeNotPositive(_, line, _, _),
             let .moreStationsThanStratumSize(_, line, _, _, _), let .noPrimaryStation(_, line, _):
            return line
        case let .duplicateStation(_, _, _, line), let .inconsistentStratumSize(_, _, _, _, line, _): return line
        case .noStations: return 2
        case .changedSinceDrawn: return 1
        case .several: return nil
        }
    }
}
