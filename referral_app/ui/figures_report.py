"""The coordination report as a PDF for a meeting, in English or Urdu: the directory's gaps,
unmet needs, the services that fail most referrals, the months and the days to follow-up,
each as a chart drawn with QPainter (charts.py). Counts only; nothing about anyone."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from ..core.coverage import Coverage
from ..core.errors import UserError
from ..core.needs import NEED_CODES, need
from ..core.picture import Picture
from ..core.text import isolated
from ..store.coverage import directory_coverage
from ..store.directory import Directory
from .charts import Bar, draw_bars
from .fonts import NASKH_FAMILY, load_fonts

LATIN_FAMILY = "DejaVu Sans"

# The report's words in English and Urdu (the command line has no translator loaded).
WORDS: dict[str, tuple[str, str]] = {
    "title": ("Coordination report: services and referrals",
              "رابطہ کاری رپورٹ: خدمات اور ریفرلز"),
    "made": ("Made on %1 from the directory and the referral figures of %2 laptop(s): "
             "%3 referrals counted.",
             "%1 کو ڈائریکٹری اور %2 لیپ ٹاپ کے ریفرل اعداد سے بنائی گئی: %3 ریفرلز گنے گئے۔"),
    "small": ("Each laptop leaves out every count under 5 before sending (%1 left out), so "
              "the true numbers are at least those shown. No case code, date, name, age, sex "
              "or disability is in these figures.",
              "ہر لیپ ٹاپ بھیجنے سے پہلے 5 سے کم ہر گنتی نکال دیتا ہے (%1 نکالی گئیں)، اس لیے "
              "اصل تعداد کم از کم اتنی ہے جتنی دکھائی گئی۔ ان اعداد میں کوئی کیس کوڈ، تاریخ، "
              "نام، عمر، جنس یا معذوری نہیں۔"),
    "gaps": ("Districts with no service, by need (of %1 districts)",
             "ہر ضرورت کے لیے بغیر خدمت کے اضلاع (%1 اضلاع میں سے)"),
    "unmet": ("Unmet needs: referrals where services are fewest",
              "پوری نہ ہونے والی ضرورتیں: جہاں خدمات سب سے کم ہیں وہاں ریفرلز"),
    "failing": ("Services with the most failed referrals (failed / all)",
                "سب سے زیادہ ناکام ریفرلز والی خدمات (ناکام / کل)"),
    "months": ("Referrals by month (failed / all)", "ماہانہ ریفرلز (ناکام / کل)"),
    "follow_up": ("Days from referral to follow-up", "ریفرل سے فالو اپ تک دن"),
    "none": ("No figures yet.", "ابھی کوئی اعداد نہیں۔"),
    "services": ("services: %1", "خدمات: %1"),
    "no_service": ("no service", "کوئی خدمت نہیں"),
    "national": ("National", "قومی"),
    "unknown": ("place not known", "جگہ معلوم نہیں"),
    "page": ("Page %1", "صفحہ %1"),
}
DAY_WORDS = {"0-2 days": "0-2 دن", "3-7 days": "3-7 دن", "8-14 days": "8-14 دن",
             "15-30 days": "15-30 دن", "over 30 days": "30 دن سے زیادہ"}


@dataclass(frozen=True)
class Report:
    picture: Picture
    coverage: Coverage
    place_names: dict[str, str]
    service_names: dict[str, str]
    language: str  # "en" or "ur"
    made: str

    def words(self, key: str, *values: object) -> str:
        text = WORDS[key][self.language == "ur"]
        for index, value in enumerate(values, start=1):
            shown = str(value)
            text = text.replace(f"%{index}", isolated(shown) if self.language == "ur" else shown)
        return text

    def need_label(self, code: str) -> str:
        if code not in NEED_CODES:
            return self.words("unknown")
        found = need(code)
        return found.label_ur if self.language == "ur" else found.label_en

    def place(self, code: str) -> str:
        return self.place_names.get(code) or self.words("unknown")


def report_for(directory: Directory, picture: Picture, language: str,
               coverage: Coverage | None = None) -> Report:
    """What the report shows, read from the directory (names in the report's language);
    ``coverage`` of every district when it is counted already."""
    urdu = language == "ur"
    places = {p.code: (p.name_ur if urdu and p.name_ur else p.name)
              for p in directory.geography.places.values()}
    ids = [f.service for f in picture.failing[:12]]
    names: dict[str, str] = {}
    for sid in ids:
        row = directory.db.execute("SELECT name, name_ur FROM service WHERE id = ?",
                                   [sid]).fetchone()
        names[sid] = (row[1] if urdu and row[1] else row[0]) if row else sid
    return Report(picture, coverage or directory_coverage(directory), places, names, language,
                  date.today().isoformat())


def draw_report(painter: QPainter, page: QRectF, report: Report,
                new_page: Callable[[], object]) -> None:
    """Two pages: the directory and the needs, then the services and the months."""
    rtl = report.language == "ur"
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else
                               Qt.LayoutDirection.LeftToRight)
    font = QFont(NASKH_FAMILY if rtl else LATIN_FAMILY)
    font.setPointSizeF(10)
    title = QFont(font)
    title.setPointSizeF(16)
    title.setBold(True)
    align = int((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute | Qt.TextFlag.TextWordWrap)
    found = report.picture
    painter.setFont(title)
    line = painter.fontMetrics().height()
    painter.drawText(QRectF(page.left(), page.top(), page.width(), line * 1.5), align,
                     report.words("title"))
    painter.setFont(font)
    text = " ".join((report.words("made", report.made, found.laptops, found.referrals),
                     report.words("small", found.left_out)))
    intro = painter.boundingRect(QRectF(page.left(), 0, page.width(), page.height()), align,
                                 text)
    top = page.top() + line * 1.8
    painter.drawText(QRectF(page.left(), top, page.width(), intro.height()), align, text)
    top += intro.height() + line
    left = page.height() - (top - page.top())
    without = report.coverage.districts_without()
    gaps = [Bar(report.need_label(code), without[code]) for code in NEED_CODES]
    draw_bars(painter, QRectF(page.left(), top, page.width(), left * 0.42),
              report.words("gaps", len(report.coverage.districts)), gaps, font, rtl)
    top += left * 0.45
    unmet = []
    for u in found.unmet[:14]:
        count = report.words("services", u.services) if u.services else \
            report.words("no_service")
        unmet.append(Bar(f"{report.place(u.place)}: {report.need_label(u.need)} ({count})",
                         u.referrals))
    draw_bars(painter, QRectF(page.left(), top, page.width(), page.bottom() - top),
              report.words("unmet"), unmet, font, rtl, report.words("none"))
    new_page()
    top = page.top()
    third = page.height() / 3
    failing = [Bar(report.service_names.get(f.service, f.service), f.referrals, f.failed)
               for f in found.failing[:12]]
    draw_bars(painter, QRectF(page.left(), top, page.width(), third * 0.95),
              report.words("failing"), failing, font, rtl, report.words("none"))
    months = [Bar(m.month, m.referrals, m.failed) for m in found.months[-12:]]
    draw_bars(painter, QRectF(page.left(), top + third, page.width(), third * 0.95),
              report.words("months"), months, font, rtl, report.words("none"))
    bands = [Bar(DAY_WORDS[band] if rtl else band, count) for band, count in found.follow_up]
    draw_bars(painter, QRectF(page.left(), top + 2 * third, page.width(), third * 0.95),
              report.words("follow_up"), bands if any(b.value for b in bands) else [], font,
              rtl, report.words("none"))


def write_report(report: Report, out: Path) -> None:
    """Write the report as an A4 PDF; nothing is left behind if it cannot be written."""
    load_fonts()
    partial = out.with_name(f".{out.name}.partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setResolution(150)
        writer.setTitle(WORDS["title"][0])
        writer.setCreator("Referral App")
        painter = QPainter(writer)
        if not painter.isActive():
            raise OSError("the PDF could not be started")
        page = QRectF(0, 0, writer.width(), writer.height())
        draw_report(painter, page, report, writer.newPage)
        painter.end()
        del writer
        if not partial.exists() or partial.stat().st_size == 0:
            raise OSError("the PDF could not be written")
        os.replace(partial, out)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise UserError(f"Cannot write {out}: {error.strerror or error}.") from error


def write_report_without_window(directory: Directory, picture: Picture, out: Path,
                                language: str) -> None:
    """``write_report`` from the command line: Qt needs an application, not a screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(["referral-app"])
    write_report(report_for(directory, picture, language), out)
