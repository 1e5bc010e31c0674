import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ZIPFoundation

/// The ZIP container of an `.xlsx` workbook, read with every size bounded: a workbook is at most
/// `FileSizeLimit.bytes` on disk, holds at most `maxEntries` parts, and no part unpacks to more than
/// `maxPartBytes` (nor all parts read together to more than `maxTotalBytes`). Sizes are counted
/// while inflating, not taken from the headers, so a zip bomb that lies about its sizes is stopped
/// after `maxPartBytes`, never after filling the memory.
struct WorkbookArchive {
    /// The most bytes one part (a sheet, the shared strings) may unpack to: 64 MB, three times a
    /// sheet of 200,000 volunteers.
    static let maxPartBytes = 64 * 1024 * 1024
    /// The most bytes all parts read from one workbook may unpack to.
    static let maxTotalBytes = 160 * 1024 * 1024
    /// The most entries the ZIP directory may list (a real workbook has a few dozen).
    static let maxEntries = 10_000

    private let archive: Archive
    private let entries: [String: Entry]
    private let name: String
    private var bytesRead = 0

    /// Opens the ZIP held by `bytes`; `name` is how the file is named in messages.
    ///
    /// The bytes are opened as a file, not as ZIPFoundation's in-memory archive: that one crashes
    /// when a damaged directory points past the end of the data (0.9.20, `MemoryFile.readData`;
    /// found by fuzzing), where a file read just comes up short. The file is owner-only and
    /// removed as soon as it is open, so a workbook's phone numbers never stay on disk.
    init(bytes: [UInt8], name: String) throws(RosterFileError) {
        self.name = name
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-workbook-\(UUID().uuidString).xlsx").path
        guard Self.writePrivateFile(bytes, to: path) else {
            throw RosterFileError(file: name, line: 0, "无法读取工作簿：临时文件写不进 \(FileManager.default.temporaryDirectory.path)（\(String(cString: strerror(errno)))）")
        }
        defer { unlink(path) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw RosterFileError(file: name, line: 0, "工作簿已损坏，无法解压（\(error)）；请在 Excel/WPS 里打开后重新保存")
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            guard entries.count < Self.maxEntries else {
                throw RosterFileError(file: name, line: 0, "工作簿里的文件太多（超过 \(Self.maxEntries) 个），不像 Excel 工作簿，没有读取")
            }
            entries[entry.path.hasPrefix("/") ? String(entry.path.dropFirst()) : entry.path] = entry
        }
        self.entries = entries
    }

    /// Whether the archive holds a part at `path`.
    func has(_ path: String) -> Bool { entries[path] != nil }

    /// The unpacked bytes of the part at `path`, or nil when there is none.
    mutating func part(_ path: String) throws(RosterFileError) -> Data? {
        guard let entry = entries[path] else { return nil }
        let limit = min(Self.maxPartBytes, Self.maxTotalBytes - bytesRead)
        let tooBig = RosterFileError(file: name, line: 0,
            "工作簿里的 \(path) 解压后超过 \(limit / 1024 / 1024) MB（可能是“压缩炸弹”或损坏的文件），没有读取")
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooBig }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                data.append(chunk)
            }
        } catch is PartTooLarge {
            throw tooBig
        } catch {
            throw RosterFileError(file: name, line: 0, "工作簿里的 \(path) 已损坏，无法解压（\(error)）")
        }
        bytesRead += data.count
        return data
    }

    private struct PartTooLarge: Error {}

    /// Writes `bytes` to a new owner-only file at `path`; false (with `errno` set) when it cannot.
    private static func writePrivateFile(_ bytes: [UInt8], to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { break }
        }
        let closed = close(fd) == 0
        guard offset == bytes.count, closed else { unlink(path); return false }
        return true
    }
}
