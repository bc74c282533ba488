extension ProgressMessages {
    /// Russian.
    public static let russian = ProgressMessages(
        heading: "Ночь выборов: как устанавливались цифры",
        chartTitle: "Оценки по мере поступления отчётов",
        caption: { level, sampled, margin, columns, testLevel in
            "Для каждой цифры — оценка (линия) и её интервал с уровнем доверия \(level) (полоса) по отчётам, полученным "
                + "к каждому моменту, в зависимости от доли участков выборки (n = \(sampled)), уже приславших отчёт; пунктир — "
                + "последняя оценка плюс-минус запланированная погрешность \(margin) п.п. Красная точка отмечает момент, "
                + "когда приславшие отчёт участки отличались от ещё не приславших (перестановочные тесты по "
                + "\(columns ?? "ни одному столбцу — ни один не меняется"), min-P Уэстфолла — Янга, p ≤ \(testLevel))."
        },
        latestCheck: { verdict, p in
            "Приславшие и не приславшие отчёт участки, последний момент: " + {
                switch verdict {
                case .similar: "похожи (p = \(p))"
                case .different: "различаются (p = \(p))"
                case .complete: "отчёты прислали все участки выборки"
                case .untestable: "сравнить пока нельзя"
                }
            }()
        },
        legendDifferent: { level in "различаются (p ≤ \(level))" },
        legendSimilar: "похожи, или выборка полная",
        legendPlanned: { margin in "последняя оценка ± запланированная погрешность (\(margin) п.п.)" },
        axes: "По горизонтали: доля выборки, приславшая отчёты. По вертикали: цифра и её интервал.",
        verdict: { verdict in
            switch verdict {
            case .similar: "похожи"
            case .different: "различаются"
            case .complete: "выборка полная"
            case .untestable: "сравнить нельзя"
            }
        },
        checkpoint: { reporting, estimate, interval, verdict in
            "Отчёты прислали \(reporting) участков: \(estimate) (\(interval)), проверка: \(verdict)"
        },
        ready: { planned, p in
            "Можно публиковать: все основные цифры укладываются в запланированную погрешность \(planned) п.п., а участки, "
                + (p.map { "приславшие отчёт, похожи на ещё не приславших (p = \($0))." } ?? "приславшие отчёт, — это вся выборка.")
        },
        marginAbovePlan: { figure, margin, planned in
            "погрешность «\(figure)» — \(margin) п.п., шире запланированной (\(planned) п.п.)"
        },
        noInterval: { figure in "у «\(figure)» ещё нет интервала" },
        notRepresentative: { columns, p in
            "участки, приславшие отчёт, отличаются от ещё не приславших\(columns.map { " (\($0))" } ?? "") (p = \(p))"
        },
        untestable: "пока нельзя проверить, похожи ли приславшие отчёт участки на остальные",
        notReady: { missing, complete in
            "Публиковать пока рано: " + missing.joined(separator: "; ") + ". "
                + (complete ? "Отчёты прислали все участки выборки: публикуйте, указав более широкую погрешность."
                    : "Дождитесь новых отчётов.")
        },
        tableHeading: "Ночь выборов",
        reports: { file, column in "Отчёты: \(file), по столбцу \(column) (UTC)" },
        check: { columns, permutations, level in
            "Проверка: основные участки, приславшие отчёт, против ещё не приславших, по "
                + "\(columns ?? "ни одному столбцу (ни один не меняется)"); перестановочные тесты (перестановок: \(permutations)), "
                + "общее p с поправкой min-P Уэстфолла — Янга; различаются, если p ≤ \(level)"
        },
        columnTime: "время",
        columnReporting: "прислали",
        columnShare: "доля",
        columnP: "p",
        columnVerdict: "вывод",
        legend: { level, method in
            "столбцы: доля выборки, приславшая отчёты; оценка в процентах с интервалом \(method), уровень доверия "
                + "\(level) (как 'sbo estimate --as-of ВРЕМЯ')."
        },
        plannedMarginFromSample: "(запланированная погрешность: та, что даёт вся выборка для доли 50\u{A0}%; задаётся --planned-margin)")
}
