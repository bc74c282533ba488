/// A command as the dispatcher holds it: its spec and its `run`, without existential metatypes.
struct CommandEntry: Sendable {
    let spec: CommandSpec
    let run: @Sendable (ParsedArguments, Console) throws -> ExitStatus

    init<C: Command>(_ command: C.Type) {
        spec = command.spec
        run = { arguments, console in try C.run(arguments, console: console) }
    }
}
