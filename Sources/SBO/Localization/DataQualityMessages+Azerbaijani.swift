extension DataQualityMessages {
    /// Azerbaijani (Latin script).
    public static let azerbaijani = DataQualityMessages(
        rowsRead: { file, rows, stations in "\(file): oxunan sətirlər: \(rows), saxlanılan məntəqələr: \(stations)" },
        duplicateIdentical: { file, line, station, dropped in
            "\(file):\(line): «\(station)» məntəqəsi eyni cavablarla yenidən göndərilib (sətirlər: \(dropped.joined(separator: ", "))); bir dəfə saxlanılıb"
        },
        duplicateResolved: { file, line, station, columns, latest, dropped in
            "\(file):\(line): «\(station)» məntəqəsi \(columns.joined(separator: ", ")) üzrə fərqli qiymətlərlə yenidən göndərilib; \(latest ? "ən son" : "ilk") göndəriş saxlanılıb (sətir \(line)), atılan sətirlər: \(dropped.joined(separator: ", ")) (--duplicates \(latest ? "latest" : "first"))"
        },
        columnsNotUsed: { columns, reason in
            let quoted = columns.map { "«\($0)»" }.joined(separator: ", ")
            return columns.count == 1
                ? "\(quoted) sütunu istifadə olunmur: \(reason)"
                : "\(quoted) sütunları istifadə olunmur: \(reason)"
        },
        reasonMarkedIgnore: { codebook in "\(codebook) faylında ignore kimi qeyd olunub" },
        reasonCount: { line, value in
            "saylar" + (line.map { " (sətir \($0): «\(value ?? "")»)" } ?? "")
                + "; yalnız ballots_cast, registered_voters və votes_* sayları qiymətləndirilir"
        },
        reasonSecondTime: { time in "ikinci vaxt sütunu; vaxt \(time) sütunundan götürülür" },
        reasonUnreadableTimes: { line, value in
            "göndəriş vaxtları ISO 8601 kimi oxunmur (sətir \(line): «\(value)»); bütün belə xanaların siyahısı üçün sütunu --time-column ilə göstərin"
        },
        reasonMetadata: "forma metaməlumatları (KoboToolbox/ODK), müşahidə deyil",
        reasonNotYesNo: { line, value in "bəli/xeyr cavabları deyil (sətir \(line): «\(value)»)" },
        reasonNotAmongIndicators: "--indicators siyahısında deyil",
        reasonNotAnOfficialCount: { column in
            "rəsmi say deyil (təhlil registered_voters, ballots_cast və votes_* oxuyur); --by \(column) onun hər qiyməti üzrə təhlil edir"
        },
        unreadableAnswer: { file, line, column, value, suggestion in
            "\(file):\(line): \(column) «\(value)» bəli/xeyr cavabı deyil" + (suggestion.map { " («\($0)» nəzərdə tutulub?)" } ?? "")
        },
        treatedAsMissing: { answer in "\(answer); cavabsız sayılıb (--bad-answers missing)" },
        problemNotACount: { column, value in "\(column) «\(value)» 0-dan kiçik olmayan tam ədəd deyil" },
        problemBallotsAboveRegistered: { ballots, registered in
            "ballots_cast (\(ballots)) qeydiyyatdakı seçicilərin sayından (\(registered)) çoxdur"
        },
        problemVotesAboveBallots: { votes, ballots in "votes_* sütunlarının cəmi (\(votes)) ballots_cast-dan (\(ballots)) çoxdur" },
        impossibleCount: { file, line, station, problems in "\(file):\(line): «\(station)» məntəqəsi: \(problems.joined(separator: "; "))" },
        leftOutOfRatios: { count in "\(count); seçici fəallığına və səs paylarına daxil edilməyib (--bad-counts exclude)" })
}
