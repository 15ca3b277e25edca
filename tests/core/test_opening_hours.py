from datetime import datetime

from referral_app.core.opening_hours import clock, minutes, opening_state, weekly_slots

WEEKDAYS = {"freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR", "opens_at": "09:00",
            "closes_at": "17:00"}
MONDAY_10 = datetime(2026, 11, 30, 10, 0)  # a Monday
FRIDAY_18 = datetime(2026, 12, 4, 18, 0)


def test_open_during_its_hours() -> None:
    state = opening_state(weekly_slots([WEEKDAYS]), MONDAY_10)
    assert state.known and state.open_now and state.closes == 17 * 60


def test_closed_on_friday_evening_opens_monday() -> None:
    state = opening_state(weekly_slots([WEEKDAYS]), FRIDAY_18)
    assert state.known and not state.open_now
    assert (state.next_day, state.next_opens) == (0, 9 * 60)


def test_round_the_clock() -> None:
    always = {"byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}
    assert opening_state(weekly_slots([always]), datetime(2026, 12, 5, 23, 58)).open_now


def test_unreadable_hours_are_unknown_not_guessed() -> None:
    for schedule in ({"description": "six days a week"}, {"byday": "MO", "opens_at": "late"},
                     {"freq": "MONTHLY", "byday": "MO", "opens_at": "09:00",
                      "closes_at": "10:00"}):
        assert not opening_state(weekly_slots([schedule]), MONDAY_10).known


def test_times() -> None:
    assert minutes("09:30:00") == 570 and minutes("x") is None and minutes("25:00") is None
    assert clock(570) == "09:30"
