import Glibc
import ZhibanModel
import ZhibanStorage

/// Standard output and standard error as zhiban's commands write them: the one way a line for a
/// person to read leaves the program.
///
/// - Every line is made safe for a terminal (`String.sanitizedForTerminal`): no control
///   character, escape sequence, bidi control or line separator from a roster file reaches the
///   terminal, and a line break inside a name cannot forge a line of its own.
/// - Nothing is buffered: each call is one `write(2)` of whole lines (repeated only for what a
///   pipe did not take), so a message on standard error never lands inside a character of
///   standard output when both go to one file (`zhiban check > log 2>&1`).
/// - A closed output is a quiet end of output, not of the command: `zhiban rotate … | head -3`
///   still saves. SIGPIPE is ignored (`prepareStandardStreams`); once a write fails with EPIPE,
///   further output to that stream is dropped without a message. A stream closed before zhiban
///   started (`>&-`) is pointed at /dev/null, so no roster file opened later can take its place
///   and receive the messages.
enum Console {
    /// Where text goes.
    enum Stream: Int32 {
        /// Standard output.
        case output = 1
        /// Standard error.
        case error = 2
    }

    /// Streams found closed (EPIPE); nothing more is written to them. Only the main thread prints.
    nonisolated(unsafe) private static var closed: Set<Stream> = []

    /// Called first thing: lets a write to a closed pipe fail with EPIPE instead of killing the
    /// process (SIGPIPE's default), so that work is never lost to a reader that stopped reading;
    /// and opens /dev/null on standard input, output or error if one is closed.
    static func prepareStandardStreams() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
            _ = open("/dev/null", O_RDWR)  // takes the lowest free descriptor: this one
        }
    }

    /// Writes each of `lines` as one safe line.
    static func write(lines: [String], to stream: Stream) {
        var bytes: [UInt8] = []  // one buffer for them all (a district's table is 17,000 lines)
        for line in lines {
            var safe = line.sanitizedForTerminal
            safe.withUTF8 { bytes.append(contentsOf: $0) }
            bytes.append(0x0A)
        }
        write(bytes: bytes, to: stream)
    }

    /// Writes a question that the answer is typed after, on the same line.
    static func write(prompt: String) {
        write(bytes: Array(prompt.sanitizedForTerminal.utf8), to: .output)
    }

    /// Writes a document (a print, CSV, iCalendar, a group-chat message) byte for byte: its
    /// renderer has already made it safe in its own format, keeping what the format needs
    /// (CRLF line ends, form feeds between pages).
    static func write(document: String) {
        write(document: Array(document.utf8))
    }

    /// Writes a document's bytes (a text in UTF-8, or a workbook) as they are.
    static func write(document bytes: [UInt8]) {
        write(bytes: bytes, to: .output)
    }

    /// The lines an error is reported in, in `language`: one per problem of an unreadable file, else one.
    static func lines(describing error: any Error, in language: Language) -> [String] {
        if let fileError = error as? RosterFileError { return fileError.problems.map { $0.description(in: language) } }
        if let storeError = error as? RosterStoreError { return [storeError.message(in: language)] }
        return ["\(error)"]
    }

    private static func write(bytes: [UInt8], to stream: Stream) {
        guard !closed.contains(stream) else { return }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBufferPointer { buffer in
                Glibc.write(stream.rawValue, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                // EPIPE: the reader is gone. Anything else (a full disk, a file-size limit) cannot
                // be reported either; the line is lost, the command goes on.
                if written < 0 && errno == EPIPE { closed.insert(stream) }
                return
            }
        }
    }
}

/// Text zhiban prints as lines of its own: each line printed (to standard output) through
/// `Console`. Stands in for `Swift.print` in this module, so no command can print around it.
func print(_ line: String) {
    Console.write(lines: [line], to: .output)
}

/// Several lines to standard output, each made safe on its own.
func print(lines: [String]) {
    Console.write(lines: lines, to: .output)
}

/// A line to standard error, made safe for a terminal. A standard error that cannot be written
/// (a full disk, a file-size limit on the log it goes to) loses the line but never crashes the
/// command.
func printError(_ line: String) {
    Console.write(lines: [line], to: .error)
}

/// An error to standard error, in `language`: each problem of an unreadable file on its own line.
func printError(_ error: any Error, in language: Language) {
    Console.write(lines: Console.lines(describing: error, in: language), to: .error)
}
