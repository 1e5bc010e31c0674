/// What a conflict is about, in the words `zhiban merge-file` prints beside its line.
enum MergeConflictText {
    /// `合并冲突：王伟：两边改法不同（手机、备注）` or `合并冲突：2022-04-08 夜班 南门：一边删除了，另一边改了`.
    static func describe(ours: MergeRecord?, theirs: MergeRecord?) -> String {
        let key = (ours ?? theirs)?.key ?? ""
        guard let ours, let theirs else { return "合并冲突：\(key)：一边删除了，另一边改了" }
        let names = RecordMerge.orderedUnion(ours.fields.map(\.name), theirs.fields.map(\.name))
            .filter { ours.value($0) != theirs.value($0) }
            .map { $0.hasPrefix(MergeRecord.hidden) ? "注释" : $0 }
        return "合并冲突：\(key)：两边改法不同（\(names.joined(separator: "、"))）"
    }
}
