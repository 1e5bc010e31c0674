import Foundation
import ZhibanModel

extension RosterStore {
    /// Adds events to the served record under the roster's lock: each month file touched is
    /// written whole — its bytes as they were, then the new lines — through `FileCommit`, so a
    /// kill or a full disk leaves either the old file or the new one, never a torn line. Nothing
    /// already in a file is rewritten or reordered (git merges the files line by line).
    ///
    /// Refuses to write into a month file that cannot be read, so a damaged file is repaired by
    /// hand first rather than buried under new lines.
    public func record(_ events: [ServedEvent]) throws(RosterStoreError) {
        guard !readOnly else { throw .readOnly }
        let folder = self.folder.appendingPathComponent(ServedFolder.name)
        let commit = FileCommit(folder: folder.path)
        var files: [FileCommit.File] = []
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            if commit.hasLeftovers { try commit.recover() }
            let months = Dictionary(grouping: events, by: \.month)
            for month in months.keys.sorted() {
                let name = ServedFolder.fileName(month: month)
                let path = commit.path(toRead: name)
                let shown = ServedFolder.name + "/" + name
                var bytes = FileManager.default.fileExists(atPath: path)
                    ? try FileSizeLimit.contents(of: URL(fileURLWithPath: path), name: shown) : []
                if bytes.isEmpty {
                    bytes = Array(ServedTable.fileStart.utf8)
                } else {
                    let read = try ServedTable.read(try CSVFile.records(bytes: bytes, name: shown), file: shown, month: month)
                    if let problem = read.problems.first { throw RosterFileError([problem]) }
                    if bytes.last != 0x0A { bytes.append(0x0A) }
                }
                for event in months[month]! { bytes += Array((ServedTable.line(event) + "\n").utf8) }
                files.append(FileCommit.File(name: name, bytes: bytes))
            }
            try commit.write(files)
        } catch let error as RosterFileError {
            throw .writeFailed("\(error)（先修正这个文件）")
        } catch {
            throw .writeFailed("\(error)")
        }
    }
}

extension RosterStore {
    /// The served record as it is on disk now, every month file read (`file:line:` problems).
    public func servedRecord() throws(RosterFileError) -> ServedRecord {
        ServedRecord(try ServedFolder.events(in: folder, prefix: prefix))
    }
}
