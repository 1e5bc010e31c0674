import ZhibanModel

/// The hand edits of the day board, as pure roster transformations. Every person a hand edit
/// puts on a duty is pinned there, so the planner never undoes it, yet still fills the shift's
/// other empty places; a duty left with nobody is removed.
extension Roster {
    /// The person at a place, if any.
    func person(at slot: Slot, place: Int) -> String? {
        guard let people = duty(at: slot)?.people, people.indices.contains(place) else { return nil }
        return people[place]
    }

    /// The roster with `person` at a place (replacing whoever stood there).
    func placing(_ person: String, at slot: Slot, place: Int) -> Roster {
        var edited = self
        edited.replacePerson(at: slot, place: place, with: person)
        return edited
    }

    /// The roster with the place emptied.
    func removing(at slot: Slot, place: Int) -> Roster {
        var edited = self
        edited.replacePerson(at: slot, place: place, with: nil)
        return edited
    }

    /// The roster with the people at two places exchanged; when one place is empty, the other
    /// person moves into it.
    func swapping(_ first: PlaceMark, _ second: PlaceMark) -> Roster {
        let one = person(at: first.slot, place: first.place)
        let two = person(at: second.slot, place: second.place)
        var edited = self
        if first.slot == second.slot {
            guard var duty = duty(at: first.slot), duty.people.indices.contains(first.place),
                  duty.people.indices.contains(second.place) else { return self }
            duty.people.swapAt(first.place, second.place)
            duty.pinnedPeople = duty.people.filter { duty.pinnedPeople.contains($0) || $0 == one || $0 == two }
            edited.setDuty(duty, at: first.slot)
        } else {
            edited.replacePerson(at: first.slot, place: first.place, with: two)
            edited.replacePerson(at: second.slot, place: second.place, with: one)
        }
        return edited
    }

    /// The roster with the whole duty of a slot pinned if it was not, unpinned (its people too) if it was.
    func togglingPin(at slot: Slot) -> Roster {
        guard var duty = duty(at: slot) else { return self }
        duty.pinned.toggle()
        if !duty.pinned { duty.pinnedPeople = [] }
        var edited = self
        edited.setDuty(duty, at: slot)
        return edited
    }

    private mutating func replacePerson(at slot: Slot, place: Int, with person: String?) {
        var duty = duty(at: slot) ?? Duty(date: slot.date, shift: slot.shift, checkpoint: slot.checkpoint, people: [])
        switch (person, duty.people.indices.contains(place)) {
        case (let person?, true): duty.people[place] = person
        case (let person?, false): duty.people.append(person)
        case (nil, true): duty.people.remove(at: place)
        case (nil, false): return
        }
        duty.pinnedPeople = duty.people.filter { $0 == person || duty.pinnedPeople.contains($0) }
        setDuty(duty.people.isEmpty ? nil : duty, at: slot)
    }
}
