"""Referral figures: what a laptop tells the coordinator about its referrals, anonymised before
the file is written, and signed by the laptop like its corrections.

The file holds counts only, in three tables: referrals by month, need, district of the
receiving service and outcome; referrals by receiving service and outcome; days from the
referral to its follow-up date, by month and need, in bands. A count under ``SMALLEST`` is
left out (only how many cells were left out is said). Never in the file: a case code, a date
finer than a month, any written text, an age, a sex, a disability, a caseworker's code. The
file is readable JSON; the signature covers the figures in a canonical form (sorted keys, no
spaces), so whoever receives it sees exactly what was signed. See docs/referral-figures.md.
"""

from __future__ import annotations

import base64
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from .bundle import fingerprint, public_key_text
from .errors import InvalidFileError
from .needs import NEED_CODES
from .referral import Outcome, Referral
from .signed_corrections import laptop_key

if TYPE_CHECKING:  # loaded where a key is used
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

FORMAT = 1
KIND = "referral figures"
SMALLEST = 5  # a count under this is never written
UNKNOWN = "unknown"  # a need or a place the directory no longer knows
OUTCOMES = tuple(outcome.value for outcome in Outcome)
# the referral did not reach the service's help because of the service
FAILED = (Outcome.UNAVAILABLE.value, Outcome.NO_ANSWER.value)
DAY_BANDS = ("0-2 days", "3-7 days", "8-14 days", "15-30 days", "over 30 days")
LARGEST_FILE = 20 * 1024 * 1024

TABLES: dict[str, tuple[str, ...]] = {
    "referrals": ("month", "need", "place", "outcome"),
    "services": ("service", "outcome"),
    "follow_up": ("month", "need", "days"),
}

_MONTH = re.compile(r"(19|20)\d\d-(0[1-9]|1[0-2])")
_PLACE = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")
_SERVICE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
_VALID: dict[str, Any] = {
    "month": _MONTH.fullmatch,
    "need": lambda v: v in NEED_CODES or v == UNKNOWN,
    "place": _PLACE.fullmatch,
    "outcome": lambda v: v in OUTCOMES,
    "service": _SERVICE.fullmatch,
    "days": lambda v: v in DAY_BANDS,
}

Cells = dict[tuple[str, ...], int]


@dataclass(frozen=True)
class ReferralFact:
    """One receiving service of one referral, for one need, with nothing that names anyone."""

    month: str
    need: str
    place: str  # the receiving service's district (or province, or "pk" when national)
    service: str  # the directory id of the receiving service
    outcome: str
    follow_up_days: int | None
    referral: int  # which referral it is of those counted (never written): a group's size


@dataclass(frozen=True)
class Figures:
    tables: dict[str, Cells]
    left_out: dict[str, int]  # cells under SMALLEST left out, per table

    def total(self, table: str = "referrals") -> int:
        return sum(self.tables[table].values())


@dataclass(frozen=True)
class SignedFigures:
    """A figures file whose signature is good; ``key`` signed it."""

    key: Ed25519PublicKey
    sequence: int  # grows with every change of the laptop's casework: the newer file wins
    made_in: str  # YYYY-MM
    figures: Figures
    canonical: bytes  # the signed figures, as kept by the coordinator

    @property
    def key_id(self) -> str:
        return fingerprint(self.key)


# -- from referrals to figures ------------------------------------------------------------------

def referral_facts(referrals: Iterable[Referral],
                   services: Mapping[str, tuple[str, tuple[str, ...]]]) -> list[ReferralFact]:
    """A fact per receiving service and need. ``services`` gives, for a directory id, the place
    of the service and the needs it serves. A referral counts under each of its needs that the
    service serves (all of its needs when the service serves none of them)."""
    facts: list[ReferralFact] = []
    for number, referral in enumerate(referrals):
        month = referral.created[:7]
        if not _MONTH.fullmatch(month):
            continue
        for sent in referral.services:
            place, serves = services.get(sent.service_id, (UNKNOWN, ()))
            wanted = [n for n in referral.needs if n in NEED_CODES]
            needs = [n for n in wanted if n in serves] or wanted or [UNKNOWN]
            service = sent.service_id if _SERVICE.fullmatch(sent.service_id) else UNKNOWN
            days = _days(sent.sent_on or referral.created, sent.follow_up)
            facts.extend(ReferralFact(month, need, place, service, sent.outcome.value, days,
                                      number) for need in needs)
    return facts


def _days(start: str, follow_up: str) -> int | None:
    try:
        days = (date.fromisoformat(follow_up[:10]) - date.fromisoformat(start[:10])).days
    except ValueError:
        return None
    return days if days >= 0 else None


def day_band(days: int) -> str:
    for band, top in zip(DAY_BANDS, (2, 7, 14, 30), strict=False):
        if days <= top:
            return band
    return DAY_BANDS[-1]


def figures_from(facts: Iterable[ReferralFact]) -> Figures:
    """The three tables counted from the facts, every cell that fewer than SMALLEST
    referrals make left out: one referral counted five times (for five needs, or to five
    services) is still a group of one."""
    counted: dict[str, Counter[tuple[str, ...]]] = {name: Counter() for name in TABLES}
    groups: dict[str, dict[tuple[str, ...], set[int]]] = {name: defaultdict(set)
                                                         for name in TABLES}
    for fact in facts:
        cells = [("referrals", (fact.month, fact.need, fact.place, fact.outcome)),
                 ("services", (fact.service, fact.outcome))]
        if fact.follow_up_days is not None:
            cells.append(("follow_up", (fact.month, fact.need, day_band(fact.follow_up_days))))
        for name, key in cells:
            counted[name][key] += 1
            groups[name][key].add(fact.referral)
    tables = {name: {k: v for k, v in cells.items() if len(groups[name][k]) >= SMALLEST}
              for name, cells in counted.items()}
    left_out = {name: len(cells) - len(tables[name]) for name, cells in counted.items()}
    return Figures(tables, left_out)


# -- the file -----------------------------------------------------------------------------------

def figures_body(figures: Figures, sequence: int, made_in: str) -> dict[str, Any]:
    """What the file says, as JSON values: the part the laptop signs."""
    return {
        "kind": KIND,
        "format": FORMAT,
        "made_in": made_in,
        "sequence": sequence,
        "smallest_count": SMALLEST,
        "tables": {name: {"columns": [*columns, "count"],
                          "rows": [[*key, count] for key, count in sorted(
                              figures.tables[name].items())]}
                   for name, columns in TABLES.items()},
        "left_out": {name: figures.left_out.get(name, 0) for name in TABLES},
    }


def canonical(body: Mapping[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def signed_figures_file(figures: Figures, sequence: int, made_in: str,
                        key: Ed25519PrivateKey) -> str:
    body = figures_body(figures, sequence, made_in)
    public = key.public_key()
    text = json.dumps({
        "format": FORMAT,
        "kind": KIND,
        "laptop_key": public_key_text(public).strip(),
        "key_id": fingerprint(public),
        "figures": body,
        "signature": base64.b64encode(key.sign(canonical(body))).decode("ascii"),
    }, ensure_ascii=False, indent=1)
    # a row (a list of plain values) on one line, so that a caseworker can read the file
    # (JSON text has no raw line break inside a string: only the layout is changed)
    return _SCALAR_LIST.sub(lambda m: re.sub(r"\n\s*", " ", m.group(0)), text) + "\n"


_SCALAR_LIST = re.compile(r'\[(?:\s*(?:"[^"\\\n]*"|-?\d+),?)+\s*\]')


def read_figures_file(data: bytes, name: str) -> SignedFigures:
    """The figures in a file, once its signature is checked against the key it names and every
    count is checked; anything else is refused with one sentence."""
    if len(data) > LARGEST_FILE:
        raise InvalidFileError(f"{name} is too large to be a referral figures file; nothing "
                               "was taken from it.")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _not_figures(name, "it is not readable JSON") from error
    if not isinstance(raw, dict) or raw.get("kind") != KIND:
        raise _not_figures(name, "it does not say it holds referral figures")
    form = raw.get("format")
    if isinstance(form, int) and not isinstance(form, bool) and form > FORMAT:
        raise InvalidFileError(f"{name} was made by a newer version of Referral App (figures "
                               f"format {form}); install the newer version first.")
    if "signature" not in raw:
        raise InvalidFileError(f"{name} is not signed by a laptop; nothing was taken from it. "
                               "Ask the caseworker to send it again with File > Send referral "
                               "figures.")
    body, signature = raw.get("figures"), raw.get("signature")
    if form != FORMAT or not isinstance(body, dict) or not isinstance(signature, str):
        raise _not_figures(name, "its figures or signature are missing")
    signed = canonical(body)
    return read_body(body, name, laptop_key(raw, signature, signed, name), signed)


_BODY_FIELDS = frozenset({"kind", "format", "made_in", "sequence", "smallest_count", "tables",
                          "left_out"})


def read_body(body: Mapping[str, Any], name: str, key: Ed25519PublicKey,
              signed: bytes) -> SignedFigures:
    # the coordinator keeps the signed body as it is: nothing but what a laptop writes
    if set(body) != _BODY_FIELDS or body.get("kind") != KIND or body.get("format") != FORMAT \
            or body.get("smallest_count") != SMALLEST:
        raise _not_figures(name, "it holds fields a laptop never writes")
    sequence, made_in = body.get("sequence"), body.get("made_in")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 0:
        raise _not_figures(name, "its sequence number is missing")
    if not isinstance(made_in, str) or not _MONTH.fullmatch(made_in):
        raise _not_figures(name, "the month it was made in is missing")
    return SignedFigures(key, sequence, made_in, body_figures(body, name), signed)


def body_figures(body: Mapping[str, Any], name: str) -> Figures:
    """The tables of a figures file's body, each row checked."""
    tables, left_out = body.get("tables"), body.get("left_out")
    if not isinstance(tables, dict) or set(tables) != set(TABLES) \
            or not isinstance(left_out, dict) or set(left_out) != set(TABLES):
        raise _not_figures(name, "its tables are not the three a laptop writes")
    found = {table: _cells(tables[table], table, name) for table in TABLES}
    skipped = {table: left_out[table] for table in TABLES}
    if any(not isinstance(v, int) or isinstance(v, bool) or v < 0 for v in skipped.values()):
        raise _not_figures(name, "its count of cells left out is not a number")
    return Figures(found, skipped)


def _cells(table: Any, which: str, name: str) -> Cells:
    """The rows of one table, each checked: its length, a whole count of SMALLEST or more, and
    every value one a laptop writes (checked once per distinct value: files are large)."""
    columns = [*TABLES[which], "count"]
    rows = table.get("rows") if isinstance(table, dict) else None
    if not isinstance(table, dict) or set(table) != {"columns", "rows"} \
            or table.get("columns") != columns or not isinstance(rows, list):
        raise _not_figures(name, f"its table '{which}' does not have the columns "
                                 f"{', '.join(columns)}")
    cells: Cells = {}
    for number, row in enumerate(rows, start=1):
        if type(row) is not list or len(row) != len(columns) \
                or not all(type(value) is str for value in row[:-1]):
            raise _not_figures(name, f"row {number} of '{which}' is not a row of figures")
        count = row[-1]
        if type(count) is not int or not 0 < count < 10**9:
            raise _not_figures(name, f"row {number} of '{which}' has no count")
        if count < SMALLEST:
            raise InvalidFileError(
                f"{name} holds a count under {SMALLEST} (row {number} of '{which}'), which "
                "Referral App never sends; nothing was taken from it.")
        key = tuple(row[:-1])
        if key in cells:
            raise _not_figures(name, f"row {number} of '{which}' repeats an earlier row")
        cells[key] = count
    for place, column in enumerate(TABLES[which]):
        valid = _VALID[column]
        for value in {key[place] for key in cells}:
            if not valid(value):
                number = next(n for n, key in enumerate(cells, start=1) if key[place] == value)
                raise _not_figures(name, f"row {number} of '{which}' has a {column} that is "
                                         "not one a laptop writes")
    return cells


def _not_figures(name: str, why: str) -> InvalidFileError:
    return InvalidFileError(f"{name} is not a referral figures file from Referral App ({why}); "
                            "nothing was taken from it.")
