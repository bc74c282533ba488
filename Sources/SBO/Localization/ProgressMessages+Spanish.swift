extension ProgressMessages {
    /// Spanish.
    public static let spanish = ProgressMessages(
        heading: "Noche electoral: cómo se fueron asentando las cifras",
        chartTitle: "Las estimaciones a medida que llegaban los informes",
        caption: { level, sampled, margin, columns, testLevel in
            "Para cada cifra, la estimación (línea) y su intervalo del \(level) (banda) según los informes recibidos en cada "
                + "corte, frente a la proporción de mesas de la muestra (n = \(sampled)) que ya habían informado; en guiones: "
                + "la última estimación, más o menos el margen previsto de \(margin) puntos. Un punto rojo marca un corte en que "
                + "las mesas que habían informado diferían de las que aún faltaban (pruebas de permutación sobre "
                + "\(columns ?? "ninguna columna, ninguna varía"), min-P de Westfall–Young, p ≤ \(testLevel))."
        },
        latestCheck: { verdict, p in
            "Mesas que informaron frente a mesas que faltan, en el último corte: " + {
                switch verdict {
                case .similar: "parecidas (p = \(p))"
                case .different: "distintas (p = \(p))"
                case .complete: "todas las mesas de la muestra han informado"
                case .untestable: "aún no se pueden comparar"
                }
            }()
        },
        legendDifferent: { level in "distintas (p ≤ \(level))" },
        legendSimilar: "parecidas, o muestra completa",
        legendPlanned: { margin in "última estimación ± margen previsto (\(margin) puntos)" },
        axes: "En horizontal: la proporción de la muestra que ha informado. En vertical: la cifra y su intervalo.",
        verdict: { verdict in
            switch verdict {
            case .similar: "parecidas"
            case .different: "distintas"
            case .complete: "muestra completa"
            case .untestable: "aún no comparable"
            }
        },
        checkpoint: { reporting, estimate, interval, verdict in
            "\(reporting) de las mesas han informado: \(estimate) (\(interval)), comparación: \(verdict)"
        },
        ready: { planned, p in
            "Listo para publicar: cada cifra principal está dentro del margen previsto de \(planned) puntos, y las mesas que "
                + (p.map { "informaron se parecen a las que aún faltan (p = \($0))." } ?? "informaron son toda la muestra.")
        },
        marginAbovePlan: { figure, margin, planned in
            "el margen de «\(figure)» es de \(margin) puntos, más amplio que los \(planned) puntos previstos"
        },
        noInterval: { figure in "«\(figure)» aún no tiene intervalo" },
        notRepresentative: { columns, p in
            "las mesas que informaron difieren de las que aún faltan\(columns.map { " (\($0))" } ?? "") (p = \(p))"
        },
        untestable: "aún no se puede comprobar si las mesas que informaron se parecen a las que faltan",
        notReady: { missing, complete in
            "Todavía no se puede publicar: " + missing.joined(separator: "; ") + ". "
                + (complete ? "Todas las mesas de la muestra han informado: publique indicando los márgenes más amplios."
                    : "Espere más informes.")
        },
        tableHeading: "Noche electoral",
        reports: { file, column in "Informes: \(file), según su \(column) (UTC)" },
        check: { columns, permutations, level in
            "Comparación: mesas principales que informaron frente a las que faltan, según "
                + "\(columns ?? "ninguna columna (ninguna varía)"); pruebas de permutación (permutaciones: \(permutations)), "
                + "p global ajustado con el min-P de Westfall–Young; distintas cuando p ≤ \(level)"
        },
        columnTime: "hora",
        columnReporting: "informaron",
        columnShare: "proporción",
        columnP: "p",
        columnVerdict: "resultado",
        legend: { level, method in
            "columnas: proporción de la muestra que ha informado; estimación en porcentaje con su intervalo "
                + "\(method) del \(level) (como 'sbo estimate --as-of HORA')."
        },
        plannedMarginFromSample: "(margen previsto: el de la muestra completa para una proporción del 50\u{A0}%; --planned-margin lo fija)")
}
