/// The 3-way merge of records by identity, field by field: a record or field changed on one side
/// only takes that change; changed the same way on both, that value; changed two ways, a conflict.
/// Never a silent pick.
struct RecordMerge {
    /// Fields holding a `;`-separated list of people, merged place by place (see `mergeList`).
    var listFields: Set<String> = []

    /// The merged records, in our order with records new on their side placed after the record
    /// they follow there. Records deleted (on one side, unchanged on the other) are left out.
    func merge(base: [MergeRecord], ours: [MergeRecord], theirs: [MergeRecord]) -> [MergedRecord] {
        let baseByKey = Dictionary(base.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let oursByKey = Dictionary(ours.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByKey = Dictionary(theirs.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let keys = RecordMerge.orderedUnion(ours.map(\.key) + base.map(\.key).filter { oursByKey[$0] == nil },
                                            theirs.map(\.key))
        return keys.compactMap { merge(base: baseByKey[$0], ours: oursByKey[$0], theirs: theirsByKey[$0]) }
    }

    /// One record; nil when it ends deleted.
    func merge(base: MergeRecord?, ours: MergeRecord?, theirs: MergeRecord?) -> MergedRecord? {
        switch (ours, theirs) {
        case (nil, nil):
            return nil
        case (let ours?, nil):
            guard let base else { return .clean(ours) }  // added on our side only
            return ours == base ? nil : .conflict(ours: ours, theirs: nil)
        case (nil, let theirs?):
            guard let base else { return .clean(theirs) }
            return theirs == base ? nil : .conflict(ours: nil, theirs: theirs)
        case (let ours?, let theirs?):
            return mergeFields(base: base ?? MergeRecord(key: ours.key, fields: []), ours: ours, theirs: theirs)
        }
    }

    private func mergeFields(base: MergeRecord, ours: MergeRecord, theirs: MergeRecord) -> MergedRecord {
        if ours == theirs { return .clean(ours) }
        let names = RecordMerge.orderedUnion(ours.fields.map(\.name), theirs.fields.map(\.name))
        var merged = MergeRecord(key: ours.key, fields: [])
        var oursSide = merged
        var theirsSide = merged
        var conflicted = false
        for name in names {
            let (b, o, t) = (base.value(name), ours.value(name), theirs.value(name))
            let value = RecordMerge.pick(b, o, t) ?? (listFields.contains(name) ? RecordMerge.mergeList(b, o, t) : nil)
            func put(_ text: String, into record: inout MergeRecord) {
                if !text.isEmpty { record.fields.append(.init(name: name, value: text)) }
            }
            if let value {
                put(value, into: &merged)
                put(value, into: &oursSide)
                put(value, into: &theirsSide)
            } else {
                conflicted = true
                put(o, into: &oursSide)
                put(t, into: &theirsSide)
            }
        }
        return conflicted ? .conflict(ours: oursSide, theirs: theirsSide) : .clean(merged)
    }

    /// The 3-way pick of one value: nil when both sides changed it differently.
    static func pick(_ base: String, _ ours: String, _ theirs: String) -> String? {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        return nil
    }

    /// A list of people merged place by place: with the same number of people on all three sides,
    /// each place is picked on its own (王伟→李强 in the first place and 张敏→赵磊 in the second merge;
    /// 王伟→李强 against 王伟→赵磊 conflict). Otherwise the people each side took off come off and
    /// those each side put on go on, unless both took someone off and both put someone on: that
    /// is the same place filled two ways, a conflict.
    static func mergeList(_ base: String, _ ours: String, _ theirs: String) -> String? {
        let (b, o, t) = (base.splitList(), ours.splitList(), theirs.splitList())
        if b.count == o.count && o.count == t.count {
            var out: [String] = []
            for index in b.indices {
                guard let person = pick(b[index], o[index], t[index]) else { return nil }
                out.append(person)
            }
            return out.joined(separator: ";")
        }
        let removedByUs = Set(b).subtracting(o), removedByThem = Set(b).subtracting(t)
        let addedByUs = o.filter { !b.contains($0) }, addedByThem = t.filter { !b.contains($0) }
        if !removedByUs.isEmpty && !removedByThem.isEmpty && !addedByUs.isEmpty && !addedByThem.isEmpty && addedByUs != addedByThem {
            return nil
        }
        let kept = o.filter { !removedByThem.contains($0) }
        return orderedUnion(kept, addedByThem).joined(separator: ";")
    }

    /// `first` in its order, with each item of `second` not in it placed after the item it follows
    /// in `second` (or at the start when it comes first there).
    static func orderedUnion(_ first: [String], _ second: [String]) -> [String] {
        var out = first
        var present = Set(first)
        var previous: String?
        for item in second {
            if !present.contains(item) {
                let at = previous.flatMap { out.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                out.insert(item, at: at)
                present.insert(item)
            }
            previous = item
        }
        return out
    }
}

extension RecordMerge {
    /// The 3-way pick of a whole file's bytes: nil when both sides changed it differently.
    static func pick(bytes base: [UInt8], _ ours: [UInt8], _ theirs: [UInt8]) -> [UInt8]? {
        if ours == theirs || theirs == base { return ours }
        if ours == base { return theirs }
        return nil
    }
}
