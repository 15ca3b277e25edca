import io
import subprocess
import sys
from pathlib import Path

import pytest

from referral_app.core import reading_process
from referral_app.core.errors import InvalidFileError
from referral_app.core.hsds_files import read_records
from referral_app.core.hsds_records import Record
from referral_app.core.reading_process import READER_FLAG, records_read_aside
from tests.conftest import write_json
from tests.fixtures.services import make_id, page, service

ENTRY = Path(__file__).resolve().parents[2] / "packaging" / "app" / "referral_app_main.py"


def _as_read(record: Record) -> tuple:
    """Everything an import uses of a record (``owned`` is only used while reading)."""
    return (record.table, record.where, record.row, record.satellites, record.terms,
            record.needs, record.problems, record.dropped, record.origin, record.given_id,
            record.order, record.digest())


def _mixed_page(tmp_path: Path) -> Path:
    nested = service("Nested") | {"service_at_locations": [{
        "id": make_id("sal"), "location": {
            "id": make_id("loc"), "name": "Test Place 1", "location_type": "physical",
            "addresses": [{"id": make_id("addr"), "address_1": "1 Test Road",
                           "city": "Lahore", "state_province": "Punjab", "country": "PK",
                           "address_type": "physical"}]}}]}
    return write_json(tmp_path / "p.json", page(
        service("Good", languages=("Urdu",)),
        service("Bad phone") | {"phones": [{"id": make_id("p"), "number": "letters"}]},
        service("Bad status") | {"status": "maybe"},
        service("Hidden") | {"name": "Fake\u202eName"},
        nested,
        service("Extra") | {"publisher_note": "kept as an extra property"},
    ))


def test_the_records_read_aside_are_those_read_in_process(tmp_path) -> None:
    path = _mixed_page(tmp_path)
    here = [_as_read(r) for r in read_records(path)]
    aside = [_as_read(r) for r in records_read_aside(path)]
    assert aside == here
    assert any(r[6] for r in here) and any(r[7] for r in here)  # problems and dropped parts


@pytest.mark.parametrize("content", [b'{"contents": [{"id": ', b'{"contents": [{"n": "\xc3\x28"}]}',
                                     b"[1, 2] trailing"])
def test_a_file_refused_aside_is_refused_with_the_same_sentence(tmp_path, content) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidFileError) as here:
        list(read_records(path))
    with pytest.raises(InvalidFileError) as aside:
        list(records_read_aside(path))
    assert str(aside.value) == str(here.value)


def test_an_import_that_stops_reading_stops_the_second_process(tmp_path, monkeypatch) -> None:
    started: list[subprocess.Popen] = []
    popen = subprocess.Popen

    def remembered(*args, **kwargs):
        started.append(popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(subprocess, "Popen", remembered)
    path = write_json(tmp_path / "p.json", page(*(service(f"S{n}") for n in range(600))))
    records = records_read_aside(path)
    next(records)
    (process,) = started
    assert process.poll() is None  # still reading
    records.close()
    assert process.poll() is not None


def test_the_packaged_app_serves_as_its_own_second_process(tmp_path) -> None:
    # In the packaged app the second process is the app itself, given READER_FLAG: its entry
    # script hands the flag over before loading anything else.
    path = _mixed_page(tmp_path)
    done = subprocess.run([sys.executable, str(ENTRY), READER_FLAG, str(path)],
                          capture_output=True, check=True, timeout=120)
    stream = io.BytesIO(done.stdout)
    served = []
    while (message := reading_process._receive(stream)) is not None:
        kind, payload = message
        if kind != "records":
            break
        served += [_as_read(reading_process._record(flat)) for flat in payload]
    assert kind == "done"
    assert served == [_as_read(r) for r in read_records(path)]
