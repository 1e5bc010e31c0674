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

/// The opening of every page zhiban prints as HTML: the document head with the print style
/// sheet (and any rules a page adds), up to and including `<body>`.
enum HTMLPageHead {
    /// The head of a page titled `title`, with `extraCSS` after the shared style sheet.
    static func text(title: String, extraCSS: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.htmlEscaped)</title>
        <style>
        \(PrintStyleSheet.css)

        """ + (extraCSS.isEmpty ? "" : extraCSS + "\n") + """
        </style>
        </head>
        <body>

        """
    }
}
