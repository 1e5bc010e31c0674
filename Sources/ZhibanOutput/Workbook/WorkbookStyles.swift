/// The cell styles of zhiban's workbooks, and `xl/styles.xml` defining them: Chinese text in
/// 宋体 (what WPS and Excel print Chinese sheets in), thin borders around the table.
enum WorkbookStyles {
    /// A cell style; the raw value is its index in `cellXfs`.
    enum Style: Int, Sendable {
        /// No formatting.
        case plain = 0
        /// The sheet's title: bold, large, centred.
        case title
        /// The period and legend lines: left, wrapped.
        case note
        /// A column header: bold, grey, bordered, centred, wrapped.
        case header
        /// A table cell, centred and bordered (shift marks, numbers).
        case centered
        /// A table cell, left and bordered (names, teams, phones).
        case left
        /// A day off (`休`): centred, bordered, grey text.
        case dayOff
    }

    /// The `styles.xml` part.
    static let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <fonts count="4">\
        <font><sz val="11"/><name val="宋体"/><charset val="134"/></font>\
        <font><b/><sz val="16"/><name val="宋体"/><charset val="134"/></font>\
        <font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font>\
        <font><sz val="11"/><color rgb="FF808080"/><name val="宋体"/><charset val="134"/></font>\
        </fonts>\
        <fills count="3">\
        <fill><patternFill patternType="none"/></fill>\
        <fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>\
        </fills>\
        <borders count="2">\
        <border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>\
        <top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>\
        </borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="7">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
        <alignment horizontal="center" vertical="center"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">\
        <alignment horizontal="left" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="2" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
        <alignment horizontal="center" vertical="center" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\
        <alignment horizontal="center" vertical="center"/></xf>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1">\
        <alignment horizontal="left" vertical="center"/></xf>\
        <xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">\
        <alignment horizontal="center" vertical="center"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
