import SBO

/// `--language CODE`, the same on every command that writes for people: one of
/// ``ReportLanguage``'s codes in any letter case ("FR" is "fr"), checked by the parser against
/// the option's choices like any other (an unknown code is a usage error that lists the known
/// ones), English by default. Tests: `EstimateCommandTests.languageWritesTheTables`,
/// `ReportCommandTests.languageMethodAndSuccessLine`, `ArgumentParsingTests.languageIgnoresCase`.
enum LanguageOption {
    /// The option, with what it translates in `what` ("The report's language", ...).
    static func spec(_ what: String) -> OptionSpec {
        var option = OptionSpec.value(
            "language", "CODE",
            what + ": " + ReportLanguage.allCases.map(\.code).joined(separator: ", ")
                + " (English, French, Spanish, Russian, Arabic — right to left —, Azerbaijani).",
            default: ReportLanguage.english.code, choices: ReportLanguage.allCases.map(\.code))
        option.choicesIgnoreCase = true
        return option
    }

    /// The language asked for.
    static func language(_ arguments: ParsedArguments) -> ReportLanguage {
        arguments.string("language").flatMap(ReportLanguage.init(code:)) ?? .english
    }
}
