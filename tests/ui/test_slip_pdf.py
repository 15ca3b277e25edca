"""Slips as real PDFs, read back as text with pdftotext."""

import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from referral_app.core.service_view import Address, Phone, ServiceView
from referral_app.core.slip import SENSITIVE, Slip, slip_entry
from referral_app.core.text import fold
from referral_app.ui.slip_pdf import _qr, slip_html, write_pdf
from tests.fixtures.pdf import pdf_text


def service(**changes) -> ServiceView:
    base = ServiceView(
        id="x", name="Hope Legal Desk", name_ur="", organization="Hope Trust",
        needs=["legal"], status="active", phones=[Phone("042-1234567", "")],
        addresses=[Address("12 Mall Road, Lahore", False)],
        hours=["Monday to Saturday"], documents=["CNIC copy"])
    for key, value in changes.items():
        setattr(base, key, value)
    return base


@pytest.mark.parametrize("language", ["en", "ur", "both"])
def test_a_slip_holds_the_name_and_phone_and_no_sensitive_word(qapp, tmp_path, language):
    safe_house = service(name="Safe House for trafficking victims", organization="Rescue Trust",
                         addresses=[Address("7 Hidden Street", True)],
                         phones=[Phone("0300-7654321", "")])
    slip = Slip((slip_entry(service(), appointment="2026-12-01T10:30"),
                 slip_entry(safe_house, slip_name="Noor Centre")),
                language=language, case_code="ORG-2026-0001", desk_phone="042-1111111")
    out = tmp_path / "slip.pdf"
    write_pdf(slip, out)
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "042-1234567" in text and "0300-7654321" in text and "042-1111111" in text
    assert "ORG-2026-0001" in text and "2026-12-01 10:30" in text
    if language != "ur":
        assert "Hope Legal Desk" in text and "Noor Centre" in text
    assert "7 Hidden Street" not in text
    folded = fold(text)
    assert [word for word in SENSITIVE if fold(word) in folded] == []


def test_a_slip_carries_a_sharp_qr_code_of_the_first_phone(qapp, tmp_path) -> None:
    if shutil.which("pdfimages") is None:
        pytest.skip("pdfimages (poppler-utils) is not installed")
    two = service(phones=[Phone("042-1234567", ""), Phone("0300-7654321", "")])
    out = tmp_path / "slip.pdf"
    write_pdf(Slip((slip_entry(two),), language="en"), out)
    subprocess.run(["pdfimages", "-png", str(out), str(tmp_path / "img")], check=True)
    extracted = sorted(tmp_path.glob("img-*.png"))
    assert len(extracted) == 1
    image = QImage(str(extracted[0]))
    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    assert len(colours) == 2  # black and white only: not blurred on the way into the PDF
    assert image.size() == _qr("042-1234567").size()


def test_directory_text_is_escaped_not_interpreted(qapp, tmp_path) -> None:
    out = tmp_path / "slip.pdf"
    write_pdf(Slip((slip_entry(service(name="<img src=x> & <b>Desk</b>")),), language="en"),
              out)
    assert "<img src=x> & <b>Desk</b>" in pdf_text(out)


def test_huge_fields_and_direction_controls_do_not_break_a_slip(qapp, tmp_path) -> None:
    out = tmp_path / "slip.pdf"
    long = service(name="Desk " + "x" * 10_000, hours=["\u202e" + "y" * 10_000],
                   documents=["z" * 10_000])
    write_pdf(Slip((slip_entry(long),), language="both", large_print=True), out, page="A5")
    text = pdf_text(out)
    assert "\u202e" not in text and "Desk" in text


def test_an_unwritable_place_is_one_sentence_and_leaves_nothing(qapp, tmp_path) -> None:
    from referral_app.core.errors import UserError

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="Cannot write"):
        write_pdf(Slip((slip_entry(service()),)), blocker / "slip.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_no_qr_code_for_a_number_that_is_not_one_dialable_number(qapp) -> None:
    # numbers an older version kept unchecked: never encoded, nor "cleaned" into another number
    for number in ("१११-२४७-७८६", "111-247-786 / 1099", "0800 toll free"):
        _markup, images = slip_html(Slip((slip_entry(service(phones=[Phone(number, "")])),)))
        assert images == {}, number
        with pytest.raises(ValueError):
            _qr(number)
    # a slip drops direction controls: it prints and encodes the digits that are dialled
    markup, images = slip_html(Slip((slip_entry(service(phones=[Phone("\u202e687-742-111",
                                                                      "")])),)))
    assert "<b>\u2066687-742-111\u2069</b>" in markup and list(images) == ["qr0"]
    two = service(phones=[Phone("१११", ""), Phone("0300-7654321", "")])
    markup, images = slip_html(Slip((slip_entry(two),), language="en"))
    assert list(images) == ["qr0"] and "<b>\u20660300-7654321\u2069</b>" in markup
