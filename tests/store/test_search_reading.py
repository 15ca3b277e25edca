"""The directory's search with the query read: bad input, the same order whichever way the
directory came in, words added to the vocabulary."""

import pytest

from referral_app.core.errors import UserError
from referral_app.core.models import SearchFilters
from referral_app.core.vocabulary import checked_entry
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.relevance import MADE_UP_QUERIES, STARTER_QUERIES, made_up_page

BAD_QUERIES = [
    "x" * 10_000,
    "shelter " * 2_000,
    "!!!???.,;:'\"()[]{}*-+",
    "shelter لاہور وکیل karachi",
    "\u200fshel\u200bter \u202elahore\u202c \u2066x\u2069",
    "lahore karachi",
    "astrology",
    '"NEAR(" OR AND NOT *',
    "\x00\x01\x02",
]


@pytest.fixture(scope="module")
def starter(tmp_path_factory):
    directory = Directory.open(tmp_path_factory.mktemp("starter"))
    yield directory
    directory.close()


@pytest.mark.parametrize("text", BAD_QUERIES)
def test_bad_queries_give_results_or_nothing_never_an_error(starter, text) -> None:
    found = starter.search(text, limit=20)
    assert len(found) == min(starter.count(text), 20)
    for order in ("name", "district"):
        assert len(starter.search(text, order=order, limit=5)) == len(found[:5])


def test_two_districts_find_what_covers_both(starter) -> None:
    found = starter.search("lahore karachi")
    assert found and all(s.province in ("", "National") or not s.district for s in found[:3])


def test_the_same_directory_from_json_or_csv_gives_the_same_order(tmp_path) -> None:
    one = Directory.open(tmp_path / "json", starter=False)
    one.import_file(write_json(tmp_path / "made-up.json", made_up_page()))
    one.export_package(tmp_path / "csv")
    two = Directory.open(tmp_path / "from-csv", starter=False)
    two.import_file(tmp_path / "csv")
    try:
        for case in MADE_UP_QUERIES + STARTER_QUERIES[:20]:
            assert ([s.id for s in one.search(case.query)]
                    == [s.id for s in two.search(case.query)]), case.query
    finally:
        one.close()
        two.close()


def test_a_need_word_is_read_but_services_that_only_mention_it_still_follow(starter) -> None:
    found = starter.search("shelter")
    assert [s.needs for s in found[:6]] == [("shelter",)] * 6
    assert any(s.needs != ("shelter",) for s in found[6:])  # they say "shelter" in their text


def test_place_ranks_own_district_then_province_then_national(starter) -> None:
    found = starter.search("shelter lahore")
    assert [s.name for s in found][:3] == ["Dastak", "Dar-ul-Aman (Women Shelter Homes), Punjab",
                                           "Shaheed Benazir Bhutto Centres for Women "
                                           "(crisis centres)"]


def test_plain_words_and_removed_chips(starter) -> None:
    assert starter.search("wakeel", SearchFilters(plain_words=True)) == []
    assert starter.search("wakeel", SearchFilters(unread=("wakeel",))) == []
    assert len(starter.search("wakeel")) == 6


def test_a_word_that_matches_nothing_finds_words_an_edit_away(empty_directory,
                                                                 tmp_path) -> None:
    from tests.fixtures.services import page, service
    empty_directory.import_file(write_json(tmp_path / "s.json", page(
        service("Zarina Training House", needs=("education",)),
        service("Zarena Training House", needs=("education",)),
        service("Gul Cafe", needs=("livelihood",)))))
    assert [s.name for s in empty_directory.search("zarena")] == ["Zarena Training House"]
    assert [s.name for s in empty_directory.search("zareena")] == ["Zarina Training House"]
    assert [s.name for s in empty_directory.search("zarxna")] == [
        "Zarena Training House", "Zarina Training House"]  # one edit from each
    assert empty_directory.search("gol") == []  # under four letters: no edits


def test_words_added_to_the_vocabulary_are_read_and_kept(data_dir) -> None:
    with Directory.open(data_dir) as directory:
        assert directory.search("bibi ghar") == []
        entry = checked_entry("need", "shelter", ["bibi ghar"], "a coordinator in Multan")
        assert directory.add_vocabulary([entry]) == 1
        assert directory.add_vocabulary([entry]) == 0  # once is enough
        assert len(directory.search("bibi ghar")) == 6
    with Directory.open(data_dir) as again:
        assert again.added_vocabulary() == [entry]
        assert len(again.search("bibi ghar")) == 6


def test_a_place_that_the_geography_does_not_know_reads_as_nothing(data_dir) -> None:
    with Directory.open(data_dir) as directory:
        directory.add_vocabulary([checked_entry("place", "xx-nowhere", ["nowhereville"], "t")])
        assert directory.read_query("nowhereville").words == ("nowhereville",)
        with pytest.raises(UserError):
            checked_entry("place", "", ["x"], "t")
