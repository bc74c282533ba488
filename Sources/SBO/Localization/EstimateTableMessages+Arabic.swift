extension EstimateTableMessages {
    /// Arabic (right to left; numbers in Western digits, see ``NumberStyle``).
    public static let arabic = EstimateTableMessages(
        heading: "التقديرات",
        sample: { file, sampled, reserves, strata in
            "العينة: \(file)؛ المراكز المسحوبة: \(sampled)" + (reserves.map { "، المراكز الاحتياطية: \($0)" } ?? "") + "، الطبقات: \(strata)"
        },
        reporting: { stations, reserves, file in
            "المراكز المُبلِغة: \(stations)" + (reserves.map { " (منها احتياطية: \($0))" } ?? "") + "، من \(file)"
        },
        bootstrapIntervals: { method, level, replicates, scheme, seed in
            "الفترات: \(method)، مستوى الثقة \(level)، عدد التكرارات: \(replicates)، المخطط: \(scheme)، البذرة «\(seed)»"
        },
        analyticIntervals: { method, level, df in
            "الفترات: \(method)، مستوى الثقة \(level)، توزيع t، درجات الحرية: \(df) (المراكز المُبلِغة ناقص الطبقات)"
        },
        domains: { column in "المجموعات: بحسب \(column)" },
        columnIndicator: "المؤشر",
        columnRatio: "النسبة",
        columnEstimate: "التقدير",
        columnInterval: { level in "فترة \(level)" },
        columnAnswered: "أجابت",
        columnYes: "نعم",
        columnDesignEffect: "أثر التصميم",
        columnWorstCase: "الحالتان القصويان",
        columnStations: "المراكز",
        columnNotes: "ملاحظات",
        allStations: "الكل",
        nothingToEstimate: "لا شيء للتقدير: لا يحتوي OBS.csv على أعمدة مؤشرات ولا على أعداد ballots_cast أو votes_*.",
        legend: "التقدير والفترة (طرفاها) بالنسبة المئوية؛ أجابت: المراكز التي أجابت عن السؤال؛ أثر التصميم: التباين مقارنة بعينة عشوائية بسيطة؛ الحالتان القصويان: النسبة لو أن كل مركز مسحوب لم يُبلغ أو لم يُجب قد أجاب بلا، ثم بنعم.",
        notesHeading: "ملاحظات:",
        dataHeading: "البيانات:",
        bootstrapNote: { scheme, fpc in
            "بوتستراب: \(scheme) (راو–وو المعاد قياسه، n_h − 1 من n_h داخل الطبقات"
                + (fpc
                    ? "، مع تصحيح المجتمع المحدود √(1 − n_h/N_h) للطبقات العشوائية البسيطة، ودون تصحيح لطبقات PPS، ودون تباين من المراكز المختارة حتمًا، كما في الأخطاء المعيارية المحسوبة بالتقريب الخطي"
                    : "، دون تصحيح المجتمع المحدود، كما في subbootweights في R survey")
                + ")؛ الأخطاء المعيارية هي الانحراف المعياري للتكرارات"
        },
        singleStationStrataNote: { strata in
            "الطبقات التي أبلغ فيها مركز واحد فقط يعاد سحبها بإشارة عشوائية (الوزن × (1 ± √f))، ما يضيف تباين قاعدة «adjust» في التقريب الخطي: \(strata)"
        },
        logitRatioNote: "نسبة المشاركة ونسب الأصوات: فترة t على مقياس اللوجيت (طريقة دلتا على الخطأ المعياري المحسوب بالتقريب الخطي)، كي تبقى بين 0 و100%؛ وإذا تجاوزت النسبة 100% في مركز ما، تبقى الفترة: التقدير ± t × الخطأ المعياري",
        emptyStrataNote: { strata in
            "لم يُبلغ أي مركز في الطبقة \(strata): فهي تسقط من كل التقديرات، التي لا تغطي حينئذ إلا الطبقات المُبلِغة"
        })
}
