import ZhibanModel
import ZhibanOutput
import ZhibanPlanning

extension AppState {
    /// Lines of a preview that fit on screen.
    var previewVisibleLines: Int { layout.visibleRows(.preview) }

    /// Opens the re-plan form for the date shown (the whole board, or the checkpoint under the
    /// cursor when asked from the period grid).
    mutating func openReplan(from first: LocalDate? = nil, to last: LocalDate? = nil) {
        guard refuseIfReadOnly() else { return }
        let start = first ?? date
        openForm(Form(ReplanForm(shown: date, today: today, from: start, to: last ?? start)))
    }

    /// Runs the planner on a checked re-plan's range and shows what it would change.
    mutating func previewReplan(_ request: PlanRequest) {
        // What was served counts toward load, as `zhiban rotate` counts it.
        let request = request.counting(served: document.served, of: roster, today: today)
        guard let preview = ReplanPreview(planning: request, on: roster, language: language) else {
            return say(Localized("重新排班不会改变任何值班", "Re-planning would change nothing"))
        }
        mode = .replanPreview(preview)
    }

    /// Takes the person off the duties of the call's dates and shows the stand-ins the planner
    /// proposes for exactly those places (nobody else is moved); Enter applies both as one
    /// undoable step. With nothing to fill (no duties those days, or nobody to stand in), the
    /// call is recorded at once.
    mutating func previewSickCall(_ call: SickCallForm.Call) {
        let (edited, vacated) = call.apply(to: roster)
        let removed = vacated.count
        let request = PlanRequest(from: vacated.map(\.date).min() ?? call.first, to: vacated.map(\.date).max() ?? call.first)
            .counting(served: document.served, of: roster, today: today)  // as a re-plan weighs it
        let heading = Localized("\(call.label.zh)：撤下 \(removed) 个班，下面是替班安排",
                                "\(call.label.en): off \(removed) duties, the stand-ins below")(language)
        let result = Planner(edited).standIns(for: vacated, from: request.from, to: request.to, servedBalance: request.servedBalance)
        guard removed > 0, let preview = ReplanPreview(result: result, of: request, language: language, heading: [heading, ""],
                                                        label: call.label) else {
            let off = Localized("，撤下 \(removed) 个班（无人可替）", ", off \(removed) duties (nobody can stand in)")
            return commit(edited, removed > 0 ? Localized(call.label.zh + off.zh, call.label.en + off.en) : call.label)
        }
        mode = .replanPreview(preview)
    }

    /// Keys in the re-plan preview: scroll, Enter applies it (one undoable step), Esc drops it.
    mutating func applyInReplanPreview(_ action: Action, _ preview: ReplanPreview) -> [Effect] {
        var preview = preview
        switch action {
        case .submit:
            mode = .normal
            commit(preview.planned, preview.label)
            return []
        case .cancel:
            mode = .normal
            say(Localized("已放弃，没有改动：" + preview.label.zh, "Dropped, nothing changed: " + preview.label.en))
            return []
        default:
            preview.scroll = scrolled(preview.scroll, action, lines: PreviewView.wrapped(preview.lines, width: width).count)
        }
        mode = .replanPreview(preview)
        return []
    }

    /// Opens the print preview of the current view: the day shown, the month around it in the
    /// period grid, or one sheet per team or person from those views.
    mutating func openPrintPreview() {
        let (grouping, dates) = view.feature.printSheets(self)
        mode = .printPreview(PrintPreview(roster: roster, dates: dates, grouping: grouping, width: width - 2))
    }

    /// Keys in the print preview: scroll, phones on or off, write to a file, send to `lp`, close.
    mutating func applyInPrintPreview(_ action: Action, _ preview: PrintPreview) -> [Effect] {
        var preview = preview
        switch action {
        case .writeToFile:
            mode = .normal
            return [.writeFile(path: preview.path, contents: preview.contents, holdsPhones: preview.includesPhones)]
        case .sendToPrinter:
            mode = .normal
            return [.sendToPrinter(contents: preview.contents)]
        case .cancel:
            mode = .normal
            return []
        case .togglePhones:
            preview = preview.togglingPhones()
            say(preview.includesPhones ? Localized("印电话号码", "Phone numbers printed")
                                       : Localized("不印电话号码（贴在公共场所的表）", "Phone numbers left off (a sheet for a public place)"))
        default:
            preview.scroll = scrolled(preview.scroll, action, lines: PreviewView.wrapped(preview.lines, width: width).count)
        }
        mode = .printPreview(preview)
        return []
    }

    /// A scroll position after a scrolling key, kept within the text.
    private func scrolled(_ scroll: Int, _ action: Action, lines: Int) -> Int {
        let page = previewVisibleLines
        let moved: Int
        switch action {
        case .moveUp: moved = scroll - 1
        case .moveDown: moved = scroll + 1
        case .pageUp: moved = scroll - page
        case .pageDown: moved = scroll + page
        case .first: moved = 0
        case .last: moved = lines
        default: moved = scroll
        }
        return min(max(0, moved), max(0, lines - page))
    }
}
