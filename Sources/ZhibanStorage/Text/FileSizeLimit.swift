import Foundation
import ZhibanModel

/// The largest file zhiban reads: 20 MB, room for about 200,000 volunteers, ten times the largest
/// district in the design notes. A bigger file is a wrong pick (a database dump, a video), and
/// reading it whole would cost memory and time for nothing, so it is refused before it is read.
public enum FileSizeLimit {
    /// The limit in bytes.
    public static let bytes = 20 * 1024 * 1024

    /// The problem to report for a file of `size` bytes, or nil when it is within the limit.
    public static func problem(size: Int) -> Localized? {
        guard size > bytes else { return nil }
        return Localized("文件太大（超过 \(bytes / 1024 / 1024) MB），没有读取：zhiban 读的表格最多约 20 万行。请确认没有选错文件，或把表格拆成几个文件导入",
                         "file too large (over \(bytes / 1024 / 1024) MB), not read: zhiban reads tables of up to about 200,000 rows. Check the file is the right one, or split it into several")
    }

    /// The bytes of the file at `url`, reading at most one byte more than the limit (so a device
    /// such as /dev/zero or a huge file never fills the memory). A pipe is read too (`zhiban
    /// import <(…)`); a folder, a missing file or one without permission is a `file:0:` problem.
    static func contents(of url: URL, name: String) throws(RosterFileError) -> [UInt8] {
        let read: [UInt8]?
        do {
            read = try FileReader.contents(atPath: url.path, limit: bytes + 1, accepting: .regularFilesAndStreams)
        } catch {
            throw RosterFileError(file: name, line: 0, Localized("无法读取：\(error.reason.zh)", "cannot read: \(error.reason.en)"))
        }
        guard let read else { throw RosterFileError(file: name, line: 0, Localized("无法读取：文件不存在", "cannot read: no such file")) }
        if let problem = problem(size: read.count) { throw RosterFileError(file: name, line: 0, problem) }
        return read
    }
}
