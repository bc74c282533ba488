extension ForensicsMessages {
    /// French (typography as ``ReportMessages/french``).
    public static let french = ForensicsMessages(
        defaultTitle: "Analyse des résultats officiels",
        heading: "Ce que les résultats officiels disent d’eux-mêmes",
        reproducible: { seed, simulations in
            "Graine \(seed), simulations\u{A0}: \(simulations)\u{202F}; les mêmes fichiers et la même graine donnent la même page."
        },
        allStations: "tous",
        columnFigure: "chiffre",
        columnObserved: "observés",
        columnUnobserved: "non observés",
        columnDifference: "différence",
        columnInterval: "intervalle",
        columnP: "p",
        columnStations: "bureaux",
        range: { low, high in "de \(low) à \(high)" },
        observerEffectTitle: "Effet de la présence des observateurs",
        observerDifferenceNote: "différence = non observés − observés, en points de pourcentage\u{A0}: positif là où le chiffre est plus élevé dans les bureaux que personne n’a surveillés.",
        observerSecrecyNote: "Valable seulement si l’échantillon est resté secret jusqu’à la fermeture des bureaux\u{A0}: l’engagement sur la graine publié avant le jour du scrutin en est la preuve.",
        observerMethodNote: { level, simulations in
            "Strates pondérées par leur nombre de bureaux\u{202F}; intervalle de t à \(level) (variance de Neyman, rapports linéarisés)\u{202F}; p tiré de nouveaux tirages des bureaux observés au sein des strates (tirages\u{A0}: \(simulations)\u{202F}; Hyde 2007, Enikolopov et al. 2013)."
        },
        observerUnstratifiedNote: "OFFICIAL.csv n’a pas de colonne donnant les strates de l’échantillon\u{A0}: tous les bureaux sont comparés comme une seule strate, ce qui n’est sans biais que si la répartition était proportionnelle.",
        observerPPSNote: "Dans certaines strates, l’échantillon a été tiré avec une probabilité proportionnelle à la taille\u{A0}: les bureaux observés y sont plus grands que la moyenne, et la comparaison mêle l’effet des observateurs à celui de la taille.",
        observerMissingNote: { n in "Bureaux observés absents des résultats officiels, laissés de côté\u{A0}: \(n)." },
        crossCheckTitle: "Participation officielle moins participation observée, dans les bureaux observés",
        columnMeanGap: "écart moyen",
        columnYesOf: { name in "\(name)\u{A0}: oui" },
        columnNoOf: { name in "\(name)\u{A0}: non" },
        columnGapYes: "écart (oui)",
        columnGapNo: "écart (non)",
        crossCheckGapNote: "Écarts en points de pourcentage (officiel − décompte des observateurs).",
        crossCheckWelchNote: { name in
            "p\u{A0}: test bilatéral de Welch de l’hypothèse que l’écart est le même là où les observateurs ont répondu oui et non à «\u{A0}\(name)\u{A0}»."
        },
        integerTitle: "Bureaux à un pourcentage rond",
        columnAtWholePercent: "à un % rond",
        columnExpected: "attendu",
        integerNote: "Un bureau est à un pourcentage rond quand son chiffre est à moins d’une demi-voix d’un pourcentage entier\u{202F}; les bureaux de 100 électeurs inscrits ou suffrages valables ou moins sont laissés de côté (Kobak, Shpilkin et Pshenichnikov 2016).",
        integerExpectedNote: { approximation, simulations in
            "attendu\u{A0}: si le chiffre de chaque bureau suivait une loi binomiale de sa propre taille et de son propre taux\u{202F}; p\u{A0}: unilatéral, "
                + (approximation ? "tiré de l’approximation normale affinée de la loi de ce nombre là où la simulation serait trop lente, sinon " : "")
                + "tiré de simulations (\(simulations))."
        },
        fullTurnoutTitle: "Bureaux à participation totale",
        fullTurnoutNote: "Bulletins officiellement déposés égaux ou supérieurs à 99\u{202F}% et à 100\u{202F}% des électeurs inscrits.",
        lastDigitTitle: "Derniers chiffres des nombres de voix",
        columnCounts: "nombres",
        columnChiSquare: "khi-deux",
        columnAdjustedP: "p ajusté",
        lastDigitNote: { count, median, stations in
            "Derniers chiffres des nombres de voix de chaque candidat par bureau, à partir de \(count) voix, comparés à une répartition uniforme (khi-deux à 9 degrés de liberté\u{202F}; Beber et Scacco 2012)\u{202F}; un candidat dont le nombre médian de voix est inférieur à \(median), ou qui a moins de \(stations) nombres, n’est pas testé\u{A0}: les petits nombres n’ont pas des derniers chiffres uniformes."
        },
        adjustedNote: { perGroup in
            "p ajusté\u{A0}: Benjamini–Hochberg sur l’ensemble des candidats" + (perGroup ? " de chaque groupe." : ".")
        },
        fingerprintCaption: { domain, leader in
            "Empreinte (Klimek et al. 2012)\(domain.map { ", " + $0 } ?? "")\u{A0}: électeurs selon la participation et la part de \(leader), un carré par point de pourcentage, plus foncé quand il y a plus d’électeurs. Le bourrage d’urnes l’étire vers le coin supérieur droit."
        },
        fingerprintTitle: { leader, domain in
            "Empreinte\u{A0}: électeurs selon la participation (x) et la part de \(leader) (y)" + (domain.map { ", \($0)" } ?? "")
        },
        fingerprintTurnoutAxis: "participation",
        fingerprintShareAxis: { leader in "part de \(leader)" })
}
