"""This laptop's referral figures: counted from the unlocked casework, anonymised (see
core/figures.py), signed with the laptop's key and written where the caseworker chose."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from ..core.errors import UserError
from ..core.figures import UNKNOWN, Figures, figures_from, referral_facts, signed_figures_file
from ..core.geography import NATIONAL
from .casework import CaseworkStore
from .directory import Directory


def laptop_figures(casework: CaseworkStore, directory: Directory) -> Figures:
    """The figures of every referral in the casework, small counts left out."""
    referrals = casework.referrals()
    ids = {sent.service_id for referral in referrals for sent in referral.services}
    return figures_from(referral_facts(referrals, service_places(directory, ids)))


def figures_file(casework: CaseworkStore, directory: Directory,
                 today: date | None = None) -> str:
    """The signed file's text, exactly as it will be written; refused when it would hold no
    figure at all."""
    figures = laptop_figures(casework, directory)
    if not any(figures.tables.values()):
        raise UserError("There are no referral figures to send yet: every count is under 5 "
                        "(small counts are never sent, so that no survivor can be told apart).")
    key = casework.laptop_key()  # made on first use, which saves the casework
    sequence = casework.generation().saves
    return signed_figures_file(figures, sequence, (today or date.today()).strftime("%Y-%m"), key)


def write_figures(text: str, out: Path) -> None:
    """Write the file whole or not at all."""
    partial = out.with_name(f".{out.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        partial.replace(out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(f"Cannot write {out}: {error.strerror}; nothing was written.") \
            from error


def service_places(directory: Directory, ids: Iterable[str]
                   ) -> dict[str, tuple[str, tuple[str, ...]]]:
    """For each service id the directory has: the place it serves (its one district, else its
    one province, else the country) and its needs."""
    wanted = list(ids)
    db, places = directory.db.conn, directory.geography.places
    keys: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        keys.update({key: sid for sid, key in db.execute(
            f"SELECT id, key FROM service WHERE id IN ({','.join('?' * len(chunk))})", chunk)})
    covered: dict[int, list[str]] = defaultdict(list)
    needs: dict[int, list[str]] = defaultdict(list)
    numbers = list(keys)
    for start in range(0, len(numbers), 500):
        part = numbers[start:start + 500]
        marks = ",".join("?" * len(part))
        for key, place in db.execute(
                f"SELECT service_key, place FROM service_coverage WHERE service_key IN ({marks})",
                part):
            covered[key].append(place)
        for key, need in db.execute(
                f"SELECT service_key, need FROM service_need WHERE service_key IN ({marks})",
                part):
            needs[key].append(need)
    found = {}
    for key, sid in keys.items():
        codes = covered[key]
        districts = {c for c in codes if c in places and places[c].kind == "district"}
        provinces = {places[c].parent for c in districts} | {
            c for c in codes if c in places and places[c].kind == "province"}
        if NATIONAL in codes or len(provinces) > 1:
            place = NATIONAL
        elif len(districts) == 1 and not set(codes) & provinces:  # not province-wide
            place = next(iter(districts))
        elif len(provinces) == 1:
            place = next(iter(provinces))
        else:
            place = UNKNOWN
        found[sid] = (place, tuple(sorted(needs[key])))
    return found
