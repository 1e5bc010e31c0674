import ZhibanModel

extension String {
    /// The text made safe as HTML text or attribute value: control characters made harmless
    /// (`sanitizedForDisplay`), then `&`, `<`, `>`, `"` and `'` written as character references.
    public var htmlEscaped: String {
        var result = ""
        for character in sanitizedForDisplay {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
