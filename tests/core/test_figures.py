"""The figures file: small counts never written, and a coordinator refuses any file whose rows
are not what a laptop writes."""

import itertools
import json

import pytest

from referral_app.core import bundle
from referral_app.core.errors import InvalidFileError
from referral_app.core.figures import (
    ReferralFact,
    canonical,
    day_band,
    figures_from,
    read_figures_file,
    signed_figures_file,
)

KEY = bundle.new_private_key()


_REFERRALS = itertools.count()


def _facts(count: int, **changes) -> list[ReferralFact]:
    """Facts of ``count`` different referrals."""
    fact = dict(month="2026-03", need="legal", place="pb-multan", service="s-1",
                outcome="accepted", follow_up_days=3)
    fact.update(changes)
    return [ReferralFact(**fact, referral=next(_REFERRALS)) for _ in range(count)]


def test_cells_under_5_are_left_out() -> None:
    found = figures_from(_facts(5) + _facts(4, need="shelter") + _facts(1, month="2026-04"))
    assert found.tables["referrals"] == {("2026-03", "legal", "pb-multan", "accepted"): 5}
    assert found.left_out["referrals"] == 2
    assert found.tables["services"] == {("s-1", "accepted"): 10}
    assert found.tables["follow_up"] == {("2026-03", "legal", "3-7 days"): 5}


def test_day_bands() -> None:
    assert [day_band(d) for d in (0, 2, 3, 7, 8, 14, 15, 30, 31)] == [
        "0-2 days", "0-2 days", "3-7 days", "3-7 days", "8-14 days", "8-14 days",
        "15-30 days", "15-30 days", "over 30 days"]


def _resigned(change) -> bytes:
    """A file a laptop signed, changed by ``change`` and signed again with the same key (as a
    hand-made file would be): the rows themselves must be refused."""
    raw = json.loads(signed_figures_file(figures_from(_facts(6)), 3, "2026-04", KEY))
    change(raw["figures"])
    raw["signature"] = __import__("base64").b64encode(
        KEY.sign(canonical(raw["figures"]))).decode()
    return json.dumps(raw).encode()


@pytest.mark.parametrize(("change", "message"), [
    (lambda b: b["tables"]["referrals"]["rows"][0].__setitem__(-1, 3),
     "f.json holds a count under 5"),
    (lambda b: b["tables"]["referrals"]["rows"][0].__setitem__(0, "2026-03-14"),
     "row 1 of 'referrals' has a month that is not one a laptop writes"),
    (lambda b: b["tables"]["referrals"]["rows"][0].insert(0, "ZZCASE-0001"),
     "row 1 of 'referrals' is not a row of figures"),
    (lambda b: b["tables"]["referrals"]["columns"].insert(0, "case_code"),
     "its table 'referrals' does not have the columns"),
    (lambda b: b["tables"]["services"]["rows"][0].__setitem__(0, "free text here"),
     "has a service that is not one a laptop writes"),
    (lambda b: b["tables"].__setitem__("ages", {}), "its tables are not the three"),
])
def test_rows_not_written_by_a_laptop_are_refused(change, message) -> None:
    with pytest.raises(InvalidFileError, match=message):
        read_figures_file(_resigned(change), "f.json")


def test_a_good_file_reads_back() -> None:
    signed = read_figures_file(_resigned(lambda body: None), "f.json")
    assert signed.sequence == 3 and signed.made_in == "2026-04"
    assert signed.figures.tables["referrals"] == {
        ("2026-03", "legal", "pb-multan", "accepted"): 6}
    assert signed.key_id == bundle.fingerprint(KEY.public_key())


def test_not_json_and_too_large_are_one_sentence() -> None:
    with pytest.raises(InvalidFileError, match="is not a referral figures file from Referral "
                                               "App \\(it is not readable JSON\\)"):
        read_figures_file(b"\xff\x00", "f.json")
    with pytest.raises(InvalidFileError, match="too large"):
        read_figures_file(b" " * (20 * 1024 * 1024 + 1), "f.json")


@pytest.mark.parametrize("change", [
    lambda b: b.__setitem__("notes", "ZZCASE-0001, 14 years old, Multan"),
    lambda b: b["left_out"].__setitem__("ZZCASE-0001", 1),
    lambda b: b["tables"]["services"].__setitem__("notes", "ZZCASE-0001"),
    lambda b: b.__setitem__("smallest_count", 1),
    lambda b: b.__setitem__("kind", "ZZCASE-0001"),
])
def test_anything_else_in_the_signed_figures_is_refused(change) -> None:
    """The coordinator keeps the signed figures as they are: a field a laptop never writes
    (it could carry anything, such as a case code) must refuse the file, not be kept."""
    with pytest.raises(InvalidFileError, match="not a referral figures file"):
        read_figures_file(_resigned(change), "f.json")
