/// A command as the dispatcher holds it: its spec and its `run`, without existential metatypes.
struct CommandEntry: Sendable {
    let spec: CommandSpec
    let run: @Sendable (ParsedArguments, Console) throws -> ExitStatus

    init(spec: CommandSpec, run: @escaping @Sendable (ParsedArguments, Console) throws -> ExitStatus) {
        self.spec = spec
        self.run = run
    }
}
