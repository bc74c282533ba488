/// The `sbo` command-line tool, runnable in-process.
public enum CommandLineTool {
    /// Runs the tool on `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String]) -> Int32 {
        0
    }
}
