import ZhibanModel

extension AppState {
    /// Rows of candidates the pick list shows.
    var pickListVisibleRows: Int { layout.visibleRows(.pickList) }

    /// Keys while the pick list is open: typing filters, arrows choose, Enter places the person.
    mutating func applyInPickList(_ action: Action, _ list: PickList) -> [Effect] {
        var list = list
        switch action {
        case .text(let edit):
            list.filter.apply(edit)
            list.refilter(roster: roster, directory: document.directory)
        case .nextField, .moveDown: list.moveSelection(by: 1, visibleRows: pickListVisibleRows)
        case .previousField, .moveUp: list.moveSelection(by: -1, visibleRows: pickListVisibleRows)
        case .pageDown: list.moveSelection(by: pickListVisibleRows, visibleRows: pickListVisibleRows)
        case .pageUp: list.moveSelection(by: -pickListVisibleRows, visibleRows: pickListVisibleRows)
        case .cancel:
            mode = .normal
            return []
        case .submit:
            mode = .normal
            guard list.candidates.indices.contains(list.selection) else {
                say(Localized("没有符合的人", "Nobody matches"), .error)
                return []
            }
            let person = roster.volunteers[list.candidates[list.selection]].name
            switch list.purpose {
            case .place: break
            case .substitute(let replaced):
                openForm(Form(SubstitutionForm(slot: list.slot, person: replaced, substitute: person)))
                return []
            case .extra:
                return recordServed { [try $0.event(on: list.slot, person: person, .extra, recordedAt: "", recordedBy: "")] }
            }
            commitAsking(roster.placing(person, at: list.slot, place: list.place), moves: [(person, list.slot)],
                         Localized("排班：\(person) → \(DateText.short(list.slot.date, .zh)) \(list.slot.shift) \(list.slot.checkpoint)",
                                   "Assigned \(person) → \(DateText.short(list.slot.date, .en)) \(list.slot.shift) \(list.slot.checkpoint)"))
            return []
        default:
            break
        }
        mode = .pickList(list)
        return []
    }
}
