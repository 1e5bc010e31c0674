import Foundation
import ZhibanModel

/// Reads a CSV file from disk: decodes it (UTF-8 or GB18030) and splits it into records,
/// turning every failure into a `file:line:` problem.
public enum CSVFile {
    /// The records of the file at `url`; `name` is how the file is named in messages. A file over
    /// `FileSizeLimit` is refused without being read whole.
    public static func records(at url: URL, name: String) throws(RosterFileError) -> [CSVRecord] {
        try records(bytes: try FileSizeLimit.contents(of: url, name: name), name: name)
    }

    /// The records held by `bytes` (refused when over `FileSizeLimit`, or holding git's conflict markers).
    public static func records(bytes: [UInt8], name: String) throws(RosterFileError) -> [CSVRecord] {
        if let problem = FileSizeLimit.problem(size: bytes.count) { throw RosterFileError(file: name, line: 0, problem) }
        let text: String
        do {
            text = try TextDecoder.decode(bytes).text
        } catch {
            throw RosterFileError(file: name, line: error.line, error.message)
        }
        let conflicts = ConflictMarkers.problems(in: text, file: name)
        if !conflicts.isEmpty { throw RosterFileError(conflicts) }
        do {
            return try CSVParser.parse(text)
        } catch {
            throw RosterFileError(file: name, line: error.line, error.message)
        }
    }
}
