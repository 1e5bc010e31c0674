/// Edits made on one version of a roster, applied to a later version that someone else changed
/// meanwhile (a three-way merge): what restoring unsaved work does once the files have moved on.
///
/// The edits are the difference between `base` (the roster they were made on) and `edited`,
/// taken record by record: each setting, shift, checkpoint, team and volunteer by name, each
/// rotation as a whole, each duty by its slot (date, shift, checkpoint). An edited record is
/// applied when the current roster still has it as it was in `base`; when the current roster
/// changed or removed it too, the current version is kept and the edit is listed in `notApplied`.
/// A duty is not applied either when a person, shift or checkpoint it names is gone.
public struct RosterMerge: Sendable {
    /// The current roster with the edits applied (duties sorted by slot).
    public private(set) var roster: Roster
    /// How many records and duty slots the edits changed in it.
    public private(set) var applied = 0
    /// Each edit that no longer applies, and why.
    public private(set) var notApplied: [Localized] = []

    /// Applies the edits `base` → `edited` to `current`.
    public init(base: Roster, edited: Roster, onto current: Roster) {
        roster = current
        mergeValue(\.settings.title, base, edited, Localized("标题", "Title"))
        mergeValue(\.settings.timeZone, base, edited, Localized("时区", "Time zone"))
        mergeValue(\.settings.rules, base, edited, Localized("规则", "Rules"))
        mergeValue(\.settings.notifyClosing, base, edited, Localized("通知结尾", "Notice closing line"))
        mergeValue(\.settings.commitOnSave, base, edited, Localized("保存时提交", "Commit on save"))
        mergeList(\.shifts, base, edited, key: \.name, kind: Localized("班次", "Shift"))
        mergeList(\.checkpoints, base, edited, key: \.name, kind: Localized("卡口", "Checkpoint"))
        mergeList(\.teams, base, edited, key: \.name, kind: Localized("队伍", "Team"))
        mergeList(\.volunteers, base, edited, key: \.name, kind: Localized("志愿者", "Volunteer"))
        mergeRotations(base, edited)
        mergeDuties(base, edited)
    }

    /// Whether the edits change nothing in the current roster and nothing was refused: there is
    /// nothing to restore (the edits were saved already, or undone).
    public var isEmpty: Bool { applied == 0 && notApplied.isEmpty }

    // MARK: - Records

    /// What happened to one record on each side.
    private enum Outcome {
        /// Apply the edited version.
        case apply
        /// Nothing to do: the edit is not an edit, or the current roster already agrees.
        case nothing
        /// Both changed it: the current version stays.
        case conflict(Localized)
    }

    /// Decides for one record, given its three versions (nil: not there).
    private static func outcome<T: Equatable>(base: T?, edited: T?, current: T?, name: Localized) -> Outcome {
        guard base != edited, current != edited else { return .nothing }
        guard current == base else {
            let why: Localized
            switch (edited, current) {
            case (nil, _): why = Localized("别人也改过，没有删除", "changed by someone else too, so not deleted")
            case (_, nil): why = Localized("别人已删除，你的修改没有应用", "deleted by someone else; your change is not applied")
            default: why = Localized("你和别人都改过，保留了别人的版本", "changed by you and by someone else; theirs is kept")
            }
            return .conflict(Localized("\(name.zh)：\(why.zh)", "\(name.en): \(why.en)"))
        }
        return .apply
    }

    private mutating func mergeValue<T: Equatable>(_ path: WritableKeyPath<Roster, T>, _ base: Roster, _ edited: Roster, _ name: Localized) {
        switch Self.outcome(base: base[keyPath: path], edited: edited[keyPath: path], current: roster[keyPath: path], name: name) {
        case .apply:
            roster[keyPath: path] = edited[keyPath: path]
            applied += 1
        case .nothing: break
        case .conflict(let why): notApplied.append(why)
        }
    }

    /// Merges a list of named records, keeping the current order; a record the edits added goes
    /// after the record it followed in the edited list.
    private mutating func mergeList<T: Equatable>(
        _ path: WritableKeyPath<Roster, [T]>, _ base: Roster, _ edited: Roster, key: (T) -> String, kind: Localized
    ) {
        let baseList = base[keyPath: path]
        let editedList = edited[keyPath: path]
        guard baseList != editedList else { return }
        let baseByKey = Dictionary(baseList.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        let editedByKey = Dictionary(editedList.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var keys = editedList.map(key)
        keys += baseList.map(key).filter { editedByKey[$0] == nil }
        var seen = Set<String>()
        for name in keys where seen.insert(name).inserted {
            var list = roster[keyPath: path]
            let index = list.firstIndex { key($0) == name }
            let label = Localized("\(kind.zh) \(name)", "\(kind.en) \(name)")
            switch Self.outcome(base: baseByKey[name], edited: editedByKey[name], current: index.map { list[$0] }, name: label) {
            case .nothing: continue
            case .conflict(let why):
                notApplied.append(why)
                continue
            case .apply:
                applied += 1
            }
            switch (editedByKey[name], index) {
            case (let record?, let index?): list[index] = record
            case (nil, let index?): list.remove(at: index)
            case (let record?, nil):
                let before = editedList.prefix { key($0) != name }.map(key)
                let after = before.reversed().compactMap { previous in list.firstIndex { key($0) == previous } }.first
                list.insert(record, at: after.map { $0 + 1 } ?? 0)
            case (nil, nil): break
            }
            roster[keyPath: path] = list
        }
    }

    /// Rotations have no name: one the edits removed is removed, one they added is added.
    private mutating func mergeRotations(_ base: Roster, _ edited: Roster) {
        for removed in base.rotations where !edited.rotations.contains(removed) {
            if let index = roster.rotations.firstIndex(of: removed) {
                roster.rotations.remove(at: index)
                applied += 1
            }
        }
        for added in edited.rotations where !base.rotations.contains(added) && !roster.rotations.contains(added) {
            roster.rotations.append(added)
            applied += 1
        }
    }

    // MARK: - Duties

    private mutating func mergeDuties(_ base: Roster, _ edited: Roster) {
        let baseBySlot = Dictionary(base.duties.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        let editedBySlot = Dictionary(edited.duties.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        let currentBySlot = Dictionary(roster.duties.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        let slots = Set(baseBySlot.keys).union(editedBySlot.keys).filter { baseBySlot[$0] != editedBySlot[$0] }.sorted()
        guard !slots.isEmpty else { return }
        let people = Set(roster.volunteers.map(\.name))
        let shifts = Set(roster.shifts.map(\.name))
        let checkpoints = Set(roster.checkpoints.map(\.name))
        let peopleBefore = Set(base.volunteers.map(\.name)).union(edited.volunteers.map(\.name))
        var replaced: [Slot: Duty?] = [:]
        for slot in slots {
            let name = Localized("值班 \(slot)", "Duty \(slot)")
            switch Self.outcome(base: baseBySlot[slot], edited: editedBySlot[slot], current: currentBySlot[slot], name: name) {
            case .nothing: continue
            case .conflict(let why):
                notApplied.append(why)
                continue
            case .apply: break
            }
            if let duty = editedBySlot[slot] {
                let gone = duty.people.filter { !people.contains($0) && peopleBefore.contains($0) }
                guard gone.isEmpty, shifts.contains(duty.shift), checkpoints.contains(duty.checkpoint) else {
                    let missing = gone.isEmpty ? "\(duty.checkpoint) \(duty.shift)" : gone.joined(separator: "、")
                    notApplied.append(Localized("\(name.zh)：\(missing) 已被别人删除，没有安排",
                                                "\(name.en): \(missing) deleted by someone else; not planned"))
                    continue
                }
            }
            replaced[slot] = editedBySlot[slot]
            applied += 1
        }
        guard !replaced.isEmpty else { return }
        roster.duties = roster.duties.filter { replaced[$0.slot] == nil } + replaced.values.compactMap { $0 }
        roster.sortDuties()
    }
}
