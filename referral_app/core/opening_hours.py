"""Opening hours from HSDS schedules: is a service open at a given time, and when it opens.

Only weekly schedules with days and times can be read this way; anything else stays as its
written description, and "open now" is then unknown rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
END_OF_DAY = 24 * 60


@dataclass(frozen=True)
class Slot:
    day: int  # 0 = Monday
    opens: int  # minutes after midnight
    closes: int


@dataclass(frozen=True)
class OpeningState:
    known: bool  # False: no structured hours to go by
    open_now: bool
    closes: int | None  # minutes after midnight, when open now
    next_day: int | None  # when closed: the day (0 = Monday) and time it opens next
    next_opens: int | None


def minutes(text: str) -> int | None:
    """'09:30' or '09:30:00' as minutes after midnight; 23:59 counts as the end of the day."""
    parts = text.strip().split(":")
    try:
        hours, mins = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        return None
    if not (0 <= hours <= 24 and 0 <= mins < 60):
        return None
    value = hours * 60 + mins
    return END_OF_DAY if value >= 23 * 60 + 59 else value


def weekly_slots(schedules: Iterable[Mapping[str, Any]]) -> list[Slot]:
    slots = []
    for schedule in schedules:
        if schedule.get("freq", "WEEKLY") != "WEEKLY":
            continue
        opens = minutes(str(schedule.get("opens_at", "")))
        closes = minutes(str(schedule.get("closes_at", "")))
        if opens is None or closes is None or closes <= opens:
            continue
        for code in str(schedule.get("byday", "")).upper().split(","):
            code = code.strip()[-2:]  # "1MO" style prefixes are not read
            if code in DAYS:
                slots.append(Slot(DAYS.index(code), opens, closes))
    return sorted(slots, key=lambda s: (s.day, s.opens))


def opening_state(slots: list[Slot], when: datetime) -> OpeningState:
    if not slots:
        return OpeningState(False, False, None, None, None)
    day, now = when.weekday(), when.hour * 60 + when.minute
    for slot in slots:
        if slot.day == day and slot.opens <= now < slot.closes:
            return OpeningState(True, True, slot.closes, None, None)
    for ahead in range(8):
        check = (day + ahead) % 7
        for slot in slots:
            if slot.day == check and (ahead or slot.opens > now):
                return OpeningState(True, False, None, check, slot.opens)
    return OpeningState(True, False, None, None, None)


def clock(value: int) -> str:
    """Minutes after midnight as 24-hour time, the way Pakistan writes hours on a slip."""
    value = min(value, END_OF_DAY - 1) if value == END_OF_DAY else value
    return f"{value // 60:02d}:{value % 60:02d}"
