import pytest

from referral_app.core.spelling import allowed_edits, spelling_key, within_edits


@pytest.mark.parametrize("spellings", [
    ("wakeel", "vakeel", "wakil", "vakil"),
    ("qanooni", "qanuni", "kanooni"),
    ("panahgah", "panagah", "panahga"),
    ("rozgar", "rozgaar"),
    ("taleem", "talim", "taaleem"),
    ("bachay", "bachey", "bache"),
])
def test_roman_urdu_spellings_share_a_key(spellings) -> None:
    assert len({spelling_key(word) for word in spellings}) == 1


def test_different_words_keep_different_keys() -> None:
    keys = {spelling_key(w) for w in ("shelter", "legal", "lahore", "karachi", "police", "kasur",
                                      "khan", "gaon", "shaheed")}
    assert len(keys) == 9
    assert spelling_key("khan") != spelling_key("kan")  # kh is one letter, not k and h


def test_other_scripts_and_numbers_are_left_alone() -> None:
    assert spelling_key("وکیل") == "وکیل"
    assert spelling_key("1121") == "1121"


def test_edits_allowed_grow_with_the_word() -> None:
    assert [allowed_edits("x" * n) for n in (3, 4, 7, 8, 12)] == [0, 1, 1, 2, 2]


def test_one_edit_counts_a_swap_of_two_letters_as_one() -> None:
    assert within_edits("leagl", "legal", 1)
    assert within_edits("shleter", "shelter", 1)
    assert not within_edits("shelter", "helpers", 1)
    assert within_edits("councelling", "counselling", 1)
    assert not within_edits("abcdefgh", "abcdxyzh", 2)
    assert within_edits("abcdefgh", "abcdxygh", 2)
