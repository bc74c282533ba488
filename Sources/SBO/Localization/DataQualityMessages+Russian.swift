extension DataQualityMessages {
    /// Russian.
    public static let russian = DataQualityMessages(
        rowsRead: { file, rows, stations in "\(file): прочитано строк: \(rows), оставлено участков: \(stations)" },
        duplicateIdentical: { file, line, station, dropped in
            "\(file):\(line): участок «\(station)» прислан повторно с теми же ответами (строки: \(dropped.joined(separator: ", "))); учтён один раз"
        },
        duplicateResolved: { file, line, station, columns, latest, dropped in
            "\(file):\(line): участок «\(station)» прислан повторно с другими значениями в \(columns.joined(separator: ", ")); оставлена \(latest ? "последняя" : "первая") отправка (строка \(line)), отброшены строки: \(dropped.joined(separator: ", ")) (--duplicates \(latest ? "latest" : "first"))"
        },
        columnsNotUsed: { columns, reason in
            let quoted = columns.map { "«\($0)»" }.joined(separator: ", ")
            return columns.count == 1
                ? "столбец \(quoted) не используется: \(reason)"
                : "столбцы \(quoted) не используются: \(reason)"
        },
        reasonMarkedIgnore: { codebook in "пометка ignore в \(codebook)" },
        reasonCount: { line, value in
            "числа" + (line.map { " (в строке \($0) — «\(value ?? "")»)" } ?? "")
                + "; оцениваются только числа ballots_cast, registered_voters и votes_*"
        },
        reasonSecondTime: { time in "второй столбец времени; время берётся из \(time)" },
        reasonUnreadableTimes: { line, value in
            "время отправки не читается как ISO 8601 (в строке \(line) — «\(value)»); укажите столбец через --time-column, чтобы получить список всех таких ячеек"
        },
        reasonMetadata: "служебные поля формы (KoboToolbox/ODK), а не наблюдения",
        reasonNotYesNo: { line, value in "не ответы «да/нет» (в строке \(line) — «\(value)»)" },
        reasonNotAmongIndicators: "нет в --indicators",
        reasonNotAnOfficialCount: { column in
            "не официальные числа (анализ читает registered_voters, ballots_cast и votes_*); --by \(column) даёт анализ по каждому значению"
        },
        unreadableAnswer: { file, line, column, value, suggestion in
            "\(file):\(line): \(column) «\(value)» — не ответ «да/нет»" + (suggestion.map { " (может быть, «\($0)»?)" } ?? "")
        },
        treatedAsMissing: { answer in "\(answer); считается отсутствием ответа (--bad-answers missing)" },
        problemNotACount: { column, value in "\(column) «\(value)» — не целое неотрицательное число" },
        problemBallotsAboveRegistered: { ballots, registered in
            "ballots_cast (\(ballots)) больше числа зарегистрированных избирателей (\(registered))"
        },
        problemVotesAboveBallots: { votes, ballots in "сумма столбцов votes_* (\(votes)) больше ballots_cast (\(ballots))" },
        impossibleCount: { file, line, station, problems in "\(file):\(line): участок «\(station)»: \(problems.joined(separator: "; "))" },
        leftOutOfRatios: { count in "\(count); не учитывается в явке и долях голосов (--bad-counts exclude)" })
}
