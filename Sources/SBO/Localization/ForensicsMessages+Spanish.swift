extension ForensicsMessages {
    /// Spanish.
    public static let spanish = ForensicsMessages(
        defaultTitle: "Análisis de los resultados oficiales",
        heading: "Lo que los resultados oficiales dicen de sí mismos",
        reproducible: { seed, simulations in
            "Semilla \(seed), simulaciones: \(simulations); los mismos archivos y la misma semilla dan la misma página."
        },
        allStations: "todas",
        columnFigure: "cifra",
        columnObserved: "observadas",
        columnUnobserved: "no observadas",
        columnDifference: "diferencia",
        columnInterval: "intervalo",
        columnP: "p",
        columnStations: "mesas",
        range: { low, high in "de \(low) a \(high)" },
        observerEffectTitle: "Efecto de la presencia de observadores",
        observerDifferenceNote: "diferencia = no observadas − observadas, en puntos porcentuales: positiva donde la cifra es más alta en las mesas que nadie vigiló.",
        observerSecrecyNote: "Solo es válido si la muestra se mantuvo en secreto hasta el cierre de las mesas: el compromiso de la semilla publicado antes del día de la elección es la prueba.",
        observerMethodNote: { level, simulations in
            "Estratos ponderados por su número de mesas; intervalo t al \(level) (varianza de Neyman, razones linealizadas); p a partir de nuevos sorteos de las mesas observadas dentro de los estratos (sorteos: \(simulations); Hyde 2007, Enikolopov et al. 2013)."
        },
        observerUnstratifiedNote: "OFFICIAL.csv no tiene una columna con los estratos de la muestra, así que todas las mesas se comparan como un solo estrato: solo es insesgado si la asignación fue proporcional.",
        observerPPSNote: "En algunos estratos la muestra se sorteó con probabilidad proporcional al tamaño, así que allí las mesas observadas son más grandes que la media: la comparación mezcla el efecto de los observadores con el del tamaño.",
        observerMissingNote: { n in "Mesas observadas que no figuran en los resultados oficiales y se dejan fuera: \(n)." },
        crossCheckTitle: "Participación oficial menos participación observada en las mesas observadas",
        columnMeanGap: "brecha media",
        columnYesOf: { name in "\(name): sí" },
        columnNoOf: { name in "\(name): no" },
        columnGapYes: "brecha (sí)",
        columnGapNo: "brecha (no)",
        crossCheckGapNote: "Brechas en puntos porcentuales (oficial − recuento de los observadores).",
        crossCheckWelchNote: { name in
            "p: prueba bilateral de Welch de que la brecha es la misma donde los observadores respondieron sí y no a «\(name)»."
        },
        integerTitle: "Mesas con un porcentaje exacto",
        columnAtWholePercent: "en % exacto",
        columnExpected: "esperado",
        integerNote: "Una mesa está en un porcentaje exacto cuando su cifra queda a menos de medio voto de un porcentaje entero; se dejan fuera las mesas con 100 o menos (electores inscritos o votos válidos) (Kobak, Shpilkin y Pshenichnikov 2016).",
        integerExpectedNote: { approximation, simulations in
            "esperado: si la cifra de cada mesa fuera binomial con su propio tamaño y su propia tasa; p: unilateral, "
                + (approximation ? "de la aproximación normal refinada de la distribución de ese número donde la simulación sería demasiado lenta, y si no, " : "")
                + "de simulaciones (\(simulations))."
        },
        fullTurnoutTitle: "Mesas con participación total",
        fullTurnoutNote: "Papeletas emitidas según los datos oficiales iguales o superiores al 99\u{A0}% y al 100\u{A0}% de los electores inscritos.",
        lastDigitTitle: "Últimas cifras de los recuentos de votos",
        columnCounts: "recuentos",
        columnChiSquare: "ji cuadrado",
        columnAdjustedP: "p ajustado",
        lastDigitNote: { count, median, stations in
            "Últimas cifras de los recuentos por mesa de cada candidato, de \(count) votos o más, frente a una distribución uniforme (ji cuadrado con 9 grados de libertad; Beber y Scacco 2012); no se somete a prueba a un candidato cuyo recuento mediano es inferior a \(median) o que tiene menos de \(stations) recuentos: los números pequeños no tienen últimas cifras uniformes."
        },
        adjustedNote: { perGroup in
            "p ajustado: Benjamini–Hochberg sobre los candidatos" + (perGroup ? " de cada grupo." : ".")
        },
        fingerprintCaption: { domain, leader in
            "Huella (Klimek et al. 2012)\(domain.map { ", " + $0 } ?? ""): electores según la participación y el porcentaje de \(leader), un cuadrado por punto porcentual, más oscuro cuantos más electores. El relleno de urnas la estira hacia la esquina superior derecha."
        },
        fingerprintTitle: { leader, domain in
            "Huella: electores según la participación (x) y el porcentaje de \(leader) (y)" + (domain.map { ", \($0)" } ?? "")
        },
        fingerprintTurnoutAxis: "participación",
        fingerprintShareAxis: { leader in "porcentaje de \(leader)" })
}
