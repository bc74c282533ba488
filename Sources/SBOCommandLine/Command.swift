/// A subcommand of `sbo`: its spec (options, help) and what it does.
///
/// `run` receives arguments already parsed and checked against `spec`; it validates option
/// values, does the work and throws a `ReportableError` on failure. It returns the exit status
/// for outcomes that are not errors but not success either (a verification mismatch).
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus
}
