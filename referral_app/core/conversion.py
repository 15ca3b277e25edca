"""What a converter did to a file on its way to HSDS 3.1: the format it saw, and what it
converted, assumed or dropped, counted, for the import report.

Ids are derived, not invented: the same source id in the same source table always gives the
same UUID, so a directory imported again next month updates its services instead of adding
them twice (see docs/older-formats.md).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections import Counter
from dataclasses import dataclass, field

# A fixed namespace: every laptop derives the same ids from the same source ids.
_NAMESPACE = uuid.UUID("3b0f6a52-9c1e-5d47-8e2a-71c4d0b9a613")
_NAMESPACE_BYTES = _NAMESPACE.bytes
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12}").fullmatch

MAX_NOTES = 200  # different sentences kept; each is counted however often it happens


def stable_id(kind: str, source_id: object) -> str:
    """The UUID a record of ``kind`` (a source table) with ``source_id`` gets. A source id
    that is already a UUID is kept as it is (in lower case)."""
    text = str(source_id).strip()
    if _UUID(text):
        return text.lower()
    return _uuid5(f"{kind}:{text}")


def with_scheme(address: str) -> str | None:
    """A web address written without its scheme ("www.example.org") with "http://" put in
    front; None when it already has one or does not look like an address."""
    text = address.strip()
    if "://" in text or " " in text or "." not in text or text.startswith((".", "@")):
        return None
    if "@" in text.split("/")[0]:
        return None  # an e-mail address in a web address field: left for the check to name
    return "http://" + text


def derived_id(*parts: object) -> str:
    """A UUID for a row the source gave no id (one per parent and position)."""
    return _uuid5(":".join(str(part) for part in parts))


def _uuid5(name: str) -> str:
    """``str(uuid.uuid5(_NAMESPACE, name))``, without making UUID objects: a sheet or a
    package makes tens of thousands of these."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass
class Conversion:
    """The format seen and, for a converted file, what happened on the way."""

    format: str  # "HSDS 1.1 tabular data package", "Open Referral UK v1 API pages", ...
    converted: bool = False  # False for a file read as it is (HSDS 3.x)
    notes: Counter[str] = field(default_factory=Counter)  # sentence -> how many times

    def note(self, sentence: str, count: int = 1) -> None:
        if sentence in self.notes or len(self.notes) < MAX_NOTES:
            self.notes[sentence] += count

    def lines(self) -> list[str]:
        """The notes, in the order first seen, each with its count."""
        return [f"{sentence} ({count:,})" if count > 1 else sentence
                for sentence, count in self.notes.items()]

    def heading(self) -> str:
        if self.converted:
            return f"read as {self.format}, converted to HSDS 3.1"
        return f"read as {self.format}"
