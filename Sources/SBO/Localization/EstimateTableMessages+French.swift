extension EstimateTableMessages {
    /// French (typography as ``ReportMessages/french``).
    public static let french = EstimateTableMessages(
        heading: "Estimations",
        sample: { file, sampled, reserves, strata in
            "Échantillon\u{A0}: \(file)\u{202F}; bureaux tirés\u{A0}: \(sampled)" + (reserves.map { ", bureaux de réserve\u{A0}: \($0)" } ?? "")
                + ", strates\u{A0}: \(strata)"
        },
        reporting: { stations, reserves, file in
            "Bureaux ayant transmis\u{A0}: \(stations)" + (reserves.map { " (dont réserves\u{A0}: \($0))" } ?? "") + ", d’après \(file)"
        },
        bootstrapIntervals: { method, level, replicates, scheme, seed in
            "Intervalles\u{A0}: \(method), confiance \(level), réplications\u{A0}: \(replicates), schéma \(scheme), graine «\u{A0}\(seed)\u{A0}»"
        },
        analyticIntervals: { method, level, df in
            "Intervalles\u{A0}: \(method), confiance \(level), loi de t, degrés de liberté\u{A0}: \(df) (bureaux ayant transmis − strates)"
        },
        domains: { column in "Domaines\u{A0}: par \(column)" },
        columnIndicator: "indicateur",
        columnRatio: "rapport",
        columnEstimate: "estimation",
        columnInterval: { level in "intervalle à \(level)" },
        columnAnswered: "réponses",
        columnYes: "oui",
        columnDesignEffect: "effet de plan",
        columnWorstCase: "cas extrêmes",
        columnStations: "bureaux",
        columnNotes: "notes",
        allStations: "tous",
        nothingToEstimate: "Rien à estimer\u{A0}: OBS.csv n’a ni colonne d’indicateur, ni comptes ballots_cast ou votes_*.",
        legend: "estimation et intervalle (ses deux bornes) en pourcentage\u{202F}; réponses\u{A0}: bureaux ayant répondu\u{202F}; effet de plan\u{A0}: la variance rapportée à celle d’un tirage aléatoire simple\u{202F}; cas extrêmes\u{A0}: la part si chaque bureau tiré qui n’a pas transmis ou pas répondu avait répondu non, puis oui.",
        notesHeading: "Notes\u{A0}:",
        dataHeading: "Données\u{A0}:",
        bootstrapNote: { scheme, fpc in
            "bootstrap\u{A0}: \(scheme) (Rao–Wu remis à l’échelle, n_h − 1 sur n_h au sein des strates"
                + (fpc
                    ? ", avec la correction pour population finie √(1 − n_h/N_h) des strates à tirage simple, aucune pour les strates PPS, aucune variance pour les bureaux tirés à coup sûr — comme les erreurs types linéarisées"
                    : ", sans correction pour population finie, comme subbootweights de R survey")
                + ")\u{202F}; les erreurs types sont l’écart type des réplications"
        },
        singleStationStrataNote: { strata in
            "les strates où un seul bureau a transmis sont rééchantillonnées par un signe aléatoire (poids × (1 ± √f)), ce qui ajoute la variance de la règle linéarisée «\u{A0}adjust\u{A0}»\u{A0}: \(strata)"
        },
        logitRatioNote: "participation et parts de voix\u{A0}: intervalle de t sur l’échelle logit (méthode delta sur l’erreur type linéarisée), pour qu’il reste entre 0 et 100\u{202F}%\u{202F}; si un rapport dépasse 100\u{202F}% dans un bureau, l’intervalle reste estimation ± t·ET",
        emptyStrataNote: { strata in
            "aucun bureau n’a transmis dans la strate \(strata)\u{A0}: elle sort de toutes les estimations, qui ne couvrent alors que les strates ayant transmis"
        })
}
