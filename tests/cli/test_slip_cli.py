import json

from referral_app.app import main
from tests.fixtures.pdf import pdf_text


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def first_id(capsys, text: str) -> str:
    code, out, _ = run(capsys, "search", text, "--json", "--limit", "1")
    return json.loads(out)[0]["id"]


def test_a_slip_for_starter_services(capsys, data_dir, tmp_path) -> None:
    helpline, shelter = first_id(capsys, "madadgaar"), first_id(capsys, "dastak")
    out = tmp_path / "slip.pdf"
    code, printed, err = run(capsys, "slip", "--service", helpline, "--service", shelter,
                             "--case-code", "ORG-2026-0007", "--lang", "en", "--out", str(out))
    assert (code, err) == (0, "") and "2 services" in printed
    text = pdf_text(out)
    assert "Madadgaar National Helpline" in text and "1098" in text
    assert "Dastak" in text and "Call first" in text
    assert "shelter" not in text.lower()


def test_a_handout_for_a_need_and_district(capsys, data_dir, tmp_path) -> None:
    out = tmp_path / "handout.pdf"
    code, printed, _ = run(capsys, "handout", "--need", "emergency", "--district", "Multan",
                           "--lang", "both", "--large-print", "--page", "A5", "--out", str(out))
    assert code == 0 and out.exists()
    assert "Useful phone numbers" in pdf_text(out)


def test_a_slip_for_a_service_that_does_not_exist(capsys, data_dir, tmp_path) -> None:
    code, _, err = run(capsys, "slip", "--service", "00000000-0000-4000-8000-000000000000",
                       "--out", str(tmp_path / "s.pdf"))
    assert code == 1 and err.count("\n") == 1 and "no service with the id" in err
    assert not (tmp_path / "s.pdf").exists()


def test_a_slip_that_cannot_be_written(capsys, data_dir, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "slip", "--service", first_id(capsys, "madadgaar"),
                       "--out", str(blocker / "s.pdf"))
    assert code == 1 and err.startswith("referral-app: Cannot write")


def test_a_handout_for_an_unknown_district_is_one_line(capsys, data_dir, tmp_path) -> None:
    code, _, err = run(capsys, "handout", "--district", "Atlantis",
                       "--out", str(tmp_path / "h.pdf"))
    assert code == 1 and err.count("\n") == 1 and "no district called 'Atlantis'" in err
    assert not (tmp_path / "h.pdf").exists()


def test_a_name_is_refused_as_a_case_code(capsys, data_dir, tmp_path) -> None:
    out = tmp_path / "s.pdf"
    code, _, err = run(capsys, "slip", "--service", first_id(capsys, "madadgaar"),
                       "--case-code", "Ayesha Khan", "--out", str(out))
    assert code == 1 and err.count("\n") == 1 and "never the survivor's name" in err
    assert not out.exists()


def test_a_slip_for_one_service_says_one_service(capsys, data_dir, tmp_path) -> None:
    code, printed, _ = run(capsys, "slip", "--service", first_id(capsys, "madadgaar"),
                           "--case-code", " ORG-1 ", "--out", str(tmp_path / "s.pdf"))
    assert code == 0 and printed.endswith("(1 service)\n")
    assert "ORG-1" in pdf_text(tmp_path / "s.pdf")


def test_a_desk_phone_that_cannot_be_dialled_is_one_sentence(capsys, data_dir, tmp_path) -> None:
    out = tmp_path / "s.pdf"
    code, _, err = run(capsys, "slip", "--service", first_id(capsys, "madadgaar"),
                       "--desk-phone", "\u202e687-742-111", "--out", str(out))
    assert code == 1 and err.count("\n") == 1 and "desk phone" in err and "U+202E" in err
    assert not out.exists()
    code, _, err = run(capsys, "slip", "--service", first_id(capsys, "madadgaar"),
                       "--desk-phone", "۰۴۲ ۱۱۱۱۱۱۱", "--lang", "en", "--out", str(out))
    assert code == 0 and "042 1111111" in pdf_text(out)
