"""Slips and handouts as PDF: Qt lays out the slip's HTML and writes it with QPdfWriter.

Everything taken from the directory is escaped before it reaches the HTML. Urdu is set right to
left in the bundled Nastaliq font; phone numbers are isolated so they never print reversed. Each
slip carries a QR code with a ``tel:`` link to its first dialable phone number, printed under it.
"""

from __future__ import annotations

import contextlib
import html
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..core.errors import UserError
from ..core.phone_number import is_dialable, tel_link
from ..core.slip import (
    FIELD_WORDS,
    WORDS,
    ServiceCopy,
    Slip,
    SlipEntry,
    hours_lines,
    words,
)
from ..core.text import isolated
from .fonts import URDU_FAMILY, load_fonts

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}
LATIN_FAMILY = "DejaVu Sans"
QR_SCALE, QR_BORDER = 8, 2  # pixels a module, modules of white around it


def slip_html(slip: Slip) -> tuple[str, dict[str, QImage]]:
    """The slip as HTML, and the QR images it refers to by name."""
    size = 16 if slip.large_print else 11
    images: dict[str, QImage] = {}
    title_key = "handout" if slip.handout else "slip"
    parts = [f'<html><body style="font-size: {size}pt; font-family: \'{LATIN_FAMILY}\';">']
    parts.append(_both(slip, title_key, "h2"))
    for index, entry in enumerate(slip.entries):
        if index and slip.one_per_page:
            parts.append('<p style="page-break-before: always;"></p>')
            parts.append(_both(slip, title_key, "h2"))
        parts.append('<table width="100%" cellspacing="0" cellpadding="6" '
                     'style="border: 1px solid #444; margin-top: 8px;"><tr><td>')
        parts.append(_entry(slip, entry))
        parts.append("</td>")
        number = next((p for p in entry.phones if is_dialable(p)), "")
        if number:
            name = f"qr{index}"
            images[name] = _qr(number)
            scan = " / ".join(_text(words("scan", lang), lang) for lang in slip.languages)
            parts.append(f'<td width="120" align="center" valign="top"><img src="{name}" '
                         f'width="110" height="110"><br><small>{scan}<br>'
                         f"<b>{html.escape(isolated(number))}</b></small></td>")
        parts.append("</tr></table>")
    if slip.case_code:
        parts.append(_line(slip, "case_code", [slip.case_code]))
    if slip.desk_phone:
        parts.append(_line(slip, "desk", [isolated(slip.desk_phone)]))
    parts.append(_both(slip, "check", "p"))
    parts.append("</body></html>")
    return "".join(parts), images


def _entry(slip: Slip, entry: SlipEntry) -> str:
    out = []
    for lang in slip.languages:
        if lang == "ur" and not entry.title_ur and len(slip.languages) > 1 and entry.title:
            continue  # no Urdu name: the English one above serves both
        title = (entry.title_ur if lang == "ur" else "") or entry.title or words("service", lang)
        out.append(f"<h3 {_direction(lang)}>{_text(title, lang)}</h3>")
    if entry.appointment:
        when = entry.appointment.replace("T", " ")
        out.append(_line(slip, "appointment", [isolated(when)]))
    if entry.phones:
        out.append(_line(slip, "phone", [isolated(p) for p in entry.phones], bold=True))
    if entry.call_first:
        out += [f"<p {_direction(lang)}><b>{_text(words('call_first', lang), lang)}</b></p>"
                for lang in slip.languages]
    elif entry.address:
        out.append(_line(slip, "address", [entry.address]))
    for lang in slip.languages:
        hours = hours_lines(entry, lang)
        if hours:
            out.append(f"<p {_direction(lang)}>{_text(words('hours', lang), lang)}: "
                       f"{_text('; '.join(hours), lang)}</p>")
    if entry.documents:
        out.append(_line(slip, "bring", list(entry.documents)))
    return "".join(out)


def _line(slip: Slip, key: str, values: list[str], bold: bool = False) -> str:
    body = html.escape(", ".join(values))
    body = f"<b>{body}</b>" if bold else body
    return "".join(f"<p {_direction(lang)}>{_text(words(key, lang), lang)}: {body}</p>"
                   for lang in slip.languages)


def _both(slip: Slip, key: str, tag: str) -> str:
    return "".join(f"<{tag} {_direction(lang)}>{_text(words(key, lang), lang)}</{tag}>"
                   for lang in slip.languages)


def _direction(lang: str) -> str:
    return 'dir="rtl" align="right"' if lang == "ur" else 'dir="ltr"'


def _text(text: str, lang: str) -> str:
    escaped = html.escape(text)
    if lang == "ur":
        return f"<span style=\"font-family: '{URDU_FAMILY}';\">{escaped}</span>"
    return escaped


def _qr(number: str) -> QImage:
    """The QR code of one dialable number: ``tel:`` and its ASCII digits (ValueError for
    anything else, never a look-alike digit or two numbers joined)."""
    import segno  # loaded with the first slip, not with the window

    buffer = io.BytesIO()
    segno.make(tel_link(number), error="m").save(buffer, kind="png", scale=QR_SCALE,
                                                 border=QR_BORDER)
    # 8 pixels a module keeps every module on JPEG's 8x8 blocks: the PDF's copy stays exact
    return QImage.fromData(buffer.getvalue())  # Qt knows PNG by its header


def copy_html(copy: ServiceCopy) -> str:
    """The receiving service's copy as HTML, in English and Urdu."""
    e = html.escape
    both = ("en", "ur")
    rows = [(FIELD_WORDS["case_code"], copy.case_code),
            (WORDS["priority"], copy.priority)]
    rows += [(FIELD_WORDS[key], value) for key, value in copy.shared]
    rows += [(WORDS["referred_by"], ", ".join(p for p in (copy.referred_by, copy.organization)
                                               if p)),
             (WORDS["date"], copy.day)]
    parts = ['<html><body style="font-size: 11pt;">']
    parts += [f"<h2 {_direction(lang)}>{_text(words('copy', lang), lang)}</h2>" for lang in both]
    parts.append(f"<h3>{e(copy.service_name)}</h3>")
    parts.append('<table width="100%" cellpadding="4" style="border: 1px solid #444;">')
    for (english, urdu), value in rows:
        parts.append(f"<tr><td>{e(english)}</td><td><b>{e(isolated(value))}</b></td>"
                     f'<td align="right">{_text(urdu, "ur")}</td></tr>')
    parts.append("</table>")
    parts += [f"<p {_direction(lang)}>{_text(words('shared', lang), lang)}</p>" for lang in both]
    for key in ("signed_referrer", "signed_receiver"):
        parts.append("<p><br><br>______________________________<br>"
                     f"{e(WORDS[key][0])} / {_text(WORDS[key][1], 'ur')}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def write_copy(copy: ServiceCopy, out: Path, page: str = "A4") -> None:
    _write_document(copy_html(copy), {}, out, page)


def write_pdf(slip: Slip, out: Path, page: str = "A4") -> None:
    """Write the slip as a PDF at ``out``; nothing is left behind if it cannot be written."""
    markup, images = slip_html(slip)
    _write_document(markup, images, out, page)


def print_slip(slip: Slip, printer: QPrinter) -> None:
    """Print the slip on a printer the caseworker chose (QPrintDialog)."""
    markup, images = slip_html(slip)
    _document(markup, images).print_(printer)


def _document(markup: str, images: dict[str, QImage]) -> QTextDocument:
    load_fonts()
    document = QTextDocument()
    document.setDefaultStyleSheet("p { margin-top: 1px; margin-bottom: 3px; } "
                                  "h2 { margin-bottom: 4px; } h3 { margin: 2px 0 4px 0; }")
    for name, image in images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(markup)
    return document


def _write_document(markup: str, images: dict[str, QImage], out: Path, page: str) -> None:
    document = _document(markup, images)
    partial = out.with_name(f".{out.name}.partial")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(PAGE_SIZES[page]))
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        writer.setTitle("Slip")
        writer.setCreator("Referral App")
        document.print_(writer)
        del writer  # finishes the file
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError("the PDF could not be written")
        os.replace(partial, out)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error


def write_pdf_without_window(slip: Slip, out: Path, page: str = "A4") -> None:
    """``write_pdf`` from the command line: Qt needs an application, not a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["referral-app"])
    write_pdf(slip, out, page)
