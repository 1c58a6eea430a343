/// Recognises a photo caption inside an article's text: "Benjamin Layne, a retired porter, looks at a
/// display … ( THE CANADIAN PRESS FILE PHOTO )", "Ryan Remiorz / The Canadian Press Kevin Vickers,
/// right, tosses …". A caption describes a picture, not the story: the people it names are not who
/// the next "he said" refers to.
enum PhotoCaption {
    /// Whether the tokens of a paragraph read as a photo caption: a closing parenthesis holding a
    /// credit, a credit after a slash, or a position in the picture between commas (", left,").
    static func isCaption(_ tokens: [Token]) -> Bool {
        endsWithCreditInParentheses(tokens) || tokens.indices.contains { hasSlashCredit(at: $0, tokens) || hasPosition(at: $0, tokens) }
    }

    /// "… ( THE CANADIAN PRESS FILE PHOTO )", "(Photo: Getty Images)".
    private static func endsWithCreditInParentheses(_ tokens: [Token]) -> Bool {
        var k = tokens.count - 1
        while k >= 0, tokens[k].kind == .punctuation, !tokens[k].is(")") { k -= 1 }
        guard k > 0, tokens[k].is(")") else { return false }
        var j = k - 1
        while j >= 0, k - j <= maximumCreditLength, !tokens[j].is("(") {
            if CommonWords.photoCredits.contains(tokens[j].lower) { return true }
            j -= 1
        }
        return false
    }

    /// "/ The Canadian Press", "/Getty Images".
    private static func hasSlashCredit(at k: Int, _ tokens: [Token]) -> Bool {
        guard tokens[k].is("/") else { return false }
        return tokens[(k + 1)..<min(tokens.count, k + 5)].contains { CommonWords.photoCredits.contains($0.lower) }
    }

    /// ", left,", ", far right,", ", centre,".
    private static func hasPosition(at k: Int, _ tokens: [Token]) -> Bool {
        guard tokens[k].is(","), k + 2 < tokens.count else { return false }
        var j = k + 1
        if tokens[j].lower == "far" { j += 1 }
        guard j + 1 < tokens.count, CommonWords.picturePositions.contains(tokens[j].lower) else { return false }
        return tokens[j + 1].is(",") || tokens[j + 1].is(")")
    }

    /// How many tokens a parenthesised credit holds at most.
    static let maximumCreditLength = 12
}
