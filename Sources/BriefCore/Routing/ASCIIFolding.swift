/// Folds a Unicode scalar to ASCII for slugs: Latin letters lose their diacritics (by their Unicode
/// names, "LATIN SMALL LETTER E WITH ACUTE" → "e"), ligatures split, Cyrillic is transliterated
/// (BGN/PCGN-like for Russian, the national system for Ukrainian, as news agencies spell names);
/// other scripts fold to nothing.
enum ASCIIFolding {
    /// `scalar` in ASCII; `ukrainian` switches и, г, й to their Ukrainian readings (y, h, y).
    static func fold(_ scalar: Unicode.Scalar, ukrainian: Bool = false) -> String {
        if let special = special[scalar] { return special }
        if scalar.isASCII { return String(scalar) }
        if ukrainian, let letter = ukrainianReadings[scalar.value] { return letter }
        if let cyrillic = cyrillic[scalar.value] { return cyrillic }
        guard let name = scalar.properties.name else { return "" }
        return latinBase(name) ?? ""
    }

    /// "LATIN CAPITAL LETTER A WITH GRAVE" → "a"; "LATIN SMALL LETTER AE" → "ae"; nil for non-Latin.
    private static func latinBase(_ name: String) -> String? {
        let prefixes = ["LATIN SMALL LETTER ", "LATIN CAPITAL LETTER ", "LATIN SMALL LIGATURE ", "LATIN CAPITAL LIGATURE "]
        guard let prefix = prefixes.first(where: { name.hasPrefix($0) }) else { return nil }
        let rest = name.dropFirst(prefix.count)
        let base = rest.split(separator: " ").first.map(String.init) ?? ""
        switch base {
        case "SHARP": return "ss"
        case "DOTLESS": return "i"
        case "THORN": return "th"
        case "ETH": return "d"
        case "AE", "OE", "IJ": return base.lowercased()
        default: return base.count == 1 ? base.lowercased() : nil
        }
    }

    private static let special: [Unicode.Scalar: String] = [
        "\u{2019}": "'", "\u{2018}": "'", "\u{00B4}": "'", "&": "and",
    ]

    /// Whether `text` is Ukrainian rather than Russian: it holds і, ї, є or ґ (either case), or the
    /// soft sign of Ukrainian adjective and surname endings (-ський, -цький, -зький).
    static func looksUkrainian(_ text: String) -> Bool {
        if text.unicodeScalars.contains(where: { [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490].contains($0.value) }) {
            return true
        }
        let lower = text.lowercased()
        return ["ськ", "цьк", "зьк"].contains { lower.contains($0) }
    }

    /// Letters read differently in Ukrainian: и (y), г (h), й (y), in both cases.
    private static let ukrainianReadings: [UInt32: String] = [
        0x438: "y", 0x418: "y", 0x433: "h", 0x413: "h", 0x439: "y", 0x419: "y",
    ]

    /// Russian, Ukrainian and Belarusian letters, lower and upper case (U+0400–U+045F, U+0490–U+0491).
    private static let cyrillic: [UInt32: String] = {
        let lower: [(Unicode.Scalar, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "yo"),
            ("ж", "zh"), ("з", "z"), ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"),
            ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"),
            ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", ""),
            ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"), ("я", "ya"), ("і", "i"), ("ї", "yi"),
            ("є", "ye"), ("ґ", "g"), ("ў", "u"),
        ]
        var table: [UInt32: String] = [:]
        for (letter, latin) in lower {
            table[letter.value] = latin
            // Upper case: U+0430–U+044F ↔ U+0410–U+042F; U+0450–U+045F ↔ U+0400–U+040F; ґ U+0491 ↔ U+0490.
            let v = letter.value
            let upper: UInt32 = (0x430...0x44F).contains(v) ? v - 0x20 : (0x450...0x45F).contains(v) ? v - 0x50 : v - 1
            table[upper] = latin
        }
        return table
    }()
}
