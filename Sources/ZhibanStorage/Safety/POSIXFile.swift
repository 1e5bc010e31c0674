import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Thin, checked wrappers over the POSIX calls a safe save needs (open, write, fsync, rename,
/// link), each failing with the system's reason attached.
public enum POSIXFile {
    /// A failed system call: what was being done and `strerror(errno)`.
    public struct Failure: Error, CustomStringConvertible {
        /// What was being done, in Chinese.
        public let action: String
        /// The `errno` value.
        public let code: Int32
        /// The action and the system's reason.
        public var description: String { "\(action)：\(String(cString: strerror(code)))" }
    }

    /// Writes `bytes` to a new file at `path` with `mode`, then flushes it to disk.
    static func writeDurably(_ bytes: [UInt8], to path: String, mode: mode_t) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(action: "无法创建 \(path)", code: errno) }
        var failure: Failure?
        // open() applies the umask to `mode`; an existing file's mode is carried over by fchmod.
        if fchmod(fd, mode & ~currentUmask()) != 0 { failure = Failure(action: "无法设置 \(path) 的权限", code: errno) }
        var offset = 0
        while failure == nil && offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = Failure(action: "写入 \(path) 失败", code: errno)
            } else {
                offset += written
            }
        }
        if failure == nil && fsync(fd) != 0 { failure = Failure(action: "无法把 \(path) 写到磁盘", code: errno) }
        if close(fd) != 0 && failure == nil { failure = Failure(action: "关闭 \(path) 失败", code: errno) }
        if let failure {
            unlink(path)
            throw failure
        }
    }

    /// Renames `from` over `to` atomically.
    static func rename(_ from: String, _ to: String) throws(Failure) {
        guard Glibc.rename(from, to) == 0 else { throw Failure(action: "无法把 \(from) 改名为 \(to)", code: errno) }
    }

    /// Makes `to` a second name of `from` (replacing `to` atomically through a temporary name).
    static func hardLinkReplacing(_ from: String, _ to: String) throws(Failure) {
        let temporary = to + FileCommit.linkSuffix
        unlink(temporary)
        guard link(from, temporary) == 0 else { throw Failure(action: "无法为 \(from) 建立备份", code: errno) }
        try rename(temporary, to)
    }

    /// Flushes a folder's entries (new names, renames) to disk.
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The permission bits of an existing file, or nil when there is none.
    static func mode(of path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Whether something exists at `path`.
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// The process's file-creation mask (read without changing it for longer than a moment).
    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
