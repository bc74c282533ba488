extension DataQualityMessages {
    /// English: the reference every other language translates, and the text of the error
    /// messages and of JSON.
    public static let english = DataQualityMessages(
        rowsRead: { file, rows, stations in
            "\(file): \(rows) row\(rows == "1" ? "" : "s") read, \(stations) station\(stations == "1" ? "" : "s") kept"
        },
        duplicateIdentical: { file, line, station, dropped in
            "\(file):\(line): station '\(station)' was submitted again with the same answers "
                + "(line\(dropped.count == 1 ? "" : "s") \(dropped.joined(separator: ", "))); kept once"
        },
        duplicateResolved: { file, line, station, columns, latest, dropped in
            let which = latest ? "latest" : "first"
            return "\(file):\(line): station '\(station)' was submitted again with different "
                + "\(columns.joined(separator: ", ")); kept the \(which) submission "
                + "(line \(line)), dropped line\(dropped.count == 1 ? "" : "s") \(dropped.joined(separator: ", ")) (--duplicates \(which))"
        },
        columnsNotUsed: { columns, reason in
            let quoted = columns.map { "'\($0)'" }
            return quoted.count == 1
                ? "column \(quoted[0]) is not used: \(reason)"
                : "columns \(quoted.joined(separator: ", ")) are not used: \(reason)"
        },
        reasonMarkedIgnore: { codebook in "marked ignore in \(codebook)" },
        reasonCount: { line, value in
            "a count" + (line.map { " (line \($0) has '\(value ?? "")')" } ?? "")
                + "; only ballots_cast, registered_voters and votes_* counts are estimated"
        },
        reasonSecondTime: { time in "a second time column; the time is \(time)" },
        reasonUnreadableTimes: { line, value in
            "submission times not readable as ISO 8601 (line \(line) has '\(value)'); name it with --time-column to list every such cell"
        },
        reasonMetadata: "form metadata (KoboToolbox/ODK), not an observation",
        reasonNotYesNo: { line, value in "not yes/no answers (line \(line) has '\(value)')" },
        reasonNotAmongIndicators: "not among --indicators",
        reasonNotAnOfficialCount: { column in
            "not an official count (the forensics read registered_voters, ballots_cast and votes_*); --by \(column) analyses per value of it"
        },
        unreadableAnswer: { file, line, column, value, suggestion in
            "\(file):\(line): \(column) '\(value)' is not a yes/no answer" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        },
        treatedAsMissing: { answer in "\(answer); treated as not answered (--bad-answers missing)" },
        problemNotACount: { column, value in "\(column) '\(value)' is not a whole number of at least 0" },
        problemBallotsAboveRegistered: { ballots, registered in "ballots_cast \(ballots) is more than its \(registered) registered voters" },
        problemVotesAboveBallots: { votes, ballots in "the votes_* columns sum to \(votes), more than ballots_cast \(ballots)" },
        impossibleCount: { file, line, station, problems in "\(file):\(line): station '\(station)': \(problems.joined(separator: "; "))" },
        leftOutOfRatios: { count in "\(count); left out of turnout and vote shares (--bad-counts exclude)" })
}
