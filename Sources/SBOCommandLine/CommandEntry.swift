/// A command as the dispatcher holds it: its name, its spec and its `run`, without existential
/// metatypes.
///
/// The spec is built when asked for (`spec`), so that a run builds only its own command's
/// spec: building all eleven, with their option tables and help texts, took about 0.3 ms of
/// every command's start (issue 16). `ArgumentParsingTests` checks that `name` is the spec's.
struct CommandEntry: Sendable {
    let name: String
    let run: @Sendable (ParsedArguments, Console) throws -> ExitStatus
    private let makeSpec: @Sendable () -> CommandSpec

    init(
        _ name: String, spec: @escaping @Sendable () -> CommandSpec,
        run: @escaping @Sendable (ParsedArguments, Console) throws -> ExitStatus
    ) {
        self.name = name
        self.makeSpec = spec
        self.run = run
    }

    /// The command's spec (each command's is a `static let`, built on first use).
    var spec: CommandSpec { makeSpec() }
}
