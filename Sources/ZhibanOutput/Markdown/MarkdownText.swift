import ZhibanModel

extension String {
    /// The text made safe inside a Markdown table cell or heading: control characters made
    /// harmless, and every character Markdown would act on (`\ | * _ ` [ ] < > ~ #`) escaped
    /// with a backslash, so a hostile name can neither break the table nor add a link or markup.
    public var markdownEscaped: String {
        var result = ""
        for character in sanitizedForDisplay {
            if "\\|*_`[]<>~#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
