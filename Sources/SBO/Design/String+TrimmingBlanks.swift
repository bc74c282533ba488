extension String {
    /// The text without surrounding spaces and tabs, as ``CellValue`` reads cells: leading and
    /// trailing `Character`s equal to " " or "\t" removed.
    ///
    /// Scans the UTF-8 bytes and returns `self` (no copy) when nothing is trimmed. A blank next
    /// to a non-ASCII byte may belong to one grapheme cluster with it (a space followed by a
    /// combining mark, or preceded by a prepended concatenation mark, is one `Character` that is
    /// not a blank, UAX #29 rules GB9–GB9b), so those rare cells take the `Character`-wise route.
    var trimmingBlanks: String {
        let trimmed: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
            var start = 0, end = bytes.count
            while start < end && (bytes[start] == space || bytes[start] == tab) { start += 1 }
            while end > start && (bytes[end - 1] == space || bytes[end - 1] == tab) { end -= 1 }
            if start == 0 && end == bytes.count { return self }
            if start == end { return "" }
            if (start > 0 && bytes[start] >= 0x80) || (end < bytes.count && bytes[end - 1] >= 0x80) { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let trimmed = trimmed ?? nil { return trimmed }
        let isBlank = { (c: Character) in c == " " || c == "\t" }
        return String(self.drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
