import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from referral_app.app import main
from tests.conftest import HSDS, need_shared, write_json
from tests.fixtures.services import page, service


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_counts_and_a_second_import_changes_nothing(capsys, data_dir) -> None:
    example = str(need_shared(HSDS / "examples" / "service_full.json"))
    assert run(capsys, "import", example) == (0, "added 1, updated 0, unchanged 0, rejected 0\n",
                                              "")
    assert run(capsys, "import", example)[1] == "added 0, updated 0, unchanged 1, rejected 0\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_import_counts_the_services_read_then_clears_the_line(
        capsys, data_dir, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("referral_app.store.importer.PROGRESS_EVERY", 2)
    path = write_json(tmp_path / "p.json", page(*(service(f"S{n}") for n in range(3))))
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["import", str(path)]) == 0
    assert terminal.getvalue() == "\r2 services read…\r3 services read…\r\x1b[K"
    assert capsys.readouterr().out == "added 3, updated 0, unchanged 0, rejected 0\n"


def test_dry_run_says_so_and_changes_nothing(capsys, data_dir) -> None:
    example = str(need_shared(HSDS / "examples" / "service_full.json"))
    assert run(capsys, "import", example, "--dry-run")[1].startswith("would import (dry run)")
    code, out, _ = run(capsys, "search", "Community Counselling", "--json")
    assert "Community Counselling" not in out


def test_search_json_has_the_promised_fields(capsys, data_dir) -> None:
    code, out, err = run(capsys, "search", "helpline", "--need", "emergency", "--limit", "3",
                         "--json")
    results = json.loads(out)
    assert code == 0 and err == "" and 1 <= len(results) <= 3
    for key in ("id", "name", "organization", "needs", "phones", "city", "district", "province",
                "last_verified"):
        assert key in results[0]
    assert all("emergency" in r["needs"] for r in results)


def test_search_by_place_with_an_old_district_name(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "search", "--district", "D.G. Khan", "--json")
    assert code == 0 and json.loads(out)  # national and Punjab-wide services serve it


def test_validate_lists_every_problem_and_exits_1(capsys, data_dir, tmp_path) -> None:
    bad = write_json(tmp_path / "bad.json", page(service("A") | {"status": "x"},
                                                 service("B") | {"name": 7}))
    code, out, err = run(capsys, "validate", str(bad))
    assert code == 1
    assert "status: must be one of" in out and "name: must be text" in out
    assert "2 problems; 2 services would be rejected" in out


def test_validate_a_good_file(capsys, data_dir) -> None:
    example = str(need_shared(HSDS / "examples" / "service_full.json"))
    assert run(capsys, "validate", example) == (0, "service_full.json: valid (1 services)\n", "")


def test_bad_file_is_one_line_on_stderr_and_exit_1(capsys, data_dir, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    code, out, err = run(capsys, "import", str(bad))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("referral-app: bad.json is not valid JSON")


def test_skip_invalid_lists_the_skipped(capsys, data_dir, tmp_path) -> None:
    bad = write_json(tmp_path / "p.json", page(service("Fine"), service("B") | {"name": 7}))
    code, out, _ = run(capsys, "import", str(bad), "--skip-invalid")
    assert code == 0
    assert out.splitlines()[0].startswith("skipped: p.json, service ")
    assert out.splitlines()[-1] == "added 1, updated 0, unchanged 0, rejected 1"


def test_a_missing_file_is_one_line(capsys, data_dir, tmp_path) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nowhere.json"))
    assert (code, err) == (1, "referral-app: Cannot read nowhere.json: No such file or "
                              "directory.\n")


@pytest.mark.parametrize("args", [["search", "--need", "cooking"], ["search", "--limit", "0"],
                                  ["frobnicate"], ["import"]])
def test_usage_mistakes_are_one_line_and_exit_2(capsys, data_dir, args) -> None:
    with pytest.raises(SystemExit) as exited:
        main(args)
    _, err = capsys.readouterr()
    assert exited.value.code == 2
    assert err.count("\n") == 1


def test_export_json_and_csv(capsys, data_dir, tmp_path) -> None:
    code, out, _ = run(capsys, "export", str(tmp_path / "out.json"))
    assert code == 0 and out.startswith("exported 47 services")
    assert json.loads((tmp_path / "out.json").read_text())["total_items"] == 47
    assert run(capsys, "export", str(tmp_path / "csv"), "--format", "csv")[0] == 0
    assert (tmp_path / "csv" / "datapackage.json").exists()
    code, _, err = run(capsys, "export", str(tmp_path / "csv"), "--format", "csv")
    assert code == 1 and "is not empty" in err


def test_export_into_a_missing_folder_is_one_line(capsys, data_dir, tmp_path) -> None:
    code, _, err = run(capsys, "export", str(tmp_path / "no" / "such" / "out.json"))
    assert code == 1 and err.startswith("referral-app: Cannot write")


def test_stats(capsys, data_dir) -> None:
    code, out, _ = run(capsys, "stats")
    assert code == 0 and "services: 47" in out and "emergency" in out and "Punjab" in out


def test_unknown_district_is_one_line(capsys, data_dir) -> None:
    code, _, err = run(capsys, "search", "--district", "Atlantis")
    assert code == 1 and "no district called 'Atlantis'" in err


@pytest.mark.parametrize("where", ["after the command", "before the command",
                                   "a nested command"])
def test_data_dir_option_beats_the_environment(capsys, data_dir, tmp_path, where) -> None:
    other = tmp_path / "other"
    args = {
        "after the command": ["stats", "--data-dir", str(other)],
        "before the command": ["--data-dir", str(other), "stats"],
        "a nested command": ["--data-dir", str(other), "trust", "list"],
    }[where]
    assert run(capsys, *args)[0] == 0
    assert (other / "directory.db").exists() and not data_dir.exists()


def test_data_dir_after_the_command_wins_over_one_before(capsys, data_dir, tmp_path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert run(capsys, "--data-dir", str(first), "stats", "--data-dir", str(second))[0] == 0
    assert (second / "directory.db").exists() and not first.exists()


def test_a_corrupt_directory_is_one_line(capsys, data_dir) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "directory.db").write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, "stats")
    assert code == 1 and "damaged" in err and err.count("\n") == 1


def test_python_dash_m_and_the_entry_point_run(tmp_path) -> None:
    env = dict(os.environ, REFERRAL_APP_DATA_DIR=str(tmp_path / "d"))
    done = subprocess.run([sys.executable, "-m", "referral_app", "search", "1099", "--limit",
                           "1"], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr
    assert "1099" in done.stdout
    script = Path(sys.executable).parent / "referral-app"
    if script.exists():
        done = subprocess.run([str(script), "stats"], capture_output=True, text=True, env=env,
                              check=False)
        assert done.returncode == 0 and "services: 47" in done.stdout


LYING = {
    "Bidi Desk": ("111-247-786\u202e", "direction control (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    "Zero Width Desk": ("111-2\u200b47-786", "invisible character (U+200B ZERO WIDTH SPACE)"),
    "Devanagari Desk": ("१११-२४७-७८६", "digit of another script (U+0967 DEVANAGARI DIGIT ONE)"),
    "Fullwidth Desk": ("１１１-２４７-７８６",
                       "digit of another script (U+FF11 FULLWIDTH DIGIT ONE)"),
    "Two Numbers Desk": ("111-247-786, 1099", "holds more than one number"),
    "Long Number Desk": ("7" * 5000, "is 5,000 characters long; a phone number is at most 30"),
}


def test_validate_names_each_number_that_could_lie(capsys, data_dir, tmp_path) -> None:
    services = [service(name, phone=number) for name, (number, _) in LYING.items()]
    bad = write_json(tmp_path / "lying.json", page(*services))
    code, out, _ = run(capsys, "validate", str(bad))
    assert code == 1
    lines = out.splitlines()
    for n, (obj, (_, words)) in enumerate(zip(services, LYING.values(), strict=True), 1):
        line = next(line for line in lines if obj["id"] in line)
        assert line.startswith(f"lying.json, service {obj['id']} (record {n}), "
                               "phones[0].number: ")
        assert words in line, line
    # refused without --skip-invalid; with it, only the number is left out
    assert "0 services would be rejected; with --skip-invalid 6 of their phones" in out


def test_import_refuses_a_lying_number_or_an_oversize_name_and_changes_nothing(
        capsys, data_dir, tmp_path) -> None:
    for name, (number, words) in LYING.items():
        bad = write_json(tmp_path / "one.json", page(service(name, phone=number)))
        code, _, err = run(capsys, "import", str(bad))
        assert code == 1 and "phones[0].number: " in err and words in err, err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    huge = write_json(tmp_path / "huge.json", page(service("N" * 1_000_000)))
    code, _, err = run(capsys, "import", str(huge))
    assert code == 1 and "name: is 1,000,000 characters long; this field holds at most 300" in err
    code, out, _ = run(capsys, "search", "desk", "--json")
    assert not {s["name"] for s in json.loads(out)} & {*LYING, "N" * 1_000_000}


def test_urdu_digits_are_imported_as_ascii_digits(capsys, data_dir, tmp_path) -> None:
    path = write_json(tmp_path / "urdu.json", page(service("Urdu Digit Desk",
                                                           phone="۰۳۰۰-۰۰۰۰۰۰۰")))
    assert run(capsys, "import", str(path))[0] == 0
    code, out, _ = run(capsys, "search", "urdu digit desk", "--json")
    assert json.loads(out)[0]["phones"] == ["0300-0000000"]


def test_a_reader_that_stops_early_is_no_error(tmp_path) -> None:
    """`referral-app search ... | head -1`: the closed pipe is not a bug to report. (The
    reader here closes the pipe before anything is written, so the write always meets it.)"""
    import subprocess
    import sys

    script = (f"{sys.executable} -m referral_app --data-dir {tmp_path} search '' --limit 40"
              " | true; exit ${PIPESTATUS[0]}")
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert done.stderr == "" and done.returncode == 141


@pytest.mark.parametrize("command", [
    "validate {example}", "import --dry-run {example}", "stats", "history",
    "search '' --limit 40", "corrections list",
])
def test_every_command_stops_quietly_at_a_closed_pipe(tmp_path, command) -> None:
    """`referral-app validate FILE | head -1` and the like: exit 141 and nothing said."""
    import subprocess
    import sys

    from tests.conftest import HSDS, need_shared

    example = need_shared(HSDS / "examples" / "service_full.json")
    line = command.format(example=example)
    subprocess.run([sys.executable, "-m", "referral_app", "--data-dir", str(tmp_path), "stats"],
                   capture_output=True, timeout=120, check=True)  # the directory, made first
    script = (f"{sys.executable} -m referral_app --data-dir {tmp_path} {line}"
              " | true; exit ${PIPESTATUS[0]}")
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert (done.stderr, done.returncode) == ("", 141)


def test_a_refusal_names_the_same_field_on_every_run(tmp_path) -> None:
    """Python orders a set differently from run to run (hash seeds): the problems of a record
    missing several required fields come in the same order whatever the seed."""
    import os
    import subprocess
    import sys

    bare = write_json(tmp_path / "bare.json", [{"id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
                                               "description": "no name, no status",
                                               "addresses": []}])
    outputs = set()
    for seed in range(6):
        done = subprocess.run(
            [sys.executable, "-m", "referral_app", "--data-dir", str(tmp_path / "data"),
             "import", str(bare)], capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONHASHSEED": str(seed)})
        outputs.add(done.stderr)
    assert len(outputs) == 1, outputs
    assert "bare.json, service 3f2504e0-4f89-41d3-9a0c-0305e82c3301 (record 1), name: is " \
           "missing" in outputs.pop()
