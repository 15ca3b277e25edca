import json

import pytest

from tests.cli.test_cli import run


def test_explain_prints_the_reading_before_the_results(capsys, data_dir) -> None:
    code, out, err = run(capsys, "search", "shelter lahore", "--explain", "--limit", "3")
    lines = out.splitlines()
    assert code == 0 and err == ""
    assert lines[:2] == ["read as need: Shelter  <- 'shelter'",
                         "read as place: covering Lahore  <- 'lahore'"]
    assert lines[2].startswith("Dastak — ")


def test_explain_says_when_a_spelling_was_corrected(capsys, data_dir) -> None:
    out = run(capsys, "search", "leagl aid", "--explain")[1]
    assert out.splitlines()[0] == "read as need: Legal aid  <- 'leagl aid' (spelling corrected)"


def test_json_stays_a_list_of_services_with_the_reading_on_stderr(capsys, data_dir) -> None:
    code, out, err = run(capsys, "search", "wakeel karachi", "--json", "--explain")
    results = json.loads(out)
    assert code == 0 and isinstance(results, list) and results
    assert all(r["needs"] == ["legal"] for r in results[:3])
    assert "read as need: Legal aid" in err


def test_plain_searches_the_words_as_typed(capsys, data_dir) -> None:
    assert run(capsys, "search", "wakeel", "--plain")[1] == "No services match.\n"


@pytest.mark.parametrize("text", ["x" * 10_000, "!!!", "\u200f\u202e", "lahore karachi",
                                  "astrology"])
def test_bad_queries_print_results_or_one_line(capsys, data_dir, text) -> None:
    code, out, err = run(capsys, "search", text, "--explain")
    assert code == 0 and err == "" and "Traceback" not in out


def test_vocabulary_add_and_list(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "vocabulary", "add", "need", "shelter", "bibi ghar",
                       "mehfooz ghar", "--source", "words heard at the Multan desk")
    assert code == 0 and out == "added 1 entry to the search vocabulary\n"
    assert run(capsys, "vocabulary", "list")[1] == (
        "need shelter: bibi ghar, mehfooz ghar  (words heard at the Multan desk)\n")
    out = run(capsys, "search", "mehfooz ghar", "--explain", "--limit", "1")[1]
    assert out.startswith("read as need: Shelter")


@pytest.mark.parametrize("args,message", [
    (["need", "astrology", "x", "--source", "s"], "There is no need called 'astrology'"),
    (["place", "Atlantis", "x", "--source", "s"], "There is no place called 'Atlantis'"),
    (["group", "women", "!!!", "--source", "s"], "must have letters or digits"),
    (["need", "legal", "x", "--source", " "], "Say where the words come from"),
])
def test_vocabulary_add_refuses_bad_words_in_one_line(capsys, data_dir, args, message) -> None:
    code, out, err = run(capsys, "vocabulary", "add", *args)
    assert code == 1 and out == "" and message in err and len(err.splitlines()) == 1
    assert run(capsys, "vocabulary", "list")[1] == ""
