/// A console that keeps what is written, for tests.
public final class CapturedConsole: Console {
    public private(set) var output = ""
    public private(set) var errorOutput = ""
    public let errorIsTerminal: Bool

    public init(errorIsTerminal: Bool = false) {
        self.errorIsTerminal = errorIsTerminal
    }

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errorOutput += text }
}
