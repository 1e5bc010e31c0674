import Foundation
import ZhibanModel
#if canImport(Glibc)
import Glibc
#endif

/// Reads a user's file whole, telling "there is no such file" apart from every other reason a
/// file cannot be read. Only the first may ever be taken as an empty list: a file that is there
/// but unreadable (no permission, a folder, a FIFO, a device, a link to nothing) read as empty
/// would be replaced by a nearly empty one at the next save.
///
/// Never blocks on a FIFO (it is opened non-blocking) and never reads more than `limit` bytes
/// (a device such as /dev/zero ends too).
enum FileReader {
    /// What may be read.
    enum Accepting {
        /// Only a regular file (the roster's own files: zhiban replaces them when saving).
        case regularFiles
        /// A regular file, a pipe or a character device (`zhiban import <(iconv …)`, /dev/stdin).
        case regularFilesAndStreams
    }

    /// Why a file that is there cannot be read, in both languages.
    struct Failure: Error, Sendable {
        /// The reason, e.g. "这是一个文件夹，不是文件" / "it is a folder, not a file".
        let reason: Localized
    }

    /// The bytes of the file at `path`, at most `limit` of them; nil when nothing is at `path`.
    static func contents(atPath path: String, limit: Int, accepting: Accepting) throws(Failure) -> [UInt8]? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw Failure(reason: reason(for: errno))
        }
        let isLink = info.st_mode & S_IFMT == S_IFLNK
        guard stat(path, &info) == 0 else {
            if isLink && errno == ENOENT { throw Failure(reason: Localized("这是一个链接，指向的 \(linkTarget(path)) 不存在", "it is a link to \(linkTarget(path)), which does not exist")) }
            throw Failure(reason: reason(for: errno))
        }
        try check(kind: info.st_mode, accepting)
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(reason: reason(for: errno)) }
        defer { close(fd) }
        // The file may have been swapped between stat and open: judge the one actually opened.
        guard fstat(fd, &info) == 0 else { throw Failure(reason: reason(for: errno)) }
        try check(kind: info.st_mode, accepting)
        // A stream is read blocking once open (a FIFO with no writer then reads as ended).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return try read(fd, limit: limit)
    }

    private static func read(_ fd: Int32, limit: Int) throws(Failure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: reason(for: errno))
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        return bytes
    }

    private static func check(kind mode: mode_t, _ accepting: Accepting) throws(Failure) {
        switch mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw Failure(reason: Localized("这是一个文件夹，不是文件", "it is a folder, not a file"))
        case S_IFIFO where accepting == .regularFilesAndStreams: return
        case S_IFCHR where accepting == .regularFilesAndStreams: return
        case S_IFIFO: throw Failure(reason: Localized("这是一个管道（FIFO），不是普通文件", "it is a pipe (FIFO), not a regular file"))
        case S_IFCHR, S_IFBLK: throw Failure(reason: Localized("这是一个设备，不是普通文件", "it is a device, not a regular file"))
        default: throw Failure(reason: Localized("这不是普通文件", "it is not a regular file"))
        }
    }

    private static func reason(for code: Int32) -> Localized {
        let system = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM: return Localized("没有读取权限（\(system)）", "no permission to read (\(system))")
        case ELOOP: return Localized("链接绕成了圈（\(system)）", "the links go round in a circle (\(system))")
        default: return Localized(system, system)
        }
    }

    private static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "文件"
    }
}
