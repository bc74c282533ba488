extension ProgressMessages {
    /// French (typography as ``ReportMessages/french``).
    public static let french = ProgressMessages(
        heading: "Soir de l’élection\u{A0}: comment les chiffres se sont stabilisés",
        chartTitle: "Les estimations au fil des rapports reçus",
        caption: { level, sampled, margin, columns, testLevel in
            "Pour chaque chiffre, l’estimation (ligne) et son intervalle à \(level) (bande) d’après les rapports reçus à chaque "
                + "étape, selon la part des bureaux de l’échantillon (n = \(sampled)) qui avaient transmis leur rapport\u{202F}; "
                + "en tirets\u{A0}: la dernière estimation, plus ou moins la marge prévue de \(margin) points. Un point rouge marque "
                + "une étape où les bureaux qui avaient transmis différaient de ceux encore attendus (tests de permutation sur "
                + "\(columns ?? "aucune colonne, aucune ne varie"), min-P de Westfall–Young, p ≤ \(testLevel))."
        },
        latestCheck: { verdict, p in
            "Bureaux qui ont transmis et bureaux attendus, à la dernière étape\u{A0}: " + {
                switch verdict {
                case .similar: "semblables (p = \(p))"
                case .different: "différents (p = \(p))"
                case .complete: "tous les bureaux de l’échantillon ont transmis"
                case .untestable: "comparaison pas encore possible"
                }
            }()
        },
        legendDifferent: { level in "différents (p ≤ \(level))" },
        legendSimilar: "semblables, ou échantillon complet",
        legendPlanned: { margin in "dernière estimation ± marge prévue (\(margin) points)" },
        axes: "Horizontalement\u{A0}: la part de l’échantillon qui a transmis. Verticalement\u{A0}: le chiffre et son intervalle.",
        verdict: { verdict in
            switch verdict {
            case .similar: "semblables"
            case .different: "différents"
            case .complete: "échantillon complet"
            case .untestable: "pas encore possible"
            }
        },
        checkpoint: { reporting, estimate, interval, verdict in
            "\(reporting) des bureaux ont transmis\u{A0}: \(estimate) (\(interval)), comparaison\u{A0}: \(verdict)"
        },
        ready: { planned, p in
            "Prêt à publier\u{A0}: chaque chiffre principal est dans la marge prévue de \(planned) points, et les bureaux qui ont transmis "
                + (p.map { "ressemblent à ceux encore attendus (p = \($0))." } ?? "forment tout l’échantillon.")
        },
        marginAbovePlan: { figure, margin, planned in
            "la marge de «\u{A0}\(figure)\u{A0}» est de \(margin) points, plus large que les \(planned) points prévus"
        },
        noInterval: { figure in "«\u{A0}\(figure)\u{A0}» n’a pas encore d’intervalle" },
        notRepresentative: { columns, p in
            "les bureaux qui ont transmis diffèrent de ceux encore attendus\(columns.map { " (\($0))" } ?? "") (p = \(p))"
        },
        untestable: "on ne peut pas encore vérifier si les bureaux qui ont transmis ressemblent à ceux encore attendus",
        notReady: { missing, complete in
            "Pas encore prêt à publier\u{A0}: " + missing.joined(separator: "\u{202F}; ") + ". "
                + (complete ? "Tous les bureaux de l’échantillon ont transmis\u{A0}: publier en indiquant les marges plus larges."
                    : "Attendre d’autres rapports.")
        },
        tableHeading: "Soir de l’élection",
        reports: { file, column in "Rapports\u{A0}: \(file), selon leur \(column) (UTC)" },
        check: { columns, permutations, level in
            "Comparaison\u{A0}: bureaux principaux qui ont transmis contre bureaux attendus, sur "
                + "\(columns ?? "aucune colonne (aucune ne varie)")\u{202F}; tests de permutation (tirages\u{A0}: \(permutations)), "
                + "p global ajusté par le min-P de Westfall–Young\u{202F}; différents quand p ≤ \(level)"
        },
        columnTime: "heure",
        columnReporting: "transmis",
        columnShare: "part",
        columnP: "p",
        columnVerdict: "verdict",
        legend: { level, method in
            "colonnes\u{A0}: part de l’échantillon qui a transmis\u{202F}; estimation en pourcentage avec son intervalle "
                + "\(method) à \(level) (comme 'sbo estimate --as-of HEURE')."
        },
        plannedMarginFromSample: "(marge prévue\u{A0}: celle de l’échantillon complet pour une part de 50\u{202F}%\u{202F}; --planned-margin la fixe)")
}
