extension EstimateTableMessages {
    /// Azerbaijani (Latin script).
    public static let azerbaijani = EstimateTableMessages(
        heading: "Qiymətləndirmələr",
        sample: { file, sampled, reserves, strata in
            "Seçmə: \(file); seçilmiş məntəqələr: \(sampled)" + (reserves.map { ", ehtiyat məntəqələr: \($0)" } ?? "") + ", təbəqələr: \(strata)"
        },
        reporting: { stations, reserves, file in
            "Hesabat verən məntəqələr: \(stations)" + (reserves.map { " (onlardan ehtiyat: \($0))" } ?? "") + ", mənbə: \(file)"
        },
        bootstrapIntervals: { method, level, replicates, scheme, seed in
            "İntervallar: \(method), etibarlılıq \(level), təkrar sayı: \(replicates), sxem: \(scheme), toxum «\(seed)»"
        },
        analyticIntervals: { method, level, df in
            "İntervallar: \(method), etibarlılıq \(level), t paylanması, sərbəstlik dərəcəsi: \(df) (hesabat verən məntəqələr çıx təbəqələr)"
        },
        domains: { column in "Qruplar: «\(column)» üzrə" },
        columnIndicator: "göstərici",
        columnRatio: "nisbət",
        columnEstimate: "qiymət",
        columnInterval: { level in "\(level) interval" },
        columnAnswered: "cavab verən",
        columnYes: "bəli",
        columnDesignEffect: "dizayn effekti",
        columnWorstCase: "ən pis hallar",
        columnStations: "məntəqələr",
        columnNotes: "qeydlər",
        allStations: "hamısı",
        nothingToEstimate: "Qiymətləndiriləcək heç nə yoxdur: OBS.csv-də nə göstərici sütunları, nə də ballots_cast və ya votes_* sayları var.",
        legend: "qiymət və interval (iki ucu) faizlə; cavab verən: suala cavab verən məntəqələr; dizayn effekti: sadə təsadüfi seçmə ilə müqayisədə dispersiya; ən pis hallar: hesabat verməyən və ya cavab verməyən hər seçilmiş məntəqə «xeyr», sonra «bəli» cavab versəydi, pay nə olardı.",
        notesHeading: "Qeydlər:",
        dataHeading: "Məlumatlar:",
        bootstrapNote: { scheme, fpc in
            "butstrep: \(scheme) (Rao–Wu miqyaslanmış, təbəqələr daxilində n_h-dan n_h − 1"
                + (fpc
                    ? ", sadə təsadüfi təbəqələrdə sonlu məcmu düzəlişi √(1 − n_h/N_h) ilə, PPS təbəqələrində düzəlişsiz, mütləq seçilən məntəqələrdən dispersiyasız — xəttiləşdirilmiş standart xətalar kimi"
                    : ", sonlu məcmu düzəlişi olmadan, R survey-in subbootweights kimi")
                + "); standart xətalar təkrarların standart kənarlaşmasıdır"
        },
        singleStationStrataNote: { strata in
            "yalnız bir məntəqənin hesabat verdiyi təbəqələr təsadüfi işarə ilə yenidən seçilir (çəki × (1 ± √f)), bu da xəttiləşdirilmiş «adjust» qaydasının dispersiyasını əlavə edir: \(strata)"
        },
        logitRatioNote: "seçici fəallığı və səs payları: logit şkalasında t intervalı (xəttiləşdirilmiş standart xəta üzrə delta metodu), 0–100% daxilində qalsın deyə; hansısa məntəqədə nisbət 100%-dən çox olarsa, interval «qiymət ± t·SX» olaraq qalır",
        emptyStrataNote: { strata in
            "\(strata) təbəqəsində heç bir məntəqə hesabat verməyib: o, bütün qiymətləndirmələrdən çıxır və onlar yalnız hesabat verən təbəqələri əhatə edir"
        })
}
