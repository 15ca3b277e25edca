"""The nine needs that sort the directory, and how other taxonomies map onto them.

Needs travel in HSDS as taxonomy terms of our own taxonomy, linked to services by attributes,
so they survive export and import. Labels here are the defaults; the interface translations may
improve the Urdu wording without touching this table.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

# A fixed namespace so that every laptop derives the same ids for the same need.
_NAMESPACE = uuid.UUID("6f1c2b8e-4d0a-5c3e-9a71-2b6e8d40c915")

TAXONOMY_NAME = "referral_app_needs"
TAXONOMY_ID = str(uuid.uuid5(_NAMESPACE, "taxonomy"))


@dataclass(frozen=True)
class Need:
    code: str
    label_en: str
    label_ur: str
    icon: str

    @property
    def term_id(self) -> str:
        """The HSDS taxonomy_term id of this need."""
        return str(uuid.uuid5(_NAMESPACE, f"need:{self.code}"))


NEEDS: tuple[Need, ...] = (
    Need("legal", "Legal aid", "قانونی مدد", "legal.svg"),
    Need("shelter", "Shelter", "پناہ گاہ", "shelter.svg"),
    Need("education", "Education and skills", "تعلیم و ہنر", "education.svg"),
    Need("livelihood", "Livelihood and income", "روزگار", "livelihood.svg"),
    Need("health", "Health", "صحت", "health.svg"),
    Need("psychosocial", "Counselling", "نفسیاتی مدد", "psychosocial.svg"),
    Need("protection", "Protection and police", "تحفظ", "protection.svg"),
    Need("repatriation", "Return and documents", "واپسی اور دستاویزات", "repatriation.svg"),
    Need("emergency", "Emergency and helplines", "ہنگامی مدد", "emergency.svg"),
)

NEED_CODES: tuple[str, ...] = tuple(need.code for need in NEEDS)
_BY_CODE = {need.code: need for need in NEEDS}
_BY_TERM_ID = {need.term_id: need for need in NEEDS}

# Other words for a need seen in source data ("helpline" in the starter sources).
_ALIASES = {"helpline": "emergency", "helplines": "emergency", "counselling": "psychosocial"}


def need(code: str) -> Need:
    """The need with this code; KeyError if there is none."""
    return _BY_CODE[code]


def need_code(word: str) -> str | None:
    """The need code for a code or alias, or None."""
    key = word.strip().lower()
    key = _ALIASES.get(key, key)
    return key if key in _BY_CODE else None


def need_for_term_id(term_id: str) -> Need | None:
    return _BY_TERM_ID.get(term_id)


# Open Eligibility (version 2.0) service categories, by id, to our needs. A term not listed
# takes the need of its nearest listed ancestor (see ``OPEN_ELIGIBILITY_PARENTS``).
OPEN_ELIGIBILITY_NEEDS: dict[str, tuple[str, ...]] = {
    "1101": ("emergency",),  # Emergency
    "1121": ("shelter",),  # Emergency Shelter
    "1122": ("protection",),  # Help Find Missing Persons
    "1123": ("protection",),  # Immediate Safety
    "1125": ("shelter",),  # Safe Housing
    "1126": ("psychosocial", "emergency"),  # Psychiatric Emergency Services
    "1103": ("shelter",),  # Housing
    "1106": ("health",),  # Health
    "1198": ("psychosocial",),  # Understand Mental Health
    "1214": ("psychosocial",),  # Mental Health Evaluation
    "1220": ("psychosocial",),  # Counseling (under Prevent & Treat)
    "1231": ("psychosocial", "emergency"),  # Psychiatric Emergency Services
    "1107": ("livelihood",),  # Money
    "1303": ("psychosocial",),  # Support Network
    "1305": ("emergency",),  # Help Hotlines
    "1109": ("education",),  # Education
    "1346": ("repatriation",),  # Citizenship & Immigration (under Education)
    "1110": ("livelihood",),  # Work
    "1111": ("legal",),  # Legal
    "1381": ("repatriation", "legal"),  # Citizenship & Immigration (under Legal)
    "1384": ("repatriation",),  # Identification Recovery
}

# Open Eligibility titles (lower case) to ids, for publishers who send the title, not the code.
OPEN_ELIGIBILITY_TITLES: dict[str, str] = {
    "emergency": "1101",
    "emergency shelter": "1121",
    "help find missing persons": "1122",
    "immediate safety": "1123",
    "help escape violence": "1123",
    "safe housing": "1125",
    "psychiatric emergency services": "1126",
    "housing": "1103",
    "residential housing": "1103",
    "help find housing": "1103",
    "health": "1106",
    "medical care": "1106",
    "understand mental health": "1198",
    "mental health evaluation": "1214",
    "counseling": "1220",
    "money": "1107",
    "financial assistance": "1107",
    "support network": "1303",
    "help hotlines": "1305",
    "education": "1109",
    "skills & training": "1110",
    "citizenship & immigration": "1381",
    "identification recovery": "1384",
    "work": "1110",
    "help find work": "1110",
    "legal": "1111",
    "advocacy & legal aid": "1111",
    "representation": "1111",
}


def needs_for_open_eligibility(
    code: str, title: str, ancestors: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Needs for an Open Eligibility term given its id, its title or the ids above it."""
    for key in (code, OPEN_ELIGIBILITY_TITLES.get(title.strip().lower(), ""), *ancestors):
        if key in OPEN_ELIGIBILITY_NEEDS:
            return OPEN_ELIGIBILITY_NEEDS[key]
    return ()
