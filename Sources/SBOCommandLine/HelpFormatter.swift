/// Renders a command's help screen from its `CommandSpec`, in the layout of
/// swift-argument-parser: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, EXAMPLES, wrapped at 80 columns.
enum HelpFormatter {
    static let width = 80

    static func help(for spec: CommandSpec) -> String {
        var text = "OVERVIEW: \(spec.abstract)\n\n"
        text += wrap(spec.discussion, indent: 0) + "\n\n"
        text += "USAGE: \(usage(for: spec))\n\n"
        if !spec.operands.isEmpty {
            text += "ARGUMENTS:\n"
            for operand in spec.operands {
                text += entry(operand.name, operand.help)
            }
            text += "\n"
        }
        text += "OPTIONS:\n"
        for option in spec.options {
            var help = option.help
            if let defaultValue = option.defaultValue {
                help += " (default: \(defaultValue))"
            }
            text += entry(option.synopsis, help)
        }
        text += entry("-h, --help", "Show this help.")
        if !spec.examples.isEmpty {
            text += "\nEXAMPLES:\n"
            for example in spec.examples {
                text += example.hasPrefix("#") ? "  \(example)\n" : "  \(example)\n\n"
            }
            text.removeLast()
        }
        return text
    }

    /// `sbo sample --frame FRAME.csv --size N ... [--force]`: required options first.
    static func usage(for spec: CommandSpec) -> String {
        var parts = ["sbo", spec.name]
        parts += spec.operands.map(\.name)
        parts += spec.options.filter(\.isRequired).map(\.synopsis)
        parts += spec.options.filter { !$0.isRequired }.map { "[\($0.synopsis)]" }
        return wrap(parts.joined(separator: " "), indent: 7, firstLineUsed: 7)
            .trimmingLeadingSpaces
    }

    private static func entry(_ term: String, _ help: String) -> String {
        let column = 26
        let lead = "  " + term
        if lead.count < column - 1 {
            let padded = lead + String(repeating: " ", count: column - lead.count)
            return padded + wrap(help, indent: column, firstLineUsed: column).trimmingLeadingSpaces + "\n"
        }
        return lead + "\n" + wrap(help, indent: column) + "\n"
    }

    /// Greedy word wrap; continuation lines are indented by `indent` spaces.
    static func wrap(_ text: String, indent: Int, firstLineUsed: Int? = nil) -> String {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(repeating: " ", count: lines.isEmpty ? (firstLineUsed ?? indent) : indent)
            var lineHasWord = false
            for word in paragraph.split(separator: " ") {
                if lineHasWord, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = String(repeating: " ", count: indent)
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    fileprivate var trimmingLeadingSpaces: String {
        String(drop { $0 == " " })
    }
}
