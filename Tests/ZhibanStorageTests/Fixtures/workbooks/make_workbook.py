#!/usr/bin/env python3
"""Writes test workbooks for zhiban's .xlsx import, with libraries independent of zhiban.

  make_workbook.py excel OUT.xlsx CSV...   one sheet per CSV (sheet named after the table), written by
                                           openpyxl the way an organizer's Excel holds the data: phones and
                                           counts as numbers, single dates as date cells, shift times as
                                           time cells, a merged title row above each header, a team written
                                           once and merged down over its members, an empty row, a
                                           formatted empty column on the right, a 说明 sheet, a hidden
                                           sheet of drop-down choices and an empty sheet.
  make_workbook.py raw KIND OUT.xlsx       a hand-made package (Python's zipfile) for one case:
                                           inline-strings, shared-strings, zip-bomb, malformed-xml, name-not-utf8, huge-shared-strings,
                                           doctype, password, xls, not-a-workbook, bad-row.
"""
import csv, datetime, io, os, sys, zipfile

SHEET_NAMES = {"volunteers": "志愿者", "checkpoints": "卡口", "shifts": "班次", "groups": "党小组"}


def excel(out, paths):
    try:
        import openpyxl
    except ImportError:
        sys.exit(3)  # the test skips, naming the package to install
    from openpyxl.styles import Alignment, Font
    book = openpyxl.Workbook()
    book.remove(book.active)
    notes = book.create_sheet("说明")
    notes["A1"] = "本工作簿由街道下发，请按表头填写。"
    for path in paths:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        sheet = book.create_sheet(SHEET_NAMES[os.path.splitext(os.path.basename(path))[0]])
        header = rows[0]
        sheet.append([f"{sheet.title}名单（2022年4月）"])  # a title row, merged across the table
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
        sheet["A1"].font = Font(bold=True, size=14)
        sheet["A1"].alignment = Alignment(horizontal="center")
        sheet.append(header)
        for number, row in enumerate(rows[1:], start=1):
            sheet.append([typed(header[i], value) for i, value in enumerate(row)])
            if number == 3:
                sheet.append([])  # an empty row in the middle
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                if isinstance(cell.value, datetime.time):
                    cell.number_format = "h:mm"
                elif isinstance(cell.value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
        if "所属队伍" in header:
            merge_runs(sheet, header.index("所属队伍") + 1)
        sheet.cell(row=2, column=len(header) + 2).font = Font(bold=True)  # a formatted, empty column
    choices = book.create_sheet("下拉选项")  # a hidden sheet of drop-down choices
    choices.append(["姓名", "党员"])
    choices.append(["（示例）", "是"])
    choices.sheet_state = "hidden"
    book.create_sheet("Sheet3")
    book.save(out)


def typed(header, value):
    """A CSV value as Excel would hold it after an organizer typed it in."""
    if header in ("手机", "每班人数") and value.isdigit():
        return int(value)
    if header == "不能值班" and len(value) == 10 and value[4] == "-":
        return datetime.date.fromisoformat(value)
    if header in ("开始", "结束") and len(value) == 5 and value[2] == ":":
        hours, minutes = int(value[:2]), int(value[3:])
        return datetime.time(hours, minutes) if hours < 24 else value
    return value


def merge_runs(sheet, column):
    """Merges each run of equal values in a column down, as organizers do for a team."""
    start = 3
    for row in range(4, sheet.max_row + 2):
        value = sheet.cell(row=row, column=column).value
        if value != sheet.cell(row=start, column=column).value or row == sheet.max_row + 1:
            if row - 1 > start and sheet.cell(row=start, column=column).value:
                sheet.merge_cells(start_row=start, start_column=column, end_row=row - 1, end_column=column)
            start = row


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="班次" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'


def inline_row(number, values):
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>' for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


def package(out, sheet, shared=None, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(out, "w", compress) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", shared)


SHIFTS = [["班次", "开始", "结束"], ["白班", "08:00", "20:00"], ["夜班", "20:00", "08:00"]]


def raw(kind, out):
    if kind == "inline-strings":  # as some exporters write: every text inline, rows without r=
        rows = "".join(inline_row(n + 1, r) for n, r in enumerate(SHIFTS))
        package(out, SHEET_HEAD + rows + "</sheetData></worksheet>")
    elif kind == "shared-strings":  # as Excel and WPS write: texts by number, one rich text with a pinyin guide
        texts = ["班次", "开始", "结束", "白班", "夜班"]
        shared = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  + "".join(f"<si><t>{t}</t></si>" for t in texts[:4])
                  + '<si><r><rPr><b/></rPr><t>夜</t></r><r><t xml:space="preserve">班</t></r>'
                  + '<rPh sb="0" eb="1"><t>ye</t></rPh></si></sst>')
        rows = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>'
                '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="str"><v>08:00</v></c><c r="C2" t="str"><v>20:00</v></c></row>'
                '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="str"><v>20:00</v></c><c r="C3" t="str"><v>08:00</v></c></row>')
        package(out, SHEET_HEAD + rows + "</sheetData></worksheet>", shared)
    elif kind == "bad-row":
        rows = "".join(inline_row(n + 1, r) for n, r in enumerate(SHIFTS + [["早班", "25:00", "08:00"]]))
        package(out, SHEET_HEAD + rows + "</sheetData></worksheet>")
    elif kind == "zip-bomb":  # 256 MB of one repeated cell, under a megabyte packed
        chunk = '<row><c t="inlineStr"><is><t>炸弹</t></is></c></row>' * 20000
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
                               ("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)]:
                archive.writestr(name, text)
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                part.write(SHEET_HEAD.encode())
                data = chunk.encode()
                for _ in range(256 * 1024 * 1024 // len(data)):
                    part.write(data)
                part.write(b"</sheetData></worksheet>")
    elif kind == "huge-shared-strings":  # 100 MB of shared strings, packed small
        strings = "<si><t>" + "长" * 1000 + "</t></si>"
        count = 100 * 1024 * 1024 // len(strings.encode())
        shared = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' + strings * count + "</sst>"
        package(out, SHEET_HEAD + "</sheetData></worksheet>", shared)
    elif kind == "malformed-xml":
        package(out, SHEET_HEAD + inline_row(1, SHIFTS[0]) + "<row><c><v>1</c></row></sheetData></worksheet>")
    elif kind == "name-not-utf8":  # fuzz-xlsx crash 2: an element name with bytes that are not UTF-8
        package(out, (SHEET_HEAD + inline_row(1, SHIFTS[0])).encode() + b"<ro\xc4\x086/></sheetData></worksheet>")
    elif kind == "doctype":
        laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        package(out, laughs + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                + '<row><c t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    elif kind in ("password", "xls"):  # the first bytes of an OLE compound file, and the stream names
        header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
        name = "EncryptionInfo" if kind == "password" else "Workbook"
        with open(out, "wb") as handle:
            handle.write(header + name.encode("utf-16-le") + bytes(1024))
    elif kind == "not-a-workbook":
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("word/document.xml", "<document/>")
    else:
        sys.exit(f"unknown kind {kind}")


if __name__ == "__main__":
    if sys.argv[1] == "excel":
        excel(sys.argv[2], sys.argv[3:])
    elif sys.argv[1] == "raw":
        raw(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
