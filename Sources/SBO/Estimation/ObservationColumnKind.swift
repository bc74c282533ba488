/// What an observation column holds (SPEC "Files", observations), decided from its
/// non-missing cells (``CellValue/isMissing(_:)``).
public enum ObservationColumnKind: Sendable, Equatable, Hashable {
    /// Every non-missing cell reads as yes/no (``CellValue/indicator(_:)``): 0/1, yes/no,
    /// true/false, y/n in any letter case. A column with no answers at all is an indicator
    /// (its estimate is then "no answers").
    case indicator
    /// Every non-missing cell is a non-negative integer and at least one is not 0/1.
    /// `line` and `value` name the first cell that is not a yes/no answer.
    case count(line: Int, value: String)
    /// Some cell is neither yes/no nor a count: the column is not estimated.
    /// `line` and `value` name the first cell that is not a yes/no answer.
    case text(line: Int, value: String)
}
