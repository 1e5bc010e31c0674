import Foundation
import ZhibanModel

/// Reads a CSV file from disk: decodes it (UTF-8 or GB18030) and splits it into records,
/// turning every failure into a `file:line:` problem.
public enum CSVFile {
    /// The records of the file at `url`; `name` is how the file is named in messages.
    public static func records(at url: URL, name: String) throws(RosterFileError) -> [CSVRecord] {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: url))
        } catch {
            throw RosterFileError(file: name, line: 0, "无法读取文件：\(error.localizedDescription)")
        }
        return try records(bytes: bytes, name: name)
    }

    /// The records held by `bytes`.
    public static func records(bytes: [UInt8], name: String) throws(RosterFileError) -> [CSVRecord] {
        let text: String
        do {
            text = try TextDecoder.decode(bytes).text
        } catch {
            throw RosterFileError(file: name, line: error.line, error.message)
        }
        do {
            return try CSVParser.parse(text)
        } catch {
            throw RosterFileError(file: name, line: error.line, error.message)
        }
    }
}
