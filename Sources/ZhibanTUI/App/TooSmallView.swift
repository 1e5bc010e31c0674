import ZhibanModel

/// What is shown when the terminal is smaller than the interface needs; it goes away by itself
/// when the window grows.
enum TooSmallView {
    static func render(_ state: AppState, into screen: inout Screen) {
        let lines = [
            Localized("窗口太小", "Window too small")(state.language),
            Localized("至少 \(AppState.minimumWidth)×\(AppState.minimumHeight)，现在 \(state.width)×\(state.height)",
                      "Needs \(AppState.minimumWidth)×\(AppState.minimumHeight), now \(state.width)×\(state.height)")(state.language),
            Localized("请放大窗口，或按 q 退出", "Enlarge the window, or press q to quit")(state.language),
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (state.width - line.displayWidth) / 2)
            screen.write(line, x: x, y: top + offset, style: CellStyle(offset == 0 ? .error : .normal, bold: offset == 0))
        }
    }
}
