/// A TOML 1.0 number as written: `42`, `+1_000`, `-17`, `0xDEAD_beef`, `0o755`, `0b1101`,
/// `3.14`, `-2e-3`, `6.626e-34`, `inf`, `-nan`. Underscores only between digits, no leading
/// zeros in decimal numbers, no sign before a hexadecimal, octal or binary one.
enum TOMLNumber: Equatable {
    case integer(Int)
    case float(Double)
    /// A valid integer beyond 64 bits.
    case tooLarge

    /// The number `text` says, nil when it is not a TOML number.
    init?(_ text: ArraySlice<UInt8>) {
        let bytes = Array(text)
        var start = 0
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { start = 1 }
        let sign = start == 1 && bytes[0] == UInt8(ascii: "-") ? -1.0 : 1.0
        let body = Array(bytes[start...])
        if body == Array("inf".utf8) { self = .float(sign * .infinity); return }
        if body == Array("nan".utf8) { self = .float(.nan); return }
        if start == 0, body.count > 2, body[0] == UInt8(ascii: "0") {
            let radix: Int? = switch body[1] {
            case UInt8(ascii: "x"): 16
            case UInt8(ascii: "o"): 8
            case UInt8(ascii: "b"): 2
            default: nil
            }
            if let radix {
                guard let digits = TOMLNumber.digits(body, from: 2, radix: radix), digits.end == body.count else { return nil }
                self = Int(digits.text, radix: radix).map(TOMLNumber.integer) ?? .tooLarge
                return
            }
        }
        guard let whole = TOMLNumber.digits(body, from: 0, radix: 10), whole.text.count == 1 || whole.text.first != "0" else { return nil }
        var end = whole.end
        var decimal = whole.text
        var isFloat = false
        if end < body.count, body[end] == UInt8(ascii: ".") {
            guard let fraction = TOMLNumber.digits(body, from: end + 1, radix: 10) else { return nil }
            decimal += "." + fraction.text
            end = fraction.end
            isFloat = true
        }
        if end < body.count, body[end] == UInt8(ascii: "e") || body[end] == UInt8(ascii: "E") {
            var exponentStart = end + 1
            var exponentSign = ""
            if exponentStart < body.count, body[exponentStart] == UInt8(ascii: "+") || body[exponentStart] == UInt8(ascii: "-") {
                exponentSign = String(UnicodeScalar(body[exponentStart]))
                exponentStart += 1
            }
            guard let exponent = TOMLNumber.digits(body, from: exponentStart, radix: 10) else { return nil }
            decimal += "e" + exponentSign + exponent.text
            end = exponent.end
            isFloat = true
        }
        guard end == body.count else { return nil }
        let signed = (sign < 0 ? "-" : "") + decimal
        if isFloat {
            guard let value = Double(signed) else { return nil }
            self = .float(value)
        } else {
            self = Int(signed).map(TOMLNumber.integer) ?? .tooLarge
        }
    }

    /// The digits from `start` with the underscores between them taken out, and where they end;
    /// nil when there is no digit there or an underscore is not between two.
    private static func digits(_ bytes: [UInt8], from start: Int, radix: Int) -> (text: String, end: Int)? {
        var index = start
        var text = ""
        while index < bytes.count {
            let byte = bytes[index]
            if let digit = Character(UnicodeScalar(byte)).hexDigitValue, digit < radix {
                text.append(Character(UnicodeScalar(byte)))
            } else if byte == UInt8(ascii: "_"), !text.isEmpty, index + 1 < bytes.count,
                      let next = Character(UnicodeScalar(bytes[index + 1])).hexDigitValue, next < radix {
                // an underscore between two digits
            } else {
                break
            }
            index += 1
        }
        return text.isEmpty ? nil : (text, index)
    }
}
