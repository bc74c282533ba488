extension DataQualityMessages {
    /// Arabic (right to left; names from the data stay as they are).
    public static let arabic = DataQualityMessages(
        rowsRead: { file, rows, stations in "\(file): الصفوف المقروءة: \(rows)، المراكز المعتمدة: \(stations)" },
        duplicateIdentical: { file, line, station, dropped in
            "\(file):\(line): أُرسل المركز «\(station)» مرة أخرى بالإجابات نفسها (الأسطر: \(dropped.joined(separator: "، ")))؛ احتُفظ به مرة واحدة"
        },
        duplicateResolved: { file, line, station, columns, latest, dropped in
            "\(file):\(line): أُرسل المركز «\(station)» مرة أخرى بقيم مختلفة في \(columns.joined(separator: "، "))؛ احتُفظ بالإرسال \(latest ? "الأحدث" : "الأول") (السطر \(line))، واستُبعدت الأسطر: \(dropped.joined(separator: "، ")) (--duplicates \(latest ? "latest" : "first"))"
        },
        columnsNotUsed: { columns, reason in
            let quoted = columns.map { "«\($0)»" }.joined(separator: "، ")
            return columns.count == 1
                ? "العمود \(quoted) غير مستخدم: \(reason)"
                : "الأعمدة \(quoted) غير مستخدمة: \(reason)"
        },
        reasonMarkedIgnore: { codebook in "عليه وسم ignore في \(codebook)" },
        reasonCount: { line, value in
            "أعداد" + (line.map { " (في السطر \($0): «\(value ?? "")»)" } ?? "")
                + "؛ لا تُقدَّر إلا أعداد ballots_cast وregistered_voters وvotes_*"
        },
        reasonSecondTime: { time in "عمود وقت ثانٍ؛ الوقت المعتمد هو \(time)" },
        reasonUnreadableTimes: { line, value in
            "أوقات إرسال لا تُقرأ بصيغة ISO 8601 (في السطر \(line): «\(value)»)؛ سمِّ العمود بـ --time-column لسرد كل تلك الخلايا"
        },
        reasonMetadata: "بيانات وصفية للاستمارة (KoboToolbox/ODK)، وليست ملاحظة",
        reasonNotYesNo: { line, value in "ليست إجابات نعم/لا (في السطر \(line): «\(value)»)" },
        reasonNotAmongIndicators: "ليس ضمن --indicators",
        reasonNotAnOfficialCount: { column in
            "ليس عددًا رسميًا (يقرأ التحليل registered_voters وballots_cast وvotes_*)؛ والخيار --by \(column) يحلل كل قيمة من قيمه"
        },
        unreadableAnswer: { file, line, column, value, suggestion in
            "\(file):\(line): \(column) «\(value)» ليست إجابة بنعم أو لا" + (suggestion.map { " (هل تقصد «\($0)»؟)" } ?? "")
        },
        treatedAsMissing: { answer in "\(answer)؛ عوملت كأنها بلا إجابة (--bad-answers missing)" },
        problemNotACount: { column, value in "\(column) «\(value)» ليس عددًا صحيحًا لا يقل عن 0" },
        problemBallotsAboveRegistered: { ballots, registered in
            "ballots_cast (\(ballots)) أكبر من عدد الناخبين المسجلين (\(registered))"
        },
        problemVotesAboveBallots: { votes, ballots in "مجموع أعمدة votes_* (\(votes)) أكبر من ballots_cast (\(ballots))" },
        impossibleCount: { file, line, station, problems in "\(file):\(line): المركز «\(station)»: \(problems.joined(separator: "؛ "))" },
        leftOutOfRatios: { count in "\(count)؛ استُبعد من نسبة المشاركة ونسب الأصوات (--bad-counts exclude)" })
}
