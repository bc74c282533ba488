/// Where a command writes what it prints: standard output for results and help, standard error
/// for errors, warnings and progress. Injected so that tests run commands in-process.
public protocol Console: AnyObject {
    /// Writes `text` to standard output as is (no newline added).
    func write(_ text: String)
    /// Writes `text` to standard error as is (no newline added).
    func writeError(_ text: String)
    /// Whether standard error is a terminal, so that progress is shown only to a person.
    var errorIsTerminal: Bool { get }
}
