import Testing
@testable import SBO

/// Reading a codebook, drafting one, and what an export's columns mean with and without it.
@Suite struct CodebookTests {
    static func table(_ csv: String, source: String = "codebook.csv") throws -> CSVTable {
        try CSVReader.parse(Array(csv.utf8), source: source)
    }

    @Test func readsMeaningsLabelsPolarityAndWords() throws {
        let codebook = try Codebook(table: Self.table("""
            column,meaning,label,polarity,yes,no,values
            form/id,station_id,,,,,A1 (1)
            q/secret,indicator,Secrecy respected,good,ok|fine,not ok,
            c/votes_x,votes:x,,,,,
            _notes,ignore,,,,,

            """))
        #expect(codebook.entries.count == 4)
        #expect(codebook.entry(forColumn: "q/secret") == CodebookEntry(
            column: "q/secret", meaning: .indicator, label: "Secrecy respected", polarity: .good,
            yes: ["ok", "fine"], no: ["not ok"], line: 3))
        #expect(codebook.entry(forColumn: "c/votes_x")?.meaning == .votes(candidate: "x"))
    }

    @Test(arguments: [
        ("column,meaning\nx,indicatr\n", "codebook.csv:2: meaning 'indicatr' is not one of station_id, indicator, count, ballots_cast, registered_voters, votes:NAME, time, ignore (did you mean 'indicator'?)"),
        ("column,meaning,polarity\nx,indicator,bad\n", "codebook.csv:2: polarity 'bad' is neither 'irregularity' (yes is bad news) nor 'good' (yes is what should happen)"),
        ("column,meaning\nx,indicator\nx,count\n", "codebook.csv:3: column 'x' is described again (first on line 2); keep one row per column"),
        ("column,meaning\nx,station_id\ny,station_id\n", "codebook.csv:3: a second column has the meaning station_id (the first is on line 2); only one column can be the station_id"),
        ("colum,meaning\nx,count\n", "codebook.csv:1: a codebook needs a column named \"column\" (did you mean 'colum'?); its columns are column, meaning and optionally label, polarity, yes, no"),
    ])
    func badCodebooks(csv: String, message: String) throws {
        #expect(throws: Never.self) { try Self.table(csv) }
        do {
            _ = try Codebook(table: try Self.table(csv))
            Issue.record("no error")
        } catch {
            #expect((error as? CodebookError)?.description == message)
        }
    }

    /// Every row's problem in one run, in line order; repeats against the first row.
    @Test func everyRowsProblemIsListed() throws {
        #expect(throws: CodebookError.several(source: "codebook.csv", problems: [
            .unknownMeaning(source: "codebook.csv", line: 2, value: "indicatr", suggestion: "indicator"),
            .emptyColumnName(source: "codebook.csv", line: 3),
            .repeatedColumn(source: "codebook.csv", line: 5, column: "y", firstLine: 4),
            .repeatedColumn(source: "codebook.csv", line: 6, column: "y", firstLine: 4),
            .unknownPolarity(source: "codebook.csv", line: 7, value: "bad"),
        ])) {
            try Codebook(table: try Self.table("""
                column,meaning,polarity
                x,indicatr,
                ,count,
                y,count,
                y,indicator,
                y,ignore,
                z,indicator,bad

                """))
        }
    }

    @Test func draftGuessesEveryColumn() throws {
        let export = try Self.table("""
            start,grp/station_id,grp/late,grp/secrecy_ok,grp/note,grp/queue,c/ballots_cast,c/votes_x,_submission_time
            t,A1,yes,yes,long,3,100,50,2024-02-07T10:00:00
            t,A2,no,Xeyr,,0,120,60,2024-02-07T11:00:00
            t,A3,no,no,ok,12,90,40,2024-02-07T12:00:00

            """, source: "OBS.csv")
        let draft = try CodebookDraft(table: export, idColumn: "station_id")
        #expect(draft.codebook.entries.map(\.meaning) == [
            .ignore, .stationID, .indicator, .indicator, .ignore, .count, .ballotsCast, .votes(candidate: "x"), .time,
        ])
        #expect(draft.codebook.entries[2].label == "Late" && draft.codebook.entries[2].polarity == .irregularity)
        #expect(draft.codebook.entries[3].polarity == .good)
        #expect(draft.values[2] == "no (2) | yes (1)")
        let text = String(decoding: draft.csv, as: UTF8.self)
        #expect(text.hasPrefix("column,meaning,label,polarity,yes,no,values\nstart,ignore,,,,,t (3)\ngrp/station_id,station_id,"))
        // Read back, the draft is a valid codebook.
        let reread = try Codebook(table: Self.table(text))
        #expect(reread.entries.map(\.meaning) == draft.codebook.entries.map(\.meaning))
    }
}
