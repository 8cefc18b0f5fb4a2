"""The visit report: a valid multi-page A4 PDF with the summary, charts, questions and red flags."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QCategoryAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPdfWriter, QTextDocument

from coach import paths
from coach.commands.log import local_zone
from coach.commands.report import run_report
from coach.core import history
from coach.core.clock import ManualClock
from coach.core.safety import DOCTOR_QUESTIONS, RED_FLAGS
from coach.core.session_log import SessionLog
from coach.qt import report as report_module
from coach.qt import report_pages
from coach.qt.i18n import install_translators, remove_translators
from coach.qt.report import write_report
from coach.tools.demo_history import fill, fill_bulk
from tests.helpers.charts import cut_or_turned, drawn_texts

BERLIN = ZoneInfo("Europe/Berlin")
END = date(2026, 2, 15)
ROOT = Path(__file__).resolve().parents[2]


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def pdf_text(path: Path) -> str | None:
    """The PDF's text with whitespace squeezed, if poppler's pdftotext is installed."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    out = subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", out).split())  # NFKC undoes ligatures such as "ﬁ"


@pytest.fixture(scope="module")
def month_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("report") / "log.db"
    fill(path, weeks=6, seed=2, end=END, tz=BERLIN)
    return path


def report_of(path: Path, weeks: int = 6, end: date = END) -> history.Report:
    with SessionLog(path, ManualClock()) as log:
        return history.report_data(log, end, BERLIN, weeks)


def test_a_six_week_report(qapp, month_path, tmp_path):
    data = report_of(month_path)
    target = tmp_path / "report.pdf"
    pages = write_report(data, target)
    raw = target.read_bytes()
    assert raw.startswith(b"%PDF-1.") and raw.rstrip().endswith(b"%%EOF")
    assert 2 <= pages <= 4 and pdf_pages(raw) == pages
    assert b"/MediaBox [0 0 595" in raw  # A4: 595 x 842 points
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
        assert re.search(rf"^Pages:\s+{pages}$", info, re.M)
        assert "Coach — back care report" in info
    text = pdf_text(target)
    if text is None:
        pytest.skip("pdftotext is not installed")
    assert "Coach — back care report" in text
    assert "Mon 5 Jan 2026 to Sun 15 Feb 2026 (6 weeks)" in text
    assert "not medical advice" in text
    assert f"{data.total.sessions} exercise sessions" in text
    assert "Sessions stopped because of pain (1)" in text
    assert "Questions to ask at your visit" in text
    for question in DOCTOR_QUESTIONS:
        assert question in text
    for group in RED_FLAGS:
        assert group.title in text
    assert f"Page {pages} of {pages}" in text


def test_the_pages_render(qapp, month_path, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm is not installed")
    target = tmp_path / "report.pdf"
    pages = write_report(report_of(month_path), target)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(target), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == pages
    for image_path in images:
        image = QImage(str(image_path))
        assert image.width() < image.height()  # portrait
        inked = sum(
            image.pixelColor(x, y).lightness() < 200
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
        )
        assert inked > 50  # every page carries something


def test_a_long_report_splits_its_table_between_pages(qapp, tmp_path):
    fill_bulk(tmp_path / "bulk.db", events=20_000, seed=3, end=END, tz=BERLIN)
    data = report_of(tmp_path / "bulk.db", weeks=60)
    assert len(data.weeks) == 60 and data.pain.averaged
    target = tmp_path / "long.pdf"
    pages = write_report(data, target)
    assert pages >= 4 and pdf_pages(target.read_bytes()) == pages
    text = pdf_text(target)
    if text is not None:
        assert "All weeks" in text and "Mon 22 Dec" in text


def test_a_table_carried_over_to_the_next_page_repeats_its_headings(qapp, tmp_path, monkeypatch):
    fill_bulk(tmp_path / "bulk.db", events=20_000, seed=3, end=END, tz=BERLIN)
    data = report_of(tmp_path / "bulk.db", weeks=104)
    stopped = report_module._stopped_html(data)
    assert len(data.stopped) > 40 and stopped.count("<li>") == report_module.MAX_STOPPED_LISTED
    assert f"and {len(data.stopped) - report_module.MAX_STOPPED_LISTED} earlier ones, not listed" in stopped
    pages, _height = _placed_pages(monkeypatch, data, tmp_path)
    assert len(pages) <= 6  # the weeks' table, two charts, the latest stopped sessions, questions, warning signs
    carried = [p for page in pages[1:] for p in page if p.offset > 0 and p.header is not None]
    assert len(carried) >= 2  # the 104 weeks run over at least three pages
    for placed in carried:
        top, bottom = placed.header
        assert 0 < bottom - top < 200 and bottom <= placed.offset  # the heading rows, from above the slice
    target = tmp_path / "laid-out.pdf"
    if shutil.which("pdftotext"):
        second = subprocess.run(
            ["pdftotext", "-f", "2", "-l", "2", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Week of" in second and "Pain (0–10)" in second and "2025" in second  # weeks name their year


def test_an_empty_log_still_gives_a_report(qapp, tmp_path):
    with SessionLog(tmp_path / "empty.db", ManualClock()) as log:
        data = history.report_data(log, END, BERLIN, 2)
    assert data.empty
    target = tmp_path / "empty.pdf"
    assert write_report(data, target) == 1 == pdf_pages(target.read_bytes())  # one page, not three of zeros
    text = pdf_text(target)
    if text is not None:
        assert "Nothing to report yet" in text and "in these 2 weeks" in text
        assert "not medical advice" in text and "All weeks" not in text


def _placed_pages(monkeypatch, data, tmp_path) -> tuple[list, float]:
    """The pages as laid out for ``data`` and the height of a page's text area."""
    laid_out: list = []
    flow = report_pages.flow

    def recording(blocks, width, height, gap):
        laid_out[:] = [flow(blocks, width, height, gap), height]
        return laid_out[0]

    monkeypatch.setattr(report_pages, "flow", recording)
    write_report(data, tmp_path / "laid-out.pdf")
    return laid_out[0], laid_out[1]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_no_page_but_the_last_is_half_empty(qapp, month_path, tmp_path, monkeypatch, lang):
    if lang == "de":
        install_translators(qapp, "de_DE")
    try:
        pages, height = _placed_pages(monkeypatch, report_of(month_path), tmp_path)
    finally:
        remove_translators(qapp)
    assert len(pages) <= 3  # six weeks: the summary and charts, then questions and warning signs
    for page in pages[:-1]:  # each page is full before the next begins
        assert max(p.y + p.height for p in page) > 0.75 * height


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_table_header_stays_on_one_line_and_the_table_fits(qapp, month_path, tmp_path, lang):
    if lang == "de":
        install_translators(qapp, "de_DE")
    try:
        writer = QPdfWriter(str(tmp_path / "scratch.pdf"))
        writer.setResolution(report_module.DPI)
        width = 2100.0  # about A4's text width at 300 dpi
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultStyleSheet(report_module._CSS)
        doc.setHtml(report_module._table_html(report_of(month_path)))
        doc.setTextWidth(width)
        columns, pain, pain_columns = report_module.table_header()
        headings = {*columns, pain, *pain_columns}
        found = {}
        block = doc.begin()
        while block.isValid():
            text = block.text().replace("\xa0", " ")  # kept on one line: spaces are non-breaking
            if text in headings:
                found[text] = block.layout().lineCount()
            block = block.next()
    finally:
        remove_translators(qapp)
    assert found == dict.fromkeys(headings, 1)
    assert doc.size().width() <= width + 4  # nothing sticks out of the page (beyond the outer border)


def test_the_report_charts_show_their_labels_whole(qapp, month_path, tmp_path):
    writer = QPdfWriter(str(tmp_path / "scratch.pdf"))
    writer.setResolution(report_module.DPI)
    blocks = report_module._blocks(report_of(month_path), writer, 2100.0)
    charts = [b for b in blocks if isinstance(b, report_pages.Chart)]
    assert len(charts) == 2
    for block in charts:
        block.set_aspect(block.aspect * min(report_pages.CHART_SCALES))  # the smallest they get
        assert cut_or_turned(block.chart) == []
        texts = {t.text for t in drawn_texts(block.chart)}
        (axis,) = [a for a in block.chart.axes(Qt.Orientation.Horizontal) if isinstance(a, QCategoryAxis)]
        assert len(axis.categoriesLabels()) >= 5 and set(axis.categoriesLabels()) <= texts


def test_text_is_split_only_between_lines_and_rows(qapp, tmp_path):
    writer = QPdfWriter(str(tmp_path / "scratch.pdf"))
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    rows = "".join(f"<tr><td>row {i}</td><td>{i * 3} minutes</td></tr>" for i in range(120))
    doc.setHtml(f"<p>{'A long paragraph. ' * 80}</p><table border='1' width='100%'>{rows}</table>")
    doc.setTextWidth(1500)
    height = doc.size().height()
    pages = report_pages.flow([report_pages.Text(doc)], 1500, 1200, 10)
    slices = [placed for page in pages for placed in page]
    assert len(pages) == len(slices) > 2
    assert all(s.height <= 1200 for s in slices)
    assert sum(s.height for s in slices) == pytest.approx(height)
    lines = report_pages.line_spans(doc)
    for s in slices[:-1]:
        cut = s.offset + s.height
        assert any(abs(bottom - cut) < 0.01 for _top, bottom in lines)  # at the foot of a line
        assert not [(top, bottom) for top, bottom in lines if top + 0.5 < cut < bottom - 0.5]  # through none
    blocks = report_pages.block_spans(doc)
    paragraph_end = blocks[0][1]
    table_cuts = [s.offset + s.height for s in slices[:-1] if s.offset + s.height > paragraph_end]
    assert len(table_cuts) >= 2
    for cut in table_cuts:  # the table breaks between rows, never through a cell
        assert not any(top + 0.5 < cut < bottom - 0.5 for top, bottom in blocks)


def test_a_failed_write_leaves_nothing_behind(qapp, month_path, tmp_path):
    with pytest.raises(OSError):
        write_report(report_of(month_path), tmp_path / "missing" / "report.pdf")
    assert not (tmp_path / "missing").exists()


# -- coach report ----------------------------------------------------------------------------


@pytest.fixture
def logged(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    paths.database_path().parent.mkdir(parents=True, exist_ok=True)
    fill(paths.database_path(), weeks=3, seed=6, tz=local_zone())  # up to today


def test_the_report_command(qapp, logged, tmp_path, capsys):
    target = tmp_path / "visit.pdf"
    assert run_report(3, str(target), write_report) == 0
    out, err = capsys.readouterr()
    assert re.fullmatch(rf"Wrote a \d-page report of 3 weeks to {re.escape(str(target))}\n", out)
    assert err == ""
    assert target.read_bytes().startswith(b"%PDF-")


def test_the_report_command_refuses_a_name_that_is_not_a_pdf(qapp, logged, tmp_path, capsys):
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("r.txt", "report", "notes.PDF.txt"):
        assert run_report(2, str(folder / name), write_report) == 2
        err = capsys.readouterr().err
        assert "must end in .pdf" in err and f"{Path(name).stem}.pdf" in err
    assert list(folder.iterdir()) == []
    assert run_report(2, str(folder / "R.PDF"), write_report) == 0  # any case


def test_report_command_errors(qapp, tmp_path, capsys, monkeypatch):
    assert run_report(0, str(tmp_path / "x.pdf"), write_report) == 2
    assert "--weeks must be from 1 to 104" in capsys.readouterr().err
    assert run_report(6, "", write_report) == 2
    capsys.readouterr()
    assert run_report(6, str(tmp_path / "x.pdf"), write_report) == 1  # nothing logged yet
    assert "nothing has been logged yet" in capsys.readouterr().err
    assert not paths.database_path().exists()
    paths.database_path().parent.mkdir(parents=True, exist_ok=True)
    fill(paths.database_path(), weeks=1, seed=1)
    assert run_report(1, str(tmp_path / "no" / "x.pdf"), write_report) == 1
    assert "coach report: cannot write" in capsys.readouterr().err


def test_the_report_command_draws_offscreen_without_a_display(logged, coach_home, tmp_path):
    target = tmp_path / "offscreen.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(COACH_HOME=str(coach_home), TZ="Europe/Berlin")
    code = (
        "from coach.commands.report import run_report\nfrom coach.qt.report import write_report\n"
        f"raise SystemExit(run_report(2, {str(target)!r}, write_report))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False, env=env
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF-")


def test_the_report_command_writes_in_the_language_asked(qapp, logged, tmp_path):
    from coach import cli

    target = tmp_path / "bericht.pdf"
    try:
        assert cli.main(["--lang", "de", "report", "--weeks", "2", "--output", str(target)]) == 0
    finally:
        remove_translators(qapp)
    text = pdf_text(target)
    if text is None:
        pytest.skip("pdftotext is not installed")
    assert "Bericht zur Rückenpflege" in text and "Warnzeichen" in text
