"""How a typed query is read: which words name a need, a group of people or a place.

``shelter lahore`` is read as the need Shelter and the place Lahore; ``qanooni madad`` as Legal
aid; ``leagl aid`` as Legal aid after a spelling correction. Words that name nothing stay plain
words. The search takes the reading as filters and ranking, and shows it as chips that the
caseworker can remove.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from .geography import Geography
from .needs import need as need_named
from .spelling import allowed_edits, spelling_key, within_edits
from .text import words as folded_words
from .vocabulary import Meaning, Vocabulary, phrase_key

MAX_WORDS = 12  # words beyond these are not searched (a pasted paragraph stays fast)
MAX_CHARACTERS = 500  # characters beyond these are not read


@dataclass(frozen=True)
class ReadPart:
    kind: str  # "need", "group" or "place"
    value: str  # a need code, a group, or place codes separated by spaces
    typed: str  # the words as typed, folded: what the caseworker can remove
    corrected: bool = False  # read after a spelling correction

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(self.value.split())


@dataclass(frozen=True)
class Reading:
    parts: tuple[ReadPart, ...] = ()
    words: tuple[str, ...] = ()  # the plain words, folded
    left_out: int = 0  # words beyond MAX_WORDS, not searched
    fillers: tuple[str, ...] = ()  # small words not needed (ki, ka, of, for; single letters)

    def of_kind(self, kind: str) -> tuple[ReadPart, ...]:
        return tuple(part for part in self.parts if part.kind == kind)

    @property
    def needs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(part.value for part in self.of_kind("need")))

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(part.value for part in self.of_kind("group")))

    @property
    def empty(self) -> bool:
        return not self.parts and not self.words


# Tells whether the directory has a word (or, with prefix=True, a word starting so).
KnownWord = Callable[[str, bool], bool]


def _nothing_known(word: str, prefix: bool) -> bool:
    return False


@dataclass
class QueryReader:
    """Reads queries with one vocabulary and one geography (built once, reused per query)."""

    vocabulary: Vocabulary
    geography: Geography
    phrases: dict[tuple[str, ...], list[Meaning]] = field(init=False)

    def __post_init__(self) -> None:
        phrases = {key: list(meanings) for key, meanings in self.vocabulary.phrases.items()
                   if all(m.kind != "place" or self._place_codes(m.value) for m in meanings)}
        for place in self.geography.places.values():
            if place.kind == "country":
                continue  # "Pakistan" and "National" are in too many names to be read as places
            for name in self.geography.names_of(place.code):
                found = self.geography.find(name)
                key = phrase_key(name)
                if found is not None and key and key not in phrases:
                    phrases[key] = [Meaning("place", found.code)]
        for meanings in phrases.values():
            for index, meaning in enumerate(meanings):
                if meaning.kind == "place":
                    meanings[index] = Meaning("place", " ".join(self._place_codes(meaning.value)))
        self.phrases = phrases
        self.longest = max((len(key) for key in phrases), default=1)
        self.first_words = sorted({key[0] for key in phrases})
        self._first_word_set = set(self.first_words)

    def _place_codes(self, value: str) -> list[str]:
        """Place codes of a vocabulary entry (codes or a name), the unknown ones left out."""
        codes = [code for code in value.split() if self.geography.get(code)]
        if not codes:
            found = self.geography.find(value)
            codes = [found.code] if found else []
        return codes

    def read(self, text: str, known: KnownWord = _nothing_known, *,
             ignored: Collection[str] = (), plain: bool = False) -> Reading:
        """The reading of ``text``. Words in ``ignored`` (as a part's ``typed``) and all words
        when ``plain`` stay plain words."""
        typed = folded_words(text[:MAX_CHARACTERS])
        left_out = max(len(typed) - MAX_WORDS, 0)
        typed = typed[:MAX_WORDS]
        if plain or not typed:
            return Reading((), tuple(typed), left_out)
        still_typing = bool(text) and not text[-1].isspace()
        keys = [spelling_key(word) for word in typed]
        corrected = [self._corrected(word, key, known, still_typing and i == len(typed) - 1)
                     for i, (word, key) in enumerate(zip(typed, keys, strict=True))]
        parts: list[ReadPart] = []
        plain_words: list[str] = []
        start = 0
        while start < len(typed):
            found = self._longest(keys, corrected, start, ignored, typed)
            if found is None:
                plain_words.append(typed[start])
                start += 1
                continue
            end, meaning, was_corrected = found
            part = ReadPart(meaning.kind, meaning.value, " ".join(typed[start:end]),
                            was_corrected)
            if all((p.kind, p.value) != (part.kind, part.value) for p in parts):
                parts.append(part)
            start = end
        # small joining words, and single letters (the start of a word being typed: costly
        # to look up, and telling nothing yet), when there is something else to search for
        fillers = [w for w in plain_words
                   if spelling_key(w) in self.vocabulary.fillers or len(w) == 1]
        if fillers and (parts or len(fillers) < len(plain_words)):
            plain_words = [w for w in plain_words if w not in fillers]
        else:
            fillers = []
        return Reading(tuple(parts), tuple(plain_words), left_out, tuple(fillers))

    def _longest(self, keys: list[str], corrected: list[str | None], start: int,
                 ignored: Collection[str], typed: list[str]
                 ) -> tuple[int, Meaning, bool] | None:
        """The longest phrase starting at ``start``: (end, meaning, corrected)."""
        for end in range(min(len(keys), start + self.longest), start, -1):
            if " ".join(typed[start:end]) in ignored:
                continue
            for use_corrections in (False, True):
                key = tuple(
                    (corrected[i] or keys[i]) if use_corrections else keys[i]
                    for i in range(start, end))
                if use_corrections and key == tuple(keys[start:end]):
                    continue
                meanings = self.phrases.get(key)
                if meanings:
                    return end, meanings[0], use_corrections
        return None

    def _corrected(self, word: str, key: str, known: KnownWord, last: bool) -> str | None:
        """The vocabulary word a misspelt word most likely is, or None. A word that the
        directory or the vocabulary has (or, while it is being typed, begins) is not
        corrected."""
        edits = allowed_edits(key)
        if (not edits or key in self.vocabulary.single_words or key in self._first_word_set
                or key in self.vocabulary.fillers):
            return None
        if known(word, last) or (last and self._begins_a_phrase(key)):
            return None
        near = [candidate for candidate in self._candidates(key, edits)
                if within_edits(key, candidate, edits)]
        return min(near, key=lambda c: (abs(len(c) - len(key)), c)) if near else None

    def _candidates(self, key: str, edits: int) -> list[str]:
        return [c for c in self.vocabulary.single_words
                if abs(len(c) - len(key)) <= edits and c[:1] in (key[:1], key[1:2])
                or abs(len(c) - len(key)) <= edits and c[1:2] == key[:1]]

    def _begins_a_phrase(self, key: str) -> bool:
        return any(word.startswith(key) for word in self.vocabulary.single_words)


GROUP_WORDS = {"women": "for women", "children": "for children", "men": "for men"}


def describe(part: ReadPart, geography: Geography) -> str:
    """A part of a reading in English, as the command line prints it."""
    if part.kind == "need":
        return need_named(part.value).label_en
    if part.kind == "group":
        return GROUP_WORDS.get(part.value, part.value)
    names = [place.name for place in map(geography.get, part.codes) if place]
    if len(names) > 2:  # Karachi's seven districts
        return f"covering {part.typed.title()}"
    return "covering " + " or ".join(names)


def explanation(reading: Reading, geography: Geography) -> list[str]:
    """The reading, line by line, for ``referral-app search --explain``."""
    lines = []
    for part in reading.parts:
        fixed = " (spelling corrected)" if part.corrected else ""
        lines.append(f"{part.kind}: {describe(part, geography)}  <- '{part.typed}'{fixed}")
    if reading.words:
        lines.append("words: " + " ".join(reading.words))
    if reading.fillers:
        lines.append("not needed: " + " ".join(reading.fillers))
    if reading.left_out:
        lines.append(f"left out: {reading.left_out} words after the first {MAX_WORDS}")
    if not lines:
        lines.append("nothing to search for: every service matches")
    return lines
