import Foundation
import Testing
@testable import SBO

/// The yes/no words of the SPEC's languages, compared after trimming, NFC and lower case.
@Suite struct AnswerVocabularyTests {
    /// The standard words are kept as written, without normalizing them at every start: they
    /// must already be in normalized form, so that the vocabulary is the one the public
    /// initialiser would build.
    @Test func standardWordsAreNormalized() {
        for word in AnswerVocabulary.standardPairs.flatMap({ $0.yes + $0.no }) {
            #expect(AnswerVocabulary.normalized(word).unicodeScalars.elementsEqual(word.unicodeScalars), "\(word)")
        }
        let built = AnswerVocabulary(
            yes: AnswerVocabulary.standardPairs.flatMap(\.yes), no: AnswerVocabulary.standardPairs.flatMap(\.no))
        #expect(built == AnswerVocabulary.standard)
    }

    /// SPEC "Observation exports": every pair it lists, and 1.0/0.0.
    @Test(arguments: [
        ("yes", "no"), ("y", "n"), ("true", "false"), ("1", "0"), ("1.0", "0.0"), ("oui", "non"), ("sí", "no"),
        ("si", "no"), ("sim", "não"), ("да", "нет"), ("так", "ні"), ("bəli", "xeyr"), ("hə", "yox"),
        ("evet", "hayır"), ("კი", "არა"), ("այո", "ոչ"), ("نعم", "لا"),
    ])
    func specPairs(yes: String, no: String) {
        let vocabulary = AnswerVocabulary.standard
        for form in [yes, yes.uppercased(), " \(yes)\t", yes.decomposedStringWithCanonicalMapping] {
            #expect(vocabulary.reading(form) == true, "\(form)")
        }
        for form in [no, no.uppercased(), " \(no) ", no.decomposedStringWithCanonicalMapping] {
            #expect(vocabulary.reading(form) == false, "\(form)")
        }
    }

    @Test func capitalsOfTurkishAndAzerbaijaniAndNonAnswers() {
        let vocabulary = AnswerVocabulary.standard
        #expect(vocabulary.reading("BƏLİ") == true)   // İ lower-cases to i + U+0307
        #expect(vocabulary.reading("HAYIR") == false)  // I lower-cases to dotted i
        #expect(vocabulary.reading("Bəli") == true)
        for text in ["", "NA", "2", "1.5", "yse", "maybe", "-1", "n\u{43E}"] {
            #expect(vocabulary.reading(text) == nil, "\(text)")
        }
    }

    @Test func codebookWordsAreAddedPerColumn() {
        let vocabulary = AnswerVocabulary.standard.adding(yes: ["Ok"], no: ["not ok"])
        #expect(vocabulary.reading(" ok ") == true)
        #expect(vocabulary.reading("NOT OK") == false)
        #expect(AnswerVocabulary.standard.reading("ok") == nil)
    }

    /// The half rule: a column is an indicator when at least half its answers are yes/no and
    /// not all of them are counts.
    @Test func columnKinds() {
        let lines = Array(2...7)
        func kind(_ cells: [String]) -> ObservationColumnKind {
            ObservationColumnKind.of(cells: cells, lines: Array(lines.prefix(cells.count)), vocabulary: .standard)
        }
        #expect(kind(["yes", "no", "", "да"]) == .indicator)
        #expect(kind(["yes", "no", "yse"]) == .indicator)
        #expect(kind(["yes", "queue", "long queue"]) == .text(line: 3, value: "queue"))
        #expect(kind(["0", "1", "2", "1"]) == .count(line: 4, value: "2"))
        #expect(kind(["", "NA"]) == .indicator)
    }
}
