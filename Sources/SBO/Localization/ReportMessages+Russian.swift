extension ReportMessages {
    /// Russian. Counts stand after a colon or in parentheses, so that no noun agrees with a
    /// number; a decimal is followed by the genitive singular ("19,7 процентного пункта"),
    /// which is right for every number written with a decimal.
    public static let russian = ReportMessages(
        defaultTitle: "Наблюдение за выборами: что увидели наблюдатели",
        lede: { stations, level in
            "Статистически обоснованное наблюдение: оценки по случайной выборке избирательных участков (участков: \(stations)), уровень доверия интервалов \(level)."
        },
        summaryHeading: "Коротко",
        irregularityShare: { label, share, low, high in
            "Наблюдатели отметили «\(label)» примерно на \(share) избирательных участков (от \(low) до \(high))."
        },
        irregularityNone: { label, stations, upper, level in
            "«\(label)»: не отмечено ни на одном из обследованных участков (\(stations)), значит — не более чем на \(upper) всех участков (уровень доверия \(level))."
        },
        conditionShare: { label, share, low, high in
            "«\(label)»: да примерно на \(share) избирательных участков (от \(low) до \(high))."
        },
        conditionNone: { label, stations, upper, level in
            "«\(label)»: ни на одном из обследованных участков (\(stations)), значит — не более чем на \(upper) всех участков (уровень доверия \(level))."
        },
        turnoutSentence: { share, low, high in "Явка, по оценке, составила \(share) (от \(low) до \(high))." },
        candidateSentence: { name, share, low, high in
            "\(name): по оценке, \(share) голосов (от \(low) до \(high))."
        },
        officialSentence: { official, inside in
            inside ? "Официальная цифра, \(official), лежит внутри этого интервала."
                : "Официальная цифра, \(official), лежит вне этого интервала."
        },
        intervalBoxHeading: { level in "Что означает интервал с уровнем доверия \(level)" },
        intervalBoxText: { level, outOf100 in [
            "Наблюдатели работали на случайной выборке участков, а не на всех. Другая выборка дала бы немного другие цифры. Интервал — это диапазон значений, согласующихся с тем, что увидела эта выборка.",
            "Интервалы, построенные таким способом, содержат истинное значение для всех участков в \(outOf100) выборках из 100. Значения у краёв менее вероятны, чем в середине, но возможны; значения за пределами интервала маловероятны.",
            "Интервал учитывает только случайность выборки, но не ошибки наблюдателей и не участки, куда наблюдателей не пустили.",
        ] },
        methodHeading: "Как получены эти цифры",
        methodDrawn: { reporting, sampled, frame, pps, stratifiedBy, strata, reserves in
            var text = "Наблюдатели прислали данные с \(reporting) из \(sampled) участков, отобранных случайным образом"
            if let pps { text += " с вероятностью, пропорциональной \(pps)," }
            text += " из всех участков страны (\(frame))"
            if let stratifiedBy {
                text += ", со стратификацией по \(stratifiedBy) (страт: \(strata))"
            } else if strata != "1" {
                text += " (страт: \(strata))"
            }
            if let reserves { text += ", а также с резервных участков, отобранных вместе с ними: \(reserves)" }
            return text + "."
        },
        methodNoInterval: { df in
            "Цифры — доли избирательных участков; доверительного интервала у них нет: число степеней свободы \(df) (участки с данными минус страты), а нужно не меньше двух участков с данными в каждой страте."
        },
        methodIntervals: { level, description, widest in
            "Цифры — доли избирательных участков с доверительным интервалом (уровень доверия \(level); \(description))"
                + (widest.map { "; самый широкий интервал охватывает \($0) процентного пункта." } ?? ".")
        },
        methodRatios: { widest in
            "Явка и доли голосов — отношения голосов, подсчитанных на этих участках; самый широкий их интервал охватывает \(widest) процентного пункта."
        },
        methodWeights: "Каждый участок учитывается с весом, обратным вероятности его отбора; отобранный участок, не приславший данных, считается неответом внутри своей страты.",
        methodEmptyStrata: { strata in "Ни один участок не прислал данных в стратах: \(strata); цифры охватывают только остальные страты." },
        analyticInterval: { method, df in "\(method), t-распределение, степеней свободы: \(df)" },
        bootstrapInterval: { scheme, replicates, interval, seed in "\(scheme), репликаций: \(replicates), \(interval), зерно \(seed)" },
        schemeIID: "бутстреп",
        schemeRaoWu: "бутстреп Рао–Ву с перемасштабированием внутри страт",
        schemeRaoWuFPC: "бутстреп Рао–Ву с перемасштабированием внутри страт и поправкой на конечность совокупности",
        percentileInterval: "процентильный интервал",
        basicInterval: "базовый интервал",
        bcaInterval: "интервал с поправкой на смещение и ускорение (BCa)",
        irregularitiesHeading: "Нарушения, отмеченные наблюдателями",
        conditionsHeading: "Условия, которые должны соблюдаться",
        indicatorCaption: { level in "Доля избирательных участков. Точка — оценка; линия — доверительный интервал (уровень доверия \(level))." },
        nothingToEstimate: "Оценивать нечего: в наблюдениях нет столбцов да/нет и нет счётчиков ballots_cast или votes_*.",
        columnIndicator: "Вопрос",
        columnShare: "Доля участков",
        columnInterval: { level in "Интервал (\(level))" },
        columnAnswering: "Ответили участков",
        columnYes: "Да",
        columnNotes: "Примечания",
        ratiosHeading: "Явка и доли голосов",
        ratioCaption: { level, official in
            "Точка — оценка наблюдателей; линия — доверительный интервал (уровень доверия \(level))."
                + (official ? " Штрих — официальная цифра (красный, если она вне интервала)." : "")
        },
        turnoutLabel: "Явка",
        leadingCandidatesTitle: "Явка и ведущие кандидаты",
        smallCandidatesTitle: { end in "Остальные кандидаты (обратите внимание на шкалу: от 0 до \(end))" },
        columnFigure: "Показатель",
        columnEstimate: "Оценка наблюдателей",
        columnStations: "Участки",
        columnOfficial: "Официально",
        columnOfficialInside: "Официальная цифра в интервале",
        yes: "да",
        outsideBy: { se, above in "нет: на \(se) СО \(above ? "выше" : "ниже")" },
        outside: "нет",
        standardErrorNote: "СО — стандартная ошибка оценки наблюдателей. Чем больше стандартных ошибок отделяет официальную цифру от оценки наблюдателей, тем хуже случайность выборки объясняет расхождение.",
        domainsHeading: { column in "По значениям «\(column)»" },
        domainsNote: { column in
            "По панели на каждое значение «\(column)», строки в том же порядке, что и на общих графиках выше. Каждая панель опирается только на свои участки, поэтому интервалы шире; n — число участков, приславших данные."
        },
        domainsOfficialNote: { column in
            "Штрих — официальная цифра, подсчитанная по участкам этого значения «\(column)» в официальных итогах; её значение стоит после интервала, за знаком «·» (красным, если она вне интервала)."
        },
        domainStations: { n in "n = \(n)" },
        domainTooFew: { n in "участков всего \(n): слишком мало для выводов" },
        discrepanciesHeading: "Участки, где официальная и наблюдаемая явка расходятся",
        discrepanciesSummary: { compared, differing, points in
            "Обследованных участков, найденных в официальных результатах: \(compared). Из них официальная явка отличается от подсчёта наблюдателей более чем на \(points) п.\u{A0}п. на участках: \(differing)."
        },
        columnStation: "Участок",
        columnObservedTurnout: "Наблюдаемая явка",
        columnOfficialTurnout: "Официальная явка",
        columnDifference: "Разница (п.\u{A0}п.)",
        notInOfficial: { ids in "Нет в официальных результатах: \(ids)." },
        dataHeading: "Прочитанные данные",
        footerHeading: "Проверить и повторить",
        seedCommitment: "Хеш-обязательство зерна",
        seed: "Зерно (seed)",
        frame: "Основа выборки",
        frameStations: { n in "участков: \(n)" },
        sampleInManifest: "Выборка в манифесте",
        matchesSample: "совпадает с прочитанным файлом выборки",
        doesNotMatchSample: "НЕ совпадает с прочитанным файлом выборки",
        drawnBy: "Отобрано",
        drawnByText: { version, command in "sbo \(version); проверка: \(command)" },
        noManifest: "Манифест выборки",
        noManifestText: "рядом с файлом выборки его нет: зерно и хеш основы выборки здесь не записаны",
        file: { role in "Файл: \(role)" },
        roleSample: "выборка",
        roleObservations: "наблюдения",
        roleOfficial: "официальные результаты",
        producedBy: "Создано",
        reproducedBy: "Этот отчёт побайтно воспроизводится командой:",
        chartEstimate: "оценка",
        chartInterval: { level in "интервал (\(level))" },
        chartOfficial: "официальная цифра",
        chartOfficialOutside: "официальная, вне интервала",
        chartSource: { file, stations, level in "Источник: \(file), участков с данными: \(stations); уровень доверия интервалов \(level)." },
        sharesTitle: "Доля избирательных участков",
        nothingToPlot: "Нечего изобразить: нет показателей, явки или голосов.",
        noAnswers: "нет ответов",
        noInterval: "слишком мало участков для интервала",
        singleStationStrataShort: "страты с одним участком",
        noVotes: "голоса не подсчитаны",
        note: { note in
            switch note {
            case .noAnswers: "ни один участок с данными не ответил"
            case .degreesOfFreedomNotPositive(let df):
                "степеней свободы: \(df) (участки минус страты) — доверительного интервала нет; нужно больше участков в каждой страте"
            case .singleStationStrata(let names):
                "в страте \(names.joined(separator: ", ")) данные прислал один участок: его дисперсия центрирована по общей оценке (R survey.lonely.psu=\"adjust\")"
            case .zeroDenominator: "взвешенная сумма знаменателя равна нулю: отношения нет"
            }
        },
        ruleNote: { rule in
            switch rule {
            case .kornGraubardAnsweringStations:
                "оценка равна 0\u{A0}% или 100\u{A0}% (или не имеет выборочной дисперсии), и запрошенный интервал имел бы нулевую ширину: взят интервал Корна–Граубарда (Клоппера–Пирсона) с ответившими участками в качестве эффективного объёма выборки (правило NCHS)"
            case .census: "каждая ответившая страта обследована сплошь (все её участки): ошибки выборки нет"
            case .standard, .bootstrap: nil
            }
        },
        forensics: .russian,
        table: .russian,
        dataQuality: .russian,
        progress: .russian,
        compare: .russian)
}
