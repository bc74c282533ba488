extension EstimateTableMessages {
    /// Spanish.
    public static let spanish = EstimateTableMessages(
        heading: "Estimaciones",
        sample: { file, sampled, reserves, strata in
            "Muestra: \(file); mesas sorteadas: \(sampled)" + (reserves.map { ", mesas de reserva: \($0)" } ?? "") + ", estratos: \(strata)"
        },
        reporting: { stations, reserves, file in
            "Mesas que informaron: \(stations)" + (reserves.map { " (de ellas, de reserva: \($0))" } ?? "") + ", según \(file)"
        },
        bootstrapIntervals: { method, level, replicates, scheme, seed in
            "Intervalos: \(method), confianza del \(level), réplicas: \(replicates), esquema \(scheme), semilla «\(seed)»"
        },
        analyticIntervals: { method, level, df in
            "Intervalos: \(method), confianza del \(level), t con grados de libertad: \(df) (mesas que informaron − estratos)"
        },
        domains: { column in "Dominios: por \(column)" },
        columnIndicator: "indicador",
        columnRatio: "razón",
        columnEstimate: "estimación",
        columnInterval: { level in "intervalo al \(level)" },
        columnAnswered: "respondieron",
        columnYes: "sí",
        columnDesignEffect: "efecto de diseño",
        columnWorstCase: "peor caso",
        columnStations: "mesas",
        columnNotes: "notas",
        allStations: "todas",
        nothingToEstimate: "Nada que estimar: OBS.csv no tiene columnas de indicadores ni recuentos ballots_cast o votes_*.",
        legend: "estimación e intervalo (sus dos extremos) en porcentaje; respondieron: mesas que respondieron; efecto de diseño: la varianza comparada con la de un muestreo aleatorio simple; peor caso: el porcentaje si cada mesa de la muestra que no informó o no respondió hubiera respondido no, y sí.",
        notesHeading: "Notas:",
        dataHeading: "Datos:",
        bootstrapNote: { scheme, fpc in
            "bootstrap: \(scheme) (Rao–Wu reescalado, n_h − 1 de n_h dentro de los estratos"
                + (fpc
                    ? ", con la corrección por población finita √(1 − n_h/N_h) de los estratos aleatorios simples, ninguna para los estratos PPS y sin varianza de las mesas incluidas con certeza, como los errores estándar linealizados"
                    : ", sin corrección por población finita, como subbootweights de R survey")
                + "); los errores estándar son la desviación típica de las réplicas"
        },
        singleStationStrataNote: { strata in
            "los estratos con una sola mesa que informó se remuestrean con un signo aleatorio (peso × (1 ± √f)), lo que añade la varianza de la regla linealizada \"adjust\": \(strata)"
        },
        logitRatioNote: "participación y porcentajes de voto: intervalo t en la escala logit (método delta sobre el error estándar linealizado), para que quede entre 0 y 100\u{A0}%; si en alguna mesa la razón supera el 100\u{A0}%, el intervalo sigue siendo estimación ± t·EE",
        emptyStrataNote: { strata in
            "ninguna mesa informó en el estrato \(strata): queda fuera de todas las estimaciones, que entonces solo cubren los estratos que informaron"
        })
}
