import ZhibanStorage

// libFuzzer harness "csv": any bytes as a spreadsheet file. TextDecoder (UTF-8, BOM, GB18030 via
// iconv) then CSVParser must either succeed or fail with a line number inside the text, never
// crash; and whatever parses must survive CSVWriter and parse back to the same fields.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text: String
    do {
        text = try TextDecoder.decode(bytes).text
    } catch {
        precondition(error.line >= 1, "decoding error without a line")
        return 0
    }
    let lineCount = text.unicodeScalars.count { $0 == "\n" || $0 == "\r" } + 1
    let records: [CSVRecord]
    do {
        records = try CSVParser.parse(text)
    } catch {
        precondition((1...lineCount).contains(error.line), "syntax error at line \(error.line) of \(lineCount)")
        return 0
    }
    for record in records { precondition((1...lineCount).contains(record.line), "record line \(record.line) of \(lineCount)") }
    let written = records.map { CSVWriter.line($0.fields) + "\n" }.joined()
    let reread = try! CSVParser.parse(written)
    precondition(reread.map(\.fields) == records.map(\.fields), "CSVWriter output does not parse back to the same fields")
    return 0
}
