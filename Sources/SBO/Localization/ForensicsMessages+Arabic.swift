extension ForensicsMessages {
    /// Arabic (right to left; numbers in Western digits, see ``NumberStyle``).
    public static let arabic = ForensicsMessages(
        defaultTitle: "تحليل النتائج الرسمية",
        heading: "ما تقوله النتائج الرسمية عن نفسها",
        reproducible: { seed, simulations in
            "البذرة \(seed)، عدد المحاكاة: \(simulations)؛ الملفات نفسها والبذرة نفسها تعطي الصفحة نفسها."
        },
        allStations: "الكل",
        columnFigure: "الرقم",
        columnObserved: "بمراقبين",
        columnUnobserved: "دون مراقبين",
        columnDifference: "الفرق",
        columnInterval: "الفترة",
        columnP: "p",
        columnStations: "المراكز",
        range: { low, high in "من \(low) إلى \(high)" },
        observerEffectTitle: "أثر وجود المراقبين",
        observerDifferenceNote: "الفرق = دون مراقبين − بمراقبين، بالنقاط المئوية: يكون موجبًا حيث يرتفع الرقم في المراكز التي لم يراقبها أحد.",
        observerSecrecyNote: "لا يصح هذا إلا إذا بقيت العينة سرية حتى إغلاق مراكز الاقتراع: والدليل على ذلك التزام البذرة المنشور قبل يوم الاقتراع.",
        observerMethodNote: { level, simulations in
            "الطبقات مرجحة بعدد مراكزها؛ فترة t بمستوى \(level) (تباين نيمان، نسب بالتقريب الخطي)؛ وقيمة p من إعادة سحب المراكز المراقَبة داخل الطبقات (عدد مرات السحب: \(simulations)؛ Hyde 2007، Enikolopov et al. 2013)."
        },
        observerUnstratifiedNote: "لا يحتوي OFFICIAL.csv على عمود يبين طبقات العينة، لذا تُقارن جميع المراكز كطبقة واحدة: ولا تكون المقارنة غير متحيزة إلا إذا كان التوزيع تناسبيًا.",
        observerPPSNote: "سُحبت العينة في بعض الطبقات باحتمال يتناسب مع الحجم، لذا فالمراكز المراقَبة فيها أكبر من المتوسط: والمقارنة تخلط أثر المراقبين بأثر الحجم.",
        observerMissingNote: { n in "مراكز مراقَبة غير موجودة في النتائج الرسمية وقد استُبعدت: \(n)." },
        crossCheckTitle: "نسبة المشاركة الرسمية ناقص نسبة المشاركة المرصودة في المراكز المراقَبة",
        columnMeanGap: "متوسط الفارق",
        columnYesOf: { name in "\(name)\u{200F}: نعم" },
        columnNoOf: { name in "\(name)\u{200F}: لا" },
        columnGapYes: "الفارق (نعم)",
        columnGapNo: "الفارق (لا)",
        crossCheckGapNote: "الفوارق بالنقاط المئوية (الرسمي − عدّ المراقبين).",
        crossCheckWelchNote: { name in
            "p: اختبار ويلش الثنائي الطرف لتساوي الفارق حيث أجاب المراقبون بنعم وحيث أجابوا بلا عن «\(name)\u{200F}»."
        },
        integerTitle: "مراكز عند نسبة مئوية صحيحة",
        columnAtWholePercent: "عند % صحيحة",
        columnExpected: "المتوقع",
        integerNote: "يكون المركز عند نسبة مئوية صحيحة إذا كان رقمه على بعد أقل من نصف صوت من نسبة صحيحة؛ وتُستبعد المراكز التي فيها 100 أو أقل (من الناخبين المسجلين أو الأصوات الصحيحة) (Kobak, Shpilkin & Pshenichnikov 2016).",
        integerExpectedNote: { approximation, simulations in
            "المتوقع: لو كان رقم كل مركز يتبع توزيعًا ثنائيًا بحجمه ومعدله؛ p: أحادية الطرف، "
                + (approximation ? "من التقريب الطبيعي المحسَّن لتوزيع ذلك العدد حيث تكون المحاكاة بطيئة جدًا، وإلا " : "")
                + "من المحاكاة (\(simulations) مرة)."
        },
        fullTurnoutTitle: "مراكز بمشاركة كاملة",
        fullTurnoutNote: "أوراق الاقتراع الرسمية المدلى بها بما يساوي 99% و100% من الناخبين المسجلين أو يزيد.",
        lastDigitTitle: "الأرقام الأخيرة لأعداد الأصوات",
        columnCounts: "الأعداد",
        columnChiSquare: "كاي تربيع",
        columnAdjustedP: "p المعدّلة",
        lastDigitNote: { count, median, stations in
            "الأرقام الأخيرة لأعداد أصوات كل مرشح في المراكز، من \(count) صوتًا فأكثر، مقارنة بالتوزيع المنتظم (كاي تربيع، 9 درجات حرية؛ Beber & Scacco 2012)؛ ولا يُختبر مرشح يقل وسيط أعداده عن \(median) أو تقل أعداده عن \(stations): فالأعداد الصغيرة ليست أرقامها الأخيرة منتظمة."
        },
        adjustedNote: { perGroup in
            "p المعدّلة: طريقة بنجاميني–هوخبرغ على المرشحين" + (perGroup ? " في كل مجموعة." : ".")
        },
        fingerprintCaption: { domain, leader in
            "البصمة (Klimek et al. 2012)\(domain.map { "، " + $0 } ?? ""): الناخبون بحسب نسبة المشاركة ونصيب \(leader)\u{200F}، مربع لكل نقطة مئوية، أغمق حيث يكثر الناخبون. حشو الصناديق يمدّها نحو الزاوية العليا اليمنى."
        },
        fingerprintTitle: { leader, domain in
            "البصمة: الناخبون بحسب نسبة المشاركة (x) ونصيب \(leader)\u{200F} (y)" + (domain.map { "، \($0)" } ?? "")
        },
        fingerprintTurnoutAxis: "نسبة المشاركة",
        fingerprintShareAxis: { leader in "نصيب \(leader)" })
}
