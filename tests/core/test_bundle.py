"""Reading an update file's manifest: anything but a well-formed manifest is one sentence."""

from __future__ import annotations

import json

import pytest

from referral_app.core import bundle
from referral_app.core.errors import InvalidFileError


def manifest(**changes: object) -> bytes:
    fields: dict[str, object] = {
        "format": 1, "publisher": "Test coordinator", "key_id": "0000-0000-0000-0000",
        "version": 2, "built_from": 1, "created": "2026-11-29T10:00:00",
        "counts": {"services": 3}, "files": {"services.json": "0" * 64},
        "removed": {"services": [], "organizations": [], "locations": []}}
    fields.update(changes)
    return json.dumps(fields).encode()


def test_a_well_formed_manifest_is_read() -> None:
    read = bundle.Manifest.parse(manifest(), "v2.zip")
    assert (read.version, read.counts, read.format) == (2, {"services": 3}, 1)


@pytest.mark.parametrize("changes", [
    {"format": 0}, {"format": -1}, {"format": "1"}, {"format": True},
    {"counts": {"services": float("inf")}}, {"counts": {"services": "many"}},
    {"version": 0}, {"version": 2.5}, {"files": {}},
])
def test_a_bad_manifest_is_one_sentence(changes) -> None:
    with pytest.raises(InvalidFileError, match="^v2.zip: the manifest "):
        bundle.Manifest.parse(manifest(**changes), "v2.zip")


def test_a_number_beyond_any_float_is_one_sentence() -> None:
    data = manifest().replace(b'"services": 3', b'"services": 1e400')
    with pytest.raises(InvalidFileError, match="^v2.zip: the manifest "):
        bundle.Manifest.parse(data, "v2.zip")
