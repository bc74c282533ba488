extension ReportMessages {
    /// Spanish ("mesa electoral" for a polling station; percentages with "el": "el 31 %").
    public static let spanish = ReportMessages(
        defaultTitle: "Observación electoral: lo que vieron los observadores",
        lede: { stations, level in
            "Observación basada en estadística: estimaciones a partir de \(stations) mesas electorales elegidas al azar, con intervalos de confianza del \(level)."
        },
        summaryHeading: "En resumen",
        irregularityShare: { label, share, low, high in
            "Los observadores vieron «\(label)» en aproximadamente el \(share) de las mesas electorales (entre el \(low) y el \(high))."
        },
        irregularityNone: { label, stations, upper, level in
            "«\(label)»: no se vio en ninguna de las \(stations) mesas observadas, así que ocurrió como máximo en el \(upper) de todas las mesas (confianza del \(level))."
        },
        conditionShare: { label, share, low, high in
            "«\(label)»: sí en aproximadamente el \(share) de las mesas electorales (entre el \(low) y el \(high))."
        },
        conditionNone: { label, stations, upper, level in
            "«\(label)»: en ninguna de las \(stations) mesas observadas, así que como máximo en el \(upper) de todas las mesas (confianza del \(level))."
        },
        turnoutSentence: { share, low, high in "La participación se estima en un \(share) (entre el \(low) y el \(high))." },
        candidateSentence: { name, share, low, high in
            "\(name) obtuvo aproximadamente el \(share) de los votos (entre el \(low) y el \(high))."
        },
        officialSentence: { official, inside in
            inside ? "La cifra oficial, \(official), está dentro de este intervalo."
                : "La cifra oficial, \(official), está fuera de este intervalo."
        },
        intervalBoxHeading: { level in "Qué significa un intervalo del \(level)" },
        intervalBoxText: { level, outOf100 in [
            "Los observadores acudieron a una muestra de mesas elegidas al azar, no a todas. Otra muestra habría dado cifras algo distintas. El intervalo es el rango de valores compatibles con lo que vio esta muestra.",
            "Los intervalos construidos así contienen la cifra real del conjunto de las mesas en \(outOf100) de cada 100 muestras. Los valores cercanos a los extremos son menos probables que los del centro, pero posibles; los valores fuera del intervalo son poco probables.",
            "El intervalo solo cubre el azar del sorteo, no los errores de los observadores ni las mesas donde se les impidió observar.",
        ] },
        methodHeading: "Cómo se obtuvieron estas cifras",
        methodDrawn: { reporting, sampled, frame, pps, stratifiedBy, strata, reserves in
            var text = "Los observadores informaron desde \(reporting) de las \(sampled) mesas electorales elegidas al azar"
            if let pps { text += " con probabilidad proporcional a \(pps)" }
            text += " entre las \(frame) mesas del país"
            if let stratifiedBy {
                text += ", estratificadas por \(stratifiedBy) (estratos: \(strata))"
            } else if strata != "1" {
                text += " (estratos: \(strata))"
            }
            if let reserves { text += ", y desde mesas de reserva elegidas con ellas: \(reserves)" }
            return text + "."
        },
        methodNoInterval: { df in
            "Las cifras son proporciones de mesas electorales; no tienen intervalo de confianza: \(df) grados de libertad (mesas que informaron menos estratos), y se necesitan al menos dos mesas que informen por estrato."
        },
        methodIntervals: { level, description, widest in
            "Las cifras son proporciones de mesas electorales, con un intervalo de confianza del \(level) (\(description))"
                + (widest.map { "; el intervalo más amplio abarca \($0) puntos porcentuales." } ?? ".")
        },
        methodRatios: { widest in
            "La participación y los porcentajes de voto son cocientes de los votos contados en estas mesas; su intervalo más amplio abarca \(widest) puntos."
        },
        methodWeights: "Cada mesa cuenta con el inverso de su probabilidad de selección; una mesa seleccionada que no informó es una no respuesta dentro de su estrato.",
        methodEmptyStrata: { strata in "Ninguna mesa informó en: \(strata); las cifras cubren solo los demás estratos." },
        analyticInterval: { method, df in "\(method), t con \(df) grados de libertad" },
        bootstrapInterval: { scheme, replicates, interval, seed in "\(scheme), \(replicates) réplicas, \(interval), semilla \(seed)" },
        schemeIID: "bootstrap",
        schemeRaoWu: "bootstrap reescalado de Rao–Wu dentro de los estratos",
        schemeRaoWuFPC: "bootstrap reescalado de Rao–Wu dentro de los estratos, con corrección por población finita",
        percentileInterval: "intervalo de percentiles",
        basicInterval: "intervalo básico",
        bcaInterval: "intervalo corregido por sesgo y acelerado (BCa)",
        irregularitiesHeading: "Irregularidades que vieron los observadores",
        conditionsHeading: "Condiciones que deberían cumplirse",
        indicatorCaption: { level in "Proporción de mesas electorales. Punto: estimación; línea: intervalo de confianza del \(level)." },
        nothingToEstimate: "Nada que estimar: las observaciones no tienen columnas de sí/no ni recuentos ballots_cast o votes_*.",
        columnIndicator: "Pregunta",
        columnShare: "Proporción de mesas",
        columnInterval: { level in "Intervalo del \(level)" },
        columnAnswering: "Mesas que respondieron",
        columnYes: "Sí",
        columnNotes: "Notas",
        ratiosHeading: "Participación y porcentajes de voto",
        ratioCaption: { level, official in
            "Punto: estimación de los observadores; línea: intervalo de confianza del \(level)."
                + (official ? " Marca: cifra oficial (en rojo si queda fuera del intervalo)." : "")
        },
        turnoutLabel: "Participación",
        leadingCandidatesTitle: "Participación y candidatos principales",
        smallCandidatesTitle: { end in "Otros candidatos (atención a la escala: de 0 a \(end))" },
        columnFigure: "Cifra",
        columnEstimate: "Estimación de los observadores",
        columnStations: "Mesas",
        columnOfficial: "Oficial",
        columnOfficialInside: "Oficial dentro del intervalo",
        yes: "sí",
        outsideBy: { se, above in "no: \(se) EE \(above ? "por encima" : "por debajo")" },
        outside: "no",
        standardErrorNote: "EE: error estándar de los observadores. Cuantos más errores estándar separen una cifra oficial de la estimación de los observadores, menos puede explicar la diferencia el azar del sorteo.",
        domainsHeading: { column in "Por \(column)" },
        domainsNote: { column in
            "Un panel por cada valor de \(column), con las filas en el orden nacional de arriba. Cada panel se basa solo en sus propias mesas, por lo que sus intervalos son más amplios; n es el número de mesas que informaron allí."
        },
        domainsOfficialNote: { column in
            "Marca: la cifra oficial, sumada sobre las mesas de ese valor de \(column) en los resultados oficiales; su valor sigue al intervalo tras «·» (en rojo si queda fuera del intervalo)."
        },
        domainStations: { n in "n = \(n)" },
        domainTooFew: { n in "solo \(n) mesas: demasiado pocas para concluir" },
        discrepanciesHeading: "Mesas donde la participación oficial y la observada difieren",
        discrepanciesSummary: { compared, differing, points in
            "Mesas observadas que figuran en los resultados oficiales: \(compared). De ellas, \(differing) tienen una participación oficial a más de \(points) puntos del recuento de los observadores."
        },
        columnStation: "Mesa",
        columnObservedTurnout: "Participación observada",
        columnOfficialTurnout: "Participación oficial",
        columnDifference: "Diferencia (puntos)",
        notInOfficial: { ids in "No figuran en los resultados oficiales: \(ids)." },
        dataHeading: "Los datos leídos",
        footerHeading: "Comprobar y repetir",
        seedCommitment: "Compromiso de la semilla",
        seed: "Semilla",
        frame: "Marco muestral",
        frameStations: { n in "mesas: \(n)" },
        sampleInManifest: "Muestra del manifiesto",
        matchesSample: "coincide con el archivo de muestra leído",
        doesNotMatchSample: "NO coincide con el archivo de muestra leído",
        drawnBy: "Sorteada con",
        drawnByText: { version, command in "sbo \(version); compruébelo con: \(command)" },
        noManifest: "Manifiesto de la muestra",
        noManifestText: "no hay ninguno junto al archivo de muestra: la semilla y la huella del marco no constan aquí",
        file: { role in "Archivo: \(role)" },
        roleSample: "muestra",
        roleObservations: "observaciones",
        roleOfficial: "resultados oficiales",
        producedBy: "Generado por",
        reproducedBy: "Este informe se reproduce byte a byte con:",
        chartEstimate: "estimación",
        chartInterval: { level in "intervalo del \(level)" },
        chartOfficial: "cifra oficial",
        chartOfficialOutside: "oficial, fuera del intervalo",
        chartSource: { file, stations, level in "Fuente: \(file), mesas que informaron: \(stations); intervalos de confianza del \(level)." },
        sharesTitle: "Proporción de mesas electorales",
        nothingToPlot: "Nada que representar: no hay indicadores ni recuentos de participación o votos.",
        noAnswers: "sin respuestas",
        noInterval: "muy pocas mesas para un intervalo",
        singleStationStrataShort: "estratos con una sola mesa",
        noVotes: "no se contaron votos",
        note: { note in
            switch note {
            case .noAnswers: "ninguna mesa que informó respondió"
            case .degreesOfFreedomNotPositive(let df):
                "\(df) grados de libertad (mesas menos estratos): no hay intervalo de confianza; se necesitan más mesas por estrato"
            case .singleStationStrata(let names):
                "una sola mesa informó en el estrato \(names.joined(separator: ", ")): su varianza se centra en la estimación global (R survey.lonely.psu=\"adjust\")"
            case .zeroDenominator: "el total ponderado del denominador es cero: no hay cociente"
            }
        },
        ruleNote: { rule in
            switch rule {
            case .kornGraubardAnsweringStations:
                "la estimación es 0\u{A0}% o 100\u{A0}% (o no tiene varianza muestral), donde el intervalo pedido no tendría anchura: el intervalo es el de Korn–Graubard (Clopper–Pearson), con las mesas que respondieron como tamaño de muestra efectivo (regla del NCHS)"
            case .census: "cada estrato que respondió es un censo (todas sus mesas observadas): no hay error de muestreo"
            case .standard, .bootstrap: nil
            }
        },
        forensics: .spanish,
        table: .spanish,
        dataQuality: .spanish,
        progress: .spanish,
        compare: .spanish)
}
