extension CompareMessages {
    /// French (typography as ``ReportMessages/french``).
    public static let french = CompareMessages(
        heading: "Résultats officiels et constats des observateurs",
        national: { file, level in "Chiffres nationaux de \(file) face aux intervalles à \(level) des observateurs\u{A0}:" },
        columnFigure: "chiffre",
        columnOfficial: "officiel",
        columnObservers: "observateurs",
        columnInterval: { level in "intervalle à \(level)" },
        columnInside: "dedans",
        columnGap: "écart (é.-t.)",
        yes: "oui",
        no: "NON",
        gapNote: "écart (é.-t.)\u{A0}: (officiel − estimation des observateurs) / écart-type.",
        stations: { points, differing, compared in
            "Bureaux dont la participation officielle s’écarte du décompte des observateurs de plus de \(points) points\u{A0}: "
                + "\(differing) (bureaux comparés\u{A0}: \(compared))"
        },
        columnStation: "bureau",
        columnObserved: "observée",
        columnStationGap: "écart")
}
