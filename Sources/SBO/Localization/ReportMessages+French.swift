extension ReportMessages {
    /// French. Typography: a no-break space before « : » and a narrow one before « ; », inside
    /// guillemets, and before %, as the Imprimerie nationale's rules.
    public static let french = ReportMessages(
        defaultTitle: "Observation électorale\u{A0}: ce que les observateurs ont constaté",
        lede: { stations, level in
            "Observation fondée sur la statistique\u{A0}: estimations à partir de \(stations) bureaux de vote tirés au sort, avec des intervalles de confiance à \(level)."
        },
        summaryHeading: "En bref",
        irregularityShare: { label, share, low, high in
            "Les observateurs ont constaté «\u{A0}\(label)\u{A0}» dans environ \(share) des bureaux de vote (entre \(low) et \(high))."
        },
        irregularityNone: { label, stations, upper, level in
            "«\u{A0}\(label)\u{A0}»\u{A0}: jamais constaté dans les \(stations) bureaux observés, donc au plus \(upper) de l’ensemble des bureaux de vote (confiance\u{A0}: \(level))."
        },
        conditionShare: { label, share, low, high in
            "«\u{A0}\(label)\u{A0}»\u{A0}: oui dans environ \(share) des bureaux de vote (entre \(low) et \(high))."
        },
        conditionNone: { label, stations, upper, level in
            "«\u{A0}\(label)\u{A0}»\u{A0}: dans aucun des \(stations) bureaux observés, donc au plus \(upper) de l’ensemble des bureaux de vote (confiance\u{A0}: \(level))."
        },
        turnoutSentence: { share, low, high in "La participation est estimée à \(share) (entre \(low) et \(high))." },
        candidateSentence: { name, share, low, high in
            "\(name) a obtenu environ \(share) des voix (entre \(low) et \(high))."
        },
        officialSentence: { official, inside in
            inside ? "Le chiffre officiel, \(official), se situe dans cet intervalle."
                : "Le chiffre officiel, \(official), se situe hors de cet intervalle."
        },
        intervalBoxHeading: { level in "Ce que signifie un intervalle à \(level)" },
        intervalBoxText: { level, outOf100 in [
            "Les observateurs se sont rendus dans un échantillon de bureaux de vote tirés au sort, pas dans tous. Un autre tirage aurait donné des chiffres un peu différents. L’intervalle est l’ensemble des valeurs compatibles avec ce que cet échantillon a vu.",
            "Les intervalles construits ainsi contiennent le vrai chiffre de l’ensemble des bureaux dans \(outOf100) échantillons sur 100. Les valeurs proches des bornes sont moins probables que le milieu, mais possibles\u{202F}; les valeurs en dehors sont peu probables.",
            "L’intervalle ne tient compte que du hasard du tirage, ni des erreurs des observateurs ni des bureaux qui leur ont été fermés.",
        ] },
        methodHeading: "Comment ces chiffres ont été obtenus",
        methodDrawn: { reporting, sampled, frame, pps, stratifiedBy, strata, reserves in
            var text = "Les observateurs ont transmis leurs rapports depuis \(reporting) des \(sampled) bureaux de vote tirés au sort"
            if let pps { text += " avec une probabilité proportionnelle à \(pps)" }
            text += " parmi les \(frame) bureaux du pays"
            if let stratifiedBy {
                text += ", stratifiés par \(stratifiedBy) (strates\u{A0}: \(strata))"
            } else if strata != "1" {
                text += " (strates\u{A0}: \(strata))"
            }
            if let reserves { text += ", ainsi que depuis des bureaux de réserve tirés avec eux\u{A0}: \(reserves)" }
            return text + "."
        },
        methodNoInterval: { df in
            "Les chiffres sont des parts de bureaux de vote\u{202F}; ils n’ont pas d’intervalle de confiance\u{A0}: \(df) degrés de liberté (bureaux ayant transmis moins strates), alors qu’il faut au moins deux bureaux ayant transmis par strate."
        },
        methodIntervals: { level, description, widest in
            "Les chiffres sont des parts de bureaux de vote, avec un intervalle de confiance à \(level) (\(description))"
                + (widest.map { "\u{202F}; l’intervalle le plus large couvre \($0) points de pourcentage." } ?? ".")
        },
        methodRatios: { widest in
            "La participation et les parts de voix sont des rapports entre les voix comptées dans ces bureaux\u{202F}; leur intervalle le plus large couvre \(widest) points."
        },
        methodWeights: "Chaque bureau compte avec l’inverse de sa probabilité de tirage\u{202F}; un bureau tiré qui n’a pas transmis est une non-réponse au sein de sa strate.",
        methodEmptyStrata: { strata in "Aucun bureau n’a transmis dans\u{A0}: \(strata)\u{202F}; les chiffres ne couvrent que les autres strates." },
        analyticInterval: { method, df in "\(method), loi de t à \(df) degrés de liberté" },
        bootstrapInterval: { scheme, replicates, interval, seed in "\(scheme), \(replicates) réplications, \(interval), graine \(seed)" },
        schemeIID: "bootstrap",
        schemeRaoWu: "bootstrap de Rao–Wu remis à l’échelle, par strate",
        schemeRaoWuFPC: "bootstrap de Rao–Wu remis à l’échelle, par strate, avec correction pour population finie",
        percentileInterval: "intervalle des percentiles",
        basicInterval: "intervalle de base",
        bcaInterval: "intervalle corrigé du biais et accéléré (BCa)",
        irregularitiesHeading: "Irrégularités constatées par les observateurs",
        conditionsHeading: "Conditions qui devraient être remplies",
        indicatorCaption: { level in "Part des bureaux de vote. Point\u{A0}: estimation\u{202F}; trait\u{A0}: intervalle de confiance à \(level)." },
        nothingToEstimate: "Rien à estimer\u{A0}: les observations n’ont ni colonne oui/non, ni comptes ballots_cast ou votes_*.",
        columnIndicator: "Question",
        columnShare: "Part des bureaux",
        columnInterval: { level in "Intervalle à \(level)" },
        columnAnswering: "Bureaux ayant répondu",
        columnYes: "Oui",
        columnNotes: "Notes",
        ratiosHeading: "Participation et parts de voix",
        ratioCaption: { level, official in
            "Point\u{A0}: estimation des observateurs\u{202F}; trait\u{A0}: intervalle de confiance à \(level)."
                + (official ? " Repère\u{A0}: chiffre officiel (en rouge s’il est hors de l’intervalle)." : "")
        },
        turnoutLabel: "Participation",
        leadingCandidatesTitle: "Participation et candidats de tête",
        smallCandidatesTitle: { end in "Autres candidats (attention à l’échelle\u{A0}: de 0 à \(end))" },
        columnFigure: "Chiffre",
        columnEstimate: "Estimation des observateurs",
        columnStations: "Bureaux",
        columnOfficial: "Officiel",
        columnOfficialInside: "Officiel dans l’intervalle",
        yes: "oui",
        outsideBy: { se, above in "non\u{A0}: \(se) ET \(above ? "au-dessus" : "en dessous")" },
        outside: "non",
        standardErrorNote: "ET\u{A0}: l’erreur type des observateurs. Plus un chiffre officiel s’écarte de l’estimation des observateurs, compté en erreurs types, moins le hasard du tirage peut expliquer l’écart.",
        domainsHeading: { column in "Par \(column)" },
        domainsNote: { column in
            "Un panneau par valeur de \(column), lignes dans l’ordre national ci-dessus. Chaque panneau ne repose que sur ses propres bureaux, ses intervalles sont donc plus larges\u{202F}; n est le nombre de bureaux ayant transmis."
        },
        domainsOfficialNote: { column in
            "Repère\u{A0}: le chiffre officiel, calculé sur les bureaux de cette valeur de \(column) dans les résultats officiels\u{202F}; sa valeur suit l’intervalle après «\u{A0}·\u{A0}» (en rouge s’il est hors de l’intervalle)."
        },
        domainStations: { n in "n = \(n)" },
        domainTooFew: { n in "seulement \(n) bureaux\u{A0}: trop peu pour conclure" },
        discrepanciesHeading: "Bureaux où participation officielle et observée diffèrent",
        discrepanciesSummary: { compared, differing, points in
            "Bureaux observés présents dans les résultats officiels\u{A0}: \(compared). Parmi eux, \(differing) ont une participation officielle à plus de \(points) points du décompte des observateurs."
        },
        columnStation: "Bureau",
        columnObservedTurnout: "Participation observée",
        columnOfficialTurnout: "Participation officielle",
        columnDifference: "Écart (points)",
        notInOfficial: { ids in "Absents des résultats officiels\u{A0}: \(ids)." },
        dataHeading: "Les données lues",
        footerHeading: "Vérifier et refaire",
        seedCommitment: "Engagement sur la graine",
        seed: "Graine",
        frame: "Base de sondage",
        frameStations: { n in "bureaux\u{A0}: \(n)" },
        sampleInManifest: "Échantillon du manifeste",
        matchesSample: "identique au fichier d’échantillon lu",
        doesNotMatchSample: "DIFFÉRENT du fichier d’échantillon lu",
        drawnBy: "Tiré par",
        drawnByText: { version, command in "sbo \(version)\u{202F}; vérifier avec\u{A0}: \(command)" },
        noManifest: "Manifeste de l’échantillon",
        noManifestText: "aucun à côté du fichier d’échantillon\u{A0}: la graine et l’empreinte de la base ne sont pas consignées ici",
        file: { role in "Fichier\u{A0}: \(role)" },
        roleSample: "échantillon",
        roleObservations: "observations",
        roleOfficial: "résultats officiels",
        producedBy: "Produit par",
        reproducedBy: "Ce rapport est reproduit octet pour octet par\u{A0}:",
        chartEstimate: "estimation",
        chartInterval: { level in "intervalle à \(level)" },
        chartOfficial: "chiffre officiel",
        chartOfficialOutside: "officiel, hors de l’intervalle",
        chartSource: { file, stations, level in "Source\u{A0}: \(file), bureaux ayant transmis\u{A0}: \(stations)\u{202F}; intervalles de confiance à \(level)." },
        sharesTitle: "Part des bureaux de vote",
        nothingToPlot: "Rien à représenter\u{A0}: ni indicateurs, ni participation, ni voix.",
        noAnswers: "aucune réponse",
        noInterval: "trop peu de bureaux pour un intervalle",
        singleStationStrataShort: "strates à un seul bureau",
        noVotes: "aucune voix comptée",
        note: { note in
            switch note {
            case .noAnswers: "aucun bureau ayant transmis n’a répondu"
            case .degreesOfFreedomNotPositive(let df):
                "\(df) degrés de liberté (bureaux moins strates)\u{A0}: pas d’intervalle de confiance\u{202F}; il faut plus de bureaux par strate"
            case .singleStationStrata(let names):
                "un seul bureau ayant transmis dans la strate \(names.joined(separator: ", "))\u{A0}: sa variance est centrée sur l’estimation globale (R survey.lonely.psu=\"adjust\")"
            case .zeroDenominator: "le total pondéré du dénominateur est nul\u{A0}: pas de rapport"
            }
        },
        ruleNote: { rule in
            switch rule {
            case .kornGraubardAnsweringStations:
                "l’estimation vaut 0\u{202F}% ou 100\u{202F}% (ou n’a pas de variance d’échantillonnage), où l’intervalle demandé n’aurait aucune largeur\u{A0}: l’intervalle est celui de Korn–Graubard (Clopper–Pearson), les bureaux ayant répondu servant de taille d’échantillon effective (règle du NCHS)"
            case .census: "chaque strate ayant répondu est un recensement (tous ses bureaux observés)\u{A0}: pas d’erreur d’échantillonnage"
            case .standard, .bootstrap: nil
            }
        },
        forensics: .french,
        table: .french,
        dataQuality: .french,
        progress: .french,
        compare: .french)
}
