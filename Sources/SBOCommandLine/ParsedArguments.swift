import SBO

/// A command line parsed against a `CommandSpec`: option values by name, flags, operands.
///
/// Parsing follows the conventions of swift-argument-parser: `--name value` or
/// `--name=value`; `--` ends the options; `-h`/`--help` anywhere asks for help. An unknown
/// option, a missing value, an option given twice or a missing required option is a
/// `UsageError` whose message suggests the nearest option name.
struct ParsedArguments {
    let spec: CommandSpec
    private(set) var values: [String: String] = [:]
    private(set) var flags: Set<String> = []
    private(set) var operands: [String] = []
    /// True when `--help` or `-h` was given: the command prints help and does nothing else.
    private(set) var wantsHelp = false

    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        self.spec = spec
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || !argument.hasPrefix("-") || argument == "-" {
                operands.append(argument)
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }
            if argument == "--help" || argument == "-h" {
                wantsHelp = true
                continue
            }
            guard argument.hasPrefix("--") else {
                throw UsageError("unknown option '\(argument)'\(Self.hint(for: argument, in: spec)); options are spelt with two dashes")
            }
            var name = String(argument.dropFirst(2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            guard let option = spec.option(named: name) else {
                throw UsageError("unknown option '--\(name)' for 'sbo \(spec.name)'\(Self.hint(for: name, in: spec)); see 'sbo \(spec.name) --help'")
            }
            if values[name] != nil || flags.contains(name) {
                throw UsageError("option '--\(name)' is given twice; give it once")
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil {
                    throw UsageError("option '--\(name)' takes no value")
                }
                flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else if index < arguments.count, !Self.looksLikeOption(arguments[index]) {
                value = arguments[index]
                index += 1
            } else {
                throw UsageError("option '--\(name)' needs a value: --\(name) \(valueName)")
            }
            let chosen = option.choices.map { choices in
                choices.first { option.choicesIgnoreCase ? $0.lowercased() == value.lowercased() : $0 == value }
            }
            if let choices = option.choices, chosen == .some(nil) {
                let suggestion = EditDistance.closest(to: value, among: choices).map { "; did you mean '\($0)'?" } ?? ""
                throw UsageError("'\(value)' is not a value of --\(name); use one of \(choices.joined(separator: ", "))\(suggestion)")
            }
            values[name] = chosen.flatMap { $0 } ?? value
        }
        if wantsHelp { return }
        for option in spec.options where option.isRequired && values[option.name] == nil {
            throw UsageError("'sbo \(spec.name)' needs \(option.synopsis); see 'sbo \(spec.name) --help'")
        }
        if operands.count > spec.operands.count {
            let extra = operands[spec.operands.count]
            throw UsageError("unexpected argument '\(extra)' for 'sbo \(spec.name)'; see 'sbo \(spec.name) --help'")
        }
        if operands.count < spec.operands.count {
            throw UsageError("'sbo \(spec.name)' needs \(spec.operands[operands.count].name); see 'sbo \(spec.name) --help'")
        }
    }

    /// A negative number is a value, not an option.
    private static func looksLikeOption(_ text: String) -> Bool {
        text.hasPrefix("-") && text != "-" && Double(text) == nil
    }

    private static func hint(for word: String, in spec: CommandSpec) -> String {
        let bare = String(word.drop { $0 == "-" })
        return EditDistance.closest(to: bare, among: spec.options.map(\.name) + ["help"])
            .map { "; did you mean '--\($0)'?" } ?? ""
    }

    // MARK: Typed access

    func string(_ name: String) -> String? {
        values[name]
    }

    /// The value of an option the spec declares required (validated at parse time).
    func required(_ name: String) -> String {
        guard let value = values[name] else {
            preconditionFailure("option --\(name) is not declared required")
        }
        return value
    }

    func flag(_ name: String) -> Bool {
        flags.contains(name)
    }

    /// Every option value and operand except those of the options `outputs`: the files a
    /// command may read, which `--force` must never replace (``OutputFile/checkWritable(_:force:inputs:)``
    /// compares them by device and inode, so values that are not files cost nothing).
    func inputs(excluding outputs: [String]) -> [String] {
        values.filter { !outputs.contains($0.key) }.map(\.value) + operands
    }

    /// A whole number option within `range`.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = Int(text.trimmingSpaces) else {
            throw UsageError("--\(name) takes a whole number, got '\(text)'")
        }
        guard range.contains(value) else {
            throw UsageError("--\(name) must be between \(range.lowerBound) and \(range.upperBound), got \(value)")
        }
        return value
    }

    /// A real-number option within `range`, both ends included.
    ///
    /// Ranges are closed and keep the maths finite: an open bound such as "below 1" let
    /// `--confidence 0.9999999999999999` through, whose normal quantile is infinite (issue 11).
    func real(_ name: String, in range: ClosedRange<Double>, hint: String = "") throws(UsageError) -> Double? {
        guard let text = values[name] else { return nil }
        guard let value = Double(text.trimmingSpaces), value.isFinite else {
            throw UsageError("--\(name) takes a number, got '\(text)'")
        }
        guard range.contains(value) else {
            throw UsageError("--\(name) must be between \(range.lowerBound.compact) and \(range.upperBound.compact), got \(text)\(hint)")
        }
        return value
    }

    /// The confidence level of `--confidence` (0.95 when absent), for every command that has it.
    ///
    /// From 0.5 to 0.999999: below one half an interval says nothing an observer can use, and
    /// above 1 − 10⁻⁶ the quantiles of the normal, t and beta distributions are no longer
    /// distinct from 1 in double precision (0.9999999999999999 made them infinite).
    func confidence() throws(UsageError) -> Double {
        try real("confidence", in: Self.confidenceRange, hint: ", e.g. 0.95") ?? 0.95
    }

    /// The accepted confidence levels (see ``confidence()``).
    static let confidenceRange = 0.5...0.999_999

    /// The chosen output format (validated against the spec's choices at parse time).
    var format: OutputFormat {
        values["format"].flatMap(OutputFormat.init(rawValue:)) ?? .table
    }
}

extension String {
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[first...last])
    }
}

extension Double {
    /// A short rendering for messages: `0.95`, `1`, `1e-06`.
    var compact: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : "\(self)"
    }
}
