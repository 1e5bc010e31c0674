import ZhibanModel

/// Text from roster files and spreadsheets (names, notes, headers inside messages) made safe for a
/// terminal line by line: every control character, escape sequence and bidi override is replaced
/// or dropped (`sanitizedForDisplay`), while the message keeps its own line breaks.
func terminalSafe(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).sanitizedForDisplay }.joined(separator: "\n")
}
