"""Build db/starter_directory.json from the researched list of public services.

Run from the repository: ``python db/make_starter.py ../shared/data/pakistan_services.json``
(a second argument writes elsewhere).
Only facts the sources state are carried over; every record keeps its source address and date
and is left unverified. Ids are derived from names, so a rebuild gives the same ids.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from referral_app.core.hsds_nest import need_attributes  # noqa: E402
from referral_app.core.needs import need_code  # noqa: E402

NAMESPACE = uuid.UUID("0b7d9f3a-2c41-5e8b-8d6a-5f1e2c3b4a90")
ROUND_THE_CLOCK = {"24/7", "24 hours", "round the clock", "any day, any time",
                   "24/7 except during eid holidays"}
DAYS = "MO,TU,WE,TH,FR,SA,SU"


def ident(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "|".join(parts)))


def web_address(text: str) -> str:
    text = text.strip()
    return text if "://" in text or not text else f"https://{text}"


def service(entry: dict) -> dict:
    org_id = ident("organization", entry["organization"])
    service_id = ident("service", entry["organization"], entry["name"])
    need = need_code(entry["need"])
    if need is None:
        raise SystemExit(f"unknown need {entry['need']!r} for {entry['name']}")
    out: dict = {
        "id": service_id,
        "name": entry["name"],
        "status": "active",
        "organization": {"id": org_id, "name": entry["organization"], "description": ""},
    }
    if entry["description"]:
        out["description"] = entry["description"]
    if entry["email"]:
        out["email"] = entry["email"]
    if entry["website"]:
        out["url"] = web_address(entry["website"])
    out["source_url"] = entry["source_url"]
    if entry["source_date"]:
        out["source_date"] = entry["source_date"]
    if entry["phones"]:
        out["phones"] = [{"id": ident(service_id, "phone", n), "number": n}
                         for n in entry["phones"]]
    if entry["languages"]:
        out["languages"] = [{"id": ident(service_id, "language", name), "name": name}
                            for name in entry["languages"]]
    if entry["hours"]:
        schedule = {"id": ident(service_id, "schedule"), "description": entry["hours"]}
        if entry["hours"].strip().lower() in ROUND_THE_CLOCK:
            schedule |= {"freq": "WEEKLY", "byday": DAYS, "opens_at": "00:00",
                         "closes_at": "23:59"}
        out["schedules"] = [schedule]
    area = entry["district"] or entry["province"]
    if area:
        out["service_areas"] = [{"id": ident(service_id, "area", area), "name": area}]
    if entry["address"] or entry["city"]:
        location_id = ident("location", service_id)
        province = "" if entry["province"] == "National" else entry["province"]
        address = {
            "id": ident(location_id, "address"), "address_1": entry["address"],
            "city": entry["city"], "state_province": province, "postal_code": "",
            "country": "PK", "address_type": "physical",
        }
        if entry["district"]:
            address["region"] = entry["district"]
        location = {"id": location_id, "location_type": "physical", "addresses": [address]}
        if need == "shelter":
            location["confidential"] = True
        out["service_at_locations"] = [{"id": ident(service_id, "at", location_id),
                                        "location": location}]
    out["attributes"] = need_attributes(service_id, [need])
    return out


def main(source: str, target: Path = HERE / "starter_directory.json") -> None:
    entries = json.loads(Path(source).read_text(encoding="utf-8"))
    page = {
        "about": "Starter directory built by db/make_starter.py from public sources; every "
                 "record is unverified until someone confirms it.",
        "contents": [service(entry) for entry in entries],
    }
    target.write_text(json.dumps(page, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(page['contents'])} services to {target}")


if __name__ == "__main__":
    default_source = HERE.parent.parent / "shared" / "data" / "pakistan_services.json"
    main(sys.argv[1] if len(sys.argv) > 1 else str(default_source),
         *(Path(arg) for arg in sys.argv[2:3]))
