extension CompareMessages {
    /// Spanish.
    public static let spanish = CompareMessages(
        heading: "Resultados oficiales frente a los observadores",
        national: { file, level in "Cifras nacionales de \(file) frente a los intervalos del \(level) de los observadores:" },
        columnFigure: "cifra",
        columnOfficial: "oficial",
        columnObservers: "observadores",
        columnInterval: { level in "intervalo del \(level)" },
        columnInside: "dentro",
        columnGap: "dif. (e.e.)",
        yes: "sí",
        no: "NO",
        gapNote: "dif. (e.e.): (oficial − estimación de los observadores) / error estándar.",
        stations: { points, differing, compared in
            "Mesas cuya participación oficial difiere del recuento de los observadores en más de \(points) puntos: "
                + "\(differing) (mesas comparadas: \(compared))"
        },
        columnStation: "mesa",
        columnObserved: "observada",
        columnStationGap: "diferencia")
}
