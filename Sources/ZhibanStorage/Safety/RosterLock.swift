import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The writer's lock on a roster folder (`flock` on `.zhiban.lock`): a second zhiban that wants
/// to write the same roster is refused. Released when the process ends, however it ends.
public final class RosterLock {
    /// The lock file's name inside the roster folder.
    public static let fileName = ".zhiban.lock"

    private let descriptor: Int32

    /// Takes the lock, or fails at once with a message naming the process that holds it.
    public init(folder: String) throws(RosterStoreError) {
        let path = folder + "/" + RosterLock.fileName
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .cannotLock("无法创建锁文件 \(path)：\(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(fd)
            throw .lockedByAnother(processID: holder.flatMap { $0.isEmpty ? nil : $0 })
        }
        let pid = "\(getpid())\n"
        ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
        descriptor = fd
    }

    deinit { close(descriptor) }
}
