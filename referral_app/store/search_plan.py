"""A read query turned into what the search index is asked: match clauses and ranking terms.

Each plain word matches as typed (its start, while typing), as the directory's other spellings
of it, and, when it matches nothing, as the directory's words within one or two edits. Each
need or place that was read matches services with that need, or covering that place, and also
services that only mention the words. ``search._tiers`` ranks, in order: services with the
needs read, those covering the place most closely (the district's own, then province-wide,
then national), those that mention the groups read, those whose names hold the plain words (or,
without plain words, any word read); within a tier, verified before unverified, the better
text match, the name and the id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..core.geography import NATIONAL, Geography
from ..core.query_reading import Reading, ReadPart
from ..core.search_terms import tag
from ..core.text import words as folded_words
from .search_words import DirectoryWords

TEXT_COLUMNS = "{names organization body}"


def quoted(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


@dataclass
class Plan:
    clauses: list[str] = field(default_factory=list)  # FTS clauses, all must hold
    names: str | None = None  # FTS query on names for the plain words
    read_names: str | None = None  # FTS query on names for the words that were read
    groups: str | None = None  # FTS query for services that mention the groups read
    needs: tuple[str, ...] = ()  # needs read, for ranking
    closeness: list[list[str]] = field(default_factory=list)  # tag groups, closest first
    exclusions: list[str] = field(default_factory=list)  # tag words that rule a service out
    sql: str = ""  # SQL conditions on the service table (alias s)
    args: list[object] = field(default_factory=list)

    @property
    def has_words(self) -> bool:
        return self.names is not None


def plan_for(reading: Reading, geography: Geography, words: DirectoryWords,
             group_words: Mapping[str, Sequence[str]] | None = None) -> Plan:
    """``group_words`` are the words for each group (women: woman, girls, aurat ...), whose
    mention ranks a service higher when the group was read."""
    plan = Plan(needs=reading.needs)
    plain = []
    for word in reading.words:
        alternatives = [f"{quoted(word)}*", *map(quoted, words.variants(word))]
        near = [] if words.known(word, True) else [quoted(w) for w in words.near(word)]
        plain.append(alternatives)
        # a single letter (the first of a word being typed) looks at names only: cheaper,
        # and a name is what a first letter usually starts
        columns = "names" if len(word) == 1 else TEXT_COLUMNS
        plan.clauses.append(f"{columns} : ({' OR '.join(alternatives + near)})")
    if plain:
        plan.names = " AND ".join(f"names : ({' OR '.join(a)})" for a in plain)
    typed = []
    for part in reading.parts:
        clause = _part_clause(part, geography)
        typed += [quoted(w) for w in part.typed.split()]
        if clause:
            plan.clauses.append(clause)
    if typed:
        plan.read_names = f"names : ({' OR '.join(dict.fromkeys(typed))})"
    plan.closeness = _closeness(reading, geography)
    groups = reading.groups
    mentions = {quoted(" ".join(folded_words(word))) for group in groups
                for word in (group, *(group_words or {}).get(group, ())) if folded_words(word)}
    if mentions:
        plan.groups = f"{TEXT_COLUMNS} : ({' OR '.join(sorted(mentions))})"
        if not plan.clauses:  # a group alone: the services that speak of it
            plan.clauses.append(plan.groups)
    if "women" in groups:
        plan.exclusions.append(tag("only", "male"))
    if "men" in groups:
        plan.exclusions.append(tag("only", "female"))
    if "children" in groups:
        plan.sql += " AND (s.minimum_age IS NULL OR s.minimum_age < 18)"
    return plan


def _part_clause(part: ReadPart, geography: Geography) -> str | None:
    """Services with the need or covering the place read, or mentioning the words."""
    if part.kind == "need":
        tags = [tag("need", part.value)]
    elif part.kind == "place":
        tags = sorted({t for code in part.codes for t in _covering(code, geography)})
    else:
        return None  # a group rules services out; it does not need the word
    return f"(tags : ({' OR '.join(tags)}) OR {TEXT_COLUMNS} : ({quoted(part.typed)}))"


def _covering(code: str, geography: Geography) -> list[str]:
    place = geography.get(code)
    if place is None:
        return []
    if place.kind == "district":
        return [tag("in", code), tag("in", place.parent), tag("in", NATIONAL)]
    return [tag("in", code), tag("within", code), tag("in", NATIONAL)]


def _closeness(reading: Reading, geography: Geography) -> list[list[str]]:
    """Tag groups from the closest coverage of the places read to the loosest."""
    tiers: list[set[str]] = [set(), set(), set()]
    for part in reading.of_kind("place"):
        for code in part.codes:
            place = geography.get(code)
            if place is None:
                continue
            if place.kind == "district":
                tiers[0].add(tag("in", code))
                tiers[1].add(tag("in", place.parent))
            else:
                tiers[0].add(tag("in", code))
                tiers[1].add(tag("within", code))
            tiers[2].add(tag("in", NATIONAL))
    return [sorted(tier) for tier in tiers if tier]
