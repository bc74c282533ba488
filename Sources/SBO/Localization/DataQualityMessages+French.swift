extension DataQualityMessages {
    /// French (typography as ``ReportMessages/french``).
    public static let french = DataQualityMessages(
        rowsRead: { file, rows, stations in "\(file)\u{A0}: lignes lues\u{A0}: \(rows), bureaux retenus\u{A0}: \(stations)" },
        duplicateIdentical: { file, line, station, dropped in
            "\(file):\(line)\u{A0}: le bureau «\u{A0}\(station)\u{A0}» a été envoyé une nouvelle fois avec les mêmes réponses (lignes\u{A0}: \(dropped.joined(separator: ", ")))\u{202F}; gardé une seule fois"
        },
        duplicateResolved: { file, line, station, columns, latest, dropped in
            "\(file):\(line)\u{A0}: le bureau «\u{A0}\(station)\u{A0}» a été envoyé une nouvelle fois avec d’autres valeurs de \(columns.joined(separator: ", "))\u{202F}; envoi gardé\u{A0}: le \(latest ? "plus récent" : "premier") (ligne \(line)), lignes écartées\u{A0}: \(dropped.joined(separator: ", ")) (--duplicates \(latest ? "latest" : "first"))"
        },
        columnsNotUsed: { columns, reason in
            let quoted = columns.map { "«\u{A0}\($0)\u{A0}»" }.joined(separator: ", ")
            return columns.count == 1
                ? "la colonne \(quoted) n’est pas utilisée\u{A0}: \(reason)"
                : "les colonnes \(quoted) ne sont pas utilisées\u{A0}: \(reason)"
        },
        reasonMarkedIgnore: { codebook in "«\u{A0}ignore\u{A0}» selon \(codebook)" },
        reasonCount: { line, value in
            "des nombres" + (line.map { " (la ligne \($0) contient «\u{A0}\(value ?? "")\u{A0}»)" } ?? "")
                + "\u{202F}; seuls les nombres ballots_cast, registered_voters et votes_* sont estimés"
        },
        reasonSecondTime: { time in "une deuxième colonne d’heure\u{202F}; l’heure retenue est \(time)" },
        reasonUnreadableTimes: { line, value in
            "heures d’envoi illisibles au format ISO 8601 (la ligne \(line) contient «\u{A0}\(value)\u{A0}»)\u{202F}; nommez la colonne avec --time-column pour lister chacune de ces cellules"
        },
        reasonMetadata: "métadonnées du formulaire (KoboToolbox/ODK), pas une observation",
        reasonNotYesNo: { line, value in "pas des réponses oui/non (la ligne \(line) contient «\u{A0}\(value)\u{A0}»)" },
        reasonNotAmongIndicators: "pas dans --indicators",
        reasonNotAnOfficialCount: { column in
            "pas un nombre officiel (l’analyse lit registered_voters, ballots_cast et votes_*)\u{202F}; --by \(column) analyse chacune de ses valeurs"
        },
        unreadableAnswer: { file, line, column, value, suggestion in
            "\(file):\(line)\u{A0}: \(column) «\u{A0}\(value)\u{A0}» n’est pas une réponse oui/non"
                + (suggestion.map { " (vouliez-vous dire «\u{A0}\($0)\u{A0}»\u{202F}?)" } ?? "")
        },
        treatedAsMissing: { answer in "\(answer)\u{202F}; comptée comme sans réponse (--bad-answers missing)" },
        problemNotACount: { column, value in "\(column) «\u{A0}\(value)\u{A0}» n’est pas un nombre entier positif ou nul" },
        problemBallotsAboveRegistered: { ballots, registered in
            "ballots_cast (\(ballots)) dépasse le nombre d’électeurs inscrits (\(registered))"
        },
        problemVotesAboveBallots: { votes, ballots in "la somme des colonnes votes_* (\(votes)) dépasse ballots_cast (\(ballots))" },
        impossibleCount: { file, line, station, problems in
            "\(file):\(line)\u{A0}: bureau «\u{A0}\(station)\u{A0}»\u{A0}: \(problems.joined(separator: "\u{202F}; "))"
        },
        leftOutOfRatios: { count in
            "\(count)\u{202F}; laissé de côté pour la participation et les parts de voix (--bad-counts exclude)"
        })
}
