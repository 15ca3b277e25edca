"""Referral figures on the laptop: anonymised and small counts left out, checked on the bytes
of the file; on the coordinator: taken in once per laptop, the newest kept, strangers refused."""

import json
import re
from datetime import date
from pathlib import Path

import pytest

from referral_app.core import bundle
from referral_app.core.errors import InvalidFileError, UserError
from referral_app.core.figures import read_figures_file
from referral_app.core.referral import Outcome, Referral, ReferralService
from referral_app.store import laptops, received_figures
from referral_app.store.casework import CaseworkStore
from referral_app.store.directory import Directory
from referral_app.store.figures import figures_file, write_figures
from tests.conftest import write_json
from tests.fixtures.figures import HOTLINE, LEGAL, PASS, SECRETS, SHELTER, fill, made_up_directory
from tests.fixtures.services import page, service


@pytest.fixture
def laptop(tmp_path: Path):
    directory = made_up_directory(tmp_path / "laptop")
    store = CaseworkStore.create(tmp_path / "laptop", PASS, PASS, who="CW-SECRET")
    yield directory, store
    store.lock()
    directory.close()


@pytest.fixture
def coordinator(tmp_path: Path):
    directory = made_up_directory(tmp_path / "coordinator")
    yield directory
    directory.close()


def _file(laptop, tmp_path: Path, name: str = "figures.json") -> Path:
    directory, store = laptop
    out = tmp_path / name
    write_figures(figures_file(store, directory, date(2026, 4, 2)), out)
    return out


def test_the_file_holds_counts_of_5_or_more_and_nothing_about_anyone(laptop, tmp_path) -> None:
    fill(laptop[1])
    data = _file(laptop, tmp_path).read_bytes()
    text = data.decode("utf-8")
    for secret in SECRETS:
        assert secret not in text, secret
    for word in ("case_code", "age", "sex", "reason", "referred_by", "organization", "minor"):
        assert f'"{word}"' not in text, word
    assert not re.search(r"\d{4}-\d\d-\d\d", text)  # no date finer than the month
    body = json.loads(data)["figures"]
    counts = [row[-1] for table in body["tables"].values() for row in table["rows"]]
    assert counts and min(counts) >= 5
    rows = body["tables"]["referrals"]["rows"]
    assert ["2026-03", "legal", "pb-multan", "service unavailable", 6] in rows
    assert ["2026-03", "shelter", "pb", "accepted", 5] in rows  # the need the shelter serves
    assert not any(row[1] == "emergency" for row in rows)  # 3 referrals: left out
    assert body["left_out"]["referrals"] == 1
    assert [LEGAL["id"], "service unavailable", 6] in body["tables"]["services"]["rows"]
    assert HOTLINE["id"] not in text
    assert body["tables"]["follow_up"]["rows"] == [["2026-03", "shelter", "3-7 days", 5]]
    assert body["made_in"] == "2026-04"


def test_a_casework_with_only_small_counts_sends_nothing(laptop, tmp_path) -> None:
    fill(laptop[1], legal_unavailable=4, shelter_accepted=2, hotline_few=1)
    with pytest.raises(UserError, match="every count is under 5"):
        _file(laptop, tmp_path)
    assert not (tmp_path / "figures.json").exists()


def test_the_signature_covers_every_count(laptop, tmp_path) -> None:
    fill(laptop[1])
    out = _file(laptop, tmp_path)
    raw = json.loads(out.read_bytes())
    raw["figures"]["tables"]["referrals"]["rows"][0][-1] += 100
    with pytest.raises(InvalidFileError, match="changed after the laptop signed it"):
        read_figures_file(json.dumps(raw).encode(), "figures.json")


def _register(coordinator: Directory, store: CaseworkStore, name: str = "Multan desk 1"):
    return laptops.register(coordinator, bundle.public_key_text(store.laptop_key().public_key()),
                            name, "laptop.pub")


def _take(coordinator: Directory, *paths: Path) -> list[str]:
    return [t.result for t in received_figures.take_in(
        coordinator, [(p.name, p.read_bytes()) for p in paths])]


def test_merging_is_idempotent_and_the_newer_file_replaces_the_older(
        laptop, coordinator, tmp_path) -> None:
    directory, store = laptop
    fill(store)
    _register(coordinator, store)
    first = _file(laptop, tmp_path, "first.json")
    assert _take(coordinator, first) == [received_figures.TAKEN]
    once = received_figures.merged(coordinator)
    assert _take(coordinator, first, first) == [received_figures.SAME] * 2
    assert received_figures.merged(coordinator) == once
    assert once[0].total() == 6 + 5 and once[1] == 1  # the 3 for the line: left out

    fill(store, legal_unavailable=5, shelter_accepted=0, hotline_few=0, start=100)
    second = _file(laptop, tmp_path, "second.json")
    assert _take(coordinator, second) == [received_figures.REPLACED]
    figures, count = received_figures.merged(coordinator)
    assert count == 1
    assert figures.tables["referrals"][("2026-03", "legal", "pb-multan",
                                        "service unavailable")] == 11
    assert _take(coordinator, first) == [received_figures.OLDER]  # sent late: not taken
    assert received_figures.merged(coordinator)[0] == figures


def test_two_laptops_add_up(laptop, coordinator, tmp_path) -> None:
    fill(laptop[1])
    other_dir = made_up_directory(tmp_path / "other")
    other = CaseworkStore.create(tmp_path / "other", PASS, PASS, who="CW-2")
    try:
        fill(other, month="2026-02")
        _register(coordinator, laptop[1])
        _register(coordinator, other, "Lahore desk 2")
        theirs = tmp_path / "other.json"
        write_figures(figures_file(other, other_dir, date(2026, 4, 2)), theirs)
        assert _take(coordinator, _file(laptop, tmp_path), theirs) == [
            received_figures.TAKEN] * 2
        found = received_figures.coordination_picture(coordinator)
    finally:
        other.lock()
        other_dir.close()
    assert found.laptops == 2
    assert [(m.month, m.referrals, m.failed) for m in found.months] == [
        ("2026-02", 11, 6), ("2026-03", 11, 6)]
    assert [(f.service, f.failed) for f in found.failing] == [(LEGAL["id"], 12)]
    legal = next(u for u in found.unmet if u.place == "pb-multan" and u.need == "legal")
    assert (legal.referrals, legal.services) == (12, 1)
    shelter = next(u for u in found.unmet if u.place == "pb" and u.need == "shelter")
    assert (shelter.referrals, shelter.services) == (10, 1)
    assert dict(found.follow_up)["3-7 days"] == 10


def test_a_file_from_an_unregistered_laptop_is_refused_and_nothing_is_taken(
        laptop, coordinator, tmp_path) -> None:
    fill(laptop[1])
    out = _file(laptop, tmp_path)
    with pytest.raises(InvalidFileError, match="^figures.json is signed by a laptop that is not "
                                               "registered here"):
        _take(coordinator, out)
    assert coordinator.db.execute("SELECT count(*) FROM received_figures").fetchone()[0] == 0


def test_one_bad_file_refuses_the_batch(laptop, coordinator, tmp_path) -> None:
    fill(laptop[1])
    _register(coordinator, laptop[1])
    good = _file(laptop, tmp_path)
    raw = json.loads(good.read_bytes())
    del raw["signature"]
    unsigned = tmp_path / "unsigned.json"
    unsigned.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(InvalidFileError, match="^unsigned.json is not signed by a laptop"):
        _take(coordinator, good, unsigned)
    assert coordinator.db.execute("SELECT count(*) FROM received_figures").fetchone()[0] == 0


def test_a_removed_laptop_no_longer_counts(laptop, coordinator, tmp_path) -> None:
    fill(laptop[1])
    entry = _register(coordinator, laptop[1])
    _take(coordinator, _file(laptop, tmp_path))
    laptops.remove(coordinator, entry.fingerprint)
    assert received_figures.merged(coordinator)[1] == 0


def test_shelter_is_counted_under_the_need_the_service_serves(laptop, tmp_path) -> None:
    fill(laptop[1], legal_unavailable=0, shelter_accepted=5, hotline_few=0)
    body = json.loads(_file(laptop, tmp_path).read_bytes())["figures"]
    assert {row[1] for row in body["tables"]["referrals"]["rows"]} == {"shelter"}
    assert SHELTER["id"] in {row[0] for row in body["tables"]["services"]["rows"]}


def test_a_cell_of_one_referral_is_never_sent_however_often_it_counts(laptop, tmp_path
                                                                     ) -> None:
    """Suppression is of small groups of referrals: one survivor's referral counted five
    times (for five needs the service serves, or to five services of one district) is a
    group of one, and must not reach a file as a count of 5."""
    directory, store = laptop
    needs = ("legal", "shelter", "health", "psychosocial", "protection")
    broad = [service(f"Test Broad Desk {n}", needs=needs, area="Multan",
                     phone=f"0300-000001{n}") for n in range(5)]
    directory.import_file(write_json(tmp_path / "broad.json", page(*broad)))
    # one referral for five needs to one service; one referral to five services at once
    for number, targets in ((1, broad[:1]), (2, broad)):
        referral_id = store.create_referral(Referral(
            case_code=f"ZZCASE-{number:04d}", age_band="12-17", sex="female",
            needs=needs if number == 1 else ("legal",), created="2026-03-14T10:22",
            services=[ReferralService(str(s["id"]), str(s["name"])) for s in targets]))
        for target in targets:
            store.set_outcome(referral_id, str(target["id"]), Outcome.NO_ANSWER, "2026-03-16")
    with pytest.raises(UserError, match="every count is under 5"):
        figures_file(store, directory, date(2026, 4, 2))
