extension String {
    /// The string with every run of white space (no-break spaces, tabs, line ends and the other Unicode
    /// spaces) written as one ASCII space: a name typeset "Marco\u{A0}Rubio" reads, and is shown, as
    /// "Marco Rubio". Returns the string itself when it holds no other white space than single spaces.
    func singleSpaced() -> String {
        var plain = true
        var previousSpace = false
        for byte in utf8 {
            if byte >= 0x80 || byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previousSpace) {
                plain = false
                break
            }
            previousSpace = byte == 0x20
        }
        if plain { return self }
        var out = String.UnicodeScalarView()
        var inSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                if !inSpace { out.append(" ") }
                inSpace = true
            } else {
                out.append(scalar)
                inSpace = false
            }
        }
        return String(out)
    }
}
