import SBO

/// Options shared by `plan`, `sample` and `simulate`: strata and allocation.
enum DesignOptions {
    static let stratifyBy = OptionSpec.value(
        "stratify-by", "COL", "Stratify by this frame column (region, urban, ...): each value is a stratum.")
    static let allocation = OptionSpec.value(
        "allocation", "A",
        "How stations are split among strata: proportional (to stations), equal, or neyman (needs --stratum-proportions). Every stratum gets at least 2.",
        default: "proportional", choices: Allocation.allCases.map(\.rawValue))
    static let stratumProportions = OptionSpec.value(
        "stratum-proportions", "FILE.csv",
        "For Neyman allocation: each stratum's expected share (columns stratum, proportion), e.g. a past election's rates.")
    static let idColumn = OptionSpec.value(
        "id-column", "NAME", "The frame's column of station ids.", default: SamplingFrame.defaultIDColumn)
    static let sizeColumn = OptionSpec.value(
        "size-column", "NAME", "The frame's column of registered voters.", default: SamplingFrame.defaultSizeColumn)

    /// The allocation rule chosen (validated against the choices at parse time).
    static func allocation(_ arguments: ParsedArguments) -> Allocation {
        arguments.string("allocation").flatMap(Allocation.init(rawValue:)) ?? .proportional
    }

    /// The stratum proportions file, read, when given.
    static func proportions(_ arguments: ParsedArguments) throws -> [String: Double]? {
        guard let path = arguments.string("stratum-proportions") else { return nil }
        return try StratumProportions.read(CSVReader.read(path: path, removingFormulaGuard: false))
    }

    /// The warning for Neyman allocation without proportions, when it applies.
    static func neymanWarning(_ arguments: ParsedArguments) -> String? {
        allocation(arguments) == .neyman && arguments.string("stratum-proportions") == nil
            ? "warning: --allocation neyman without --stratum-proportions cannot differ from proportional allocation; allocating proportionally\n"
            : nil
    }
}
