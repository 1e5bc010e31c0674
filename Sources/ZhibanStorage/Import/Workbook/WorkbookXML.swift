import Foundation
import ZhibanModel
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Runs Foundation's `XMLParser` over one part of a workbook, turning a malformed part into a
/// `file.xlsx:line:` problem. Parts holding a document type declaration are refused before
/// parsing: no workbook part has one, and refusing it rules out entity expansion ("billion
/// laughs") and external entities whatever the XML library would do with them. So are parts
/// that are not UTF-8 (see `firstLineNotUTF8`).
enum WorkbookXML {
    /// A delegate that can stop the parse with a problem of its own (a cell limit, a bad index).
    class Handler: NSObject, XMLParserDelegate {
        /// The problem that stopped the parse, with the XML line it was found on.
        var failure: (line: Int, message: Localized)?

        /// Stops `parser` with `message`.
        func fail(_ parser: XMLParser, _ message: Localized) {
            guard failure == nil else { return }
            failure = (parser.lineNumber, message)
            parser.abortParsing()
        }

        // The three callbacks, here so subclasses override them: on Linux the delegate protocol's
        // default implementations would otherwise be the ones the protocol calls.
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {}
        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {}
        func parser(_ parser: XMLParser, foundCharacters string: String) {}

        /// An element's name without its namespace prefix (`x:row` → `row`).
        func localName(_ name: String) -> Substring {
            name.lastIndex(of: ":").map { name[name.index(after: $0)...] } ?? name[...]
        }
    }

    /// Parses `data` (the part `part` of the workbook named `file` in messages) with `handler`.
    static func parse(_ data: Data, part: String, file: String, with handler: Handler) throws(RosterFileError) {
        let location = "\(file)（\(part)）"
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw RosterFileError(file: location, line: 0, Localized("含有 XML 文档类型声明（DOCTYPE/ENTITY），Excel 工作簿从不这样写，没有读取",
                                                                   "holds an XML document type declaration (DOCTYPE/ENTITY), which Excel never writes; not read"))
        }
        if let line = firstLineNotUTF8(data) {
            throw RosterFileError(file: location, line: line, Localized("不是有效的 UTF-8 文本（或含有 NUL 字符），工作簿已损坏：请在 Excel/WPS 里打开后重新保存",
                                                                      "not valid UTF-8 text (or holds a NUL character): the workbook is damaged; open it in Excel/WPS and save it again"))
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = handler
        let parsed = parser.parse()
        if let failure = handler.failure {
            throw RosterFileError(file: location, line: failure.line, failure.message)
        }
        guard parsed, parser.parserError == nil else {
            throw RosterFileError(file: location, line: parser.lineNumber,
                                  Localized("XML 格式错误，工作簿已损坏：请在 Excel/WPS 里打开后重新保存",
                                            "malformed XML: the workbook is damaged; open it in Excel/WPS and save it again"))
        }
    }
}

extension WorkbookXML {
    /// The 1-based line of the first line of `data` that is not valid UTF-8 or holds a NUL byte,
    /// or nil when there is none. Excel and WPS write every part in UTF-8, and XML 1.0 has no NUL;
    /// checked before parsing because FoundationXML traps on an element name that is not UTF-8.
    static func firstLineNotUTF8(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where line.contains(0) || String(validating: line, as: UTF8.self) == nil {
            return index + 1
        }
        return nil
    }
}

/// Collects the elements of a small part (workbook.xml, its relationships, styles.xml): each with
/// its parent's name and its attributes.
final class WorkbookElementList: WorkbookXML.Handler {
    /// One element as found.
    struct Element {
        /// Its name without prefix.
        var name: Substring
        /// Its parent's name without prefix ("" at the root).
        var parent: Substring
        /// Its attributes, names without prefix.
        var attributes: [Substring: String]
    }

    /// The elements wanted, in document order.
    private(set) var elements: [Element] = []
    private var stack: [Substring] = []
    private let wanted: Set<Substring>

    /// Collects the elements named in `wanted`.
    init(wanted: Set<Substring>) { self.wanted = wanted }

    override func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let name = localName(elementName)
        if wanted.contains(name) {
            var attributes: [Substring: String] = [:]
            for (key, value) in attributeDict { attributes[localName(key)] = value }
            elements.append(Element(name: name, parent: stack.last ?? "", attributes: attributes))
        }
        stack.append(name)
    }

    override func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        stack.removeLast()
    }
}
