extension ProgressMessages {
    /// Azerbaijani (Latin script).
    public static let azerbaijani = ProgressMessages(
        heading: "Seçki gecəsi: rəqəmlər necə sabitləşdi",
        chartTitle: "Hesabatlar gəldikcə qiymətləndirmələr",
        caption: { level, sampled, margin, columns, testLevel in
            "Hər rəqəm üçün hər mərhələdə alınmış hesabatlara görə qiymətləndirmə (xətt) və onun \(level) intervalı (zolaq), "
                + "hesabat göndərmiş seçmə məntəqələrinin payına görə (n = \(sampled)); qırıq xətlər: son qiymətləndirmə üstəgəl-çıxı "
                + "planlaşdırılmış \(margin) bənd xəta həddi. Qırmızı nöqtə hesabat göndərmiş məntəqələrin hələ gözlənilənlərdən "
                + "fərqləndiyi mərhələni göstərir (\(columns ?? "heç bir sütun — heç biri dəyişmir") üzrə permutasiya testləri, "
                + "Westfall–Young min-P, p ≤ \(testLevel))."
        },
        latestCheck: { verdict, p in
            "Son mərhələdə hesabat göndərmiş və gözlənilən məntəqələr: " + {
                switch verdict {
                case .similar: "oxşardır (p = \(p))"
                case .different: "fərqlənir (p = \(p))"
                case .complete: "seçmənin bütün məntəqələri hesabat göndərib"
                case .untestable: "hələ müqayisə etmək olmur"
                }
            }()
        },
        legendDifferent: { level in "fərqlənir (p ≤ \(level))" },
        legendSimilar: "oxşardır və ya seçmə tamdır",
        legendPlanned: { margin in "son qiymətləndirmə ± planlaşdırılmış xəta həddi (\(margin) bənd)" },
        axes: "Üfüqi: seçmənin hesabat göndərmiş payı. Şaquli: rəqəm və onun intervalı.",
        verdict: { verdict in
            switch verdict {
            case .similar: "oxşardır"
            case .different: "fərqlənir"
            case .complete: "seçmə tamdır"
            case .untestable: "müqayisə olunmur"
            }
        },
        checkpoint: { reporting, estimate, interval, verdict in
            "Hesabat göndərən məntəqələr: \(reporting). Qiymət: \(estimate) (\(interval)), yoxlama: \(verdict)"
        },
        ready: { planned, p in
            "Dərc etmək olar: hər əsas rəqəm planlaşdırılmış \(planned) bənd xəta həddi daxilindədir, hesabat göndərmiş məntəqələr isə "
                + (p.map { "hələ gözlənilənlərə oxşardır (p = \($0))." } ?? "bütün seçmədir.")
        },
        marginAbovePlan: { figure, margin, planned in
            "«\(figure)» üçün xəta həddi \(margin) bənddir, planlaşdırılmış \(planned) bənddən genişdir"
        },
        noInterval: { figure in "«\(figure)» üçün hələ interval yoxdur" },
        notRepresentative: { columns, p in
            "hesabat göndərmiş məntəqələr hələ gözlənilənlərdən fərqlənir\(columns.map { " (\($0))" } ?? "") (p = \(p))"
        },
        untestable: "hesabat göndərmiş məntəqələrin gözlənilənlərə oxşadığını hələ yoxlamaq olmur",
        notReady: { missing, complete in
            "Dərc etmək hələ tezdir: " + missing.joined(separator: "; ") + ". "
                + (complete ? "Seçmənin bütün məntəqələri hesabat göndərib: daha geniş xəta həddlərini göstərərək dərc edin."
                    : "Daha çox hesabat gözləyin.")
        },
        tableHeading: "Seçki gecəsi",
        reports: { file, column in "Hesabatlar: \(file), \(column) sütununa görə (UTC)" },
        check: { columns, permutations, level in
            "Yoxlama: hesabat göndərmiş əsas məntəqələr gözlənilənlərlə "
                + "\(columns ?? "heç bir sütun (heç biri dəyişmir)") üzrə müqayisə olunur; permutasiya testləri "
                + "(permutasiyalar: \(permutations)), ümumi p Westfall–Young min-P ilə düzəldilib; p ≤ \(level) olduqda fərqlənir"
        },
        columnTime: "vaxt",
        columnReporting: "göndərib",
        columnShare: "pay",
        columnP: "p",
        columnVerdict: "nəticə",
        legend: { level, method in
            "sütunlar: seçmənin hesabat göndərmiş payı; faizlə qiymət və onun \(level) \(method) intervalı "
                + "('sbo estimate --as-of VAXT' kimi)."
        },
        plannedMarginFromSample: "(planlaşdırılmış xəta həddi: 50% pay üçün bütün seçmənin verdiyi; --planned-margin onu təyin edir)")
}
