extension String {
    /// The text without surrounding spaces and tabs, as ``CellValue`` reads cells.
    var trimmingBlanks: String {
        let isBlank = { (c: Character) in c == " " || c == "\t" }
        return String(self.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
