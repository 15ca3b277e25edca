"""Registered laptops, and corrections files taken only from them, signed and unchanged."""

import base64
import json

import pytest

from referral_app.core import bundle
from referral_app.core.corrections import Correction, corrections_payload
from referral_app.core.errors import InvalidFileError, UserError
from referral_app.store import corrections, laptops
from referral_app.store.directory import Directory
from tests.fixtures.laptops import LAPTOP, register, send
from tests.store.helpers import snapshot


def test_registering_listing_and_removing_a_laptop(empty_directory) -> None:
    entry = register(empty_directory, "Lahore desk 3")
    assert entry.fingerprint == bundle.fingerprint(LAPTOP.public_key())
    other = bundle.new_private_key()
    register(empty_directory, "Multan desk 1", key=other)
    assert [e.name for e in laptops.registered(empty_directory)] == ["Lahore desk 3",
                                                                     "Multan desk 1"]
    assert laptops.remove(empty_directory, entry.fingerprint).name == "Lahore desk 3"
    assert [e.name for e in laptops.registered(empty_directory)] == ["Multan desk 1"]


@pytest.mark.parametrize(("key_text", "name", "message"), [
    ("nonsense", "Lahore desk 4", "k is not a Referral App public key"),
    ("referral-app-ed25519 AAAA", "Lahore desk 4", "k is not a Referral App public key"),
    (None, " ", "Give the laptop a name"),
    (None, "lahore  DESK 3", "A laptop named Lahore desk 3 is registered already"),
    ("same", "Another name", "That laptop is registered already, as Lahore desk 3"),
])
def test_bad_registrations_are_one_sentence_and_change_nothing(empty_directory, key_text, name,
                                                               message) -> None:
    register(empty_directory, "Lahore desk 3")
    before = laptops.registered(empty_directory)
    if key_text is None:
        key_text = bundle.public_key_text(bundle.new_private_key().public_key())
    elif key_text == "same":
        key_text = bundle.public_key_text(LAPTOP.public_key())
    with pytest.raises(UserError, match=message):
        laptops.register(empty_directory, key_text, name, "k")
    assert laptops.registered(empty_directory) == before


def test_removing_an_unknown_fingerprint_is_one_sentence(empty_directory) -> None:
    register(empty_directory)
    with pytest.raises(UserError, match="No registered laptop has the fingerprint 0000"):
        laptops.remove(empty_directory, "0000-0000-0000-0000")
    assert len(laptops.registered(empty_directory)) == 1


def _sent(tmp_path) -> bytes:
    """A signed file from the laptop: Madadgaar verified."""
    with Directory.open(tmp_path / "laptop") as laptop:
        desk = laptop.search("madadgaar")[0]
        corrections.record(laptop, Correction(desk.id, desk.name, "verified",
                                              new_value="2026-11-28"))
        return send(laptop, tmp_path / "fixes.json").read_bytes()


def test_a_file_from_a_registered_laptop_is_received(tmp_path) -> None:
    data = _sent(tmp_path)
    with Directory.open(tmp_path / "coordinator") as coordinator:
        register(coordinator, "Lahore desk 3")
        received = laptops.receive(coordinator, data, "fixes.json")
    assert received.laptop.name == "Lahore desk 3"
    assert received.signed.sender == "CW-1"
    assert [c.kind for c in received.signed.corrections] == ["verified"]


def _forged(data: bytes) -> bytes:
    """The payload edited after signing: the verification moved to another day."""
    raw = json.loads(data)
    raw["corrections"] = raw["corrections"].replace("2026-11-28", "2026-11-27")
    return json.dumps(raw).encode()


def _unsigned(data: bytes) -> bytes:
    """The old plain format: the corrections with no signature, as a hand-written file."""
    payload = json.loads(json.loads(data)["corrections"])
    return json.dumps({"format": 1, **payload}).encode()


def _signed_by_another_key(data: bytes) -> bytes:
    """Signed by a key that is not the registered laptop's, claiming to be it."""
    raw = json.loads(data)
    other = bundle.new_private_key()
    raw["signature"] = base64.b64encode(
        other.sign(raw["corrections"].encode())).decode()
    return json.dumps(raw).encode()


def _from_an_unregistered_laptop(data: bytes) -> bytes:
    other = bundle.new_private_key()
    raw = json.loads(data)
    payload = raw["corrections"].encode()
    raw.update(laptop_key=bundle.public_key_text(other.public_key()).strip(),
               key_id=bundle.fingerprint(other.public_key()),
               signature=base64.b64encode(other.sign(payload)).decode())
    return json.dumps(raw).encode()


@pytest.mark.parametrize(("spoil", "message"), [
    (_forged, "fixes.json was changed after the laptop signed it"),
    (_unsigned, "fixes.json is not signed by a laptop"),
    (_signed_by_another_key, "fixes.json was changed after the laptop signed it"),
    (_from_an_unregistered_laptop, "fixes.json is signed by a laptop that is not registered "
                                   "here"),
    (lambda data: b"[]", "fixes.json is not a corrections file from Referral App"),
    (lambda data: data.replace(b'"format": 2', b'"format": 3'),
     "fixes.json was made by a newer version of Referral App"),
])
def test_files_not_signed_by_a_registered_laptop_are_refused(tmp_path, spoil, message) -> None:
    data = spoil(_sent(tmp_path))
    with Directory.open(tmp_path / "coordinator") as coordinator:
        register(coordinator)
        before = snapshot(coordinator)
        with pytest.raises(InvalidFileError) as refused:
            laptops.receive(coordinator, data, "fixes.json")
        assert str(refused.value).startswith(message)
        assert "\n" not in str(refused.value)
        assert snapshot(coordinator) == before


def test_a_removed_laptop_is_no_longer_received(tmp_path) -> None:
    data = _sent(tmp_path)
    with Directory.open(tmp_path / "coordinator") as coordinator:
        laptops.remove(coordinator, register(coordinator).fingerprint)
        with pytest.raises(InvalidFileError, match="not registered here"):
            laptops.receive(coordinator, data, "fixes.json")


def test_the_signature_covers_the_exact_payload_bytes() -> None:
    payload = corrections_payload([Correction("s-1", "Desk", "verified", new_value="2026-11-1")],
                                  "CW-1", "NGO")
    from referral_app.core.signed_corrections import signed_corrections_file

    raw = json.loads(signed_corrections_file(
        [Correction("s-1", "Desk", "verified", new_value="2026-11-1")], "CW-1", "NGO", LAPTOP))
    assert raw["corrections"].encode() == payload
    LAPTOP.public_key().verify(base64.b64decode(raw["signature"]), payload)


def test_a_laptops_name_is_kept_without_hidden_characters_and_short(empty_directory) -> None:
    """The name is shown in every merge and corrections line: like a publisher's, it holds
    no direction control or invisible character, and at most 300 characters."""
    entry = register(empty_directory, "\u202eLahore\u200b desk\u2066 3\u2069")
    assert entry.name == "Lahore desk 3"
    assert [known.name for known in laptops.registered(empty_directory)] == ["Lahore desk 3"]
    with pytest.raises(UserError, match="at most 300 characters"):
        register(empty_directory, "x" * 301, bundle.new_private_key())
