import Foundation
import ZhibanModel
#if canImport(Glibc)
import Glibc
#endif

/// Turns the bytes of a user's file into text: UTF-8 (with or without a byte-order mark), or
/// GB18030 as Excel and WPS on Chinese Windows write it. Never guesses into mojibake: bytes
/// that are neither are refused.
public enum TextDecoder {
    /// The encoding a file was read in.
    public enum Encoding: String, Sendable {
        /// UTF-8 (a byte-order mark, if present, is dropped).
        case utf8 = "UTF-8"
        /// GB18030 (a superset of GBK and GB2312).
        case gb18030 = "GB18030"
    }

    /// Why bytes could not be decoded.
    public struct DecodingError: Error, Sendable, Hashable {
        /// The 1-based line of the first byte that is neither UTF-8 nor GB18030.
        public var line: Int
        /// What is wrong, in both languages.
        public var message: Localized
    }

    /// Decodes `bytes`, returning the text and the encoding found.
    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw DecodingError(line: 1, message: Localized("文件是 UTF-16 编码；请在 Excel/WPS 里另存为“CSV UTF-8”",
                                                                "the file is UTF-16; in Excel/WPS save it as “CSV UTF-8”"))
        }
        // A 0 byte is NUL in UTF-8 and in GB18030 alike, and no spreadsheet cell holds one: the
        // file is binary (an .xlsx, UTF-16 without a byte-order mark) or damaged.
        if let nul = firstNUL(in: bytes) {
            throw DecodingError(line: bytes[..<nul].count { $0 == 0x0A } + 1,
                                message: Localized("含有 NUL 字符（\\0），不是文本文件或已经损坏；请在 Excel/WPS 里另存为“CSV UTF-8”",
                                                   "holds a NUL character (\\0): not a text file, or damaged; in Excel/WPS save it as “CSV UTF-8”"))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            return (text, .utf8)
        }
        if let text = gb18030(Array(bytes)) {
            return (text, .gb18030)
        }
        throw DecodingError(line: firstInvalidUTF8Line(bytes), message: Localized("既不是 UTF-8 也不是 GB18030 编码，无法读取（不会按乱码导入）",
                                                                                    "neither UTF-8 nor GB18030: cannot be read (garbled text is never imported)"))
    }

    /// Where the first 0 byte is, found with memchr (a byte-by-byte search cost 3 instructions a
    /// byte of every file read).
    private static func firstNUL(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// Decodes GB18030 with iconv; nil when the bytes are not valid GB18030.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var produced = 0
        let converted: Bool = input.withUnsafeMutableBytes { inRaw in
            output.withUnsafeMutableBytes { outRaw in
                var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inRaw.count
                var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outLeft = outRaw.count
                let result = iconv(converter, &inPtr, &inLeft, &outPtr, &outLeft)
                produced = outRaw.count - outLeft
                return result != -1 && inLeft == 0
            }
        }
        guard converted else { return nil }
        return String(validating: output[..<produced], as: UTF8.self)
    }

    /// The 1-based line of the first line that is not valid UTF-8. A line feed byte never occurs
    /// inside a multi-byte UTF-8 character, so checking line by line is exact.
    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where String(validating: line, as: UTF8.self) == nil {
            return index + 1
        }
        return 1
    }
}
