extension ReportMessages {
    /// Arabic (Modern Standard), written right to left; numbers in Western digits (see
    /// ``NumberStyle``). Counts stand after a colon or in parentheses, so that no noun has to
    /// agree with a number (Arabic has dual and several plural forms).
    public static let arabic = ReportMessages(
        defaultTitle: "مراقبة الانتخابات: ما رصده المراقبون",
        lede: { stations, level in
            "مراقبة قائمة على الإحصاء: تقديرات من عينة عشوائية من مراكز الاقتراع (عدد المراكز: \(stations))، مع فترات ثقة بمستوى \(level)."
        },
        summaryHeading: "باختصار",
        irregularityShare: { label, share, low, high in
            "رصد المراقبون «\(label)» في نحو \(share) من مراكز الاقتراع (بين \(low) و \(high))."
        },
        irregularityNone: { label, stations, upper, level in
            "«\(label)»: لم يُرصد في أي من المراكز المرصودة (\(stations))، أي أنه وقع في \(upper) على الأكثر من جميع مراكز الاقتراع (مستوى الثقة \(level))."
        },
        conditionShare: { label, share, low, high in
            "«\(label)»: نعم في نحو \(share) من مراكز الاقتراع (بين \(low) و \(high))."
        },
        conditionNone: { label, stations, upper, level in
            "«\(label)»: لم يتحقق في أي من المراكز المرصودة (\(stations))، أي في \(upper) على الأكثر من جميع مراكز الاقتراع (مستوى الثقة \(level))."
        },
        turnoutSentence: { share, low, high in "تُقدَّر نسبة المشاركة بـ \(share) (بين \(low) و \(high))." },
        candidateSentence: { name, share, low, high in
            "حصل \(name) على نحو \(share) من الأصوات (بين \(low) و \(high))."
        },
        officialSentence: { official, inside in
            inside ? "الرقم الرسمي، \(official)، يقع داخل هذا المجال."
                : "الرقم الرسمي، \(official)، يقع خارج هذا المجال."
        },
        intervalBoxHeading: { level in "ماذا تعني فترة ثقة بمستوى \(level)" },
        intervalBoxText: { level, outOf100 in [
            "زار المراقبون عينة عشوائية من مراكز الاقتراع، لا جميعها. ولو سُحبت عينة أخرى لجاءت الأرقام مختلفة قليلًا. والفترة هي مجال القيم التي تتفق مع ما رصدته هذه العينة.",
            "الفترات المحسوبة بهذه الطريقة تحتوي الرقم الحقيقي لجميع المراكز في \(outOf100) عينة من كل 100. القيم القريبة من الطرفين أقل احتمالًا من الوسط لكنها ممكنة، والقيم خارج الفترة غير مرجحة.",
            "لا تغطي الفترة إلا مصادفة السحب، لا أخطاء المراقبين ولا المراكز التي مُنعوا من دخولها.",
        ] },
        methodHeading: "كيف حُسبت هذه الأرقام",
        methodDrawn: { reporting, sampled, frame, pps, stratifiedBy, strata, reserves in
            var text = "أرسل المراقبون تقاريرهم من \(reporting) من أصل \(sampled) من مراكز الاقتراع المسحوبة عشوائيًا"
            if let pps { text += " باحتمال متناسب مع \(pps)" }
            text += " من بين مراكز البلاد (عددها \(frame))"
            if let stratifiedBy {
                text += "، مع التقسيم إلى طبقات حسب \(stratifiedBy) (عدد الطبقات: \(strata))"
            } else if strata != "1" {
                text += " (عدد الطبقات: \(strata))"
            }
            if let reserves { text += "، ومن مراكز احتياطية سُحبت معها: \(reserves)" }
            return text + "."
        },
        methodNoInterval: { df in
            "الأرقام نسب من مراكز الاقتراع، وليس لها فترة ثقة: درجات الحرية \(df) (المراكز المُبلِغة ناقص الطبقات)، ويلزم مركزان مُبلِغان على الأقل في كل طبقة."
        },
        methodIntervals: { level, description, widest in
            "الأرقام نسب من مراكز الاقتراع، مع فترة ثقة بمستوى \(level) (\(description))"
                + (widest.map { "؛ وأوسع فترة تمتد \($0) نقطة مئوية." } ?? ".")
        },
        methodRatios: { widest in
            "نسبة المشاركة وحصص الأصوات نسبٌ بين الأصوات المحسوبة في هذه المراكز؛ وأوسع فتراتها تمتد \(widest) نقطة مئوية."
        },
        methodWeights: "يُحتسب كل مركز بمقلوب احتمال اختياره؛ والمركز المسحوب الذي لم يُبلغ يُعامل كعدم استجابة داخل طبقته.",
        methodEmptyStrata: { strata in "لم يُبلغ أي مركز في: \(strata)؛ لذا لا تغطي الأرقام إلا الطبقات الأخرى." },
        analyticInterval: { method, df in "\(method)، توزيع t، درجات الحرية: \(df)" },
        bootstrapInterval: { scheme, replicates, interval, seed in "\(scheme)، عدد التكرارات: \(replicates)، \(interval)، البذرة \(seed)" },
        schemeIID: "بوتستراب",
        schemeRaoWu: "بوتستراب راو–وو المعاد قياسه داخل الطبقات",
        schemeRaoWuFPC: "بوتستراب راو–وو المعاد قياسه داخل الطبقات مع تصحيح المجتمع المحدود",
        percentileInterval: "فترة المئينات",
        basicInterval: "الفترة الأساسية",
        bcaInterval: "فترة مصححة للتحيز ومسرَّعة (BCa)",
        irregularitiesHeading: "مخالفات رصدها المراقبون",
        conditionsHeading: "شروط يجب أن تتحقق",
        indicatorCaption: { level in "نسبة مراكز الاقتراع. النقطة: التقدير؛ الخط: فترة الثقة بمستوى \(level)." },
        nothingToEstimate: "لا شيء للتقدير: لا تحتوي الملاحظات على أعمدة نعم/لا ولا على أعداد ballots_cast أو votes_*.",
        columnIndicator: "السؤال",
        columnShare: "نسبة المراكز",
        columnInterval: { level in "فترة \(level)" },
        columnAnswering: "المراكز المجيبة",
        columnYes: "نعم",
        columnNotes: "ملاحظات",
        ratiosHeading: "نسبة المشاركة وحصص الأصوات",
        ratioCaption: { level, official in
            "النقطة: تقدير المراقبين؛ الخط: فترة الثقة بمستوى \(level)."
                + (official ? " العلامة: الرقم الرسمي (بالأحمر إذا وقع خارج الفترة)." : "")
        },
        turnoutLabel: "نسبة المشاركة",
        leadingCandidatesTitle: "نسبة المشاركة والمرشحون المتقدمون",
        smallCandidatesTitle: { end in "مرشحون آخرون (انتبه إلى المقياس: من 0 إلى \(end))" },
        columnFigure: "الرقم",
        columnEstimate: "تقدير المراقبين",
        columnStations: "المراكز",
        columnOfficial: "الرسمي",
        columnOfficialInside: "الرسمي داخل الفترة",
        yes: "نعم",
        outsideBy: { se, above in "لا: \(above ? "أعلى" : "أدنى") بمقدار \(se) خطأ معياري" },
        outside: "لا",
        standardErrorNote: "الخطأ المعياري: خطأ تقدير المراقبين. كلما ابتعد الرقم الرسمي عن تقدير المراقبين بعدد أكبر من الأخطاء المعيارية، قلّت قدرة مصادفة السحب على تفسير الفرق.",
        domainsHeading: { column in "حسب \(column)" },
        domainsNote: { column in
            "لوحة لكل قيمة من قيم \(column)، والصفوف بالترتيب الوطني أعلاه. تعتمد كل لوحة على مراكزها فقط، لذا فتراتها أوسع؛ و n هو عدد المراكز المُبلِغة فيها."
        },
        domainsOfficialNote: { column in
            "العلامة: الرقم الرسمي محسوبًا على مراكز هذه القيمة من \(column) في النتائج الرسمية؛ وتأتي قيمته بعد الفترة عقب «·» (بالأحمر إذا وقع خارج الفترة)."
        },
        domainStations: { n in "n = \(n)" },
        domainTooFew: { n in "عدد المراكز \(n) فقط: أقل من أن يُستنتج منه شيء" },
        discrepanciesHeading: "مراكز تختلف فيها نسبة المشاركة الرسمية عن المرصودة",
        discrepanciesSummary: { compared, differing, points in
            "المراكز المرصودة الموجودة في النتائج الرسمية: \(compared). وعدد ما تختلف فيه نسبة المشاركة الرسمية عن عدّ المراقبين بأكثر من \(points) نقطة مئوية: \(differing)."
        },
        columnStation: "المركز",
        columnObservedTurnout: "المشاركة المرصودة",
        columnOfficialTurnout: "المشاركة الرسمية",
        columnDifference: "الفرق (نقاط مئوية)",
        notInOfficial: { ids in "غير موجودة في النتائج الرسمية: \(ids)." },
        dataHeading: "البيانات المقروءة",
        footerHeading: "التحقق والإعادة",
        seedCommitment: "التزام البذرة",
        seed: "البذرة",
        frame: "إطار المعاينة",
        frameStations: { n in "عدد المراكز: \(n)" },
        sampleInManifest: "العينة في البيان",
        matchesSample: "تطابق ملف العينة المقروء",
        doesNotMatchSample: "لا تطابق ملف العينة المقروء",
        drawnBy: "سُحبت بواسطة",
        drawnByText: { version, command in "sbo \(version)؛ للتحقق: \(command)" },
        noManifest: "بيان العينة",
        noManifestText: "لا يوجد بجانب ملف العينة: البذرة وبصمة الإطار غير مسجلتين هنا",
        file: { role in "ملف: \(role)" },
        roleSample: "العينة",
        roleObservations: "الملاحظات",
        roleOfficial: "النتائج الرسمية",
        producedBy: "أنتجه",
        reproducedBy: "يُعاد إنتاج هذا التقرير بايتًا ببايت بالأمر:",
        chartEstimate: "التقدير",
        chartInterval: { level in "فترة \(level)" },
        chartOfficial: "الرقم الرسمي",
        chartOfficialOutside: "رسمي، خارج الفترة",
        chartSource: { file, stations, level in "المصدر: \(file)، المراكز المُبلِغة: \(stations)؛ فترات ثقة بمستوى \(level)." },
        sharesTitle: "نسبة مراكز الاقتراع",
        nothingToPlot: "لا شيء للرسم: لا مؤشرات ولا أعداد للمشاركة أو الأصوات.",
        noAnswers: "لا إجابات",
        noInterval: "مراكز أقل من أن تعطي فترة",
        singleStationStrataShort: "طبقات بمركز واحد",
        noVotes: "لم تُحسب أصوات",
        note: { note in
            switch note {
            case .noAnswers: "لم يُجب أي مركز مُبلِغ"
            case .degreesOfFreedomNotPositive(let df):
                "درجات الحرية \(df) (المراكز ناقص الطبقات): لا فترة ثقة؛ يلزم مزيد من المراكز في كل طبقة"
            case .singleStationStrata(let names):
                "مركز مُبلِغ واحد في الطبقة \(names.joined(separator: "، ")): يُحسب تباينه حول التقدير العام (R survey.lonely.psu=\"adjust\")"
            case .zeroDenominator: "المجموع الموزون للمقام صفر: لا نسبة"
            }
        },
        ruleNote: { rule in
            switch rule {
            case .kornGraubardAnsweringStations:
                "التقدير 0% أو 100% (أو بلا تباين معاينة)، حيث لا يكون للفترة المطلوبة عرض: الفترة هي فترة كورن–غراوبارد (كلوبر–بيرسون)، مع المراكز المجيبة حجمًا فعليًا للعينة (قاعدة NCHS)"
            case .census: "كل طبقة مجيبة حصر شامل (رُصدت جميع مراكزها): لا خطأ معاينة"
            case .standard, .bootstrap: nil
            }
        },
        forensics: .arabic,
        table: .arabic,
        dataQuality: .arabic,
        progress: .arabic,
        compare: .arabic)
}
