"""Killing the process while an update is applied leaves the directory exactly as before or
exactly as after, never in between."""

import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from referral_app.core import bundle
from referral_app.store import updates
from referral_app.store.directory import Directory
from tests.conftest import write_json
from tests.fixtures.services import page, service
from tests.store.helpers import snapshot

APPLY = """
import sys
from pathlib import Path
from referral_app.store import updates
from referral_app.store.directory import Directory
directory = Directory.open(Path(sys.argv[1]))
print("started", flush=True)
updates.apply(directory, updates.check(directory, Path(sys.argv[2])))
print("done", flush=True)
"""


def state(folder: Path):
    with Directory.open(folder) as directory:
        return snapshot(directory), directory.info().get("version")


def test_a_killed_update_is_all_or_nothing(tmp_path: Path) -> None:
    key = bundle.new_private_key()
    with Directory.open(tmp_path / "coordinator") as coordinator:
        coordinator.import_file(write_json(tmp_path / "many.json", page(
            *(service(f"Desk {i:04d}", phone=f"0300-{i:07d}") for i in range(3000)))))
        update = tmp_path / "v1.zip"
        updates.build(coordinator, key, "Coordinator", 1, update)
    pristine = tmp_path / "pristine"
    with Directory.open(pristine) as laptop:
        updates.trust(laptop, bundle.public_key_text(key.public_key()), "Coordinator", "k.pub")
    before = state(pristine)
    finished = tmp_path / "finished"
    shutil.copytree(pristine, finished)
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", APPLY, str(finished), str(update)], check=True,
                   capture_output=True)
    took = time.monotonic() - started
    after = state(finished)
    assert after != before and after[1] == "1"

    rng = random.Random(1128)
    outcomes = set()
    for attempt in range(6):
        folder = tmp_path / f"killed{attempt}"
        shutil.copytree(pristine, folder)
        with subprocess.Popen([sys.executable, "-c", APPLY, str(folder), str(update)],
                              stdout=subprocess.PIPE, text=True) as process:
            assert process.stdout is not None
            process.stdout.readline()  # "started": the directory is open
            time.sleep(rng.uniform(0, took * 0.8))
            process.kill()
            process.wait()
        result = state(folder)
        assert result in (before, after), f"attempt {attempt} left a half-applied directory"
        outcomes.add("after" if result == after else "before")
    assert "before" in outcomes  # at least one kill landed mid-way
