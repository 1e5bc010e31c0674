import ZhibanModel

/// `roster.toml` as a person wrote it, cut into its tables, so that a save rewrites only the
/// tables whose content changed and keeps every comment, blank line and the order of the rest.
///
/// A block is a table header (`[rules]`, `[[shift]]` …) with the keys under it, plus the comment
/// and blank lines right above the header (they belong to that table); the top-level keys before
/// the first table are a block too, and so are the comment lines ending the file. A changed table
/// keeps the comments above it and is edited key by key (`TOMLBlockEdit`); a new one is written
/// canonically (`RosterTOMLWriter`) after the last table of its kind; a deleted one goes with the
/// comments above it.
struct TOMLDocument: Sendable {
    /// What a block holds.
    enum Kind: String, Sendable {
        case top = "", rules, notify, sharing, shift, checkpoint, team, rotation
    }

    private struct Block: Sendable {
        var kind: Kind
        /// Comment and blank lines above the header (for the top block, those opening the file).
        var leading: String
        /// The header line and the lines after it.
        var body: String
    }

    private var blocks: [Block]
    /// Comment and blank lines ending the file.
    private var tail: String

    /// Cuts `text` into blocks; nil when it has a table zhiban does not write (a sub-table, a
    /// `[shift]` written as a single table), whose place could not be kept.
    init?(text: String) {
        let lines = TOMLBlockEdit.lines(text)
        blocks = [Block(kind: .top, leading: "", body: "")]
        var trivia: [Substring] = []  // comment and blank lines not yet given to a block
        var inTop = true
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                trivia.append(line)
                continue
            }
            if trimmed.hasPrefix("[") {
                guard let kind = TOMLDocument.kind(ofHeader: trimmed) else { return nil }
                blocks.append(Block(kind: kind, leading: trivia.joined(), body: String(line)))
                inTop = false
            } else if inTop && blocks[0].body.isEmpty {
                blocks[0].leading = trivia.joined()
                blocks[0].body = String(line)
            } else {
                blocks[blocks.count - 1].body += trivia.joined() + line
            }
            trivia = []
        }
        tail = trivia.joined()
    }

    /// Whether the tables found match the roster read from the same text, one block per table.
    func describes(_ roster: Roster) -> Bool {
        count(.top) == 1 && count(.rules) <= 1 && count(.notify) <= 1 && count(.sharing) <= 1 && count(.shift) == roster.shifts.count
            && count(.checkpoint) == roster.checkpoints.count && count(.team) == roster.teams.count
            && count(.rotation) == roster.rotations.count
    }

    /// The text for `new`, given that the file as it is describes `old`: unchanged tables as
    /// written, changed ones canonical with the comments above them kept.
    func text(from old: Roster, to new: Roster) -> String {
        var edits: [Kind: [Int: String]] = [:]  // by kind: position among the blocks of that kind → text
        var appended = ""  // new tables of a kind the file has none of
        func edit<Item: Equatable>(_ kind: Kind, _ before: [Item], _ after: [Item], _ write: (Item) -> String) {
            let positions = blocks.indices.filter { blocks[$0].kind == kind }
            var kindEdits: [Int: String] = [:]
            let prefix = zip(before, after).prefix { $0 == $1 }.count
            let suffix = zip(before.dropFirst(prefix).reversed(), after.dropFirst(prefix).reversed()).prefix { $0 == $1 }.count
            let oldMiddle = Array(before[prefix..<(before.count - suffix)])
            let newMiddle = Array(after[prefix..<(after.count - suffix)])
            guard !oldMiddle.isEmpty || !newMiddle.isEmpty else { return }
            for offset in oldMiddle.indices {
                let block = blocks[positions[prefix + offset]]
                kindEdits[prefix + offset] = offset < newMiddle.count
                    ? block.leading + (oldMiddle[offset] == newMiddle[offset] ? block.body : TOMLBlockEdit.edited(
                        block.body, hasHeader: kind != .top, before: write(oldMiddle[offset]), after: write(newMiddle[offset])))
                    : ""
            }
            let inserted = newMiddle.dropFirst(oldMiddle.count).map { "\n" + write($0) }.joined()
            if !inserted.isEmpty {
                let last = prefix + oldMiddle.count - 1  // the block the new tables follow
                if last >= 0 {
                    kindEdits[last] = (kindEdits[last] ?? blocks[positions[last]].leading + blocks[positions[last]].body) + inserted
                } else if !positions.isEmpty {
                    let first = blocks[positions[0]]
                    kindEdits[0] = String(inserted.dropFirst()) + "\n" + first.leading + first.body
                } else {
                    appended += inserted
                }
            }
            edits[kind] = kindEdits
        }
        edit(.top, [TopKeys(old.settings)], [TopKeys(new.settings)]) { RosterTOMLWriter.settings($0.settings) }
        let hasRules = count(.rules) == 1  // without [rules] the defaults hold, and stay unwritten
        edit(.rules, hasRules ? [old.settings.rules] : [],
             hasRules || old.settings.rules != new.settings.rules ? [new.settings.rules] : [], RosterTOMLWriter.rules)
        let hasNotify = count(.notify) == 1  // without [notify] there is no closing line, and none is written
        edit(.notify, hasNotify ? [old.settings.notifyClosing] : [],
             hasNotify || old.settings.notifyClosing != new.settings.notifyClosing ? [new.settings.notifyClosing] : [],
             RosterTOMLWriter.notify(closing:))
        let hasSharing = count(.sharing) == 1  // without [sharing], saves are not committed, and nothing is written
        edit(.sharing, hasSharing ? [old.settings.commitOnSave] : [],
             hasSharing || old.settings.commitOnSave != new.settings.commitOnSave ? [new.settings.commitOnSave] : [],
             RosterTOMLWriter.sharing(commitOnSave:))
        edit(.shift, old.shifts, new.shifts, RosterTOMLWriter.shift)
        edit(.checkpoint, old.checkpoints, new.checkpoints, RosterTOMLWriter.checkpoint)
        edit(.team, old.teams, new.teams, RosterTOMLWriter.team)
        edit(.rotation, old.rotations, new.rotations, RosterTOMLWriter.rotation)

        var out = ""
        var seen: [Kind: Int] = [:]
        for block in blocks {
            let position = seen[block.kind, default: 0]
            seen[block.kind] = position + 1
            out += edits[block.kind]?[position] ?? (block.leading + block.body)
        }
        return out + appended + tail
    }

    private func count(_ kind: Kind) -> Int { blocks.count { $0.kind == kind } }

    /// The kind of a table header line (`[[ shift ]]  # 班次`), nil for one zhiban does not write.
    private static func kind(ofHeader line: String) -> Kind? {
        let isArray = line.hasPrefix("[[")
        let open = isArray ? 2 : 1
        guard let close = line.range(of: isArray ? "]]" : "]") else { return nil }
        let name = line[line.index(line.startIndex, offsetBy: open)..<close.lowerBound]
            .trimmingWhitespace().trimmingCharacters(in: ["\"", "'"])
        let rest = line[close.upperBound...].trimmingWhitespace()
        guard rest.isEmpty || rest.hasPrefix("#"), let kind = Kind(rawValue: name), kind != .top else { return nil }
        return isArray == (kind != .rules && kind != .notify && kind != .sharing) ? kind : nil
    }

    /// The top-level keys (the settings but their rules, closing line and sharing), compared as one table.
    private struct TopKeys: Equatable {
        var settings: RosterSettings
        init(_ settings: RosterSettings) {
            self.settings = settings
            self.settings.rules = .standard
            self.settings.notifyClosing = ""
            self.settings.commitOnSave = false
        }
    }
}
