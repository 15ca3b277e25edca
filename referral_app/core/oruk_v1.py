"""Convert Open Referral UK v1 API pages into HSDS 3.1 service objects.

A v1 page is a paged list (``content``, ``number``, ``size``, ``totalElements``) of services
with their organisation, locations, contacts, schedules and taxonomies nested inside, numeric
ids, and ``null`` for what is not known. Two shapes are read: the one the Open Referral UK v1
standard describes (``organization``, ``service_at_locations``, ``service_taxonomys``, contacts
with ``phones``) and the one the Outpost software serves (``organisation``, ``locations``,
``taxonomies``, contacts with one ``phone``). The mapping is in docs/older-formats.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .conversion import Conversion, derived_id, stable_id
from .hsds_records import ORIGIN
from .weekdays import clock_time, day_code

Obj = dict[str, Any]

FORMAT = "Open Referral UK v1 API page"
PAGE_KEYS = frozenset({"totalElements", "totalPages", "number", "size"})

_SERVICE_TEXT = {"name": "name", "description": "description", "url": "url", "email": "email",
                 "interpretation_services": "interpretation_services",
                 "application_process": "application_process", "wait_time": "wait_time",
                 "fees": "fees_description", "accreditations": "accreditations",
                 "assured_date": "assured_date",
                 "updated_at": "last_modified", "last_modified": "last_modified"}
_AGES = {"min_age": "minimum_age", "minimum_age": "minimum_age", "max_age": "maximum_age",
         "maximum_age": "maximum_age"}
# Keys read by hand below; any other key is dropped, and counted in the notes.
_READ = frozenset({"id", "status", "organization", "organisation", "locations",
                   "service_at_locations", "contacts", "taxonomies", "service_taxonomys",
                   "regular_schedules", "cost_options", "links", "languages", "service_areas",
                   "eligibilitys", "fundings", "suitabilities", "free"})
_STATUSES = frozenset({"active", "inactive", "defunct", "temporarily closed"})


def is_page(top: Any) -> bool:
    """True for a v1 page: an object with a ``content`` list and paging keys."""
    return (isinstance(top, dict) and isinstance(top.get("content"), list)
            and bool(PAGE_KEYS.intersection(top)))


def page_services(top: dict[str, Any], file: str, conversion: Conversion
                  ) -> Iterator[tuple[str, Obj]]:
    """The page's services as HSDS 3.1 objects, each with where it was in the file."""
    for index, item in enumerate(top["content"]):
        where = f"content[{index}]"
        if not isinstance(item, dict) or item.get("id") is None:
            conversion.note("entries that are not services with an id; dropped")
            continue
        service = _Service(conversion, where).convert(item)
        yield where, service


class _Service:
    def __init__(self, conversion: Conversion, where: str) -> None:
        self.conversion = conversion
        self.where = where

    def note(self, sentence: str) -> None:
        self.conversion.note(sentence)

    def convert(self, item: Obj) -> Obj:
        service_id = stable_id("oruk-service", item["id"])
        out: Obj = {ORIGIN: self.where, "id": service_id}
        for key, value in item.items():
            if value is None or value == [] or value == "":
                continue
            target = _SERVICE_TEXT.get(key) or _AGES.get(key)
            if target:
                out[target] = _text(value) if key not in _AGES else value
            elif key not in _READ and key not in _SERVICE_TEXT:
                self.note(f"service field {key}: no HSDS 3.1 place; dropped")
        if isinstance(out.get("last_modified"), str):
            out["last_modified"] = _timestamp(out["last_modified"])
        status = str(item.get("status") or "").lower()
        if status not in _STATUSES:
            self.note("services without an HSDS status: taken as active")
            status = "active"
        out["status"] = status
        if item.get("free") is True:
            out["free_of_charge"] = True
        organization = item.get("organization") or item.get("organisation")
        if isinstance(organization, dict) and organization.get("id") is not None:
            out["organization"] = _organization(organization)
        self._locations(item, out, service_id)
        self._contacts(item, out, service_id)
        self._schedules(item.get("regular_schedules"), out, service_id)
        self._taxonomies(item, out, service_id)
        self._lists(item, out, service_id)
        return out

    def _locations(self, item: Obj, out: Obj, service_id: str) -> None:
        places = [(entry.get("id"), entry.get("location"), entry)
                  for entry in item.get("service_at_locations") or [] if isinstance(entry, dict)]
        places += [(None, location, {}) for location in item.get("locations") or []]
        at = []
        for position, (link_id, location, entry) in enumerate(places):
            if not isinstance(location, dict) or location.get("id") is None:
                self.note("locations without an id; dropped")
                continue
            converted = _location(location)
            link: Obj = {"id": stable_id("oruk-service-at-location", link_id)
                         if link_id is not None else derived_id(service_id, "at", position),
                         "location": converted}
            self._schedules(entry.get("regular_schedules"), link, link["id"])
            at.append(link)
        if at:
            out["service_at_locations"] = at

    def _contacts(self, item: Obj, out: Obj, service_id: str) -> None:
        contacts = []
        for position, contact in enumerate(item.get("contacts") or []):
            if not isinstance(contact, dict):
                continue
            new: Obj = {"id": stable_id("oruk-contact", contact["id"])
                        if contact.get("id") is not None
                        else derived_id(service_id, "contact", position)}
            for key in ("name", "title", "email"):
                if contact.get(key):
                    new[key] = _text(contact[key])
            numbers = [p.get("number") for p in contact.get("phones") or []
                       if isinstance(p, dict)]
            numbers += [contact.get("phone")]
            phones = [{"id": derived_id(new["id"], "phone", index), "number": _text(number)}
                      for index, number in enumerate(n for n in numbers if n)]
            if phones:
                new["phones"] = phones
            contacts.append(new)
        if contacts:
            out["contacts"] = contacts

    def _schedules(self, schedules: Any, out: Obj, owner: str) -> None:
        made = []
        for position, schedule in enumerate(schedules or []):
            if not isinstance(schedule, dict):
                continue
            new: Obj = {"id": stable_id("oruk-schedule", schedule["id"])
                        if schedule.get("id") is not None
                        else derived_id(owner, "schedule", position), "freq": "WEEKLY"}
            day = day_code(schedule.get("weekday") or schedule.get("byday") or "")
            if day is None:
                self.note("schedules without a weekday we know; kept without a day")
            else:
                new["byday"] = day
            for key in ("opens_at", "closes_at"):
                time = clock_time(schedule.get(key) or "")
                if time is not None:
                    new[key] = time
            made.append(new)
        if made:
            out["schedules"] = made

    def _taxonomies(self, item: Obj, out: Obj, service_id: str) -> None:
        terms = [(t.get("taxonomy"), t.get("id")) for t in item.get("service_taxonomys") or []
                 if isinstance(t, dict)]
        terms += [(t, None) for t in item.get("taxonomies") or []]
        attributes = []
        for term, link_id in terms:
            if not isinstance(term, dict) or term.get("id") is None or not term.get("name"):
                continue
            converted: Obj = {"id": stable_id("oruk-taxonomy", term["id"]),
                              "code": str(term["id"]), "name": _text(term["name"]),
                              "description": _text(term["name"]),
                              "taxonomy": _text(term.get("vocabulary") or "Open Referral UK")}
            if term.get("parent") or term.get("parent_id"):
                converted["parent_id"] = stable_id("oruk-taxonomy",
                                                   term.get("parent") or term["parent_id"])
            attributes.append({"id": stable_id("oruk-service-taxonomy", link_id)
                               if link_id is not None
                               else derived_id(service_id, "term", term["id"]),
                               "taxonomy_term_id": converted["id"],
                               "taxonomy_term": converted})
        if attributes:
            out["attributes"] = attributes

    def _lists(self, item: Obj, out: Obj, service_id: str) -> None:
        costs = []
        for position, cost in enumerate(item.get("cost_options") or []):
            if isinstance(cost, dict):
                new: Obj = {"id": derived_id(service_id, "cost", position)}
                words = [str(cost[k]).strip() for k in ("option", "cost_type") if cost.get(k)]
                if words:
                    new["option"] = " ".join(words)
                amount = _amount(cost.get("amount"))
                if amount is not None:
                    new["amount"] = amount
                if cost.get("amount_description"):
                    new["amount_description"] = _text(cost["amount_description"])
                costs.append(new)
        if costs:
            out["cost_options"] = costs
        links = [{"id": derived_id(service_id, "url", i), "url": str(link["url"]),
                  **({"title": _text(link["label"])} if link.get("label") else {})}
                 for i, link in enumerate(item.get("links") or [])
                 if isinstance(link, dict) and link.get("url")]
        if links:
            out["additional_urls"] = links
        languages = [{"id": derived_id(service_id, "language", i),
                      "name": _text(entry.get("language") if isinstance(entry, dict) else entry)}
                     for i, entry in enumerate(item.get("languages") or [])
                     if (entry.get("language") if isinstance(entry, dict) else entry)]
        if languages:
            out["languages"] = languages
        areas = [{"id": derived_id(service_id, "area", i), "name": _text(area["service_area"])}
                 for i, area in enumerate(item.get("service_areas") or [])
                 if isinstance(area, dict) and area.get("service_area")]
        if areas:
            out["service_areas"] = areas
        funding = [{"id": derived_id(service_id, "funding", i), "source": _text(f["source"])}
                   for i, f in enumerate(item.get("fundings") or [])
                   if isinstance(f, dict) and f.get("source")]
        if funding:
            out["funding"] = funding
        eligibility = [_text(e.get("eligibility")) for e in item.get("eligibilitys") or []
                       if isinstance(e, dict) and e.get("eligibility")]
        suitable = [_text(s.get("name")) for s in item.get("suitabilities") or []
                    if isinstance(s, dict) and s.get("name")]
        if suitable:
            eligibility.append("Suitable for: " + "; ".join(suitable))
        if eligibility:
            out["eligibility_description"] = "\n".join(eligibility)


def _organization(organization: Obj) -> Obj:
    out: Obj = {"id": stable_id("oruk-organization", organization["id"]),
                "name": _text(organization.get("name") or ""),
                "description": _text(organization.get("description") or "")}
    for key, target in (("email", "email"), ("url", "website"), ("website", "website"),
                        ("logo", "logo"), ("uri", "uri")):
        if organization.get(key):
            out[target] = _text(organization[key])
    return out


def _location(location: Obj) -> Obj:
    location_id = stable_id("oruk-location", location["id"])
    out: Obj = {"id": location_id, "location_type": "physical"}
    for key in ("name", "description"):
        if location.get(key):
            out[key] = _text(location[key])
    point = (location.get("geometry") or {}).get("coordinates")
    if isinstance(point, list) and len(point) == 2:
        out["longitude"], out["latitude"] = point
    for key in ("latitude", "longitude"):
        if isinstance(location.get(key), int | float):
            out[key] = location[key]
    if location.get("mask_exact_address") is True:
        out["confidential"] = True
    addresses = [a for a in location.get("physical_addresses") or [] if isinstance(a, dict)]
    if location.get("address_1"):
        addresses.append(location)
    made = []
    for position, address in enumerate(addresses):
        new: Obj = {"id": derived_id(location_id, "address", position),
                    "address_type": "physical"}
        for key in ("address_1", "city", "state_province", "postal_code", "country"):
            new[key] = _text(address.get(key) or "")
        for key in ("address_2", "attention", "region"):
            if address.get(key):
                new[key] = _text(address[key])
        made.append(new)
    if made:
        out["addresses"] = made
    access = [a.get("name") or a.get("accessibility")
              for a in location.get("accessibilities") or location.get(
                  "accessibility_for_disabilities") or [] if isinstance(a, dict)]
    if any(access):
        out["accessibility"] = [{"id": derived_id(location_id, "access", i),
                                 "description": _text(text)}
                                for i, text in enumerate(a for a in access if a)]
    return out


def _text(value: Any) -> str:
    return str(value).strip()


def _timestamp(text: str) -> str:
    """'2021-09-14T13:05:10.022Z' as HSDS's date-time (fractions of a second dropped)."""
    head, dot, rest = text.partition(".")
    return head + ("Z" if dot and rest.endswith("Z") else "") if dot else text


def _amount(value: Any) -> float | None:
    try:
        return float(str(value).strip())
    except ValueError:
        return None
