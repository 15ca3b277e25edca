"""Measure import and search at scale on synthetic services.

    python benchmarks/directory_benchmark.py [--services 100000] [--queries 300]

Generates N services (realistic field sizes, English and Urdu text, several locations and phones
each) as one HSDS API page, imports it into a fresh data folder in a child process (so that its
peak memory is its own), then times ranked searches against the raw FTS5 floor
(``MATCH … ORDER BY rank LIMIT 50`` on the same database, with the same match expression).
Prints a table; asserts nothing.
"""

from __future__ import annotations

import argparse
import atexit
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from referral_app.core.hsds_nest import need_attributes  # noqa: E402
from referral_app.core.needs import NEED_CODES  # noqa: E402

ENGLISH = (
    "legal aid women centre helpline shelter counselling district protection family rights "
    "training skills health clinic support crisis child welfare office commission police desk "
    "return documents migrant labour education school vocational livelihood income emergency "
    "medical psychological advice court lawyer justice community youth hospital unit services "
    "trust foundation society department program care safe house home rehabilitation referral "
    "awareness literacy microfinance loans employment placement identity passport embassy "
    "repatriation transport food clothing interpreter hotline free confidential survivors "
    "violence prevention outreach mobile camp village urban rural"
).split()
URDU = (
    "مدد مرکز خواتین قانونی پناہ تحفظ صحت تعلیم روزگار دفتر بچوں خاندان عدالت وکیل ہسپتال"
).split()
DISTRICTS = [p["name"] for p in json.loads((REPO / "db" / "geography.json").read_text())["places"]
             if p["kind"] == "district"]
PROVINCES = ["Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan", "Gilgit-Baltistan"]
LANGUAGES = ["Urdu", "English", "Punjabi", "Pashto", "Sindhi", "Saraiki", "Balochi"]
DOMAIN_WEIGHTS = [1 / (rank + 1) ** 0.9 for rank in range(len(ENGLISH))]


def _vocabulary() -> list[str]:
    """Running text draws on a few thousand words with Zipf's law, as real descriptions do;
    the service words above are spread among the most frequent few hundred."""
    rng = random.Random(3)
    syllables = ("ka ra ma ni to lu sha par dar gul zan bad pur kot wal ist ana eri mun "
                 "sel tor vin hal bek").split()
    filler: set[str] = set()
    while len(filler) < 3000:
        filler.add("".join(rng.choices(syllables, k=rng.randint(2, 4))))
    vocabulary = sorted(filler)
    rng.shuffle(vocabulary)
    for index, word in enumerate(ENGLISH):
        vocabulary.insert(3 + index * 6, word)
    return vocabulary


VOCABULARY = _vocabulary()
TEXT_WEIGHTS = [1 / (rank + 1) for rank in range(len(VOCABULARY))]


def words(rng: random.Random, count: int) -> str:
    """Words for names: mostly the service words."""
    return " ".join(rng.choices(ENGLISH, DOMAIN_WEIGHTS, k=count))


def text(rng: random.Random, count: int) -> str:
    """Running text: descriptions, eligibility, how to apply."""
    return " ".join(rng.choices(VOCABULARY, TEXT_WEIGHTS, k=count))


def make_service(rng: random.Random, index: int) -> dict:
    sid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    org = rng.randrange(max(1, index // 10 + 1))
    district = rng.choice(DISTRICTS)
    locations = []
    for _ in range(rng.randint(1, 3)):
        lid = new_id()
        locations.append({"id": new_id(), "location": {
            "id": lid, "location_type": "physical", "name": f"{words(rng, 2).title()} Office",
            "addresses": [{"id": new_id(), "address_1": f"{rng.randint(1, 300)} {words(rng, 2)} "
                           "road", "city": district, "region": district,
                           "state_province": rng.choice(PROVINCES), "postal_code": "",
                           "country": "PK", "address_type": "physical"}],
            "phones": [{"id": new_id(),
                        "number": f"0{rng.randint(21, 99)}-{rng.randint(1000000, 9999999)}"}],
        }})
    return {
        "id": sid,
        "name": f"{words(rng, rng.randint(2, 4)).title()} {index}",
        "name_ur": " ".join(rng.choices(URDU, k=3)),
        "status": "active",
        "description": text(rng, rng.randint(25, 60)) + ". " + " ".join(rng.choices(URDU, k=12)),
        "eligibility_description": text(rng, 12),
        "application_process": text(rng, 15),
        "organization": {"id": str(uuid.UUID(int=org + 1)), "name": f"{words(rng, 3).title()} "
                         f"Trust {org}"},
        "phones": [{"id": new_id(), "number": f"0300-{rng.randint(1000000, 9999999)}",
                    "type": "voice"} for _ in range(rng.randint(2, 4))],
        "schedules": [{"id": new_id(), "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR",
                       "opens_at": "09:00", "closes_at": "17:00"}],
        "languages": [{"id": new_id(), "name": name} for name in rng.sample(LANGUAGES, 2)],
        "service_areas": [{"id": new_id(), "name": rng.choice(
            [district, district, rng.choice(PROVINCES), "National"])}],
        "service_at_locations": locations,
        "attributes": need_attributes(sid, rng.sample(NEED_CODES, rng.randint(1, 2))),
        "source_url": "https://example.org/source",
        "source_date": "2025-01-01",
    }


def generate(path: Path, count: int) -> None:
    rng = random.Random(20261128)
    with path.open("w", encoding="utf-8") as file:
        file.write(f'{{"total_items": {count}, "contents": [\n')
        for index in range(count):
            if index:
                file.write(",\n")
            file.write(json.dumps(make_service(rng, index), ensure_ascii=False))
        file.write("\n]}\n")


IMPORT_CHILD = """
import resource, sys, time
from pathlib import Path
from referral_app.store.directory import Directory
directory = Directory.open(Path(sys.argv[1]), starter=False)
start = time.perf_counter()
report = directory.import_file(Path(sys.argv[2]))
took = time.perf_counter() - start
directory.close()  # waits for the copy from the WAL into the file, done in the background
copying = time.perf_counter() - start - took
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{took:.3f} {peak:.1f} {report.added} {report.unchanged} {report.rejected} {copying:.3f}")
"""


def import_in_child(data: Path, page: Path) -> tuple[float, float, int, int, int, float]:
    done = subprocess.run([sys.executable, "-c", IMPORT_CHILD, str(data), str(page)],
                          capture_output=True, text=True, check=True, cwd=REPO)
    took, peak, added, unchanged, rejected, copying = done.stdout.split()
    return (float(took), float(peak), int(added), int(unchanged), int(rejected),
            float(copying))


def write_floor(data: Path, work: Path) -> float:
    """Seconds SQLite alone takes to write the rows the import wrote (same schema, same
    transaction, rows already in memory): what no amount of Python tuning can go below."""
    import sqlite3

    from referral_app.store.database import open_database

    source = sqlite3.connect(data / "directory.db")
    tables = [name for (name,) in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%search_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    rows = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    fts = {t: source.execute(f"SELECT rowid, * FROM {t}").fetchall()
           for t in ("service_search", "service_name_search")}
    source.close()
    target = work / "floor"
    for suffix in ("", "-wal", "-shm"):
        (target / ("directory.db" + suffix)).unlink(missing_ok=True)
    db, _ = open_database(target / "directory.db")
    conn = db.conn
    for table in ("place_alias", "place", "taxonomy_term"):
        conn.execute(f"DELETE FROM {table}")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for table in ("place", "place_alias", *tables):
        if rows.get(table):
            marks = ",".join("?" * len(rows[table][0]))
            conn.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", rows[table])
    for table, fts_rows in fts.items():
        if fts_rows:
            columns = ",".join(["rowid"] + [c[1] for c in conn.execute(
                f"PRAGMA table_info({table})")])
            marks = ",".join("?" * len(fts_rows[0]))
            conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", fts_rows)
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # as the app commits a large import
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


def queries(rng: random.Random, count: int, two_words: bool) -> list[str]:
    out = []
    for _ in range(count):
        word = rng.choice(ENGLISH + URDU)
        text = word[: rng.randint(3, max(3, len(word)))]
        if two_words:
            other = rng.choice(ENGLISH)
            text = f"{rng.choice(ENGLISH)} {other[: rng.randint(2, len(other))]}"
        out.append(text)
    return out


def timed(fn, items) -> list[float]:
    times = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--services", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args()

    work = args.keep or Path(tempfile.mkdtemp(prefix="referral-bench-"))
    if not args.keep:
        atexit.register(shutil.rmtree, work, ignore_errors=True)
    work.mkdir(parents=True, exist_ok=True)
    page = work / f"services-{args.services}.json"
    if not page.exists():
        start = time.perf_counter()
        generate(page, args.services)
        print(f"generated {args.services} services ({page.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - start:.1f} s")
    data = work / "data"
    for suffix in ("", "-wal", "-shm"):
        (data / ("directory.db" + suffix)).unlink(missing_ok=True)

    took, peak, added, _, rejected, copying = import_in_child(data, page)
    retook, repeak, _, unchanged, _, _ = import_in_child(data, page)
    print()
    print(f"{'import':<44}{'figure':>12}   target")
    print(f"{'services imported (rejected)':<44}{added:>12}   ({rejected} rejected)")
    print(f"{'import time':<44}{took:>10.1f} s")
    print(f"{'services per second':<44}{added / took:>12,.0f}   >= 10,000")
    print(f"{'  then copied into the database file':<44}{copying:>10.1f} s   (in the background)")
    print(f"{'peak memory of the import process':<44}{peak:>9.0f} MB   <= 300 MB")
    print(f"{'re-import of the same file (unchanged)':<44}{retook:>10.1f} s   "
          f"({unchanged} unchanged, peak {repeak:.0f} MB)")
    floor = write_floor(data, work)
    print(f"{'SQLite alone writing the same rows':<44}{floor:>10.1f} s   "
          f"({added / floor:,.0f} services per second at most)")

    from referral_app.core.models import SearchFilters
    from referral_app.store.directory import Directory
    from referral_app.store.search import match_expression

    directory = Directory.open(data, starter=False)
    rng = random.Random(7)
    district = "Multan"
    cases = {
        "1 word": SearchFilters(),
        "1 word + need": SearchFilters(needs=("legal",)),
        "1 word + district": SearchFilters(district=district),
        "2 words": SearchFilters(),
        "2 words + need": SearchFilters(needs=("shelter", "legal")),
        "2 words + district": SearchFilters(district=district),
    }
    print()
    print(f"{'search (' + str(args.queries) + ' queries each, ms)':<26}{'median':>8}{'p95':>8}"
          f"{'floor med':>11}{'floor p95':>11}{'ratio':>8}")
    worst_ratio, worst_p95 = 0.0, 0.0
    for name, filters in cases.items():
        texts = queries(rng, args.queries, two_words=name.startswith("2"))
        for text in texts[:20]:  # warm the page cache
            directory.search(text, filters)
        ours = timed(lambda t, f=filters: directory.search(t, f, limit=50), texts)
        expressions = [match_expression(t, filters, directory.geography) for t in texts]
        floor = timed(lambda e: directory.db.execute(
            "SELECT rowid FROM service_search WHERE service_search MATCH ? ORDER BY rank "
            "LIMIT 50", [e]).fetchall(), expressions)
        ratio = statistics.median(ours) / statistics.median(floor)
        worst_ratio, worst_p95 = max(worst_ratio, ratio), max(worst_p95, p95(ours))
        print(f"{name:<26}{statistics.median(ours):>8.2f}{p95(ours):>8.2f}"
              f"{statistics.median(floor):>11.2f}{p95(floor):>11.2f}{ratio:>8.2f}")
    print(f"worst ratio to the floor {worst_ratio:.2f} (target <= 2); "
          f"worst p95 {worst_p95:.1f} ms (target <= 30)")
    directory.close()


if __name__ == "__main__":
    main()
