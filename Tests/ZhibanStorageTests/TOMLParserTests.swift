import XCTest
import ZhibanModel
@testable import ZhibanStorage
import ZhibanTestSupport

/// `TOMLParser`: every TOML construct, the line of every key and table, every syntax error at
/// its line, and inputs built to exhaust it (deep nesting, a huge file) answered with an error
/// or a result, never a crash.
final class TOMLParserTests: XCTestCase {
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> TOMLSyntaxError? {
        do {
            _ = try TOMLParser.parse(text)
            XCTFail("parsed: \(text.prefix(80).debugDescription)", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func assertError(_ text: String, line expected: Int, _ fragment: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let error = error(text, file: file, line: line) else { return }
        let shown = text.prefix(80).debugDescription
        XCTAssertEqual(error.line, expected, "\(shown): \(error.message.zh)", file: file, line: line)
        XCTAssertTrue(error.message.zh.contains(fragment), "\(shown): \(error.message.zh)", file: file, line: line)
        XCTAssertFalse(error.message.en.isEmpty, file: file, line: line)
    }

    func testTablesArraysOfTablesAndTheLineOfEveryKey() throws {
        let root = try TOMLParser.parse("""
            # 注释
            title = "t" # 行尾注释

            [rules]
            min_rest = "8h"

            [[shift]]
            name = "白班"
            [[shift]]
            name = "夜班"
              [shift.extra]
              x = 1
            """)
        XCTAssertEqual(root.keys, ["title", "rules", "shift"])
        XCTAssertEqual(root["title"]?.string, "t")
        XCTAssertEqual(root["title"]?.line, 2)
        let rules = try XCTUnwrap(root["rules"]?.table)
        XCTAssertEqual(rules.line, 4)
        XCTAssertEqual(rules["min_rest"]?.line, 5)
        let shifts = try XCTUnwrap(root["shift"]?.array?.compactMap(\.table))
        XCTAssertEqual(shifts.map(\.line), [7, 9])
        XCTAssertEqual(shifts.map { $0["name"]?.string }, ["白班", "夜班"])
        XCTAssertEqual(shifts[1]["name"]?.line, 10)
        XCTAssertEqual(shifts[1]["extra"]?.table?.line, 11)
        XCTAssertEqual(shifts[1]["extra"]?.table?["x"]?.integer, 1)
    }

    func testDottedKeysQuotedKeysAndImplicitTables() throws {
        let root = try TOMLParser.parse("""
            a.b.c = 1
            a . b . d = 2
            "北门".'人数' = 3
            "" = 4
            [x.y.z]
            [x]
            y.w = 5
            [x.y.z.deeper]
            """)
        let b = try XCTUnwrap(root["a"]?.table?["b"]?.table)
        XCTAssertEqual(b.keys, ["c", "d"])
        XCTAssertEqual(b["d"]?.line, 2)
        XCTAssertEqual(root["北门"]?.table?["人数"]?.integer, 3)
        XCTAssertEqual(root[""]?.integer, 4)
        let x = try XCTUnwrap(root["x"]?.table)
        XCTAssertEqual(x.line, 6, "an implicit table takes the line of the header that defines it")
        XCTAssertEqual(x["y"]?.table?["w"]?.integer, 5)
        XCTAssertNotNil(x["y"]?.table?["z"]?.table?["deeper"]?.table)
    }

    func testInlineTablesAndArrays() throws {
        let root = try TOMLParser.parse("""
            point = { x = 1, y.z = "a", list = [1, 2] }
            empty = {}
            mixed = [ 1, "two", [3.0], { four = 4 }, ]
            long = [ # 注释
              "a",

              "b", # 又一个
            ]
            shift = [{ name = "白班" },
                     { name = "夜班" }]
            """)
        let point = try XCTUnwrap(root["point"]?.table)
        XCTAssertEqual(point.keys, ["x", "y", "list"])
        XCTAssertEqual(point["y"]?.table?["z"]?.string, "a")
        XCTAssertEqual(point["list"]?.array?.compactMap(\.integer), [1, 2])
        XCTAssertEqual(root["empty"]?.table?.keys, [])
        XCTAssertEqual(root["mixed"]?.array?.count, 4)
        XCTAssertEqual(root["long"]?.array?.compactMap(\.string), ["a", "b"])
        XCTAssertEqual(root["long"]?.array?.map(\.line), [5, 7])
        let shifts = try XCTUnwrap(root["shift"]?.array?.compactMap(\.table))
        XCTAssertEqual(shifts.map(\.line), [9, 10])
        XCTAssertEqual(shifts.map { $0["name"]?.line }, [9, 10])
    }

    func testTheFourKindsOfString() throws {
        let root = try TOMLParser.parse(#"""
            basic = "a\tb\n\"c\" \\ \u00E9 \U0001F600 \b\f\r"
            literal = 'C:\path\"x"'
            multi = """
            一\
               二
            ""三"" "" """
            multiliteral = '''
            a\n ''b'' '''''
            windows = """a\#r\#nb"""
            emptyish = """"""
            """#)
        XCTAssertEqual(root["basic"]?.string, "a\tb\n\"c\" \\ é 😀 \u{8}\u{C}\r")
        XCTAssertEqual(root["literal"]?.string, #"C:\path\"x""#)
        XCTAssertEqual(root["multi"]?.string, "一二\n\"\"三\"\" \"\" ")
        XCTAssertEqual(root["multiliteral"]?.string, "a\\n ''b'' ''")
        XCTAssertEqual(root["windows"]?.string, "a\nb", "CRLF inside a multi-line string reads as LF")
        XCTAssertEqual(root["emptyish"]?.string, "")
        XCTAssertEqual(root["multiliteral"]?.line, 7)
        XCTAssertEqual(root["windows"]?.line, 9)
    }

    func testNumbersBooleansAndDateTimes() throws {
        let root = try TOMLParser.parse("""
            a = 42
            b = +1_000
            c = -17
            d = 0xDEAD_beef
            e = 0o755
            f = 0b1101
            g = 9223372036854775807
            h = -9223372036854775808
            i = 3.14
            j = -2e-3
            k = 6.626E+34
            l = inf
            m = -inf
            n = nan
            o = true
            p = false
            q = 1979-05-27T07:32:00Z
            r = 1979-05-27 07:32:00.999-07:00
            s = 1979-05-27
            t = 07:32:00
            u = 07:32
            v = 2024-02-29t23:59:60
            w = 0.0
            """)
        XCTAssertEqual(["a", "b", "c", "d", "e", "f", "g", "h"].map { root[$0]?.integer },
                       [42, 1000, -17, 0xDEADBEEF, 0o755, 0b1101, Int.max, Int.min])
        func float(_ key: String) -> Double? {
            if case .float(let value)? = root[key]?.content { return value }
            return nil
        }
        XCTAssertEqual(["i", "j", "k", "l", "m", "w"].map(float), [3.14, -0.002, 6.626e34, .infinity, -.infinity, 0])
        XCTAssertTrue(float("n")?.isNaN == true)
        XCTAssertEqual(root["o"]?.boolean, true)
        XCTAssertEqual(root["p"]?.boolean, false)
        for key in ["q", "r", "s", "t", "u", "v"] {
            guard case .dateTime(let text)? = root[key]?.content else { return XCTFail("\(key) is no date-time") }
            XCTAssertFalse(text.isEmpty)
        }
        XCTAssertNil(root["s"]?.string, "a date without quotes is no text")
    }

    func testTablesAndKeysDefinedTwiceAreErrorsAtTheSecondLine() {
        let cases: [(text: String, line: Int, fragment: String)] = [
            ("a = 1\na = 2", 2, "键 a 重复了（第 1 行已有）"),
            ("a.b = 1\na.b = 2", 2, "重复"),
            ("[rules]\nx = 1\n\n[rules]", 4, "表 [rules] 与第 1 行重复"),
            ("[[shift]]\n[shift]", 2, "表 [shift]"),
            ("[shift]\n[[shift]]", 2, "表 [[shift]]"),
            ("shift = []\n[[shift]]", 2, "表 [[shift]]"),
            ("a = 1\n[a.b]", 2, "a 已在第 1 行写成一个值"),
            ("a = {b = 1}\n[a.c]", 2, "a 已在第 1 行写成一个值"),
            ("a = {b = 1}\na.c = 2", 2, "不能再用 a.c 往里加键"),
            ("[a]\nb.c = 1\n[a.b]", 3, "表 [a.b]"),
            ("[a.b]\n[a]\nb.c = 1", 3, "不能再用 b.c 往里加键"),
            ("x = {a.b = 1, a.b = 2}", 1, "重复"),
            ("\"a\" = 1\na = 2", 2, "重复"),
        ]
        for (text, line, fragment) in cases { assertError(text, line: line, fragment) }
    }

    func testSyntaxErrorsNameTheirLine() {
        let cases: [(text: String, line: Int, fragment: String)] = [
            ("title = \"x\"\n\n[[shift]]\nname = \"白班\nstart = \"08:00\"\n", 4, "缺少结尾的引号"),
            ("a = 'x\n", 1, "缺少结尾的引号 '"),
            ("a = 1\nb = \"\"\"\nxx", 2, "第 2 行的多行文字没有用 \"\"\" 结束"),
            ("a = 1\nb = [1,\n2", 2, "第 2 行的数组"),
            ("a = 1\nb = [1 2]", 2, "逗号或 ]"),
            ("a = 1\nb = ", 2, "缺少值"),
            ("a = [1,,2]", 1, "缺少值"),
            ("a = 1 2", 1, "换行或注释"),
            ("a\nb = 1", 1, "=（键 a 后面）"),
            ("= 1", 1, "= 前面缺少键名"),
            ("\n北门 = 1", 2, "键名“北门”只能用英文字母"),
            ("\n\nname = 白班", 3, "看不懂值“白班”：文字要加英文引号，如 \"白班\""),
            ("name = “白班”", 1, "如 \"白班\""),
            ("people ＝ 2", 1, "全角"),
            ("a = \"\\x41\"", 1, "转义“\\x”无效"),
            ("a = \"\\uD800\"", 1, "转义“\\uD800”无效"),
            ("a = \"\\u12\"", 1, "无效"),
            ("a = \"x \\\n y\"", 1, "无效"),
            ("a = \"\u{1}\"", 1, "控制字符 U+0001"),
            ("a = 1 # \u{7F}", 1, "控制字符 U+007F"),
            ("a = 1\rb = 2", 1, "单独的回车符"),
            ("a = 012", 1, "无法识别数字“012”"),
            ("a = 1__0", 1, "无法识别数字"),
            ("a = +0x10", 1, "无法识别数字"),
            ("a = 1.", 1, "无法识别数字"),
            ("a = 99999999999999999999", 1, "太大"),
            ("a = 2022-02-30", 1, "无法识别“2022-02-30”这个日期时间"),
            ("a = 2022-04-07 8", 1, "日期时间"),
            ("a = 24:00:00", 1, "日期时间"),
            ("a = { b = 1,\n c = 2 }", 1, "内联表"),
            ("a = { b = 1, }", 1, "最后一个值后面不能有逗号"),
            ("a = [}", 1, "“[”被“}”关闭了"),
            ("a = { b = 1 ]", 1, "“{”被“]”关闭了"),
            ("[北门]", 1, "表头“[北门]”的名字"),
            ("a = 1\n[a", 2, "这里应是]"),
            ("[[a]\n", 1, "]]"),
            ("a = 1\nb = 1\u{2028}", 2, "分隔符 U+2028"),
            ("a\u{3000}= 1", 1, "U+3000（全角空格）"),
            ("a = truly", 1, "看不懂值"),
            ("a = \"\\u0000\"", 1, "NUL"),
        ]
        for (text, line, fragment) in cases { assertError(text, line: line, fragment) }
    }

    /// Nesting deeper than `maximumDepth` is an error, however it is written; the parser's
    /// recursion never goes deeper than that.
    func testDeepNestingIsAnErrorNotAStackOverflow() {
        let depth = 100_000
        for text in [
            "x = " + String(repeating: "[", count: depth),
            "x = " + String(repeating: "{a=", count: depth),
            "[" + Array(repeating: "a", count: depth).joined(separator: ".") + "]",
            Array(repeating: "a", count: depth).joined(separator: ".") + " = 1",
            "x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
        ] {
            assertError(text, line: 1, "嵌套太深")
        }
        let allowed = "x = " + String(repeating: "[", count: TOMLParser.maximumDepth) + String(repeating: "]", count: TOMLParser.maximumDepth)
        XCTAssertNoThrow(try TOMLParser.parse(allowed))
    }

    /// 100,000 tables (10,000 in the quick tier, where this test runs unoptimised on every change).
    func testAHugeFileIsReadWithEveryLine() throws {
        let count = TestTier.isQuick ? 10_000 : 100_000
        var text = "title = \"大\"\n"
        for index in 0..<count { text += "\n[[checkpoint]]\nname = \"卡口\(index)\"\npeople = \(index)\nshifts = [\"白班\", \"夜班\"]\n" }
        let root = try TOMLParser.parse(text)
        let tables = try XCTUnwrap(root["checkpoint"]?.array?.compactMap(\.table))
        XCTAssertEqual(tables.count, count)
        XCTAssertEqual(tables.last?.line, 2 + 5 * (count - 1) + 1)
        XCTAssertEqual(tables.last?["people"]?.line, 2 + 5 * (count - 1) + 3)
        XCTAssertEqual(tables.last?["people"]?.integer, count - 1)
        // A huge broken file names the line of its one mistake.
        assertError(text + "\ncolour = 白班\n", line: 2 + 5 * count + 1, "看不懂值")
    }
}
