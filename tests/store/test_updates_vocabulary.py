"""Words a coordinator adds to the search vocabulary travel to every laptop in update files."""

import json

import pytest

from referral_app.core import bundle
from referral_app.core.errors import InvalidFileError
from referral_app.core.vocabulary import checked_entry
from referral_app.store import updates
from tests.store.helpers import KEY
from tests.store.test_updates import _rewrite, apply, build

WORDS = checked_entry("need", "shelter", ["bibi ghar"], "heard at the Multan desk")


def test_added_words_travel_with_the_update(coordinator, laptop, tmp_path) -> None:  # noqa: F811
    coordinator.add_vocabulary([WORDS])
    path = build(coordinator, tmp_path, 1)
    manifest = updates.check(laptop, path).manifest
    assert manifest.format == 1  # a laptop from before reads the same format
    assert set(manifest.files) == {bundle.SERVICES, bundle.VOCABULARY}
    assert laptop.search("bibi ghar") == []
    apply(laptop, path)
    assert laptop.added_vocabulary() == [WORDS]
    assert [p.value for p in laptop.read_query("bibi ghar").parts] == ["shelter"]
    updates.undo_last(laptop)
    assert laptop.added_vocabulary() == []


def test_an_update_without_added_words_has_no_vocabulary_file(coordinator, laptop,  # noqa: F811
                                                              tmp_path) -> None:
    path = build(coordinator, tmp_path, 1)
    assert set(updates.check(laptop, path).manifest.files) == {bundle.SERVICES}
    apply(laptop, path)
    assert laptop.added_vocabulary() == []


def test_words_received_are_not_sent_on_as_ones_own(coordinator, laptop,  # noqa: F811
                                                    tmp_path) -> None:
    coordinator.add_vocabulary([WORDS])
    apply(laptop, build(coordinator, tmp_path, 1))
    from referral_app.store import search_vocabulary
    assert search_vocabulary.added_here(laptop.db) == []


def _resigned(members, vocabulary: bytes) -> None:
    members[bundle.VOCABULARY] = vocabulary
    manifest = json.loads(members["manifest.json"])
    manifest["files"][bundle.VOCABULARY] = bundle.sha256_of([vocabulary])
    data = json.dumps(manifest).encode()
    members["manifest.json"], members["manifest.sig"] = data, bundle.sign(data, KEY)


@pytest.mark.parametrize(("change", "message"), [
    (lambda m: m.__setitem__(bundle.VOCABULARY, m[bundle.VOCABULARY] + b" "),
     "does not match its manifest"),
    (lambda m: _resigned(m, b"{not json"), "not readable JSON"),
    (lambda m: _resigned(m, json.dumps({"entries": [{"kind": "need", "value": "astrology",
                                                      "words": ["x"], "source": "s"}]}).encode()),
     "no need called 'astrology'"),
])
def test_a_bad_vocabulary_in_an_update_changes_nothing(coordinator, laptop,  # noqa: F811
                                                       tmp_path, change, message) -> None:
    coordinator.add_vocabulary([WORDS])
    bad = _rewrite(build(coordinator, tmp_path, 1), tmp_path / "bad.zip", change)
    services_before = laptop.count()
    with pytest.raises(InvalidFileError, match=message):
        apply(laptop, bad)
    assert laptop.added_vocabulary() == [] and laptop.count() == services_before
