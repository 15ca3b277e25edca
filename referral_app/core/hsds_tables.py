"""The HSDS 3.1 tables this app keeps, declared once.

Each table lists the fields kept, the kind of value each holds, which are required, and which
child collections nest inside it in HSDS JSON. Import validation, the database schema, the JSON
nesting and the CSV data package are all driven by this one declaration. Fields marked in
``EXTENSIONS`` are not in HSDS; they travel as extra properties, which HSDS allows (see
docs/hsds-extensions.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of value. "id" is a UUID; "enum:a|b" is one of the listed words.
STR, NUM, BOOL, ID, DATE, DATETIME, URI, EMAIL = (
    "str", "num", "bool", "id", "date", "datetime", "uri", "email",
)
PARTIAL_DATE = "partial_date"  # YYYY, YYYY-MM or YYYY-MM-DD: sources are often dated loosely
PHONE = "phone"  # one dialable number: see core/phone_number.py


@dataclass(frozen=True)
class Table:
    name: str  # HSDS table name, also the database table name
    csv_file: str  # file name in a tabular data package
    fields: dict[str, str]  # field -> kind, in HSDS order
    required: frozenset[str] = frozenset({"id"})
    children: tuple[tuple[str, str], ...] = ()  # (JSON key, child table)
    links: dict[str, str] = field(default_factory=dict)  # foreign key field -> parent table

    @property
    def columns(self) -> list[str]:
        return list(self.fields)


def _enum(*words: str) -> str:
    return "enum:" + "|".join(words)


SCHEDULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

_ATTRIBUTES = ("attributes", "attribute")
_METADATA = ("metadata", "metadata")
_OWN = (_ATTRIBUTES, _METADATA)  # what every HSDS table may carry

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "organization",
            "organizations.csv",
            {
                "id": ID, "name": STR, "alternate_name": STR, "description": STR,
                "email": EMAIL, "website": URI, "tax_status": STR, "tax_id": STR,
                "year_incorporated": NUM, "legal_status": STR, "logo": STR, "uri": URI,
                "parent_organization_id": ID,
                "name_ur": STR,
            },
            frozenset({"id", "name"}),
            (
                ("additional_websites", "url"), ("funding", "funding"),
                ("phones", "phone"), ("contacts", "contact"), ("programs", "program"),
                ("organization_identifiers", "organization_identifier"), *_OWN,
            ),
        ),
        Table(
            "service",
            "services.csv",
            {
                "id": ID, "organization_id": ID, "program_id": ID, "name": STR,
                "alternate_name": STR, "description": STR, "url": URI, "email": EMAIL,
                "status": _enum("active", "inactive", "defunct", "temporarily closed"),
                "interpretation_services": STR, "application_process": STR,
                "fees_description": STR, "wait_time": STR, "fees": STR, "accreditations": STR,
                "eligibility_description": STR, "minimum_age": NUM, "maximum_age": NUM,
                "assured_date": STR, "assurer_email": EMAIL, "licenses": STR, "alert": STR,
                "last_modified": DATETIME,
                # extensions
                "name_ur": STR, "description_ur": STR, "slip_name": STR, "slip_name_ur": STR,
                "free_of_charge": BOOL, "gender": _enum("female", "male"),
                "source_url": URI, "source_date": PARTIAL_DATE, "last_verified": DATE,
                "verified_by": STR,
            },
            frozenset({"id", "name", "status"}),
            (
                ("additional_urls", "url"),
                ("phones", "phone"), ("schedules", "schedule"),
                ("service_areas", "service_area"), ("service_at_locations", "service_at_location"),
                ("languages", "language"), ("funding", "funding"),
                ("cost_options", "cost_option"), ("required_documents", "required_document"),
                ("contacts", "contact"), ("capacities", "service_capacity"), *_OWN,
            ),
            {"organization_id": "organization"},
        ),
        Table(
            "location",
            "locations.csv",
            {
                "id": ID, "location_type": _enum("physical", "postal", "virtual"),
                "url": URI, "organization_id": ID, "name": STR, "alternate_name": STR,
                "description": STR, "transportation": STR, "latitude": NUM, "longitude": NUM,
                "external_identifier": STR, "external_identifier_type": STR,
                # extensions
                "name_ur": STR, "confidential": BOOL,
            },
            frozenset({"id", "location_type"}),
            (
                ("languages", "language"), ("addresses", "address"), ("contacts", "contact"),
                ("accessibility", "accessibility"), ("phones", "phone"),
                ("schedules", "schedule"), *_OWN,
            ),
            {"organization_id": "organization"},
        ),
        Table(
            "service_at_location",
            "service_at_location.csv",
            {"id": ID, "service_id": ID, "location_id": ID, "description": STR},
            frozenset({"id"}),  # location_id, or a nested location: see hsds_records
            (
                ("service_areas", "service_area"), ("contacts", "contact"),
                ("phones", "phone"), ("schedules", "schedule"), *_OWN,
            ),
            {"service_id": "service", "location_id": "location"},
        ),
        Table(
            "address",
            "addresses.csv",
            {
                "id": ID, "location_id": ID, "attention": STR, "address_1": STR,
                "address_2": STR, "city": STR, "region": STR, "state_province": STR,
                "postal_code": STR, "country": STR,
                "address_type": _enum("physical", "postal", "virtual"),
            },
            frozenset(
                {"id", "address_1", "city", "state_province", "postal_code", "country",
                 "address_type"}
            ),
            children=_OWN,
            links={"location_id": "location"},
        ),
        Table(
            "phone",
            "phones.csv",
            {
                "id": ID, "location_id": ID, "service_id": ID, "organization_id": ID,
                "contact_id": ID, "service_at_location_id": ID, "number": PHONE,
                "extension": NUM, "type": STR, "description": STR,
            },
            frozenset({"id", "number"}),
            (("languages", "language"), *_OWN),
            {
                "location_id": "location", "service_id": "service",
                "organization_id": "organization", "contact_id": "contact",
                "service_at_location_id": "service_at_location",
            },
        ),
        Table(
            "language",
            "languages.csv",
            {
                "id": ID, "service_id": ID, "location_id": ID, "phone_id": ID,
                "name": STR, "code": STR, "note": STR,
            },
            children=_OWN,
            links={"service_id": "service", "location_id": "location", "phone_id": "phone"},
        ),
        Table(
            "schedule",
            "schedules.csv",
            {
                "id": ID, "service_id": ID, "location_id": ID, "service_at_location_id": ID,
                "valid_from": DATE, "valid_to": DATE, "dtstart": DATE, "timezone": NUM,
                "until": DATE, "count": NUM, "wkst": _enum(*SCHEDULE_DAYS),
                "freq": _enum("WEEKLY", "MONTHLY"), "interval": NUM, "byday": STR,
                "byweekno": STR, "bymonthday": STR, "byyearday": STR, "description": STR,
                "opens_at": STR, "closes_at": STR, "schedule_link": URI,
                "attending_type": STR, "notes": STR,
            },
            children=_OWN,
            links={
                "service_id": "service", "location_id": "location",
                "service_at_location_id": "service_at_location",
            },
        ),
        Table(
            "service_area",
            "service_areas.csv",
            {
                "id": ID, "service_id": ID, "service_at_location_id": ID, "name": STR,
                "description": STR, "extent": STR, "extent_type": STR, "uri": STR,
            },
            children=_OWN,
            links={"service_id": "service", "service_at_location_id": "service_at_location"},
        ),
        Table(
            "contact",
            "contacts.csv",
            {
                "id": ID, "organization_id": ID, "service_id": ID,
                "service_at_location_id": ID, "location_id": ID, "name": STR, "title": STR,
                "department": STR, "email": EMAIL,
            },
            children=(("phones", "phone"), *_OWN),
            links={
                "organization_id": "organization", "service_id": "service",
                "service_at_location_id": "service_at_location", "location_id": "location",
            },
        ),
        Table(
            "required_document",
            "required_documents.csv",
            {"id": ID, "service_id": ID, "document": STR, "uri": URI},
            children=_OWN,
            links={"service_id": "service"},
        ),
        Table(
            "url",
            "url.csv",
            {"id": ID, "label": STR, "url": URI, "organization_id": ID, "service_id": ID},
            frozenset({"id", "url"}),
            _OWN,
            {"organization_id": "organization", "service_id": "service"},
        ),
        Table(
            "funding",
            "funding.csv",
            {"id": ID, "organization_id": ID, "service_id": ID, "source": STR},
            children=_OWN,
            links={"organization_id": "organization", "service_id": "service"},
        ),
        Table(
            "cost_option",
            "cost_options.csv",
            {
                "id": ID, "service_id": ID, "valid_from": DATE, "valid_to": DATE,
                "option": STR, "currency": STR, "amount": NUM, "amount_description": STR,
            },
            children=_OWN,
            links={"service_id": "service"},
        ),
        Table(
            "program",
            "programs.csv",
            {"id": ID, "organization_id": ID, "name": STR, "alternate_name": STR,
             "description": STR},
            frozenset({"id", "name", "description"}),
            _OWN,
            {"organization_id": "organization"},
        ),
        Table(
            "organization_identifier",
            "organization_identifiers.csv",
            {"id": ID, "organization_id": ID, "identifier_scheme": STR,
             "identifier_type": STR, "identifier": STR},
            frozenset({"id", "identifier_type", "identifier"}),
            _OWN,
            {"organization_id": "organization"},
        ),
        Table(
            "accessibility",
            "accessibility.csv",
            {"id": ID, "location_id": ID, "description": STR, "details": STR, "url": URI},
            children=_OWN,
            links={"location_id": "location"},
        ),
        Table(
            "service_capacity",
            "service_capacity.csv",
            {"id": ID, "service_id": ID, "unit_id": ID, "available": NUM, "maximum": NUM,
             "description": STR, "updated": DATETIME},
            frozenset({"id", "available", "updated"}),  # and a unit: kept with the row
            _OWN,
            {"service_id": "service"},
        ),
        Table(
            "metadata",
            "metadata.csv",
            {
                "id": ID, "resource_id": ID, "resource_type": STR, "last_action_date": STR,
                "last_action_type": STR, "field_name": STR, "previous_value": STR,
                "replacement_value": STR, "updated_by": STR,
            },
            frozenset({"id", "last_action_date", "last_action_type", "field_name",
                       "previous_value", "replacement_value", "updated_by"}),
        ),
        Table(
            "attribute",
            "attributes.csv",
            {
                "id": ID, "link_id": ID, "taxonomy_term_id": ID, "link_type": STR,
                "link_entity": STR, "value": STR, "label": STR,
            },
            frozenset({"id"}),  # and taxonomy_term_id, or a nested taxonomy_term
            children=(_METADATA,),
        ),
        Table(
            "taxonomy_term",
            "taxonomy_terms.csv",
            {
                "id": ID, "code": STR, "name": STR, "description": STR, "parent_id": ID,
                "taxonomy": STR, "language": STR, "taxonomy_id": ID, "term_uri": URI,
                "name_ur": STR,  # extension
            },
            frozenset({"id", "name", "description"}),
        ),
    )
}

# Tables whose rows belong to one parent record (copied under each parent in JSON).
SATELLITES = (
    "service_at_location", "address", "phone", "language", "schedule", "service_area",
    "contact", "required_document", "attribute", "url", "funding", "cost_option", "program",
    "organization_identifier", "accessibility", "service_capacity", "metadata",
)

# Objects HSDS nests one at a time (not in a list): kept whole with the row that holds them,
# checked as a row of their table where this app keeps one. In a tabular data package each
# travels as its id (the field named here) and a row of its own file (LOOKUP_FILES, or the
# table's own file for a program).
NESTED_ONE: dict[tuple[str, str], tuple[str, str]] = {
    ("service", "program"): ("program", "program_id"),
    ("service_capacity", "unit"): ("unit", "unit_id"),
    ("taxonomy_term", "taxonomy_detail"): ("taxonomy", "taxonomy_id"),
}
LOOKUP_FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "unit": ("units.csv", ("id", "name", "scheme", "identifier", "uri")),
    "taxonomy": ("taxonomies.csv", ("id", "name", "description", "uri", "version")),
}

# The column that keeps, as a JSON object, every property of a row that is not a declared
# field: extra properties a publisher adds, and the objects in NESTED_ONE.
EXTRA = "extra"

# Fields that are ours, not HSDS's (documented in docs/hsds-extensions.md).
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "organization": ("name_ur",),
    "service": (
        "name_ur", "description_ur", "slip_name", "slip_name_ur", "free_of_charge", "gender",
        "source_url", "source_date", "last_verified", "verified_by",
    ),
    "location": ("name_ur", "confidential"),
    "taxonomy_term": ("name_ur",),
}

# Where each parent link lives in a child row of the tabular form.
PARENT_LINK = {
    "service": "service_id",
    "location": "location_id",
    "organization": "organization_id",
    "contact": "contact_id",
    "service_at_location": "service_at_location_id",
    "phone": "phone_id",
}
