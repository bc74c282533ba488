/// The findings as tables for people (``ForensicsTable``), in the words of
/// ``ForensicsMessages`` and the numbers of a ``ReportFormatter``: what `sbo forensics` prints
/// (English) and the report's forensics section shows (in the report's language).
extension ForensicsAnalysis {
    /// The tables in English.
    public var tables: [ForensicsTable] { tables(.english) }

    /// The tables in reading order: observer effect (with a sample), cross-check (with
    /// observations), integer percentages, full turnout, last digits.
    public func tables(_ formatter: ReportFormatter) -> [ForensicsTable] {
        let m = formatter.messages.forensics
        var tables: [ForensicsTable] = []
        let grouped = domainColumn != nil
        func domainCell(_ domain: String?) -> [String] { grouped ? [domain ?? m.allStations] : [] }
        let domainHeading: [(String, Bool)] = grouped ? [(domainColumn!, false)] : []
        func figure(_ name: String) -> String {
            name == "turnout" ? formatter.messages.turnoutLabel : ReportCharts.label(for: name)
        }
        func percent(_ x: Double?) -> String { formatter.percent(x) }
        func points(_ x: Double?) -> String { formatter.points(x) }
        func probability(_ p: Double?) -> String {
            guard let p else { return "–" }
            return p < 0.0001 ? formatter.leftToRight("<" + formatter.fixed(0.0001, 4)) : formatter.fixed(p, 4)
        }
        let simulationCount = formatter.count(simulations)
        if let set = observedSet {
            var notes = [
                m.observerDifferenceNote, m.observerSecrecyNote,
                m.observerMethodNote(formatter.level(observerEffects.first?.confidence ?? 0.95), simulationCount),
            ]
            if !set.isStratified { notes.append(m.observerUnstratifiedNote) }
            if set.hasUnequalProbabilities { notes.append(m.observerPPSNote) }
            if !set.missingFromOfficial.isEmpty { notes.append(m.observerMissingNote(formatter.count(set.missingFromOfficial.count))) }
            tables.append(ForensicsTable(
                title: m.observerEffectTitle,
                columns: domainHeading + [
                    (m.columnFigure, false), (m.columnObserved, true), (m.columnUnobserved, true), (m.columnDifference, true),
                    (m.columnInterval, true), (m.columnP, true), (m.columnStations, true),
                ],
                rows: observerEffects.map { e in
                    domainCell(e.domain) + [
                        figure(e.figure), percent(e.observed), percent(e.unobserved),
                        points(e.difference), e.ciLow.map { m.range(points($0), points(e.ciHigh)) } ?? "–",
                        probability(e.pValue),
                        formatter.leftToRight("\(formatter.count(e.observedStations)) / \(formatter.count(e.observedStations + e.unobservedStations))"),
                    ]
                },
                notes: notes))
        }
        if !crossChecks.isEmpty {
            let indicator = crossChecks.first?.indicator
            tables.append(ForensicsTable(
                title: m.crossCheckTitle,
                columns: domainHeading + [(m.columnStations, true), (m.columnMeanGap, true)]
                    + (indicator.map { name in
                        [(m.columnYesOf(name), true), (m.columnGapYes, true), (m.columnNoOf(name), true), (m.columnGapNo, true),
                         (m.columnDifference, true), (m.columnP, true)]
                    } ?? []),
                rows: crossChecks.map { c in
                    domainCell(c.domain) + [formatter.count(c.stations.count), points(c.meanGap)]
                        + (indicator == nil ? [] : [
                            formatter.count(c.stationsWithYes), points(c.meanGapWithYes), formatter.count(c.stationsWithNo),
                            points(c.meanGapWithNo), points(c.difference), probability(c.pValue),
                        ])
                },
                notes: [m.crossCheckGapNote] + (indicator.map { [m.crossCheckWelchNote($0)] } ?? [])))
        }
        tables.append(ForensicsTable(
            title: m.integerTitle,
            columns: domainHeading + [
                (m.columnFigure, false), (m.columnStations, true), (m.columnAtWholePercent, true), (m.columnExpected, true),
                (m.columnP, true),
            ],
            rows: integerPercent.map { t in
                domainCell(t.domain) + [
                    figure(t.figure), formatter.count(t.stationsTested), formatter.count(t.stationsAtInteger),
                    formatter.fixed(t.expected, 1), probability(t.pValue),
                ]
            },
            notes: [
                m.integerNote,
                m.integerExpectedNote(integerPercent.contains { $0.null == .normalApproximation }, simulationCount),
            ]))
        tables.append(ForensicsTable(
            title: m.fullTurnoutTitle,
            columns: domainHeading + [
                (m.columnStations, true), (formatter.leftToRight("≥ " + formatter.percent(0.99, digits: 0)), true),
                (formatter.leftToRight("≥ " + formatter.percent(1, digits: 0)), true),
            ],
            rows: fullTurnout.map { f in
                domainCell(f.domain) + [formatter.count(f.stations), formatter.count(f.atLeast99), formatter.count(f.atLeast100)]
            },
            notes: [m.fullTurnoutNote]))
        tables.append(ForensicsTable(
            title: m.lastDigitTitle,
            columns: domainHeading + [
                (m.columnFigure, false), (m.columnCounts, true), (m.columnChiSquare, true), (m.columnP, true), (m.columnAdjustedP, true),
            ],
            rows: lastDigits.map { d in
                domainCell(d.domain) + [
                    figure(d.figure), formatter.count(d.stations),
                    d.chiSquare.map { formatter.fixed($0, 1) } ?? "–", probability(d.pValue), probability(d.pAdjusted),
                ]
            },
            notes: [
                m.lastDigitNote(
                    formatter.count(LastDigitTest.minimumCount), formatter.count(LastDigitTest.minimumMedian),
                    formatter.count(LastDigitTest.minimumStations)),
                m.adjustedNote(grouped),
            ]))
        return tables
    }
}
