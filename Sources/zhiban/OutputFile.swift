import Foundation
import Glibc

/// A print or an export written to a file whole: a temporary file beside it, flushed, then
/// renamed over it, so a failed write leaves the old file as it was. A file that holds phone
/// numbers is created owner-only (0600, whatever the umask), like `volunteers.csv`; any other
/// file gets the usual mode (0666 minus the umask). A symbolic link is written through (the file
/// it points to is replaced, the link stays); a device or a pipe (`-o /dev/stdout`) is written
/// to as it is.
enum OutputFile {
    /// Why the file could not be written: the system's reason.
    struct Failure: Error, CustomStringConvertible {
        /// The system's reason (`strerror`).
        let description: String
    }

    /// Writes `text` to `url`, replacing the file there.
    static func write(_ text: String, to url: URL, ownerOnly: Bool) throws(Failure) {
        try write(bytes: Array(text.utf8), to: url, ownerOnly: ownerOnly)
    }

    /// Writes `bytes` (a text in UTF-8, or a workbook) to `url`, replacing the file there.
    static func write(bytes: [UInt8], to url: URL, ownerOnly: Bool) throws(Failure) {
        let target = url.resolvingSymlinksInPath()
        var status = stat()
        if stat(target.path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG {
            return try writeInPlace(bytes, to: target.path)
        }
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).zhiban-\(getpid())").path
        let mode: mode_t = ownerOnly ? 0o600 : 0o666 & ~currentUmask()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var problem: Int32 = fchmod(fd, mode) == 0 ? 0 : errno
        if problem == 0 { problem = write(bytes, to: fd) }
        if problem == 0 && fsync(fd) != 0 { problem = errno }
        if close(fd) != 0 && problem == 0 { problem = errno }
        if problem == 0 && rename(temporary, target.path) != 0 { problem = errno }
        if problem != 0 {
            unlink(temporary)
            throw Failure(description: String(cString: strerror(problem)))
        }
    }

    /// Writes to a device or a pipe, which cannot be replaced by a rename.
    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var problem = write(bytes, to: fd)
        if close(fd) != 0 && problem == 0 { problem = errno }
        if problem != 0 { throw Failure(description: String(cString: strerror(problem))) }
    }

    /// Writes all of `bytes`; the error number of a failed write, or 0.
    private static func write(_ bytes: [UInt8], to fd: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written >= 0 { offset += written } else if errno != EINTR { return errno }
        }
        return 0
    }

    /// The process's umask (read by setting it and putting it back).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
