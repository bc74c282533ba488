extension ReportMessages {
    /// Azerbaijani (Latin script), the bundled example's language. A noun after a numeral is
    /// singular ("105 seçki məntəqəsi"); a percentage takes no case suffix — "the part" of the
    /// stations carries it ("məntəqələrin 31% hissəsində") — so no suffix has to follow how a
    /// number is read aloud.
    public static let azerbaijani = ReportMessages(
        defaultTitle: "Seçki müşahidəsi: müşahidəçilər nə gördü",
        lede: { stations, level in
            "Statistik əsaslı müşahidə: təsadüfi seçilmiş \(stations) seçki məntəqəsi üzrə qiymətləndirmələr, \(level) etibarlılıq intervalları ilə."
        },
        summaryHeading: "Qısaca",
        irregularityShare: { label, share, low, high in
            "«\(label)»: müşahidəçilər bunu seçki məntəqələrinin təxminən \(share) hissəsində gördülər (aralıq: \(low) – \(high))."
        },
        irregularityNone: { label, stations, upper, level in
            "«\(label)»: cavab verən \(stations) məntəqənin heç birində görülməyib, deməli, bütün məntəqələrin ən çoxu \(upper) hissəsində ola bilər (etibarlılıq \(level))."
        },
        conditionShare: { label, share, low, high in
            "«\(label)»: seçki məntəqələrinin təxminən \(share) hissəsində bəli (aralıq: \(low) – \(high))."
        },
        conditionNone: { label, stations, upper, level in
            "«\(label)»: cavab verən \(stations) məntəqənin heç birində yoxdur, deməli, bütün məntəqələrin ən çoxu \(upper) hissəsində ola bilər (etibarlılıq \(level))."
        },
        turnoutSentence: { share, low, high in "Seçici fəallığı təxminən \(share) təşkil edib (aralıq: \(low) – \(high))." },
        candidateSentence: { name, share, low, high in
            "\(name) səslərin təxminən \(share) hissəsini alıb (aralıq: \(low) – \(high))."
        },
        officialSentence: { official, inside in
            inside ? "Rəsmi rəqəm, \(official), bu aralığın daxilindədir."
                : "Rəsmi rəqəm, \(official), bu aralıqdan kənardadır."
        },
        intervalBoxHeading: { level in "\(level) etibarlılıq intervalı nə deməkdir" },
        intervalBoxText: { level, outOf100 in [
            "Müşahidəçilər bütün seçki məntəqələrinə deyil, təsadüfi seçilmiş nümunəyə getdilər. Başqa nümunə bir qədər fərqli rəqəmlər verərdi. İnterval bu nümunənin gördükləri ilə uyğun gələn qiymətlər aralığıdır.",
            "Bu üsulla qurulan intervallar hər 100 nümunədən \(outOf100) nümunədə bütün məntəqələr üzrə həqiqi rəqəmi əhatə edir. Kənarlara yaxın qiymətlər ortadakılardan az ehtimallıdır, amma mümkündür; intervaldan kənar qiymətlər az ehtimallıdır.",
            "İnterval yalnız seçimin təsadüfiliyini nəzərə alır: müşahidəçilərin səhvlərini və müşahidəçiləri buraxmayan məntəqələri nəzərə almır.",
        ] },
        methodHeading: "Bu rəqəmlər necə alınıb",
        methodDrawn: { reporting, sampled, frame, pps, stratifiedBy, strata, reserves in
            var text = "Təsadüfi seçilmiş seçki məntəqələri: \(sampled) (ölkədəki \(frame) məntəqədən"
            if let pps { text += ", seçilmə ehtimalı \(pps) ilə mütənasib" }
            if let stratifiedBy {
                text += ", \(stratifiedBy) üzrə təbəqələşdirilmiş; təbəqələr: \(strata)"
            } else if strata != "1" {
                text += "; təbəqələr: \(strata)"
            }
            text += "); onlardan hesabat verənlər: \(reporting)"
            if let reserves { text += "; onlarla birlikdə seçilmiş ehtiyat məntəqələrdən hesabat verənlər: \(reserves)" }
            return text + "."
        },
        methodNoInterval: { df in
            "Rəqəmlər seçki məntəqələrinin paylarıdır; onların etibarlılıq intervalı yoxdur: sərbəstlik dərəcələri \(df) (hesabat verən məntəqələr çıxılsın təbəqələr), hər təbəqədə ən azı iki hesabat verən məntəqə lazımdır."
        },
        methodIntervals: { level, description, widest in
            "Rəqəmlər seçki məntəqələrinin paylarıdır, \(level) etibarlılıq intervalı ilə (\(description))"
                + (widest.map { "; ən geniş interval \($0) faiz bəndini əhatə edir." } ?? ".")
        },
        methodRatios: { widest in
            "Seçici fəallığı və səs payları bu məntəqələrdə sayılmış səslərin nisbətləridir; onların ən geniş intervalı \(widest) faiz bəndidir."
        },
        methodWeights: "Hər məntəqə seçilmə ehtimalının tərsi ilə nəzərə alınır; seçilib hesabat verməyən məntəqə öz təbəqəsi daxilində cavabsızlıq sayılır.",
        methodEmptyStrata: { strata in "Bu təbəqələrdə heç bir məntəqə hesabat verməyib: \(strata); rəqəmlər yalnız digər təbəqələri əhatə edir." },
        analyticInterval: { method, df in "\(method), t paylanması, sərbəstlik dərəcələri: \(df)" },
        bootstrapInterval: { scheme, replicates, interval, seed in "\(scheme), replikasiyalar: \(replicates), \(interval), toxum: \(seed)" },
        schemeIID: "butstrep",
        schemeRaoWu: "təbəqələr daxilində Rao–Wu miqyaslanmış butstrepi",
        schemeRaoWuFPC: "təbəqələr daxilində Rao–Wu miqyaslanmış butstrepi, sonlu populyasiya düzəlişi ilə",
        percentileInterval: "persentil intervalı",
        basicInterval: "əsas interval",
        bcaInterval: "sürüşmə üçün düzəldilmiş və sürətləndirilmiş (BCa) interval",
        irregularitiesHeading: "Müşahidəçilərin gördüyü pozuntular",
        conditionsHeading: "Təmin olunmalı şərtlər",
        indicatorCaption: { level in "Seçki məntəqələrinin payı. Nöqtə: qiymət; xətt: \(level) etibarlılıq intervalı." },
        nothingToEstimate: "Qiymətləndiriləcək heç nə yoxdur: müşahidələrdə bəli/xeyr sütunları, ballots_cast və ya votes_* sayları yoxdur.",
        columnIndicator: "Sual",
        columnShare: "Məntəqələrin payı",
        columnInterval: { level in "\(level) interval" },
        columnAnswering: "Cavab verən məntəqələr",
        columnYes: "Bəli",
        columnNotes: "Qeydlər",
        ratiosHeading: "Seçici fəallığı və səs payları",
        ratioCaption: { level, official in
            "Nöqtə: müşahidəçilərin qiyməti; xətt: \(level) etibarlılıq intervalı."
                + (official ? " Ştrix: rəsmi rəqəm (intervaldan kənardırsa qırmızı)." : "")
        },
        turnoutLabel: "Seçici fəallığı",
        leadingCandidatesTitle: "Seçici fəallığı və öndə gedən namizədlər",
        smallCandidatesTitle: { end in "Digər namizədlər (miqyasa diqqət: 0 – \(end))" },
        columnFigure: "Göstərici",
        columnEstimate: "Müşahidəçilərin qiyməti",
        columnStations: "Məntəqələr",
        columnOfficial: "Rəsmi",
        columnOfficialInside: "Rəsmi rəqəm intervaldadır",
        yes: "bəli",
        outsideBy: { se, above in "xeyr: \(se) SX \(above ? "yuxarı" : "aşağı")" },
        outside: "xeyr",
        standardErrorNote: "SX: müşahidəçilərin standart xətası. Rəsmi rəqəm müşahidəçilərin qiymətindən nə qədər çox standart xəta uzaqdadırsa, fərqi seçimin təsadüfiliyi ilə izah etmək bir o qədər çətindir.",
        domainsHeading: { column in "\(column) üzrə" },
        domainsNote: { column in
            "«\(column)» sütununun hər qiyməti üçün bir panel, sətirlər yuxarıdakı ölkə üzrə sırada. Hər panel yalnız öz məntəqələrinə əsaslanır, ona görə intervalları daha genişdir; n oradan hesabat verən məntəqələrin sayıdır."
        },
        domainsOfficialNote: { column in
            "Ştrix: rəsmi nəticələrdə «\(column)» sütununun bu qiymətinin məntəqələri üzrə hesablanmış rəsmi rəqəm; onun qiyməti intervaldan sonra, «·» işarəsindən sonra gəlir (intervaldan kənardırsa qırmızı)."
        },
        domainStations: { n in "n = \(n)" },
        domainTooFew: { n in "cəmi \(n) məntəqə: nəticə üçün çox azdır" },
        discrepanciesHeading: "Rəsmi və müşahidə olunan fəallığın fərqləndiyi məntəqələr",
        discrepanciesSummary: { compared, differing, points in
            "Rəsmi nəticələrdə tapılan müşahidə olunmuş məntəqələr: \(compared). Onlardan rəsmi fəallığı müşahidəçilərin sayından \(points) faiz bəndindən çox fərqlənənlər: \(differing)."
        },
        columnStation: "Məntəqə",
        columnObservedTurnout: "Müşahidə olunan fəallıq",
        columnOfficialTurnout: "Rəsmi fəallıq",
        columnDifference: "Fərq (faiz bəndi)",
        notInOfficial: { ids in "Rəsmi nəticələrdə yoxdur: \(ids)." },
        dataHeading: "Oxunan məlumatlar",
        footerHeading: "Yoxla və təkrarla",
        seedCommitment: "Toxum öhdəliyi",
        seed: "Toxum",
        frame: "Seçim çərçivəsi",
        frameStations: { n in "məntəqələr: \(n)" },
        sampleInManifest: "Manifestdəki nümunə",
        matchesSample: "oxunmuş nümunə faylı ilə üst-üstə düşür",
        doesNotMatchSample: "oxunmuş nümunə faylı ilə ÜST-ÜSTƏ DÜŞMÜR",
        drawnBy: "Seçən",
        drawnByText: { version, command in "sbo \(version); yoxlamaq üçün: \(command)" },
        noManifest: "Nümunə manifesti",
        noManifestText: "nümunə faylının yanında yoxdur: toxum və çərçivənin heşi burada qeyd olunmayıb",
        file: { role in "Fayl: \(role)" },
        roleSample: "nümunə",
        roleObservations: "müşahidələr",
        roleOfficial: "rəsmi nəticələr",
        producedBy: "Hazırlayan",
        reproducedBy: "Bu hesabat bayt-bayt bu əmrlə təkrarlanır:",
        chartEstimate: "qiymət",
        chartInterval: { level in "\(level) interval" },
        chartOfficial: "rəsmi rəqəm",
        chartOfficialOutside: "rəsmi, intervaldan kənar",
        chartSource: { file, stations, level in "Mənbə: \(file), hesabat verən məntəqələr: \(stations); \(level) etibarlılıq intervalları." },
        sharesTitle: "Seçki məntəqələrinin payı",
        nothingToPlot: "Təsvir ediləcək heç nə yoxdur: göstəricilər, fəallıq və ya səs sayları yoxdur.",
        noAnswers: "cavab yoxdur",
        noInterval: "interval üçün məntəqə azdır",
        singleStationStrataShort: "bir məntəqəli təbəqələr",
        noVotes: "səs sayılmayıb",
        note: { note in
            switch note {
            case .noAnswers: "hesabat verən heç bir məntəqə cavab verməyib"
            case .degreesOfFreedomNotPositive(let df):
                "sərbəstlik dərəcələri: \(df) (məntəqələr çıxılsın təbəqələr) — etibarlılıq intervalı yoxdur; hər təbəqədə daha çox məntəqə lazımdır"
            case .singleStationStrata(let names):
                "\(names.joined(separator: ", ")) təbəqəsində bir hesabat verən məntəqə var: onun dispersiyası ümumi qiymət ətrafında hesablanır (R survey.lonely.psu=\"adjust\")"
            case .zeroDenominator: "məxrəcin çəkili cəmi sıfırdır: nisbət yoxdur"
            }
        },
        ruleNote: { rule in
            switch rule {
            case .kornGraubardAnsweringStations:
                "qiymət 0% və ya 100%-dir (və ya seçmə dispersiyası yoxdur), burada tələb olunan intervalın eni sıfır olardı: interval Korn–Graubard (Clopper–Pearson) intervalıdır, cavab verən məntəqələr effektiv nümunə ölçüsü kimi götürülür (NCHS qaydası)"
            case .census: "cavab verən hər təbəqə tam sayımdır (bütün məntəqələri müşahidə olunub): seçmə xətası yoxdur"
            case .standard, .bootstrap: nil
            }
        },
        forensics: .azerbaijani,
        table: .azerbaijani,
        dataQuality: .azerbaijani,
        progress: .azerbaijani,
        compare: .azerbaijani)
}
