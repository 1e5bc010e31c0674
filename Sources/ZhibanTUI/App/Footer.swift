import ZhibanModel

/// The bottom line: the keys that work here, read from the key map, as many as fit; the key for
/// the help (when there is one) is always shown at the right end.
enum Footer {
    static func render(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        screen.fill(rect, style: CellStyle(.footer))
        let bindings = KeyMap.bindings(for: state.keyContext).filter(\.inFooter)
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

    private static func width(of binding: KeyBinding, _ language: Language) -> Int {
        binding.keys[0].label.displayWidth + 1 + binding.help(language).displayWidth
    }

    private static func draw(_ binding: KeyBinding, _ language: Language, into screen: inout Screen, x: Int, y: Int) {
        let key = binding.keys[0].label
        screen.write(key, x: x, y: y, style: CellStyle(.footer, bold: true, reverse: true))
        screen.write(binding.help(language), x: x + key.displayWidth + 1, y: y, style: CellStyle(.footer))
    }
}
