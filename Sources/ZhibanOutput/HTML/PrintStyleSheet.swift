/// The style sheet embedded in every HTML print: A4 pages, a Chinese font stack, black on
/// white with borders (readable in monochrome), one sheet per page where the grouping asks.
enum PrintStyleSheet {
    /// Fonts tried in order: Noto/Source Han (Linux), PingFang and Hiragino (macOS), Microsoft
    /// YaHei and SimSun (Windows), WenQuanYi (older Linux), then any sans-serif.
    static let fontStack = #""Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "# +
        #""Microsoft YaHei", "WenQuanYi Micro Hei", "SimSun", sans-serif"#

    /// The CSS.
    static let css = """
        @page { size: A4; margin: 15mm 12mm; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: \(fontStack); font-size: 11pt; color: #000; background: #fff; }
        .sheet { margin: 0 0 8mm 0; }
        .sheet.page-end { page-break-after: always; break-after: page; }
        h1 { font-size: 16pt; margin: 0 0 2mm 0; }
        h2 { font-size: 14pt; margin: 0 0 2mm 0; }
        .period, .legend { margin: 0 0 2mm 0; }
        .legend { font-size: 9pt; }
        table { width: 100%; border-collapse: collapse; }
        thead { display: table-header-group; }
        tr { page-break-inside: avoid; break-inside: avoid; }
        th, td { border: 0.5pt solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
        th { font-weight: bold; }
        td.open { height: 9mm; }
        .empty { font-style: italic; }
        @media screen { body { max-width: 210mm; margin: 0 auto; padding: 10mm; } }
        """
}
