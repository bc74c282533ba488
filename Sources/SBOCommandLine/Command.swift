/// A subcommand of `sbo`: its spec (options, help) and what it does.
///
/// `run` receives arguments already parsed and checked against `spec`; it validates option
/// values, does the work and throws a `ReportableError` on failure. It returns the exit status
/// for outcomes that are not errors but not success either (a verification mismatch).
protocol Command: SendableMetatype {
    static var spec: CommandSpec { get }
    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus
}

/// A command as the dispatcher holds it: its spec and its `run`, without existential metatypes.
struct CommandEntry: Sendable {
    let spec: CommandSpec
    let run: @Sendable (ParsedArguments, Console) throws -> ExitStatus

    init<C: Command>(_ command: C.Type) {
        spec = command.spec
        run = { arguments, console in try C.run(arguments, console: console) }
    }
}
