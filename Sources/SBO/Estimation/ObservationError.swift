/// What can be wrong with the election-day data files: the observers' OBS.csv joined to
/// SAMPLE.csv, the official OFFICIAL.csv, and the columns a request names.
///
/// Every message is one line, `FILE:LINE: what is wrong` where a place is known, and says how
/// to fix it. File problems are bad data (exit 65); naming a column that does not exist in
/// `--indicators` or `--by` is bad usage (exit 64).
public enum ObservationError: SeveralProblems, Equatable {
    /// A required column is absent; `suggestion` is the closest header name.
    case missingColumn(source: String, line: Int, column: String, suggestion: String?)
    /// The file has a header but no station rows.
    case noStations(source: String)
    /// A row's station id is empty.
    case emptyStation(source: String, line: Int, column: String)
    /// A station id of OBS.csv is not in SAMPLE.csv; `suggestion` is the closest sampled id (for
    /// the first ``listedProblems`` unknown stations of a file, the ones an error lists).
    case unknownStation(source: String, line: Int, id: String, sample: String, suggestion: String?)
    /// A station id appears on two lines.
    case duplicateStation(source: String, id: String, firstLine: Int, secondLine: Int)
    /// A cell of a count column (`ballots_cast`, `registered_voters`, `votes_*`) is not a
    /// non-negative whole number.
    case notACount(source: String, line: Int, column: String, value: String)
    /// A cell of OFFICIAL.csv is missing: official results must be complete.
    case missingOfficialValue(source: String, line: Int, column: String)
    /// A column named in `--indicators` holds something other than yes/no answers.
    case notAnIndicator(source: String, line: Int, column: String, value: String)
    /// `--indicators` names a column that OBS.csv does not have.
    case unknownIndicator(source: String, column: String, suggestion: String?)
    /// `--by` names a column that neither SAMPLE.csv nor OBS.csv has.
    case unknownDomainColumn(column: String, sample: String, observations: String, suggestion: String?)
    /// Two columns end in the same group-path segment (or resolve to the same name), so
    /// neither can have that meaning.
    case ambiguousColumns(source: String, line: Int, first: String, second: String, name: String)
    /// A codebook gives a meaning to a column that the export lacks.
    case codebookColumnNotInExport(codebook: String, line: Int, column: String, export: String, suggestion: String?)
    /// An indicator answer that reads as neither yes nor no.
    case unreadableAnswer(UnreadableAnswer)
    /// A station's counts are impossible.
    case impossibleCount(ExcludedCount)
    /// One station submitted on several lines with different answers in `columns`.
    case conflictingSubmissions(source: String, station: String, lines: [Int], columns: [String])
    /// A submission time that does not read as a time.
    case unreadableTime(source: String, line: Int, column: String, value: String)
    /// `--duplicates latest|first` cannot order a station's rows: one has no time (or the
    /// file has no time column, `column` nil).
    case undatedSubmission(source: String, line: Int, station: String, column: String?)
    /// A row of official results that is not a station (a total line).
    case notAStation(source: String, line: Int, id: String)
    /// Several problems found in one pass; each is listed.
    indirect case several(source: String, problems: [ObservationError])

    public var kind: FailureKind {
        switch self {
        case .unknownIndicator, .unknownDomainColumn: .badUsage
        default: .badData
        }
    }

    public var description: String {
        switch self {
        case let .missingColumn(source, line, column, suggestion):
            return "\(source):\(line): there is no column named \"\(column)\"\(Self.hint(suggestion)); "
                + "rename the column"
        case let .noStations(source):
            return "\(source):2: the file has a header but no stations; one row per station is needed"
        case let .emptyStation(source, line, column):
            return "\(source):\(line): the \(column) cell is empty; every row needs its station's id"
        case let .unknownStation(source, line, id, sample, suggestion):
            return "\(source):\(line): station '\(id)' is not in \(sample)\(Self.hint(suggestion)); "
                + "observations must come from sampled stations: correct the id or remove the row"
        case let .duplicateStation(source, id, firstLine, secondLine):
            return "\(source):\(secondLine): station '\(id)' appears again (first on line "
                + "\(firstLine)); keep one row per station"
        case let .notACount(source, line, column, value):
            return "\(source):\(line): \(column) '\(value)' is not a whole number of at least 0; "
                + "write counts as digits only (missing: empty, NA, N/A, ., -)"
        case let .missingOfficialValue(source, line, column):
            return "\(source):\(line): \(column) is missing; official results need every station's counts"
        case let .notAnIndicator(source, line, column, value):
            return "\(source):\(line): column '\(column)' is not an indicator: line \(line) has "
                + "'\(value)'; an indicator holds 0/1, yes/no, true/false or y/n (missing: empty, "
                + "NA, N/A, ., -)"
        case let .unknownIndicator(source, column, suggestion):
            return "--indicators names '\(column)', which \(source) does not have\(Self.hint(suggestion)); "
                + "name columns of the observations file"
        case let .unknownDomainColumn(column, sample, observations, suggestion):
            return "--by names '\(column)', which neither \(sample) nor \(observations) has"
                + "\(Self.hint(suggestion)); name a column such as region"
        case let .ambiguousColumns(source, line, first, second, name):
            return "\(source):\(line): columns '\(first)' and '\(second)' both mean '\(name)'; "
                + "rename one, or say in a codebook (--codebook) which is which"
        case let .codebookColumnNotInExport(codebook, line, column, export, suggestion):
            return "\(codebook):\(line): column '\(column)' is not in \(export)\(Self.hint(suggestion)); "
                + "correct the name, or mark it ignore"
        case let .unreadableAnswer(answer):
            return "\(answer); correct it, or run with --bad-answers missing to treat such answers as not answered"
        case let .impossibleCount(count):
            return "\(count); correct it, or run with --bad-counts exclude to leave the station out of "
                + "turnout and vote shares"
        case let .conflictingSubmissions(source, station, lines, columns):
            return "\(source):\(lines[0]): station '\(station)' was submitted \(lines.count) times (lines "
                + "\(lines.map(String.init).joined(separator: ", "))) with different "
                + "\(columns.joined(separator: ", ")); keep one row, or run with --duplicates latest (or first)"
        case let .unreadableTime(source, line, column, value):
            return "\(source):\(line): \(column) '\(value)' is not a time; write ISO 8601, e.g. "
                + "2024-02-07T15:04:05+04:00 or 2024-02-07 15:04:05"
        case let .undatedSubmission(source, line, station, column):
            if let column {
                return "\(source):\(line): station '\(station)' has no \(column), so its submissions "
                    + "cannot be ordered for --duplicates; fill it in or resolve the duplicate by hand"
            }
            return "\(source):\(line): station '\(station)' was submitted more than once and the file has no "
                + "submission time column (_submission_time, SubmissionDate) for --duplicates; name one "
                + "with --time-column"
        case let .notAStation(source, line, id):
            return "\(source):\(line): '\(id)' is not a station but a total line; official results "
                + "need one row per station: delete the line"
        case let .several(source, problems):
            if problems.count == 1 { return problems[0].description }
            return "\(source): \(problems.count) problems (each listed below); nothing was estimated"
        }
    }

    /// How many problems an error lists (SPEC: "the first 20 lines, then how many more").
    public static let listedProblems = ProblemList.listed

    var severalProblems: [ObservationError]? {
        if case let .several(_, problems) = self { return problems }
        return nil
    }

    /// The line the problem is on, when it has one.
    var line: Int? {
        switch self {
        case let .missingColumn(_, line, _, _), let .emptyStation(_, line, _), let .unknownStation(_, line, _, _, _),
             let .notACount(_, line, _, _), let .missingOfficialValue(_, line, _),
             let .notAnIndicator(_, line, _, _), let .ambiguousColumns(_, line, _, _, _),
             let .codebookColumnNotInExport(_, line, _, _, _), let .unreadableTime(_, line, _, _),
             let .undatedSubmission(_, line, _, _), let .notAStation(_, line, _):
            return line
        case let .duplicateStation(_, _, _, line): return line
        case let .unreadableAnswer(answer): return answer.line
        case let .impossibleCount(count): return count.line
        case let .conflictingSubmissions(_, _, lines, _): return lines.first
        case .noStations, .unknownIndicator, .unknownDomainColumn, .several: return nil
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
