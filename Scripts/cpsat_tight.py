#!/usr/bin/env python3
"""Solves roster folders with OR-Tools CP-SAT under zhiban's hard rules, for comparison.

    swift build --product zhiban-tight-rosters && .build/debug/zhiban-tight-rosters /tmp/tight
    pip install ortools && python3 Scripts/cpsat_tight.py /tmp/tight [SECONDS]

For every folder DIR/seed-N it plans April 2022 from scratch with the same hard rules as zhiban
(keepers or the reserve only, availability, no overlap, 8 h rest / 12 h after a night shift,
at most 12 h of duty a calendar day, and a place a shift needs for a party member or skill is
never given to someone without it) and minimises, in this order, empty places plus missing
requirement members, then reserve calls. It prints each seed's figures and the line of Swift
to keep in Tests/Tools/PlanningFixtures/SolverFigures.swift.
"""
import csv
import datetime
import os
import sys
import tomllib

from ortools.sat.python import cp_model

WEEKDAYS = {"周一": 0, "周二": 1, "周三": 2, "周四": 3, "周五": 4, "周六": 5, "周日": 6, "周天": 6}
FIRST = datetime.date(2022, 4, 1)
DAYS = 30


def minutes(text):
    hours, mins = text.split(":")
    return int(hours) * 60 + int(mins)


def duration(text):
    """`8h`, `12h`, `90m`, `7h30m` → minutes."""
    total, number = 0, ""
    for char in text:
        if char.isdigit():
            number += char
        elif char == "h":
            total, number = total + int(number) * 60, ""
        elif char == "m":
            total, number = total + int(number), ""
    return total


def shift_spans(roster):
    shifts = {}
    for shift in roster.get("shift", []):
        start, end = minutes(shift["start"]), minutes(shift["end"])
        length = (1440 - start + end) if (end <= start and not (start == 0 and end == 1440)) else end - start
        night = start < 300 or (start + length > 1440 and start < 1440 + 300)
        shifts[shift["name"]] = (start, length, night)
    return shifts


def excluded(limits, date, shift_name, night):
    for limit in limits:
        if limit in WEEKDAYS and date.weekday() == WEEKDAYS[limit]:
            return True
        if limit == date.isoformat() or limit == shift_name:
            return True
        if limit == "夜班" and night:
            return True
    return False


def solve(folder, seconds):
    with open(os.path.join(folder, "roster.toml"), "rb") as file:
        roster = tomllib.load(file)
    with open(os.path.join(folder, "volunteers.csv"), encoding="utf-8-sig") as file:
        people = list(csv.DictReader(file))
    rules = roster.get("rules", {})
    min_rest = duration(rules.get("min_rest", "8h"))
    rest_after_night = duration(rules.get("min_rest_after_night", "12h"))
    daily = duration(rules.get("max_duty_per_day", "12h"))
    shifts = shift_spans(roster)
    model = cp_model.CpModel()
    # (person, start, end, night, variable, is_reserve) per possible duty
    duties_of = {number: [] for number in range(len(people))}
    shortfall_terms, reserve_terms = [], []
    for day in range(DAYS):
        date = FIRST + datetime.timedelta(days=day)
        for checkpoint in roster.get("checkpoint", []):
            keepers = checkpoint.get("keepers", [])
            reserve = checkpoint.get("reserve")
            need = checkpoint.get("people", 1)
            requires = []
            for text in checkpoint.get("requires", []):
                label, count = text.replace("：", ":").split(":")
                requires.append((label.strip(), int(count)))
            for name in checkpoint["shifts"]:
                start, length, night = shifts[name]
                begin = day * 1440 + start
                chosen = []
                for number, person in enumerate(people):
                    team = person["所属队伍"]
                    if team not in keepers and team != reserve:
                        continue
                    limits = [part.strip() for part in person["不能值班"].split(";") if part.strip()]
                    if excluded(limits, date, name, night):
                        continue
                    var = model.NewBoolVar(f"x{number}_{day}_{checkpoint['name']}_{name}")
                    chosen.append((number, person, var))
                    duties_of[number].append((begin, begin + length, night, var))
                    if team not in keepers:
                        reserve_terms.append(var)
                model.Add(sum(var for _, _, var in chosen) <= need)
                empty = need - sum(var for _, _, var in chosen)
                shortfall_terms.append(empty)
                for label, count in requires:
                    meeting = [var for _, person, var in chosen if meets(person, label)]
                    others = [var for _, person, var in chosen if not meets(person, label)]
                    model.Add(sum(others) <= max(0, need - count))
                    short = model.NewIntVar(0, count, "")
                    model.Add(short >= count - sum(meeting))
                    shortfall_terms.append(short)
    for duties in duties_of.values():
        duties.sort(key=lambda duty: duty[0])
        for position, (start, end, night, var) in enumerate(duties):
            for later_start, later_end, _, later_var in duties[position + 1:]:
                if later_start >= end + max(min_rest, rest_after_night) + 1440:
                    break
                gap = later_start - end
                if later_start < end or gap < (rest_after_night if night else min_rest):
                    model.AddBoolOr([var.Not(), later_var.Not()])
        for day in range(DAYS + 1):
            low, high = day * 1440, (day + 1) * 1440
            parts = [(min(end, high) - max(start, low), var) for start, end, _, var in duties if start < high and end > low]
            if sum(part for part, _ in parts) > daily:
                model.Add(sum(part * var for part, var in parts) <= daily)
    big = 10_000
    model.Minimize(big * sum(shortfall_terms) + sum(reserve_terms))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 2
    status = solver.Solve(model)
    objective = round(solver.ObjectiveValue())
    bound = round(solver.BestObjectiveBound())
    return objective // big, objective % big, status == cp_model.OPTIMAL, bound // big


def meets(person, label):
    if label in ("党员", "party"):
        return person["党员"].strip() in ("是", "党员", "yes", "true", "1", "Y", "y")
    return label in [skill.strip() for skill in person.get("技能", "").replace("；", ";").split(";")]


def main():
    base = sys.argv[1]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 30
    folders = sorted((name for name in os.listdir(base) if name.startswith("seed-")), key=lambda n: int(n[5:]))
    for name in folders:
        short, reserve, optimal, bound = solve(os.path.join(base, name), seconds)
        print(f"{name}: shortfall {short}, reserve calls {reserve}, {'optimal' if optimal else f'shortfall ≥ {bound}'}", file=sys.stderr)
        print(f"        {name[5:]}: PlanScore(shortfall: {short}, reserveCalls: {reserve}),")


if __name__ == "__main__":
    main()
