extension EstimateTableMessages {
    /// Russian.
    public static let russian = EstimateTableMessages(
        heading: "Оценки",
        sample: { file, sampled, reserves, strata in
            "Выборка: \(file); отобрано участков: \(sampled)" + (reserves.map { ", резервных: \($0)" } ?? "") + ", страт: \(strata)"
        },
        reporting: { stations, reserves, file in
            "Прислали данные участков: \(stations)" + (reserves.map { " (из них резервных: \($0))" } ?? "") + ", файл \(file)"
        },
        bootstrapIntervals: { method, level, replicates, scheme, seed in
            "Интервалы: \(method), уровень доверия \(level), репликаций: \(replicates), схема \(scheme), зерно «\(seed)»"
        },
        analyticIntervals: { method, level, df in
            "Интервалы: \(method), уровень доверия \(level), t-распределение, степеней свободы: \(df) (участки, приславшие данные, минус страты)"
        },
        domains: { column in "По группам: «\(column)»" },
        columnIndicator: "показатель",
        columnRatio: "отношение",
        columnEstimate: "оценка",
        columnInterval: { level in "интервал \(level)" },
        columnAnswered: "ответили",
        columnYes: "да",
        columnDesignEffect: "дизайн-эффект",
        columnWorstCase: "крайние случаи",
        columnStations: "участки",
        columnNotes: "примечания",
        allStations: "все",
        nothingToEstimate: "Оценивать нечего: в OBS.csv нет столбцов-показателей и нет чисел ballots_cast или votes_*.",
        legend: "оценка и интервал (обе его границы) в процентах; ответили — участки, ответившие на вопрос; дизайн-эффект — дисперсия по сравнению с простой случайной выборкой; крайние случаи — доля, если бы каждый отобранный участок, не приславший данных или ответа, ответил «нет», и «да».",
        notesHeading: "Примечания:",
        dataHeading: "Данные:",
        bootstrapNote: { scheme, fpc in
            "бутстреп: \(scheme) (Рао–Ву с перемасштабированием, n_h − 1 из n_h внутри страт"
                + (fpc
                    ? ", с поправкой на конечность совокупности √(1 − n_h/N_h) для страт с простым случайным отбором, без неё для страт с PPS, без дисперсии от участков, отобранных наверняка, — как у линеаризованных стандартных ошибок"
                    : ", без поправки на конечность совокупности, как subbootweights в R survey")
                + "); стандартные ошибки — стандартное отклонение по репликациям"
        },
        singleStationStrataNote: { strata in
            "страты, где данные прислал один участок, перевыбираются случайным знаком (вес × (1 ± √f)), что добавляет дисперсию линеаризованного правила «adjust»: \(strata)"
        },
        logitRatioNote: "явка и доли голосов: t-интервал в логит-шкале (дельта-метод по линеаризованной стандартной ошибке), чтобы он оставался в пределах 0–100\u{A0}%; если на каком-то участке отношение больше 100\u{A0}%, интервал остаётся «оценка ± t·СО»",
        emptyStrataNote: { strata in
            "в страте \(strata) ни один участок не прислал данных: она выпадает из всех оценок, которые тогда охватывают только страты, приславшие данные"
        })
}
