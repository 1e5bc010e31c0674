import ZhibanModel
import ZhibanStorage

// libFuzzer harness "served": any bytes as a month of the served record (served/2022-04.csv).
// Reading must never crash; every problem names a line of the file; whatever is read must
// survive being written back (ServedTable.line) and read again unchanged; and the record built
// from it must resolve without crashing.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServed(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = try? TextDecoder.decode(bytes).text, let records = try? CSVFile.records(bytes: bytes, name: "s.csv"),
          let read = try? ServedTable.read(records, file: "s.csv", month: "2022-04") else {
        return 0
    }
    checkLines(read.problems, within: lineCount(text))
    let written = ServedTable.fileStart + read.items.map { ServedTable.line($0) + "\n" }.joined()
    let again = try! ServedTable.read(try! CSVFile.records(bytes: Array(written.utf8), name: "s.csv"), file: "s.csv", month: "2022-04")
    precondition(again.problems.isEmpty, "written events do not read back: \(again.problems)")
    precondition(again.items.count == read.items.count, "events lost on the way through the file")
    for (before, after) in zip(read.items, again.items) {
        // Line breaks inside a field become spaces on the way out: one event, one line.
        var expected = before
        for path in [\ServedEvent.recordedBy, \.shift, \.checkpoint, \.person, \.substitute, \.text] {
            expected[keyPath: path] = String(String.UnicodeScalarView(expected[keyPath: path].unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
        }
        precondition(after == expected, "an event changed on the way through the file: \(before) → \(after)")
    }
    _ = ServedRecord(read.items)
    return 0
}
