extension CompareMessages {
    /// Russian.
    public static let russian = CompareMessages(
        heading: "Официальные итоги и данные наблюдателей",
        national: { file, level in "Общенациональные цифры из \(file) и интервалы наблюдателей (уровень доверия \(level)):" },
        columnFigure: "показатель",
        columnOfficial: "официально",
        columnObservers: "наблюдатели",
        columnInterval: { level in "интервал \(level)" },
        columnInside: "внутри",
        columnGap: "разрыв (ст. ош.)",
        yes: "да",
        no: "НЕТ",
        gapNote: "разрыв (ст. ош.): (официальная цифра − оценка наблюдателей) / стандартная ошибка.",
        stations: { points, differing, compared in
            "Участки, где официальная явка расходится с подсчётом наблюдателей более чем на \(points) п.п.: "
                + "\(differing) (сравнено участков: \(compared))"
        },
        columnStation: "участок",
        columnObserved: "наблюдатели",
        columnStationGap: "разница")
}
