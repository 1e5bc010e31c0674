/// Text an attacker, a broken spreadsheet or a careless paste can put into a name, note or header.
enum HostileStrings {
    /// Terminal escapes: set the window title (OSC 0), clear the screen, recolour, move the cursor.
    static let escapes = [
        "\u{1B}]0;pwned\u{07}王五", "\u{1B}[2J\u{1B}[H清屏", "\u{1B}[31m红色\u{1B}[0m", "\u{1B}]8;;http://evil/\u{1B}\\链接\u{1B}]8;;\u{1B}\\",
        "\u{9B}31m八位CSI", "\u{1B}P设备控制\u{1B}\\",
    ]
    /// C0 and C1 control characters, DEL, and line breaks of every kind.
    static let controls = [
        "响铃\u{07}退格\u{08}", "换页\u{0C}垂直\u{0B}", "删除\u{7F}", "C1\u{85}\u{8D}", "回车\r覆盖", "换行\n第二行", "制表\t符",
        "行分隔\u{2028}段分隔\u{2029}",
    ]
    /// Bidi overrides and isolates that reorder what is shown (`\u{202E}` shows `gnp.exe` as `exe.png`).
    static let bidi = ["张\u{202E}三四五", "\u{2066}隔离\u{2069}", "\u{200F}右到左\u{200E}", "\u{061C}阿拉伯"]
    /// Formula injection for spreadsheets.
    static let formulas = ["=HYPERLINK(\"http://evil\",\"点我\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
    /// A NUL inside text.
    static let nul = "空\u{00}字符"
    /// A name of 10,000 characters.
    static let long = String(repeating: "长", count: 10_000)

    /// Everything above except NUL, with a plain name first.
    static var all: [String] { escapes + controls + bidi + formulas + [long] }
}
