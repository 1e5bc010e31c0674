import ZhibanModel

/// The bottom line: the keys that work here, read from the key map, as many as fit; the key for
/// the help (when there is one) is always shown at the right end. On the day board of today or a
/// past day the served keys (到岗, 缺岗, 替班, 确认当天) come right after `[` and `]`: recording is
/// what is done there; on a day to come, where they are refused, they are left out.
enum Footer {
    static func render(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        screen.fill(rect, style: CellStyle(.footer))
        var bindings = KeyMap.bindings(for: state.keyContext).filter(\.inFooter)
        let served = bindings.filter(isServed)
        bindings.removeAll(where: isServed)
        if state.keyContext == .view(.day), state.date <= state.today {
            let afterDays = bindings.firstIndex { $0.action == .nextDay }.map { $0 + 1 } ?? 0
            bindings.insert(contentsOf: served, at: afterDays)
        }
        var end = rect.maxX
        if let help = bindings.first(where: { $0.action == .openHelp }) {
            end -= width(of: help, state.language) + 1
            draw(help, state.language, into: &screen, x: end, y: rect.y)
        }
        var x = rect.x + 1
        for binding in bindings where binding.action != .openHelp {
            let width = width(of: binding, state.language)
            guard x + width <= end - 1 else { continue }
            draw(binding, state.language, into: &screen, x: x, y: rect.y)
            x += width + 2
        }
    }

    /// A key for the served record.
    private static func isServed(_ binding: KeyBinding) -> Bool {
        if case .record = binding.action { return true }
        return false
    }

    /// What the footer says the key does: the short words when there are any.
    private static func help(_ binding: KeyBinding, _ language: Language) -> String {
        (binding.footerHelp ?? binding.help)(language)
    }

    private static func width(of binding: KeyBinding, _ language: Language) -> Int {
        binding.keys[0].label.displayWidth + 1 + help(binding, language).displayWidth
    }

    private static func draw(_ binding: KeyBinding, _ language: Language, into screen: inout Screen, x: Int, y: Int) {
        let key = binding.keys[0].label
        screen.write(key, x: x, y: y, style: CellStyle(.footer, bold: true, reverse: true))
        screen.write(help(binding, language), x: x + key.displayWidth + 1, y: y, style: CellStyle(.footer))
    }
}
