import ZhibanModel

/// Deleting a record from a table: what refuses it, what to ask, and what goes with it.
enum RecordDeletion {
    /// Why the record cannot be deleted (something still uses it), if so.
    static func refusal(_ kind: TableKind, _ name: String, roster: Roster) -> Localized? {
        switch kind {
        case .people:
            return nil
        case .teams:
            let members = roster.volunteers.filter { $0.team == name }.count
            let posts = roster.checkpoints.filter { $0.keepers.contains(name) || $0.reserve == name }.count
            guard members == 0, posts == 0, !roster.rotations.contains(where: { $0.teams.contains(name) }) else {
                return Localized("\(name) 还有 \(members) 名队员、\(posts) 个卡口在用，不能删除",
                                 "\(name) still has \(members) members and \(posts) posts using it: cannot delete")
            }
            return nil
        case .checkpoints:
            guard !roster.rotations.contains(where: { $0.checkpoint == name }) else {
                return Localized("\(name) 还在轮换规则里，不能删除", "\(name) is used by a rotation: cannot delete")
            }
            return nil
        case .shifts:
            let posts = roster.checkpoints.filter { $0.shifts.contains(name) }.count
            guard posts == 0 else {
                return Localized("\(name) 还有 \(posts) 个卡口在用，不能删除", "\(name) is used at \(posts) posts: cannot delete")
            }
            return nil
        case .rotations:
            return nil
        }
    }

    /// The question asked before deleting, saying what goes with the record.
    static func question(_ kind: TableKind, _ name: String, roster: Roster) -> Localized {
        switch kind {
        case .people:
            let duties = roster.duties.filter { $0.people.contains(name) }.count
            return Localized("删除志愿者 \(name)？会从 \(duties) 个班次上撤下。y 删除，n 取消",
                             "Delete volunteer \(name)? They come off \(duties) shifts. y: delete, n: keep")
        case .teams:
            return Localized("删除队伍 \(name)？y 删除，n 取消", "Delete team \(name)? y: delete, n: keep")
        case .checkpoints:
            let duties = roster.duties.filter { $0.checkpoint == name }.count
            return Localized("删除卡口 \(name)？它的 \(duties) 个班次一并删除。y 删除，n 取消",
                             "Delete post \(name) and its \(duties) shifts? y: delete, n: keep")
        case .shifts:
            return Localized("删除班次 \(name)？y 删除，n 取消", "Delete shift \(name)? y: delete, n: keep")
        case .rotations:
            return Localized("删除第 \(name) 条轮换？y 删除，n 取消", "Delete rotation \(name)? y: delete, n: keep")
        }
    }

    /// The roster without the record (and what went with it), and the words for the history.
    static func apply(_ kind: TableKind, _ name: String, to roster: Roster) -> (Roster, Localized) {
        var edited = roster
        switch kind {
        case .people:
            edited.volunteers.removeAll { $0.name == name }
            edited.duties = edited.duties.compactMap { duty in
                var duty = duty
                duty.people.removeAll { $0 == name }
                return duty.people.isEmpty ? nil : duty
            }
            for index in edited.teams.indices where edited.teams[index].leader == name { edited.teams[index].leader = nil }
            return (edited, Localized("删除志愿者 \(name)", "Deleted volunteer \(name)"))
        case .teams:
            edited.teams.removeAll { $0.name == name }
            return (edited, Localized("删除队伍 \(name)", "Deleted team \(name)"))
        case .checkpoints:
            edited.checkpoints.removeAll { $0.name == name }
            edited.duties.removeAll { $0.checkpoint == name }
            return (edited, Localized("删除卡口 \(name)", "Deleted post \(name)"))
        case .shifts:
            edited.shifts.removeAll { $0.name == name }
            return (edited, Localized("删除班次 \(name)", "Deleted shift \(name)"))
        case .rotations:
            // A rotation has no name: the table names it by its number.
            if let number = Int(name), edited.rotations.indices.contains(number - 1) { edited.rotations.remove(at: number - 1) }
            return (edited, Localized("删除轮换 \(name)", "Deleted rotation \(name)"))
        }
    }
}
