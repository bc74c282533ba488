extension CompareMessages {
    /// Arabic (Modern Standard), as ``ReportMessages/arabic``.
    public static let arabic = CompareMessages(
        heading: "النتائج الرسمية مقابل ما رصده المراقبون",
        national: { file, level in "الأرقام الوطنية في \(file) مقابل فترات ثقة المراقبين بمستوى \(level):" },
        columnFigure: "الرقم",
        columnOfficial: "الرسمي",
        columnObservers: "المراقبون",
        columnInterval: { level in "فترة \(level)" },
        columnInside: "داخلها",
        columnGap: "الفرق (خطأ معياري)",
        yes: "نعم",
        no: "لا",
        gapNote: "الفرق (خطأ معياري): (الرقم الرسمي − تقدير المراقبين) / الخطأ المعياري.",
        stations: { points, differing, compared in
            "المراكز التي تختلف فيها نسبة المشاركة الرسمية عن عدّ المراقبين بأكثر من \(points) نقطة مئوية: "
                + "\(differing) (عدد المراكز التي تمت مقارنتها: \(compared))"
        },
        columnStation: "المركز",
        columnObserved: "المرصودة",
        columnStationGap: "الفرق")
}
