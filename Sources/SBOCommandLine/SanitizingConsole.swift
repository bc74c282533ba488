/// A console that passes everything through ``TerminalText`` before the console it wraps:
/// `CommandLineTool.main` wraps every console in one, so that no command can print a raw
/// control character, whatever its data.
final class SanitizingConsole: Console {
    private let wrapped: Console

    init(_ wrapped: Console) {
        self.wrapped = wrapped
    }

    func write(_ text: String) {
        wrapped.write(TerminalText.visible(text))
    }

    func writeError(_ text: String) {
        wrapped.writeError(TerminalText.visibleOnStandardError(text))
    }

    var errorIsTerminal: Bool { wrapped.errorIsTerminal }
}
