import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from referral_app.core.text import fold, prefix_query, words


@pytest.mark.parametrize(
    ("arabic", "urdu"),
    [("كراچی", "کراچی"), ("پاكستان", "پاکستان"), ("علي", "علی"), ("لاهور", "لاہور")],
)
def test_arabic_letters_fold_to_urdu_ones(arabic: str, urdu: str) -> None:
    assert fold(arabic) == fold(urdu)


def test_case_diacritics_digits_and_invisible_marks_fold_away() -> None:
    assert fold("CAFÉ") == "cafe"
    assert fold("مَدَد") == fold("مدد")  # zabar removed
    assert fold("۱۱۱-۲۴۷-۷۸۶") == "111-247-786"  # Urdu digits
    assert fold("١٢٣") == "123"  # Arabic-Indic digits
    assert fold("\u2066111\u2069") == "111"  # isolates around a phone number
    assert fold("مـدد") == fold("مدد")  # tatweel


def test_words_split_like_the_index() -> None:
    assert words("Dar-ul-Aman, Lahore!") == ["dar", "ul", "aman", "lahore"]
    assert words("under_score") == ["under", "score"]


@pytest.mark.parametrize(
    "text",
    ['"', "*", "-", "NEAR", "NEAR(a b)", "(", ")", "a OR b", "AND", "NOT x", "^a", "col:x", "'"],
)
def test_query_syntax_typed_by_a_person_is_only_words(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 0')")
    conn.execute("INSERT INTO t VALUES ('near or and not col x a b')")
    query = prefix_query(text)
    if query is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", [query]).fetchall()


def test_a_query_without_words_is_none() -> None:
    assert prefix_query("  ,;-* ") is None


@given(st.text())
def test_any_text_gives_a_valid_query(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 0')")
    query = prefix_query(text)
    if query is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", [query]).fetchall()


_MIXED = st.text(alphabet=st.sampled_from(
    list("abcXYZ 09İıßΣσς") + ["\u0643", "\u064a", "\u0647", "\u064e", "\u0670", "\u0640",
                             "\u200f", "\u06f5", "\u0627", "\u06a9", "\u00e9", "\u0301"]))


@given(st.lists(_MIXED, max_size=6))
def test_folding_part_by_part_equals_folding_the_joined_text(parts) -> None:
    # The index folds the parts of a service's text one by one (quicker for English parts).
    assert " ".join(fold(p) for p in parts if p) == fold(" ".join(p for p in parts if p))


def test_set_apart_keeps_a_value_whole_in_its_own_direction() -> None:
    from referral_app.core.text import set_apart

    assert set_apart("09:00-17:00") == "\u206809:00-17:00\u2069"
    assert set_apart("") == ""
    # the marks are invisible to search: folding drops them
    assert fold(set_apart("Karachi")) == "karachi"
