"""A coordinator's directory and a laptop that trusts the coordinator's key, for the tests of
signed updates."""

import pytest

from referral_app.store import updates
from referral_app.store.directory import Directory
from tests.store.helpers import PUBLIC


@pytest.fixture
def coordinator(tmp_path):
    with Directory.open(tmp_path / "coordinator") as directory:
        yield directory


@pytest.fixture
def laptop(tmp_path):
    with Directory.open(tmp_path / "laptop") as directory:
        updates.trust(directory, PUBLIC, "Coordinator", "key.pub")
        yield directory
