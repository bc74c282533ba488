extension DataQualityMessages {
    /// Spanish.
    public static let spanish = DataQualityMessages(
        rowsRead: { file, rows, stations in "\(file): filas leídas: \(rows), mesas conservadas: \(stations)" },
        duplicateIdentical: { file, line, station, dropped in
            "\(file):\(line): la mesa «\(station)» se envió de nuevo con las mismas respuestas (líneas: \(dropped.joined(separator: ", "))); se conserva una sola vez"
        },
        duplicateResolved: { file, line, station, columns, latest, dropped in
            "\(file):\(line): la mesa «\(station)» se envió de nuevo con otros valores en \(columns.joined(separator: ", ")); se conserva el envío \(latest ? "más reciente" : "primero") (línea \(line)); líneas descartadas: \(dropped.joined(separator: ", ")) (--duplicates \(latest ? "latest" : "first"))"
        },
        columnsNotUsed: { columns, reason in
            let quoted = columns.map { "«\($0)»" }.joined(separator: ", ")
            return columns.count == 1
                ? "la columna \(quoted) no se usa: \(reason)"
                : "las columnas \(quoted) no se usan: \(reason)"
        },
        reasonMarkedIgnore: { codebook in "«ignore» según \(codebook)" },
        reasonCount: { line, value in
            "recuentos" + (line.map { " (la línea \($0) tiene «\(value ?? "")»)" } ?? "")
                + "; solo se estiman los recuentos ballots_cast, registered_voters y votes_*"
        },
        reasonSecondTime: { time in "una segunda columna de hora; la hora se toma de \(time)" },
        reasonUnreadableTimes: { line, value in
            "horas de envío que no se leen como ISO 8601 (la línea \(line) tiene «\(value)»); indique la columna con --time-column para listar cada una de esas celdas"
        },
        reasonMetadata: "metadatos del formulario (KoboToolbox/ODK), no una observación",
        reasonNotYesNo: { line, value in "no son respuestas sí/no (la línea \(line) tiene «\(value)»)" },
        reasonNotAmongIndicators: "no está en --indicators",
        reasonNotAnOfficialCount: { column in
            "no es un recuento oficial (el análisis lee registered_voters, ballots_cast y votes_*); --by \(column) analiza cada uno de sus valores"
        },
        unreadableAnswer: { file, line, column, value, suggestion in
            "\(file):\(line): \(column) «\(value)» no es una respuesta sí/no" + (suggestion.map { " (¿quiso decir «\($0)»?)" } ?? "")
        },
        treatedAsMissing: { answer in "\(answer); se cuenta como sin respuesta (--bad-answers missing)" },
        problemNotACount: { column, value in "\(column) «\(value)» no es un número entero mayor o igual que 0" },
        problemBallotsAboveRegistered: { ballots, registered in
            "ballots_cast (\(ballots)) supera el número de electores inscritos (\(registered))"
        },
        problemVotesAboveBallots: { votes, ballots in "la suma de las columnas votes_* (\(votes)) supera ballots_cast (\(ballots))" },
        impossibleCount: { file, line, station, problems in "\(file):\(line): mesa «\(station)»: \(problems.joined(separator: "; "))" },
        leftOutOfRatios: { count in
            "\(count); queda fuera de la participación y de los porcentajes de voto (--bad-counts exclude)"
        })
}
