import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A print or an export written to a file whole: a temporary file beside it, flushed, then
/// renamed over it, so a failed write leaves the old file as it was. A file that holds phone
/// numbers is created owner-only (0600, whatever the umask), like `volunteers.csv`; any other
/// file gets the usual mode (0666 minus the umask).
enum OutputFile {
    /// Why the file could not be written: the system's reason.
    struct Failure: Error, CustomStringConvertible {
        /// The system's reason (`strerror`).
        let description: String
    }

    /// Writes `text` to `url`, replacing the file there.
    static func write(_ text: String, to url: URL, ownerOnly: Bool) throws(Failure) {
        let path = url.path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).zhiban-\(getpid())").path
        let mode: mode_t = ownerOnly ? 0o600 : 0o666 & ~currentUmask()
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        var problem: Int32 = fchmod(fd, mode) == 0 ? 0 : errno
        let bytes = Array(text.utf8)
        var offset = 0
        while problem == 0 && offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written >= 0 { offset += written } else if errno != EINTR { problem = errno }
        }
        if problem == 0 && fsync(fd) != 0 { problem = errno }
        if close(fd) != 0 && problem == 0 { problem = errno }
        if problem == 0 && rename(temporary, path) != 0 { problem = errno }
        if problem != 0 {
            unlink(temporary)
            throw Failure(description: String(cString: strerror(problem)))
        }
    }

    /// The process's umask (read by setting it and putting it back).
    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
