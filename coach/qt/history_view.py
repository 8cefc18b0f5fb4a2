"""The History page: days, each day's events, four charts, the pain-trend note, the report and export."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.core import history
from coach.core.errors import SessionLogError
from coach.core.export import atomic_text_file, export
from coach.core.history import Charts, DaySummary, Range
from coach.core.session_log import SessionLog
from coach.qt.charts import ChartColours, ChartPanel, bar_chart, describe_bars, describe_pain, pain_chart

log = logging.getLogger(__name__)

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
SPAN_TITLES = {"week": "&Week", "month": "&Month", "year": "&Year"}
DEFAULT_REPORT_WEEKS = 6


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


class HistoryView(QWidget):
    """What was done, day by day, with charts for a week, a month or a year.

    Args:
        log: the session log; only the shown range is queried, with grouped SQL.
        tz: the local time zone that days are counted in.
        today_provider: returns today's local date (the app passes one reading its clock).

    Attributes:
        shown: the Range on screen.
        days: the summaries of its days up to today, oldest first.
        data: the numbers behind the four charts.
        note: the pain note (advice is None when there is nothing to say).

    Signals:
        show_safety_requested: the user asked when to see a doctor.
        range_changed(object): a new Range is on screen.
        report_written(str): a visit report was saved at this path.
        export_written(str): the log was exported to this path.
    """

    show_safety_requested = Signal()
    range_changed = Signal(object)
    report_written = Signal(str)
    export_written = Signal(str)

    def __init__(
        self,
        log: SessionLog,
        tz: tzinfo,
        today_provider: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.log = log
        self.tz = tz
        self.today_provider = today_provider
        self.shown = Range.around("month", today_provider())
        self.days: list[DaySummary] = []
        self.data: Charts | None = None
        self.note = history.PainNote(None, 0, None, 0)
        self._first_day: date | None = None
        self._build()
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.span_group = QButtonGroup(self)
        self.span_buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for span, title in SPAN_TITLES.items():
            button = QPushButton(title, self)
            button.setCheckable(True)
            button.setAccessibleName(f"Show one {span}")
            button.setChecked(span == self.shown.span)
            button.clicked.connect(lambda _checked=False, s=span: self.set_span(s))
            self.span_group.addButton(button)
            self.span_buttons[span] = button
            bar.addWidget(button)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.range_label = QLabel(self)
        font = QFont(self.range_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.range_label.setFont(font)
        self.range_label.setMinimumWidth(180)
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.today_button = QPushButton("Today", self)
        self.today_button.setShortcut(QKeySequence("Alt+Home"))
        self.today_button.setToolTip("Go to the period that includes today (Alt+Home)")
        self.today_button.setAccessibleName("Go to today")
        self.today_button.clicked.connect(self.go_today)
        bar.addSpacing(12)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.range_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        self.report_weeks = QSpinBox(self)
        self.report_weeks.setRange(1, history.MAX_REPORT_WEEKS)
        self.report_weeks.setValue(DEFAULT_REPORT_WEEKS)
        self.report_weeks.setPrefix("last ")
        self.report_weeks.setSuffix(" weeks")
        self.report_weeks.setAccessibleName("Weeks in the visit report")
        self.report_weeks.setToolTip("How many weeks, up to this one, the visit report covers")
        self.report_button = QPushButton("Visit &report…", self)
        self.report_button.setAccessibleName("Save a visit report as PDF")
        self.report_button.setToolTip("A PDF for your doctor or physiotherapist")
        self.report_button.clicked.connect(self.save_report)
        self.export_button = QPushButton("E&xport…", self)
        self.export_button.setAccessibleName("Export the whole log as CSV or JSON")
        self.export_button.clicked.connect(self.export_log)
        bar.addWidget(self.report_weeks)
        bar.addWidget(self.report_button)
        bar.addWidget(self.export_button)

        self.note_frame = QFrame(self)
        self.note_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.note_frame.setAccessibleName("Pain note")
        self.note_label = QLabel(self.note_frame)
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.RichText)
        self.note_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.note_label.setAccessibleName("Pain note")
        self.safety_button = QPushButton("When to see a &doctor", self.note_frame)
        self.safety_button.setAccessibleName("When to see a doctor: warning signs")
        self.safety_button.clicked.connect(self.show_safety_requested)
        note_row = QHBoxLayout(self.note_frame)
        note_row.addWidget(self.note_label, 1)
        note_row.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.day_list = QListWidget(self)
        self.day_list.setAccessibleName("Days")
        self.day_list.setUniformItemSizes(True)
        self.day_list.setWordWrap(False)
        self.day_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.setSpacing(1)
        self.day_list.currentItemChanged.connect(self._on_day)
        self.day_title = QLabel(self)
        self.day_title.setFont(font)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(["Time", "What", "Details"])
        self.table.setAccessibleName("Events of the selected day")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        day_box = QWidget(self)
        day_layout = QVBoxLayout(day_box)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day_title)
        day_layout.addWidget(self.table, 1)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.day_list)
        left.addWidget(day_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        self.minutes_chart = ChartPanel("Minutes of exercise chart", self)
        self.adherence_chart = ChartPanel("Breaks taken chart", self)
        self.pain_chart = ChartPanel("Pain before and after chart", self)
        self.walks_chart = ChartPanel("Walks chart", self)
        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.minutes_chart, 0, 0)
        grid.addWidget(self.adherence_chart, 0, 1)
        grid.addWidget(self.pain_chart, 1, 0)
        grid.addWidget(self.walks_chart, 1, 1)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(grid_box)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        main.setSizes([420, 630])
        main.setChildrenCollapsible(False)
        left.setChildrenCollapsible(False)

        self.status = QLabel(self)
        self.status.setAccessibleName("Status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.note_frame)
        layout.addWidget(main, 1)
        layout.addWidget(self.status)
        self.setTabOrder(self.today_button, self.report_weeks)

    # -- ranges ----------------------------------------------------------------------------

    def _anchor(self) -> date:
        """The day to keep in view when the span changes: the selected one, else the newest shown."""
        item = self.day_list.currentItem()
        if item is not None:
            return item.data(DAY_ROLE)
        return min(self.shown.end, self.today_provider())

    @Slot(str)
    def set_span(self, span: str) -> None:
        self.span_buttons[span].setChecked(True)
        if span != self.shown.span:
            self._show(Range.around(span, self._anchor()))

    @Slot(int)
    def step(self, steps: int) -> None:
        target = self.shown.shifted(steps)
        if target.start > self.today_provider():
            return
        self._show(target)

    @Slot()
    def go_today(self) -> None:
        self._show(Range.around(self.shown.span, self.today_provider()), select=self.today_provider())

    def _show(self, shown: Range, select: date | None = None) -> None:
        self.shown = shown
        self._reload(select)
        self.range_changed.emit(shown)

    # -- reading the log -------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Re-read the shown range, the charts and the pain note from the log (after a new session)."""
        self._reload(None)

    def _reload(self, select: date | None) -> None:
        today = self.today_provider()
        shown = self.shown
        keep = select or (self.day_list.currentItem().data(DAY_ROLE) if self.day_list.currentItem() else None)
        try:
            self._first_day = history.first_logged_day(self.log, self.tz)
            last = min(shown.end, today)
            self.days = (
                history.day_summaries(self.log, shown.start, last, self.tz) if last >= shown.start else []
            )
            self.data = history.charts(self.log, shown, self.tz)
            self.note = history.pain_note(self.log, today, self.tz)
        except SessionLogError as error:
            log.warning("History could not be read: %s", error)
            self.status.setText(f"The history could not be read: {error}")
            return
        self.range_label.setText(shown.label)
        self.range_label.setAccessibleName(f"Showing {shown.label}")
        for span, button in self.span_buttons.items():
            button.setChecked(span == shown.span)
        word = shown.span
        self.previous_button.setAccessibleName(f"Previous {word}")
        self.previous_button.setToolTip(f"Previous {word} (Alt+←)")
        self.next_button.setAccessibleName(f"Next {word}")
        self.next_button.setToolTip(f"Next {word} (Alt+→)")
        self.previous_button.setEnabled(self._first_day is not None and shown.start > self._first_day)
        self.next_button.setEnabled(shown.end < today)
        self._fill_days(keep)
        self._draw_charts()
        self._show_note()

    def _fill_days(self, keep: date | None) -> None:
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.day_list.blockSignals(True)
        self.day_list.setUpdatesEnabled(False)
        self.day_list.clear()
        current = None
        for summary in reversed(self.days):
            label = history.day_label(summary.day, year=self.shown.span == "year")
            line = summary.line()
            item = QListWidgetItem(f"{label}\n{line}")
            item.setToolTip(line)
            item.setData(DAY_ROLE, summary.day)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{history.day_label(summary.day, year=True)}: {summary.line()}",
            )
            if summary.empty:
                item.setForeground(dim)
            self.day_list.addItem(item)
            if summary.day == keep:
                current = item
        self.day_list.setUpdatesEnabled(True)
        self.day_list.blockSignals(False)
        if current is None and self.day_list.count():
            current = self.day_list.item(0)
        if current is not None:
            self.day_list.setCurrentItem(current)  # emits currentItemChanged: fills the table
            self.day_list.scrollToItem(current)
        else:
            self.show_day(None)

    def _on_day(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.show_day(current.data(DAY_ROLE) if current is not None else None)

    def show_day(self, day: date | None) -> None:
        """Fill the table with ``day``'s events (empty for None)."""
        self.table.setRowCount(0)
        if day is None:
            self.day_title.setText("No days to show in this period yet.")
            return
        try:
            rows = history.event_rows(self.log.day_events(day, self.tz), self.tz)
        except SessionLogError as error:
            self.day_title.setText(f"{history.day_label(day, year=True)}: cannot be read ({error})")
            return
        self.day_title.setText(
            f"{history.day_label(day, year=True)}" + ("" if rows else " — nothing logged on this day")
        )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((row.time, row.what, row.detail)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _draw_charts(self) -> None:
        data = self.data
        if data is None:
            return
        colours = ChartColours.from_palette(self.palette())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        per = "month" if data.by_month else "day"
        weekly = "month" if data.by_month else "week"
        self.minutes_chart.show_chart(
            bar_chart(
                data.minutes,
                title=f"Minutes of exercise per {per}",
                name="Minutes",
                colours=colours,
                font=font,
            ),
            describe_bars(data.minutes, "min"),
        )
        self.adherence_chart.show_chart(
            bar_chart(
                data.adherence,
                title=f"Breaks taken when due, per {weekly} (%)",
                name="Breaks taken",
                colours=colours,
                colour="adherence",
                maximum=100,
                font=font,
            ),
            describe_bars(data.adherence, "%"),
        )
        self.walks_chart.show_chart(
            bar_chart(
                data.walks,
                title=f"Walks per {weekly}",
                name="Walks",
                colours=colours,
                colour="walks",
                font=font,
            ),
            describe_bars(data.walks, "walks"),
        )
        self.pain_chart.show_chart(
            pain_chart(data.pain, self.shown.start, self.shown.end, self.tz, colours=colours, font=font),
            describe_pain(data.pain),
        )

    def _show_note(self) -> None:
        advice = self.note.advice
        self.note_frame.setVisible(advice is not None)
        if advice is None:
            self.note_label.setText("")
            return
        self.note_label.setText(
            f"<b>About your pain</b><br>{escape(advice)}<br><small>{escape(self.note.facts)}</small>"
        )
        self.note_frame.setAccessibleDescription(advice)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.StyleChange,
        ):
            self._draw_charts()
            if self.data is not None:
                self._fill_days(self._anchor())

    # -- report and export -----------------------------------------------------------------

    @classmethod
    def ask_report_path(cls, parent: QWidget, suggested: str) -> str | None:
        """Ask where to save the PDF; None if cancelled (tests replace this)."""
        path, _filter = QFileDialog.getSaveFileName(
            parent, "Save the visit report", suggested, "PDF files (*.pdf)"
        )
        return path or None

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: str) -> tuple[str, str] | None:
        """Ask where to export and in which format; ``(path, "csv" | "json")`` or None (tests replace this)."""
        path, chosen = QFileDialog.getSaveFileName(
            parent, "Export the session log", suggested, "CSV spreadsheet (*.csv);;JSON (*.json)"
        )
        if not path:
            return None
        lower = path.lower()
        fmt = (
            "json"
            if lower.endswith(".json") or (chosen.startswith("JSON") and not lower.endswith(".csv"))
            else "csv"
        )
        return path, fmt

    @classmethod
    def tell_error(cls, parent: QWidget, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @Slot()
    def save_report(self) -> None:
        from coach.qt.report import write_report

        today = self.today_provider()
        suggested = str(_documents() / f"coach-report-{today.isoformat()}.pdf")
        path = self.ask_report_path(self, suggested)
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = history.report_data(self.log, today, self.tz, self.report_weeks.value())
            pages = write_report(data, path)
        except (OSError, SessionLogError) as error:
            QApplication.restoreOverrideCursor()
            self.tell_error(self, "The report was not saved", f"Could not write {path}: {error}")
            return
        QApplication.restoreOverrideCursor()
        self.status.setText(f"Saved a {pages}-page visit report to {path}")
        self.report_written.emit(path)

    @Slot()
    def export_log(self) -> None:
        today = self.today_provider()
        answer = self.ask_export_path(self, str(_documents() / f"coach-log-{today.isoformat()}.csv"))
        if answer is None:
            return
        path, fmt = answer
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with atomic_text_file(path) as out:
                count = export(self.log, fmt, out, self.tz)
        except (OSError, SessionLogError) as error:
            QApplication.restoreOverrideCursor()
            self.tell_error(self, "The log was not exported", f"Could not write {path}: {error}")
            return
        QApplication.restoreOverrideCursor()
        self.status.setText(f"Exported {count} records as {fmt.upper()} to {path}")
        self.export_written.emit(path)
