"""What the search index holds for one service, and the tag words that filters match.

Pure functions: the store gathers the facts of a service, these turn them into the index row,
the places it covers and where it shows in the results list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import needs as needs_module
from .geography import NATIONAL, Geography, Place
from .text import fold

# Language names to ISO 639 codes, for the languages of Pakistan and the working languages.
LANGUAGE_CODES = {
    "urdu": "ur", "english": "en", "punjabi": "pa", "pashto": "ps", "pushto": "ps",
    "sindhi": "sd", "saraiki": "skr", "seraiki": "skr", "balochi": "bal", "baluchi": "bal",
    "hindko": "hno", "brahui": "brh", "shina": "scl", "balti": "bft", "burushaski": "bsk",
    "kashmiri": "ks", "khowar": "khw", "arabic": "ar", "persian": "fa", "dari": "prs",
    "اردو": "ur", "پنجابی": "pa", "پشتو": "ps", "سندھی": "sd", "سرائیکی": "skr", "بلوچی": "bal",
}
LISTED_STATUSES = ("active", "temporarily closed")


@lru_cache(maxsize=8192)
def tag(kind: str, value: str) -> str:
    """A filter word: letters and digits only, so the index keeps it whole."""
    return kind + re.sub(r"[^a-z0-9]", "", value.lower())


def language_code(name: str, code: str = "") -> str:
    code = code.strip().lower()
    if code:
        return code
    return LANGUAGE_CODES.get(fold(name).strip(), fold(name).strip())


@dataclass
class ServiceFacts:
    """Everything the index needs about one service, gathered from the store."""

    key: int
    row: dict[str, object]
    needs: list[str] = field(default_factory=list)
    organization: list[str] = field(default_factory=list)  # names of its organization
    locations: list[list[str]] = field(default_factory=list)  # names of each location
    addresses: list[tuple[str, str, str]] = field(default_factory=list)  # city, region, province
    areas: list[str] = field(default_factory=list)
    languages: list[tuple[str, str]] = field(default_factory=list)  # (name, code)
    phones: list[str] = field(default_factory=list)  # its own, then its locations'


@dataclass(frozen=True)
class IndexEntry:
    key: int
    names: str
    organization: str
    body: str
    tags: str
    coverage: tuple[str, ...]
    sort_name: str
    city: str
    district: str
    province: str
    need_codes: str  # for the results list, so that it needs no second query
    phone_numbers: str  # the first few, one per line

    def list_columns(self) -> dict[str, str]:
        """The service table's columns derived for sorting and the results list."""
        return dict(zip(LIST_COLUMNS, self.list_values(), strict=True))

    def list_values(self) -> tuple[str, ...]:
        """The values of ``list_columns``, in their order."""
        return (self.sort_name, self.city, self.district, self.province, self.need_codes,
                self.phone_numbers)


LIST_COLUMNS = ("sort_name", "city", "district", "province", "need_codes", "phone_numbers")


SUMMARY_PHONES = 3


def index_entry(facts: ServiceFacts, geography: Geography) -> IndexEntry:
    row = facts.row
    where = _whereabouts(facts, geography)
    coverage = _coverage(facts, geography)
    place_names: list[str] = []
    for code in {*coverage, *(p.code for p in where if p)}:
        place_names += geography.names_of(code)
    need_labels = []
    for code in facts.needs:
        need = needs_module.need(code)
        need_labels += [need.label_en, need.label_ur]
    language_names = [name for name, _ in facts.languages]
    body_parts = [
        row.get("description"), row.get("description_ur"), *need_labels,
        *(a[0] for a in facts.addresses), *place_names, *language_names, *facts.phones,
        *(name for names in facts.locations for name in names),
    ]
    tags = [tag("need", code) for code in facts.needs]
    for code in coverage:
        tags.append(tag("in", code))
        place = geography.get(code)
        if place and place.kind == "district":
            tags.append(tag("within", place.parent))
    tags += sorted({tag("lang", language_code(n, c)) for n, c in facts.languages})
    if row.get("gender"):
        tags.append(tag("only", str(row["gender"])))
    if row.get("free_of_charge"):
        tags.append("free")
    if row.get("status") not in LISTED_STATUSES:
        tags.append("unlisted")  # rare, so that filtering it out costs little
    district, province = where
    city = facts.addresses[0][0] if facts.addresses else ""
    phones = list(dict.fromkeys(p for p in facts.phones if p))[:SUMMARY_PHONES]
    return IndexEntry(
        key=facts.key,
        names=_folded(row.get(k) for k in ("name", "alternate_name", "slip_name", "name_ur",
                                           "slip_name_ur")),
        organization=_folded(facts.organization),
        body=_folded(body_parts),
        tags=" ".join(tags),
        coverage=tuple(sorted(coverage)),
        sort_name=fold(str(row.get("name", ""))),
        city=city,
        district=district.name if district else "",
        province=province.name if province else "",
        need_codes=" ".join(sorted(facts.needs)),
        phone_numbers="\n".join(phones),
    )


def _whereabouts(facts: ServiceFacts, geography: Geography) -> tuple[Place | None, Place | None]:
    """(district, province) where the service is, from its first address or its areas."""
    for city, region, state in facts.addresses:
        district = _district(geography, region) or _district(geography, city)
        province = geography.find(state)
        if province is None and district is not None:
            province = geography.get(district.parent)
        if district or province:
            return district, province
    for name in facts.areas:
        place = geography.find(name)
        if place is None:
            continue
        if place.kind == "district":
            return place, geography.get(place.parent)
        return None, place
    return None, None


def _district(geography: Geography, name: str) -> Place | None:
    place = geography.find(name)
    return place if place and place.kind == "district" else None


def _coverage(facts: ServiceFacts, geography: Geography) -> set[str]:
    return coverage(facts.areas, facts.addresses, geography)


def coverage(areas: Iterable[str], addresses: Iterable[tuple[str, str, str]],
             geography: Geography) -> set[str]:
    """The places a service covers: its areas, and the districts of its addresses
    ((city, region, province) each); only the country when it is national."""
    codes = {place.code for place in map(geography.find, areas) if place}
    codes |= {place.code for name in areas for place in geography.city(name)}
    for city, region, _state in addresses:
        district = _district(geography, region) or _district(geography, city)
        if district:
            codes.add(district.code)
        else:  # a city of several districts: all of them
            codes |= {place.code for place in geography.city(city)}
    if NATIONAL in codes:
        return {NATIONAL}
    return codes


def _folded(parts: Iterable[object]) -> str:
    # Part by part, so that English text takes fold's quick path (lower case) beside Urdu
    # text; this runs for some thirty parts of every service an import writes.
    out = []
    for part in parts:
        if part:
            text = part if type(part) is str else str(part)
            out.append(text.lower() if text.isascii() else
                       _fold_recurring(text) if len(text) <= RECURRING_LENGTH else fold(text))
    return " ".join(out)


RECURRING_LENGTH = 80  # place names, need labels, language names: a few hundred, folded once
_fold_recurring = lru_cache(maxsize=4096)(fold)


# -- facts straight from records being imported (no database round trip) ---------------------

@dataclass(frozen=True)
class PlaceFacts:
    """What a service's index needs from one of its locations."""

    names: list[str]
    addresses: list[tuple[str, str, str]]
    languages: list[tuple[str, str]]
    phones: list[str]


def location_facts(row: dict[str, Any], satellites: Iterable[tuple[str, dict[str, Any]]]
                   ) -> PlaceFacts:
    addresses, languages, phones = [], [], []
    for table, owned in satellites:
        if table == "phone":
            phones.append(owned.get("number", ""))
        elif table == "address":
            addresses.append((owned.get("city", ""), owned.get("region", ""),
                              owned.get("state_province", "")))
        elif table == "language":
            languages.append((owned.get("name", ""), owned.get("code", "")))
    names = [n for n in (row.get("name"), row.get("name_ur")) if n]
    return PlaceFacts(names, addresses, languages, phones)


def organization_names(row: dict[str, Any]) -> list[str]:
    return [n for n in (row.get("name"), row.get("alternate_name"), row.get("name_ur")) if n]


def service_facts(key: int, row: dict[str, Any], needs: Iterable[str],
                  satellites: Iterable[tuple[str, dict[str, Any]]], organization: list[str],
                  places: list[PlaceFacts]) -> ServiceFacts:
    facts = ServiceFacts(key, row, sorted(needs), organization)
    for table, owned in satellites:
        if table == "phone":
            facts.phones.append(owned.get("number", ""))
        elif table == "language":
            facts.languages.append((owned.get("name", ""), owned.get("code", "")))
        elif table == "service_area" and owned.get("name"):
            facts.areas.append(owned["name"])
    for place in places:
        facts.locations.append(place.names)
        facts.addresses += place.addresses
        facts.languages += place.languages
    for place in places:
        facts.phones += place.phones
    return facts
