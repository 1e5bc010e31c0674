import Foundation
import XCTest

/// A small, independent reader of iCalendar text for tests: checks the physical lines (CRLF,
/// at most 75 octets, valid UTF-8 each), unfolds them and splits properties.
struct ICalendarReader {
    /// One property: name, parameters as written, raw value (still escaped).
    struct Property: Equatable {
        var name: String
        var parameters: String
        var value: String
    }

    /// The unfolded content lines.
    let lines: [String]

    /// Reads the bytes of a calendar, failing the test on any physical-line rule broken.
    init(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(bytes.suffix(2), [0x0D, 0x0A], "a calendar ends with CRLF", file: file, line: line)
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                physical.append(current)
                current = []
                index += 2
                continue
            }
            XCTAssertNotEqual(bytes[index], 0x0A, "bare LF at byte \(index)", file: file, line: line)
            current.append(bytes[index])
            index += 1
        }
        var unfolded: [String] = []
        for raw in physical {
            XCTAssertLessThanOrEqual(raw.count, 75, "line longer than 75 octets", file: file, line: line)
            guard let text = String(validating: raw, as: UTF8.self) else {
                XCTFail("a physical line is not valid UTF-8 (a character was split)", file: file, line: line)
                continue
            }
            if text.hasPrefix(" "), !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += text.dropFirst()
            } else {
                unfolded.append(text)
            }
        }
        lines = unfolded
    }

    /// Every property, in order.
    var properties: [Property] {
        lines.map { line in
            let colon = line.firstIndex(of: ":")!
            let head = line[..<colon]
            let name = head.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            let parameters = head.contains(";") ? String(head[head.index(after: head.firstIndex(of: ";")!)...]) : ""
            return Property(name: name, parameters: parameters, value: String(line[line.index(after: colon)...]))
        }
    }

    /// The properties of each VEVENT.
    var events: [[Property]] {
        var result: [[Property]] = []
        var current: [Property]?
        for property in properties {
            if property.name == "BEGIN", property.value == "VEVENT" { current = [] } else if property.name == "END", property.value == "VEVENT" {
                result.append(current ?? [])
                current = nil
            } else {
                current?.append(property)
            }
        }
        return result
    }

    /// A TEXT value with its escapes undone.
    static func unescape(_ value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
