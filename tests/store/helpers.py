"""What a test compares to prove that a refused import changed nothing; the coordinator's
signing key of the tests of updates."""

from __future__ import annotations

from referral_app.core import bundle
from referral_app.store.directory import Directory

KEY = bundle.new_private_key()  # the coordinator's signing key in the tests of updates
PUBLIC = bundle.public_key_text(KEY.public_key(), "Coordinator")

TABLES = ("service", "organization", "location", "phone", "service_need", "service_search",
          "service_coverage", "taxonomy_term", "language", "address")


def snapshot(directory: Directory) -> dict[str, list[tuple]]:
    """Every column of the directory's data, but for a service's fingerprint as an update file
    last held it (``read_digest``): an update that changes no service still keeps those."""
    found = {}
    for table in TABLES:
        cursor = directory.db.execute(f"SELECT * FROM {table}")
        kept = [i for i, column in enumerate(cursor.description) if column[0] != "read_digest"]
        found[table] = sorted((tuple(row[i] for i in kept) for row in cursor.fetchall()),
                              key=repr)
    return found
