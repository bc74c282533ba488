extension ProgressMessages {
    /// Arabic (Modern Standard), as ``ReportMessages/arabic``: counts after a colon or as
    /// "n = 105", so that no noun agrees with a number.
    public static let arabic = ProgressMessages(
        heading: "ليلة الانتخابات: كيف استقرت الأرقام",
        chartTitle: "التقديرات مع وصول التقارير",
        caption: { level, sampled, margin, columns, testLevel in
            "لكل رقم: التقدير (الخط) وفترة الثقة بمستوى \(level) (الشريط) من التقارير التي وصلت عند كل مرحلة، "
                + "مقابل نسبة مراكز العينة التي أرسلت تقاريرها (n = \(sampled))؛ الخطان المتقطعان: آخر تقدير زائد أو ناقص "
                + "هامش الخطأ المخطط له (\(margin) نقطة مئوية). تشير النقطة الحمراء إلى مرحلة كانت فيها المراكز التي أرسلت "
                + "تقاريرها مختلفة عن المراكز التي لم ترسلها بعد (اختبارات التبديل على \(columns ?? "لا عمود، إذ لا يتغير أي عمود")، "
                + "طريقة min-P لويستفال ويونغ، p ≤ \(testLevel))."
        },
        latestCheck: { verdict, p in
            "المراكز التي أرسلت تقاريرها مقابل التي لم ترسلها، في آخر مرحلة: " + {
                switch verdict {
                case .similar: "متشابهة (p = \(p))"
                case .different: "مختلفة (p = \(p))"
                case .complete: "أرسلت جميع مراكز العينة تقاريرها"
                case .untestable: "لا يمكن المقارنة بعد"
                }
            }()
        },
        legendDifferent: { level in "مختلفة (p ≤ \(level))" },
        legendSimilar: "متشابهة، أو العينة مكتملة",
        legendPlanned: { margin in "آخر تقدير ± هامش الخطأ المخطط له (\(margin) نقطة مئوية)" },
        axes: "أفقيًا: نسبة العينة التي أرسلت تقاريرها. عموديًا: الرقم وفترة ثقته.",
        verdict: { verdict in
            switch verdict {
            case .similar: "متشابهة"
            case .different: "مختلفة"
            case .complete: "العينة مكتملة"
            case .untestable: "لا تمكن المقارنة"
            }
        },
        checkpoint: { reporting, estimate, interval, verdict in
            "نسبة المراكز التي أرسلت تقاريرها: \(reporting)؛ التقدير: \(estimate) (\(interval))؛ المقارنة: \(verdict)"
        },
        ready: { planned, p in
            "جاهز للنشر: كل رقم رئيسي ضمن هامش الخطأ المخطط له (\(planned) نقطة مئوية)، والمراكز التي أرسلت تقاريرها "
                + (p.map { "تشبه التي لم ترسلها بعد (p = \($0))." } ?? "هي العينة كلها.")
        },
        marginAbovePlan: { figure, margin, planned in
            "هامش الخطأ لـ «\(figure)» هو \(margin) نقطة مئوية، أوسع من الهامش المخطط له (\(planned))"
        },
        noInterval: { figure in "لا توجد فترة ثقة لـ «\(figure)» بعد" },
        notRepresentative: { columns, p in
            "المراكز التي أرسلت تقاريرها تختلف عن التي لم ترسلها بعد\(columns.map { " (\($0))" } ?? "") (p = \(p))"
        },
        untestable: "لا يمكن بعد التحقق مما إذا كانت المراكز التي أرسلت تقاريرها تشبه التي لم ترسلها",
        notReady: { missing, complete in
            "ليس جاهزًا للنشر بعد: " + missing.joined(separator: "؛ ") + ". "
                + (complete ? "أرسلت جميع مراكز العينة تقاريرها: انشروا الأرقام مع ذكر هوامش الخطأ الأوسع."
                    : "انتظروا مزيدًا من التقارير.")
        },
        tableHeading: "ليلة الانتخابات",
        reports: { file, column in "التقارير: \(file)، حسب العمود \(column) (UTC)" },
        check: { columns, permutations, level in
            "المقارنة: المراكز الأساسية التي أرسلت تقاريرها مقابل التي لم ترسلها، حسب "
                + "\(columns ?? "لا عمود (لا يتغير أي عمود)")؛ اختبارات التبديل (عدد التبديلات: \(permutations))، "
                + "قيمة p الإجمالية معدّلة بطريقة min-P لويستفال ويونغ؛ مختلفة عندما p ≤ \(level)"
        },
        columnTime: "الوقت",
        columnReporting: "أرسلت",
        columnShare: "النسبة",
        columnP: "p",
        columnVerdict: "النتيجة",
        legend: { level, method in
            "الأعمدة: نسبة العينة التي أرسلت تقاريرها؛ التقدير بالنسبة المئوية مع فترة ثقته (\(method)) بمستوى "
                + "\(level) (مثل 'sbo estimate --as-of TIME')."
        },
        plannedMarginFromSample: "(هامش الخطأ المخطط له: هامش العينة الكاملة لنسبة 50%؛ يحدده الخيار --planned-margin)")
}
