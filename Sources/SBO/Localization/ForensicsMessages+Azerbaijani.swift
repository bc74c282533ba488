extension ForensicsMessages {
    /// Azerbaijani (Latin script).
    public static let azerbaijani = ForensicsMessages(
        defaultTitle: "Rəsmi nəticələrin təhlili",
        heading: "Rəsmi nəticələr özləri haqqında nə deyir",
        reproducible: { seed, simulations in
            "Toxum \(seed), simulyasiya sayı: \(simulations); eyni fayllar və eyni toxum eyni səhifəni verir."
        },
        allStations: "hamısı",
        columnFigure: "göstərici",
        columnObserved: "müşahidəli",
        columnUnobserved: "müşahidəsiz",
        columnDifference: "fərq",
        columnInterval: "interval",
        columnP: "p",
        columnStations: "məntəqələr",
        range: { low, high in "\(low) ilə \(high) arası" },
        observerEffectTitle: "Müşahidəçilərin iştirakının təsiri",
        observerDifferenceNote: "fərq = müşahidəsiz − müşahidəli, faiz bəndi ilə: heç kimin izləmədiyi məntəqələrdə göstərici daha yüksək olduqda müsbətdir.",
        observerSecrecyNote: "Yalnız seçmə məntəqələrin bağlanmasına qədər gizli qalıbsa doğrudur: bunun sübutu seçki günündən əvvəl dərc olunmuş toxum öhdəliyidir.",
        observerMethodNote: { level, simulations in
            "Təbəqələr məntəqə sayına görə çəkiləndirilib; \(level) t intervalı (Neyman dispersiyası, xəttiləşdirilmiş nisbətlər); p müşahidəli məntəqələrin təbəqələr daxilində yenidən seçilməsindən alınıb (seçim sayı: \(simulations); Hyde 2007, Enikolopov et al. 2013)."
        },
        observerUnstratifiedNote: "OFFICIAL.csv-də seçmənin təbəqələrini göstərən sütun yoxdur, ona görə bütün məntəqələr bir təbəqə kimi müqayisə olunur: bu, yalnız bölgü proporsional olubsa, qərəzsizdir.",
        observerPPSNote: "Bəzi təbəqələrdə seçmə ölçüyə mütənasib ehtimalla aparılıb, ona görə oradakı müşahidəli məntəqələr ortadan böyükdür: müqayisə müşahidəçilərin təsirini ölçünün təsiri ilə qarışdırır.",
        observerMissingNote: { n in "Rəsmi nəticələrdə olmayan və kənarda qalan müşahidəli məntəqələr: \(n)." },
        crossCheckTitle: "Müşahidəli məntəqələrdə rəsmi fəallıq çıx müşahidə olunan fəallıq",
        columnMeanGap: "orta fərq",
        columnYesOf: { name in "«\(name)»: bəli" },
        columnNoOf: { name in "«\(name)»: xeyr" },
        columnGapYes: "fərq (bəli)",
        columnGapNo: "fərq (xeyr)",
        crossCheckGapNote: "Fərqlər faiz bəndi ilədir (rəsmi − müşahidəçilərin sayı).",
        crossCheckWelchNote: { name in
            "p: müşahidəçilərin «\(name)» sualına «bəli» və «xeyr» cavab verdiyi yerlərdə fərqin eyni olmasının Welch ikitərəfli testi."
        },
        integerTitle: "Tam faizdə olan məntəqələr",
        columnAtWholePercent: "tam %-də",
        columnExpected: "gözlənilən",
        integerNote: "Məntəqənin göstəricisi tam faizdən yarım səsdən az fərqlənirsə, o, tam faizdə sayılır; 100 və daha az (qeydiyyatdakı seçici və ya etibarlı səs) olan məntəqələr kənarda qalır (Kobak, Shpilkin və Pshenichnikov 2016).",
        integerExpectedNote: { approximation, simulations in
            "gözlənilən: hər məntəqənin göstəricisi öz ölçüsü və öz nisbəti ilə binomial olsaydı; p: birtərəfli, "
                + (approximation ? "simulyasiyanın çox yavaş olacağı yerlərdə bu sayın paylanmasının dəqiqləşdirilmiş normal yaxınlaşmasından, qalan yerlərdə " : "")
                + "simulyasiyalardan (\(simulations))."
        },
        fullTurnoutTitle: "Tam fəallıqlı məntəqələr",
        fullTurnoutNote: "Rəsmi verilmiş bülletenlər qeydiyyatdakı seçicilərin 99%-i və 100%-i qədər və ya daha çox.",
        lastDigitTitle: "Səs saylarının son rəqəmləri",
        columnCounts: "saylar",
        columnChiSquare: "xi-kvadrat",
        columnAdjustedP: "düzəldilmiş p",
        lastDigitNote: { count, median, stations in
            "Hər namizədin \(count) və daha çox səs olan məntəqə saylarının son rəqəmləri bərabər paylanma ilə müqayisə olunur (xi-kvadrat, 9 sərbəstlik dərəcəsi; Beber və Scacco 2012); median sayı \(median)-dən az olan və ya \(stations)-dən az sayı olan namizəd yoxlanmır: kiçik sayların son rəqəmləri bərabər paylanmır."
        },
        adjustedNote: { perGroup in
            "düzəldilmiş p: namizədlər üzrə Benjamini–Hochberg düzəlişi" + (perGroup ? " (hər qrupda ayrıca)." : ".")
        },
        fingerprintCaption: { domain, leader in
            "İz (Klimek et al. 2012)\(domain.map { ", " + $0 } ?? ""): seçicilər fəallığa və «\(leader)» payına görə, hər faiz bəndinə bir kvadrat, seçici çox olan yerdə daha tünd. Qutulara bülleten atılması onu sağ yuxarı küncə doğru uzadır."
        },
        fingerprintTitle: { leader, domain in
            "İz: seçicilər fəallığa (x) və «\(leader)» payına (y) görə" + (domain.map { ", \($0)" } ?? "")
        },
        fingerprintTurnoutAxis: "fəallıq",
        fingerprintShareAxis: { leader in "«\(leader)» payı" })
}
