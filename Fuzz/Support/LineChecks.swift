import ZhibanModel

// Shared by the harnesses that read line-numbered files: linked into each by Fuzz/run.sh.

/// The number of lines `text` has, as CSVParser counts them (LF, CRLF and lone CR).
func lineCount(_ text: String) -> Int {
    var count = 1
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
        if scalar == "\n" && previous != "\r" || scalar == "\r" { count += 1 }
        previous = scalar
    }
    return count
}

/// Stops with a message when a problem points outside the file.
func checkLines(_ problems: [Diagnostic], within lines: Int) {
    for problem in problems {
        let line = problem.location?.line ?? 1
        precondition((1...lines).contains(line), "problem at line \(line) of \(lines): \(problem)")
    }
}
