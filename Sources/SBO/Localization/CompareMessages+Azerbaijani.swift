extension CompareMessages {
    /// Azerbaijani (Latin script).
    public static let azerbaijani = CompareMessages(
        heading: "Rəsmi nəticələr və müşahidəçilərin məlumatları",
        national: { file, level in "\(file) üzrə ümummilli rəqəmlər müşahidəçilərin \(level) intervalları ilə müqayisədə:" },
        columnFigure: "rəqəm",
        columnOfficial: "rəsmi",
        columnObservers: "müşahidəçilər",
        columnInterval: { level in "\(level) interval" },
        columnInside: "daxilində",
        columnGap: "fərq (st. xəta)",
        yes: "bəli",
        no: "XEYR",
        gapNote: "fərq (st. xəta): (rəsmi rəqəm − müşahidəçilərin qiyməti) / standart xəta.",
        stations: { points, differing, compared in
            "Rəsmi fəallığı müşahidəçilərin saydığından \(points) bənddən çox fərqlənən məntəqələr: "
                + "müqayisə olunan \(compared) məntəqədən \(differing)"
        },
        columnStation: "məntəqə",
        columnObserved: "müşahidə",
        columnStationGap: "fərq")
}
