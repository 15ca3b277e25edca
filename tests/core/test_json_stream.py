import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from referral_app.core import json_stream
from referral_app.core.errors import InvalidFileError
from referral_app.core.json_stream import JsonStream


def records(data: bytes, chunk: int | None = None, monkeypatch=None) -> list:
    return [value for _, value in JsonStream(io.BytesIO(data), "f.json").records()]


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        ({"id": "a"}, [{"id": "a"}]),
        ([{"id": "a"}, {"id": "b"}], [{"id": "a"}, {"id": "b"}]),
        ({"total_items": 2, "contents": [{"id": "a"}, {"id": "b"}], "empty": False},
         [{"id": "a"}, {"id": "b"}]),
        ([], []),
        ({"contents": []}, []),
    ],
)
def test_every_top_level_shape(doc, expected) -> None:
    assert records(json.dumps(doc).encode()) == expected


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.dictionaries(st.text(max_size=5), st.one_of(
        st.text(max_size=30), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
        st.booleans(), st.lists(st.integers(), max_size=3)), max_size=4), max_size=8),
    st.integers(min_value=1, max_value=40),
)
def test_records_survive_any_chunk_boundary(items, chunk) -> None:
    old = json_stream.CHUNK
    json_stream.CHUNK = chunk
    try:
        page = json.dumps({"contents": items}, ensure_ascii=False).encode()
        assert records(page) == items
    finally:
        json_stream.CHUNK = old


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"{\"a\": ", "not valid JSON"),
        (b"[{\"a\": 1} {\"b\": 2}]", "expected ',' or ']'"),
        (b"junk", "does not hold a JSON object or list"),
        (b"[1] [2]", "more text after the end"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"name": "\xff\xfe"}', "not valid UTF-8"),
        (b'[{"name": "unterminated}]', "not valid JSON"),
    ],
)
def test_bad_json_is_one_clear_sentence(data: bytes, message: str) -> None:
    with pytest.raises(InvalidFileError) as caught:
        records(data)
    text = str(caught.value)
    assert message in text
    assert text.startswith("f.json ") and text.endswith(".")
    assert "\n" not in text
