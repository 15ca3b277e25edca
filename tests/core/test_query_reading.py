import json
from importlib import resources

import pytest

from referral_app.core.errors import UserError
from referral_app.core.geography import Geography, Place
from referral_app.core.needs import NEED_CODES
from referral_app.core.query_reading import (
    MAX_WORDS,
    QueryReader,
    explanation,
)
from referral_app.core.spelling import spelling_key
from referral_app.core.text import words as folded_words
from referral_app.core.vocabulary import (
    Entry,
    checked_entry,
    entries_from_json,
    phrase_key,
    reviewed_vocabulary,
)


def _geography() -> Geography:
    data = json.loads((resources.files("referral_app.db") / "geography.json").read_text(
        encoding="utf-8"))
    places = [Place(p["code"], p["kind"], p["name"], p.get("name_ur") or "",
                    p.get("parent") or "") for p in data["places"]]
    aliases = [(a, p["code"]) for p in data["places"] for a in p.get("aliases", [])]
    return Geography(places, aliases)


GEOGRAPHY = _geography()
READER = QueryReader(reviewed_vocabulary(), GEOGRAPHY)


def read(text: str, **options):
    reading = READER.read(text, **options)
    return [(p.kind, p.value) for p in reading.parts], list(reading.words)


def test_a_need_and_a_place() -> None:
    assert read("shelter lahore") == ([("need", "shelter"), ("place", "pb-lahore")], [])


@pytest.mark.parametrize("text", ["wakeel", "vakeel", "wakil", "وکیل", "qanooni madad",
                                  "قانونی مدد", "lawyer", "DLEC", "leagl aid"])
def test_ways_of_asking_for_a_lawyer(text) -> None:
    assert read(text)[0] == [("need", "legal")]


def test_old_names_and_short_forms_of_places() -> None:
    assert read("nawabshah")[0] == [("place", "sd-shaheed-benazirabad")]
    assert read("nawab shah")[0] == [("place", "sd-shaheed-benazirabad")]
    assert read("lyallpur")[0] == [("place", "pb-faisalabad")]
    assert read("کراچی")[0][0][1].split()[0] == "sd-karachi-central"  # all seven districts
    assert read("KPK")[0] == [("place", "kp")]


def test_groups_and_small_words() -> None:
    parts, words = read("bachon ki helpline")
    assert parts == [("group", "children")] and words == ["helpline"]
    assert READER.read("bachon ki helpline").fillers == ("ki",)


def test_a_misspelt_word_is_corrected_and_marked() -> None:
    part = READER.read("shleter").parts[0]
    assert (part.value, part.corrected) == ("shelter", True)
    assert not READER.read("shelter").parts[0].corrected


def test_a_word_being_typed_is_not_corrected_while_it_begins_a_known_word() -> None:
    assert read("cour")[0] == []  # court? courses? not yet
    assert read("shel")[0] == []


def test_removed_chips_and_plain_words_stay_words() -> None:
    assert read("shelter lahore", ignored={"lahore"}) == ([("need", "shelter")], ["lahore"])
    assert read("shelter lahore", plain=True) == ([], ["shelter", "lahore"])


def test_two_districts_are_both_read() -> None:
    kinds = read("lahore multan")[0]
    assert kinds == [("place", "pb-lahore"), ("place", "pb-multan")]


@pytest.mark.parametrize("text", ["", "!!!???", "...", "— – ·", "\u200f\u200b\u202e"])
def test_nothing_to_read(text) -> None:
    reading = READER.read(text)
    assert reading.empty
    assert explanation(reading, GEOGRAPHY) == ["nothing to search for: every service matches"]


def test_a_need_that_does_not_exist_stays_a_word() -> None:
    assert read("astrology") == ([], ["astrology"])


def test_bidi_and_zero_width_characters_are_ignored() -> None:
    assert read("\u200fshel\u200bter \u202elahore\u202c") == read("shelter lahore")


def test_mixed_scripts() -> None:
    assert read("shelter لاہور") == read("shelter lahore")
    assert read("وکیل karachi")[0][0] == ("need", "legal")


def test_a_very_long_query_is_cut_and_says_so() -> None:
    reading = READER.read("legal " + "word " * 5000)
    assert len(reading.words) + len(reading.parts) <= MAX_WORDS
    assert reading.left_out > 0 or len(" ".join(reading.words)) < 10_000
    assert READER.read("x" * 10_000).words  # one long word: searched, finds nothing


# -- the vocabulary file ---------------------------------------------------------------------

VOCABULARY = reviewed_vocabulary()


def test_every_need_has_english_urdu_and_roman_urdu_words() -> None:
    for code in NEED_CODES:
        words = VOCABULARY.words_of("need", code)
        assert any(w.isascii() for w in words), code
        assert any(not w.isascii() for w in words), code
        sources = [e.source for e in VOCABULARY.entries if e.value == code]
        assert any("Roman" in s for s in sources), code


def test_every_entry_says_where_its_words_came_from() -> None:
    assert all(len(entry.source) > 20 for entry in VOCABULARY.entries)


def test_no_phrase_means_two_things() -> None:
    meanings: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for entry in VOCABULARY.entries:
        for word in entry.words:
            meanings.setdefault(phrase_key(word), set()).add((entry.kind, entry.value))
    clashes = {k: v for k, v in meanings.items() if len(v) > 1}
    assert not clashes


def test_every_place_in_the_vocabulary_is_in_the_geography() -> None:
    for entry in VOCABULARY.entries:
        if entry.kind == "place":
            assert all(GEOGRAPHY.get(code) for code in entry.value.split()), entry.value


def test_the_vocabulary_words_do_not_hide_place_names() -> None:
    # a need or group word that is also a district's name would take the place away
    places = {phrase_key(n) for code in GEOGRAPHY.places for n in GEOGRAPHY.names_of(code)}
    for entry in VOCABULARY.entries:
        if entry.kind in ("need", "group"):
            assert not {phrase_key(w) for w in entry.words} & places, entry.value


@pytest.mark.parametrize("kind,value,words,source,message", [
    ("colour", "red", ["x"], "s", "not a kind"),
    ("need", "astrology", ["x"], "s", "no need called"),
    ("group", "elders", ["x"], "s", "no group called"),
    ("need", "legal", ["!!!"], "s", "letters or digits"),
    ("need", "legal", ["x" * 61], "s", "at most 60"),
    ("need", "legal", ["x"], " ", "where the words come from"),
    ("need", "legal", [], "s", "at least one word"),
])
def test_bad_additions_are_refused_in_one_sentence(kind, value, words, source, message) -> None:
    with pytest.raises(UserError, match=message):
        checked_entry(kind, value, words, source)


def test_an_added_entry_is_read() -> None:
    entry = checked_entry("need", "shelter", ["sar chupane ki jagah"], "Roman Urdu, a coordinator")
    reader = QueryReader(VOCABULARY.extended([entry]), GEOGRAPHY)
    assert [p.value for p in reader.read("sar chupane ki jagah").parts] == ["shelter"]


def test_a_file_of_additions_is_checked_whole() -> None:
    good = {"kind": "group", "value": "women", "words": ["bibi"], "source": "Urdu for lady"}
    assert entries_from_json({"entries": [good]}, "f") == [Entry("group", "women", ("bibi",),
                                                                 "Urdu for lady")]
    with pytest.raises(UserError, match="f: "):
        entries_from_json({"entries": [good, {**good, "kind": "x"}]}, "f")
    with pytest.raises(UserError, match="list of entries"):
        entries_from_json({"entries": 3}, "f")


def test_keys_are_what_the_reader_looks_up() -> None:
    assert phrase_key("Dar-ul-Aman") == tuple(spelling_key(w) for w in folded_words("dar ul aman"))
