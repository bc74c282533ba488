/// One option of a command: the single declaration that drives parsing, help and error text.
struct OptionSpec: Sendable {
    /// The long name without dashes, e.g. `seed` for `--seed`.
    let name: String
    /// The placeholder shown in help for the value (`SEED`), or nil for a flag without value.
    let valueName: String?
    /// One or two sentences for the help screen.
    let help: String
    /// Whether the command cannot run without it.
    let isRequired: Bool
    /// The default, as shown in help, when there is one.
    let defaultValue: String?
    /// The accepted values when the option takes one of a fixed set.
    let choices: [String]?
    /// Whether a value matches its choice in any letter case ("FR" is "fr"); the parser
    /// passes on the choice as spelled here.
    var choicesIgnoreCase = false

    /// An option that takes a value.
    static func value(
        _ name: String, _ valueName: String, _ help: String, required: Bool = false,
        default defaultValue: String? = nil, choices: [String]? = nil
    ) -> OptionSpec {
        OptionSpec(
            name: name, valueName: valueName, help: help, isRequired: required,
            defaultValue: defaultValue, choices: choices)
    }

    /// A flag: present or absent.
    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(
            name: name, valueName: nil, help: help, isRequired: false, defaultValue: nil,
            choices: nil)
    }

    /// `--format` for commands with tabular results.
    static func format(_ choices: [String] = OutputFormat.tabular.map(\.rawValue)) -> OptionSpec {
        .value(
            "format", "FORMAT", "How to print the result: " + choices.joined(separator: ", ") + ".",
            default: "table", choices: choices)
    }

    /// `--force`, for commands that write a file.
    static let force = OptionSpec.flag("force", "Replace the output file if it exists.")

    /// The text that stands for the option in a usage line or the option list.
    var synopsis: String {
        valueName.map { "--\(name) \($0)" } ?? "--\(name)"
    }
}
