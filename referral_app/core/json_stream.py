"""Read a large JSON document one record at a time, in bounded memory.

An HSDS file may hold a hundred thousand services. Loading it whole would take gigabytes, so the
records of a top-level list, or of the ``contents`` list of an API page, are decoded one by one
with the standard library's decoder over a sliding buffer. Anything else (one service, one
organization) is a single record.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, Protocol

from .errors import InvalidFileError

CHUNK = 1 << 20
# The largest single record accepted: far above any real service, far below the memory we have.
MAX_RECORD_CHARS = 64 << 20


class LongNumber(str):
    """A whole number too long for Python to read (more than 4,300 digits), left as its
    digits, so that the record checks name the record and the field it is in
    (``hsds_records``) instead of the whole file failing."""


def _whole_number(text: str) -> int | LongNumber:
    try:
        return int(text)
    except ValueError:  # Python's limit on the digits it converts
        return LongNumber(text)


_DECODER = json.JSONDecoder(parse_int=_whole_number)
_WHITESPACE = " \t\n\r"
_LOOKAHEAD = 256


class BinaryReader(Protocol):
    """What the stream needs of a file: ``read(size)`` returning bytes, b"" at the end."""

    def read(self, size: int = -1, /) -> bytes: ...


class JsonStream:
    """Yields the records of one JSON document read from a binary file."""

    def __init__(self, file: BinaryReader, name: str) -> None:
        self._file = file
        self._name = name
        self._utf8 = codecs.getincrementaldecoder("utf-8")("strict")
        self._buf = ""
        self._pos = 0
        self._consumed = 0  # characters dropped from the front of the buffer
        self._bytes_read = 0
        self._eof = False
        self._keep_text = False
        self._last_text = ""  # with ``_keep_text``: the text of the last value decoded

    def records_as_read(self) -> Iterator[tuple[str, Any, str]]:
        """As ``records``, with the text each record was decoded from ("" for a document
        that is one record)."""
        self._keep_text = True
        for where, value in self.records():
            yield where, value, self._last_text
            self._last_text = ""

    def records(self) -> Iterator[tuple[str, Any]]:
        """Pairs of (where, value): the position of each record and the record itself."""
        first = self._next_char()
        if first == "":
            self._fail("is empty")
        if first == "[":
            yield from self._array_items("")
        elif first == "{":
            yield from self._object_or_page()
        else:
            self._fail("does not hold a JSON object or list at its top level")
        if self._next_char() != "":
            self._fail(f"has more text after the end of the JSON document {self._where()}")

    # -- the two top-level shapes -------------------------------------------------------------

    def _array_items(self, prefix: str) -> Iterator[tuple[str, Any]]:
        self._pos += 1  # the "["
        index = 0
        if self._next_char() == "]":
            self._pos += 1
            return
        while True:
            yield f"{prefix}[{index}]", self._value()
            index += 1
            sep = self._next_char()
            self._pos += 1
            if sep == "]":
                return
            if sep != ",":
                self._fail(f"is not valid JSON: expected ',' or ']' {self._where(-1)}")

    def _object_or_page(self) -> Iterator[tuple[str, Any]]:
        self._pos += 1  # the "{"
        members: dict[str, Any] = {}
        streamed = False
        if self._next_char() == "}":
            self._pos += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    self._fail(f"is not valid JSON: expected a property name {self._where()}")
                if self._next_char() != ":":
                    self._fail(f"is not valid JSON: expected ':' {self._where()}")
                self._pos += 1
                if key == "contents" and self._next_char() == "[" and not streamed:
                    streamed = True
                    yield from self._array_items("contents")
                else:
                    members[key] = self._value()
                sep = self._next_char()
                self._pos += 1
                if sep == "}":
                    break
                if sep != ",":
                    self._fail(f"is not valid JSON: expected ',' or '}}' {self._where(-1)}")
        if not streamed:
            self._last_text = ""  # one record, read member by member: no text of its own
            yield "", members

    # -- decoding one value from the buffer ---------------------------------------------------

    def _value(self) -> Any:
        self._next_char()
        # Numbers and words are decoded whole only if the buffer holds their end.
        while len(self._buf) - self._pos < _LOOKAHEAD and self._fill():
            pass
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buf, self._pos)
            except json.JSONDecodeError as error:
                if self._may_be_cut(error) and self._fill():
                    continue
                self._fail(f"is not valid JSON: {error.msg} {self._where_at(error.pos)}")
            except RecursionError:
                self._fail(f"is nested too deeply to be an HSDS record {self._where()}")
            if self._keep_text:
                self._last_text = self._buf[self._pos:end]
            self._pos = end
            return value

    def _may_be_cut(self, error: json.JSONDecodeError) -> bool:
        """Whether a decoding error may only mean the value goes on past the buffer."""
        if self._eof:
            return False
        return error.pos >= len(self._buf) - 1 or error.msg.startswith("Unterminated string")

    def _next_char(self) -> str:
        """The next character that is not white space, or "" at the end of the file."""
        while True:
            buf, pos = self._buf, self._pos
            while pos < len(buf) and buf[pos] in _WHITESPACE:
                pos += 1
            self._pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self._fill():
                return ""

    def _fill(self) -> bool:
        """Read more of the file into the buffer; False at the end of the file."""
        if self._eof:
            return False
        if len(self._buf) - self._pos > MAX_RECORD_CHARS:
            self._fail(f"has a record larger than {MAX_RECORD_CHARS >> 20} MB {self._where()}")
        chunk = self._file.read(CHUNK)
        try:
            text = self._utf8.decode(chunk, final=not chunk)
        except UnicodeDecodeError as error:
            at = self._bytes_read + error.start
            self._fail(f"is not valid UTF-8 text (bad byte at byte {at}); save it as UTF-8")
        if not self._bytes_read and text.startswith("\ufeff"):
            text = text[1:]  # a byte-order mark, as Windows and Excel write: not content
        self._bytes_read += len(chunk)
        self._eof = not chunk
        self._consumed += self._pos
        self._buf = self._buf[self._pos :] + text
        self._pos = 0
        return True

    def _where(self, shift: int = 0) -> str:
        return self._where_at(self._pos + shift)

    def _where_at(self, pos: int) -> str:
        return f"(at character {self._consumed + pos + 1})"

    def _fail(self, message: str) -> Any:
        raise InvalidFileError(f"{self._name} {message}.")
