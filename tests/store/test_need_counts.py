from datetime import datetime

import pytest

from referral_app.core.models import SearchFilters
from referral_app.store import search_session
from referral_app.store.directory import Directory
from referral_app.store.need_counts import NeedCounter
from tests.conftest import write_json
from tests.fixtures.services import page, service

TEXTS = ["", "a", "l", "le", "legal", "legal a", "help", "lah", "0300", "multan desk", "x",
         "کراچی", "ق", "zzz", "women cent", "  ", "\"", "*",
         # read as needs, places and groups, spellings and near words (the search's reading)
         "shelter lahore", "wakeel", "qanooni madad", "nawabshah", "shleter", "women", "bachay",
         "legal lahore women", "vakeel karachi"]
FILTERS = [
    SearchFilters(),
    SearchFilters(needs=("legal",)),
    SearchFilters(needs=("shelter", "legal")),
    SearchFilters(district="Multan"),
    SearchFilters(province="Sindh"),
    SearchFilters(language="Urdu"),
    SearchFilters(gender="female"),
    SearchFilters(gender="male", needs=("health",)),
    SearchFilters(children=True),
    SearchFilters(free_only=True),
    SearchFilters(verified_since="2020-01-01"),
    SearchFilters(include_inactive=True),
    SearchFilters(open_at=datetime(2026, 11, 30, 10, 0)),
]


def test_counts_are_those_of_the_search_index_for_every_query(directory) -> None:
    """The starter directory's 47 real services: the bit sets give exactly the counts that
    counting in the index gives, for words, prefixes, Urdu, and every kind of filter."""
    counter = NeedCounter(directory.db.conn, directory.geography, directory.plan)
    counter.warm("alq")
    for text in TEXTS:
        for filters in FILTERS:
            expected = (directory.count(text, filters), directory.need_counts(text, filters))
            assert counter.counts(text, filters) == expected, (text, filters)


def test_counts_follow_a_change_of_the_directory(empty_directory, tmp_path) -> None:
    empty_directory.import_file(write_json(tmp_path / "a.json", page(
        service("Multan Legal Desk", needs=("legal",), area="Multan"))))
    reader = Directory.reader(empty_directory.path)
    counter = NeedCounter(reader.db.conn, reader.geography, reader.plan)
    assert counter.counts("mult", SearchFilters()) == (1, pytest.approx(
        {**{code: 0 for code in counter.counts("", SearchFilters())[1]}, "legal": 1}))
    empty_directory.import_file(write_json(tmp_path / "b.json", page(
        service("Multan Shelter", needs=("shelter",), area="Multan"),
        service("Multan Legal Aid", needs=("legal",), area="Multan"))))
    total, counts = counter.counts("mult", SearchFilters())  # the same words, looked up anew
    assert total == 3 and counts["legal"] == 2 and counts["shelter"] == 1
    assert counter.counts("mult", SearchFilters(needs=("shelter",)))[0] == 1
    reader.db.conn.close()


def test_the_window_sessions_count_and_look_up_letters_ahead(directory) -> None:
    path = directory.path
    left = search_session.warm_counts(path, "abc", seconds=0)
    assert left == "bc"  # one letter at least, then the time is up
    assert search_session.warm_counts(path, left, seconds=10) == ""
    assert search_session.counts(path, "a", SearchFilters()) == (
        directory.count("a"), directory.need_counts("a"))


def test_the_sessions_keep_few_directories_open(tmp_path) -> None:
    folders = [tmp_path / f"d{n}" for n in range(search_session.COUNTERS_KEPT + 2)]
    for folder in folders:
        Directory.open(folder, starter=False).close()
        assert search_session.counts(folder / "directory.db", "", SearchFilters())[0] == 0
    assert len(search_session._counters) == search_session.COUNTERS_KEPT
    assert folders[0] / "directory.db" not in search_session._counters
    # asked again, the first is opened again
    assert search_session.counts(folders[0] / "directory.db", "", SearchFilters())[0] == 0


def test_counts_hold_past_the_first_64_services(empty_directory, tmp_path) -> None:
    """Bit sets are built 64 services at a time: every 64th service (its top bit) and the
    last ones of a directory of 200 count like the index counts them."""
    needs = ("legal", "shelter", "health", "education")
    empty_directory.import_file(write_json(tmp_path / "many.json", page(*(
        service(f"Desk {number:03d} {'Multan' if number % 3 else 'Quetta'}",
                needs=(needs[number % 4],), area="Multan" if number % 3 else "Quetta")
        for number in range(200)))))
    keys = [key for (key,) in empty_directory.db.execute("SELECT key FROM service")]
    assert max(keys) >= 191 and any(key % 64 == 63 for key in keys)
    counter = NeedCounter(empty_directory.db.conn, empty_directory.geography,
                          empty_directory.plan)
    for text in ("", "desk", "mult", "quetta", "d"):
        for filters in (SearchFilters(), SearchFilters(needs=("shelter",)),
                        SearchFilters(district="Multan")):
            expected = (empty_directory.count(text, filters),
                        empty_directory.need_counts(text, filters))
            assert counter.counts(text, filters) == expected, (text, filters)
    assert counter.counts("desk", SearchFilters())[0] == 200
