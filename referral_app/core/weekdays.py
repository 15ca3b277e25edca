"""Days and times as older directories write them ("Monday", 1, "9:00am", "17:00:00"), in the
form HSDS 3.1 schedules use ("MO", "09:00")."""

from __future__ import annotations

import re

from .opening_hours import DAYS

_DAY_WORDS = {
    "monday": "MO", "mon": "MO", "tuesday": "TU", "tue": "TU", "tues": "TU",
    "wednesday": "WE", "wed": "WE", "thursday": "TH", "thu": "TH", "thurs": "TH",
    "friday": "FR", "fri": "FR", "saturday": "SA", "sat": "SA", "sunday": "SU", "sun": "SU",
    **{code.lower(): code for code in DAYS},
}
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])?\.?m?\.?", re.IGNORECASE)


def day_code(value: object) -> str | None:
    """The HSDS day code of a weekday written as a word, an abbreviation or a number
    (1 = Monday ... 7 = Sunday, as ISO 8601 counts; 0 is also Sunday); None when it is none."""
    text = str(value).strip().lower()
    if text.isdigit():
        number = int(text)
        return DAYS[number - 1] if 1 <= number <= 7 else ("SU" if number == 0 else None)
    return _DAY_WORDS.get(text)


def clock_time(value: object) -> str | None:
    """'9:00am', '09:00:00', '17.30', '5 pm' as 'HH:MM'; None when it is not a time."""
    match = _TIME.fullmatch(str(value).strip())
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if half:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if half == "p" else 0)
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        return None
    return f"{hours:02d}:{minutes:02d}"
