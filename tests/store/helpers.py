"""What a test compares to prove that a refused import changed nothing."""

from __future__ import annotations

from referral_app.store.directory import Directory

TABLES = ("service", "organization", "location", "phone", "service_need", "service_search",
          "service_coverage", "taxonomy_term", "language", "address")


def snapshot(directory: Directory) -> dict[str, list[tuple]]:
    return {t: sorted(map(tuple, directory.db.execute(f"SELECT * FROM {t}").fetchall()),
                      key=repr)
            for t in TABLES}
