import Foundation
import ZhibanModel
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
            throw RosterFileError(file: name, line: 0, Localized("无法读取工作簿：临时文件写不进 \(FileManager.default.temporaryDirectory.path)（\(String(cString: strerror(errno)))）",
                                                                "cannot read the workbook: no temporary file can be written in \(FileManager.default.temporaryDirectory.path) (\(String(cString: strerror(errno))))"))
        }
        defer { unlink(path) }
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw RosterFileError(file: name, line: 0, Localized("工作簿已损坏，无法解压（\(error)）；请在 Excel/WPS 里打开后重新保存",
                                                                "the workbook is damaged and cannot be unpacked (\(error)); open it in Excel/WPS and save it again"))
        }
        var entries: [String: Entry] = [:]
        for entry in archive {
            guard entries.count < Self.maxEntries else {
                throw RosterFileError(file: name, line: 0, Localized("工作簿里的文件太多（超过 \(Self.maxEntries) 个），不像 Excel 工作簿，没有读取",
                                                                    "the workbook holds too many files (over \(Self.maxEntries)) for an Excel workbook; not read"))
            }
            entries[entry.path.hasPrefix("/") ? String(entry.path.dropFirst()) : entry.path] = entry
        }
        self.entries = entries
    }

    /// The unpacked bytes of the part at `path`, or nil when there is none.
    mutating func part(_ path: String) throws(RosterFileError) -> Data? {
        guard let entry = entries[path] else { return nil }
        let limit = min(Self.maxPartBytes, Self.maxTotalBytes - bytesRead)
        let tooBig = RosterFileError(file: name, line: 0,
            Localized("工作簿里的 \(path) 解压后超过 \(limit / 1024 / 1024) MB（可能是“压缩炸弹”或损坏的文件），没有读取",
                      "\(path) in the workbook unpacks to over \(limit / 1024 / 1024) MB (a “zip bomb” or a damaged file); not read"))
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooBig }
        let job = Extraction(archive: archive, entry: entry, limit: limit)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            job.run()
            finished.signal()
        }
        guard finished.wait(timeout: .now() + Self.extractionDeadline) == .success else {
            throw RosterFileError(file: name, line: 0, Localized("工作簿里的 \(path) 已损坏：解压停不下来，没有读取", "\(path) in the workbook is damaged: unpacking does not end; not read"))
        }
        switch job.result {
        case .success(let data):
            bytesRead += data.count
            return data
        case .failure(let error) where error is PartTooLarge:
            throw tooBig
        case .failure(let error):
            throw RosterFileError(file: name, line: 0, Localized("工作簿里的 \(path) 已损坏，无法解压（\(error)）", "\(path) in the workbook is damaged and cannot be unpacked (\(error))"))
        }
    }

    /// How long one part may take to unpack: a 64 MB part takes well under a second.
    ///
    /// ZIPFoundation 0.9.20 loops for ever on a deflate stream that never ends before the file
    /// does (found by fuzzing: one changed byte in a 1.7 KB workbook): it reads empty chunks at
    /// the end of the file without calling the consumer, so no limit of ours is ever asked.
    /// Unpacking runs on its own thread and is given up after the deadline; `zhiban import`
    /// then reports the workbook as damaged and exits, which ends that thread too.
    static let extractionDeadline: DispatchTimeInterval = .seconds(10)

    private struct PartTooLarge: Error {}

    /// One part being unpacked on its own thread, at most `limit` bytes.
    private final class Extraction: @unchecked Sendable {
        private let archive: Archive
        private let entry: Entry
        private let limit: Int
        /// The bytes, or why there are none; set once `run` returns.
        private(set) var result: Result<Data, any Error> = .success(Data())

        init(archive: Archive, entry: Entry, limit: Int) {
            self.archive = archive
            self.entry = entry
            self.limit = limit
        }

        func run() {
            var data = Data()
            let limit = self.limit
            result = Result {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    guard data.count + chunk.count <= limit else { throw PartTooLarge() }
                    data.append(chunk)
                }
                return data
            }
        }
    }

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
