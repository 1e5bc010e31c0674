import XCTest
@testable import ZhibanStorage
import ZhibanModel

final class CSVParserTests: XCTestCase {
    func testQuotedFieldsHoldCommasQuotesAndLineBreaksAndKeepTheirStartingLine() throws {
        let text = "姓名,备注\r\n王伟,\"说：\"\"好的\"\"，明天来\"\r\n李强,\"两行\n备注\"\r\n赵六,末行"
        let records = try CSVParser.parse(text)
        XCTAssertEqual(records.map(\.line), [1, 2, 3, 5])
        XCTAssertEqual(records[1].fields, ["王伟", "说：\"好的\"，明天来"])
        XCTAssertEqual(records[2].fields, ["李强", "两行\n备注"])
        XCTAssertEqual(records[3].fields, ["赵六", "末行"], "a missing final line break is fine")
    }

    func testLoneCarriageReturnsAndBlankLinesAreLineEnds() throws {
        let records = try CSVParser.parse("a,b\rc,d\n\ne,f\n")
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["c", "d"], [""], ["e", "f"]])
        XCTAssertEqual(records.map(\.line), [1, 2, 3, 4])
        XCTAssertTrue(records[2].isBlank)
    }

    func testAnUnterminatedQuoteIsReportedAtTheLineItStarts() {
        XCTAssertThrowsError(try CSVParser.parse("a,b\nc,\"never closed\nmore\n")) { error in
            XCTAssertEqual((error as? CSVParser.SyntaxError)?.line, 2)
        }
    }

    func testTextAfterAClosingQuoteIsAnError() {
        XCTAssertThrowsError(try CSVParser.parse("a\n\"x\"y\n")) { error in
            XCTAssertEqual((error as? CSVParser.SyntaxError)?.line, 2)
        }
    }

    /// The parser works on bytes and cuts fields straight out of them; on thousands of random
    /// texts of separators, quotes, line ends and Chinese it gives what a plain reading of the
    /// same RFC 4180 rules on scalars gives: the same fields, lines and errors at the same line.
    func testRandomTextsReadAsAPlainScalarReadingOfTheRules() {
        let pieces = [",", "\"", "\"\"", "\r", "\n", "\r\n", "a", "王伟", " ", "\u{3000}", "é"]
        var state: UInt64 = 2022
        for _ in 0..<4000 {
            var text = ""
            for _ in 0..<(next(&state) % 14) { text += pieces[Int(next(&state) % UInt64(pieces.count))] }
            XCTAssertEqual(outcome { () throws(CSVParser.SyntaxError) in try CSVParser.parse(text) },
                           outcome { () throws(CSVParser.SyntaxError) in try reference(text) }, text.debugDescription)
            // What the parser noted of each field's trimming, from its bytes, is what trimming gives.
            for record in (try? CSVParser.parse(text)) ?? [] {
                XCTAssertEqual(record.fields.indices.map(record.trimmedField), record.fields.map { $0.trimmingWhitespace() }, text.debugDescription)
            }
        }
    }

    /// A long field that a column repeats (a gate's name on every duty of it) is read once and
    /// shared: the lines hold one `String`, not a heap copy each. Fields of the same length that
    /// differ, quoted or not, keep their own text.
    func testALongFieldAColumnRepeatsIsSharedAndDifferentOnesAreNot() throws {
        var text = "日期,卡口,备注\n"
        for day in 1...30 {
            for gate in ["小区1000卡口", "小区1001卡口", "云飞雅苑大门东侧"] { text += "2022-04-\(day),\(gate),\"备注,\(gate)\"\n" }
        }
        let records = try CSVParser.parse(text).dropFirst()
        XCTAssertEqual(records.map { $0.fields[1] }, (1...30).flatMap { _ in ["小区1000卡口", "小区1001卡口", "云飞雅苑大门东侧"] })
        XCTAssertEqual(records.map { $0.fields[2] }, records.map { "备注,\($0.fields[1])" })
        let storage = { (field: String) in field.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } }
        let gates = Dictionary(grouping: records.map { $0.fields[1] }, by: { $0 })
        for (gate, copies) in gates {
            XCTAssertEqual(Set(copies.map(storage)).count, 1, "every \(gate) shares one string")
        }
        XCTAssertEqual(Set(gates.keys.map(storage)).count, 3, "different gates keep their own text")
    }

    /// A column whose long fields never repeat (each duty's people) fills its table to the most
    /// it keeps and goes on: every field is read as written.
    func testAColumnOfLongFieldsThatNeverRepeatIsReadAsWritten() throws {
        let lists = (0..<9000).map { "志愿者\(20000 + $0);志愿者\(30000 + $0)" }
        let records = try CSVParser.parse(lists.joined(separator: "\n") + "\n" + lists[0] + "\n")
        XCTAssertEqual(records.map { $0.fields[0] }, lists + [lists[0]])
    }

    /// A record whose fields are changed forgets what the parser noted of their trimming.
    func testChangedFieldsAreTrimmedAfresh() throws {
        var record = try XCTUnwrap(CSVParser.parse("王伟,2022-04-07\n").first)
        record.fields[0] = " 李强\u{3000}"
        XCTAssertEqual(record.trimmedField(0), "李强")
        XCTAssertEqual(record.trimmedField(1), "2022-04-07")
    }

    /// The records read, or the line of the syntax error.
    private func outcome(_ read: () throws(CSVParser.SyntaxError) -> [CSVRecord]) -> String {
        do { return "\(try read().map { ($0.line, $0.fields) })" } catch { return "syntax error at line \(error.line)" }
    }

    /// A linear congruential step: the same texts every run.
    private func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }

    /// The rules read one scalar at a time: quotes open only at a field's start, `""` inside is a
    /// quote, CR, LF and CRLF end a record outside quotes and count as one line inside them.
    private func reference(_ text: String) throws(CSVParser.SyntaxError) -> [CSVRecord] {
        var records: [CSVRecord] = [], fields: [String] = [], field = ""
        var (line, recordLine, quoteLine) = (1, 1, 1)
        var (inQuotes, closed) = (false, false)
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if inQuotes {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { (inQuotes, closed) = (false, true) }
                    continue
                }
                if scalar == "\n" || scalar == "\r" { line += 1 }
                field.unicodeScalars.append(scalar)
                if scalar == "\r", scalars.first == "\n" { field.unicodeScalars.append(scalars.removeFirst()) }
            } else if scalar == "," || scalar == "\r" || scalar == "\n" {
                fields.append(field)
                (field, closed) = ("", false)
                guard scalar != "," else { continue }
                if scalar == "\r", scalars.first == "\n" { scalars.removeFirst() }
                records.append(CSVRecord(fields: fields, line: recordLine))
                fields = []
                line += 1
                recordLine = line
            } else if closed {
                throw CSVParser.SyntaxError(line: line, message: Localized("", ""))
            } else if scalar == "\"" && field.isEmpty {
                (inQuotes, quoteLine) = (true, line)
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { throw CSVParser.SyntaxError(line: quoteLine, message: Localized("", "")) }
        if !field.isEmpty || !fields.isEmpty || closed { records.append(CSVRecord(fields: fields + [field], line: recordLine)) }
        return records
    }

    func testWriterQuotesOnlyWhatNeedsQuotingAndReadsBack() throws {
        let rows = [["王伟", "a,b", "say \"hi\"", "two\nlines", " padded", "plain"]]
        let text = String(decoding: CSVWriter.file(header: ["h1", "h2", "h3", "h4", "h5", "h6"], rows: rows), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}h1,"))
        XCTAssertTrue(text.contains("王伟,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",plain\n"))
        let decoded = try TextDecoder.decode(Array(text.utf8)).text
        XCTAssertEqual(try CSVParser.parse(decoded)[1].fields, rows[0])
    }

    /// Fields written as they are (the byte shortcut) and fields that must be quoted or cleaned,
    /// at the edges of the shortcut: white space of every kind at either end, CJK punctuation,
    /// NUL, a combining mark, the first and last ideographs.
    func testWriterShortcutQuotesExactlyWhatTheScalarRulesQuote() {
        let plain = ["", "王伟", "a", "一", "\u{9FFF}", "a\u{301}", "李 强", "13800138000", "2022-04-07"]
        for field in plain { XCTAssertEqual(CSVWriter.quoted(field), field) }
        let quoted = [" 王", "王 ", "王\u{3000}", "\u{3000}王", "\t王", "王\u{A0}", "a,b", "说\"好\"", "王\n", "\u{85}王"]
        for field in quoted { XCTAssertEqual(CSVWriter.quoted(field), CSVQuoting.quoted(field), "“\(field)”") }
        XCTAssertEqual(CSVWriter.quoted("王\0伟"), "王伟")
        XCTAssertEqual(CSVWriter.quoted("「王」"), "「王」")
    }
}
