import CNcursesw
import ZhibanTUI

/// Turns what `wget_wch` returned into a key: a character (Chinese from an input method
/// arrives whole), a control letter, or one of curses' KEY_* codes.
enum KeyDecoder {
    /// The key for a `wget_wch` result: `status` is `OK` for a character, `KEY_CODE_YES` for a
    /// function key; nil for what the interface does not use.
    static func key(status: Int32, code: UInt32) -> Key? {
        if status == KEY_CODE_YES { return functionKey(Int32(bitPattern: code)) }
        guard status == OK else { return nil }
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    private static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }
}
