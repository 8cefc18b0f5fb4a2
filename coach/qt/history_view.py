"""The History page: days, each day's events, four charts, the pain-trend note, the report and export."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFileDialog,
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
from coach.core.i18n import QT_TRANSLATE_NOOP, Context
from coach.core.session_log import SessionLog
from coach.qt import design
from coach.qt.charts import ChartColours, ChartPanel, bar_chart, describe_bars, describe_pain, pain_chart
from coach.qt.design import Icon, Role, Space, Type

log = logging.getLogger(__name__)

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
SPAN_TITLES = {
    "week": QT_TRANSLATE_NOOP("HistoryView", "&Week"),
    "month": QT_TRANSLATE_NOOP("HistoryView", "&Month"),
    "year": QT_TRANSLATE_NOOP("HistoryView", "&Year"),
}
SPAN_WORDS = {  # (button name, previous, next) for each span
    "week": (
        QT_TRANSLATE_NOOP("HistoryView", "Show one week"),
        QT_TRANSLATE_NOOP("HistoryView", "Previous week"),
        QT_TRANSLATE_NOOP("HistoryView", "Next week"),
    ),
    "month": (
        QT_TRANSLATE_NOOP("HistoryView", "Show one month"),
        QT_TRANSLATE_NOOP("HistoryView", "Previous month"),
        QT_TRANSLATE_NOOP("HistoryView", "Next month"),
    ),
    "year": (
        QT_TRANSLATE_NOOP("HistoryView", "Show one year"),
        QT_TRANSLATE_NOOP("HistoryView", "Previous year"),
        QT_TRANSLATE_NOOP("HistoryView", "Next year"),
    ),
}


def _tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("HistoryView", ...)``, translated."""
    return QCoreApplication.translate("HistoryView", text)


DEFAULT_REPORT_WEEKS = 6


class HistoryText(Context):
    """The translation context of the history page's counted texts (English plurals without a translator)."""


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
        today = today_provider()
        try:
            self.shown = history.opening_range(
                today, history.first_logged_day(log, tz), history.last_logged_day(log, tz)
            )
        except SessionLogError:  # reported by refresh()
            self.shown = Range.around("month", today)
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
            button = QPushButton(_tr(title), self)
            button.setCheckable(True)
            button.setAccessibleName(_tr(SPAN_WORDS[span][0]))
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
        self.range_label = design.text(QLabel(self), "heading")
        self.range_label.setMinimumWidth(180)
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.today_button = QPushButton(self.tr("Today"), self)
        self.today_button.setShortcut(QKeySequence("Alt+Home"))
        self.today_button.setToolTip(self.tr("Go to the period that includes today (Alt+Home)"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.today_button.clicked.connect(self.go_today)
        bar.setSpacing(Space.S)
        bar.addSpacing(Space.M)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.range_label)
        bar.addWidget(self.next_button)
        bar.addWidget(self.today_button)
        bar.addStretch(1)
        self.report_weeks = QSpinBox(self)
        self.report_weeks.setRange(1, history.MAX_REPORT_WEEKS)
        self.report_weeks.setValue(DEFAULT_REPORT_WEEKS)
        self.report_weeks.setPrefix(self.tr("last "))
        self.report_weeks.setSuffix(self.tr(" weeks"))
        self.report_weeks.setAccessibleName(self.tr("Weeks in the visit report"))
        self.report_weeks.setToolTip(self.tr("How many weeks, up to this one, the visit report covers"))
        self.report_button = QPushButton(self.tr("Visit &report…"), self)
        self.report_button.setAccessibleName(self.tr("Save a visit report as PDF"))
        self.report_button.setToolTip(self.tr("A PDF for your doctor or physiotherapist"))
        self.report_button.clicked.connect(self.save_report)
        design.button(self.report_button, Role.PRIMARY)  # the page's one action that makes something
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_button.setAccessibleName(self.tr("Export the whole log as CSV or JSON"))
        self.export_button.clicked.connect(self.export_log)
        bar.addWidget(self.report_weeks)
        bar.addWidget(self.report_button)
        bar.addWidget(self.export_button)

        self.note_frame = design.card(parent=self)
        self.note_frame.setAccessibleName(self.tr("Pain note"))
        self.note_label = QLabel(self.note_frame)
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.RichText)
        self.note_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.note_label.setAccessibleName(self.tr("Pain note"))
        self.safety_button = QPushButton(self.tr("When to see a &doctor"), self.note_frame)
        self.safety_button.setAccessibleName(self.tr("When to see a doctor: warning signs"))
        self.safety_button.clicked.connect(self.show_safety_requested)
        note_row = QHBoxLayout(self.note_frame)
        note_row.setContentsMargins(*design.card_margins())
        note_row.setSpacing(Space.M)
        note_row.addWidget(self.note_label, 1)
        note_row.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.day_list = QListWidget(self)
        self.day_list.setAccessibleName(self.tr("Days"))
        self.day_list.setWordWrap(True)  # a day's line wraps rather than being cut off
        self.day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.day_list.setSpacing(1)
        self.day_list.currentItemChanged.connect(self._on_day)
        self.day_title = design.text(QLabel(self), "strong")
        self.day_title.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("What"), self.tr("Details")])
        self.table.setAccessibleName(self.tr("Events of the selected day"))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # long details wrap rather than being cut off
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        day_box = QWidget(self)
        day_layout = QVBoxLayout(day_box)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.setSpacing(Space.S)
        day_layout.addWidget(self.day_title)
        day_layout.addWidget(self.table, 1)
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.day_list)
        left.addWidget(day_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        self.minutes_chart = ChartPanel(self.tr("Minutes of exercise chart"), self)
        self.adherence_chart = ChartPanel(self.tr("Breaks taken chart"), self)
        self.pain_chart = ChartPanel(self.tr("Pain before and after chart"), self)
        self.walks_chart = ChartPanel(self.tr("Walks chart"), self)
        grid_box = QWidget(self)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(Space.M)
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

        self.status = design.text(QLabel(self), "caption")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.M, Space.M, Space.M, Space.S)
        layout.setSpacing(Space.M)
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
            first, last = max(shown.start, self._first_day or today), min(shown.end, today)
            # the days from the first one logged (none before Coach was used) up to today
            self.days = (
                history.day_summaries(self.log, first, last, self.tz)
                if self._first_day is not None and last >= first
                else []
            )
            self.data = history.charts(self.log, shown, self.tz)
            self.note = history.pain_note(self.log, today, self.tz)
        except SessionLogError as error:
            log.warning("History could not be read: %s", error)
            self.status.setText(self.tr("The history could not be read: {error}").format(error=error))
            return
        self.range_label.setText(shown.label)
        self.range_label.setAccessibleName(self.tr("Showing {range}").format(range=shown.label))
        for span, button in self.span_buttons.items():
            button.setChecked(span == shown.span)
        _show, previous, following = (_tr(text) for text in SPAN_WORDS[shown.span])
        self.previous_button.setAccessibleName(previous)
        self.previous_button.setToolTip(f"{previous} (Alt+←)")
        self.next_button.setAccessibleName(following)
        self.next_button.setToolTip(f"{following} (Alt+→)")
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
        if current is None and self.day_list.count():  # the newest day with something logged
            logged = (row for row, summary in enumerate(reversed(self.days)) if not summary.empty)
            current = self.day_list.item(next(logged, 0))
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
            if self._first_day is None:
                self.day_title.setText(
                    self.tr("Nothing logged yet: sessions, breaks and walks appear here as you use Coach.")
                )
            else:
                self.day_title.setText(self.tr("No days to show in this period yet."))
            return
        try:
            rows = history.event_rows(self.log.day_events(day, self.tz), self.tz)
        except SessionLogError as error:
            self.day_title.setText(
                self.tr("{day}: cannot be read ({error})").format(
                    day=history.day_label(day, year=True), error=error
                )
            )
            return
        label = history.day_label(day, year=True)
        self.day_title.setText(
            label if rows else self.tr("{day} — nothing logged on this day").format(day=label)
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
        font = design.font(Type.CAPTION, self.font())
        by_month = data.by_month
        self.minutes_chart.show_chart(
            bar_chart(
                data.minutes,
                title=(
                    self.tr("Minutes of exercise per month")
                    if by_month
                    else self.tr("Minutes of exercise per day"),
                    self.tr("Minutes"),  # when the chart is narrow
                ),
                name=self.tr("Minutes"),
                colours=colours,
                font=font,
                empty_text=self.tr("No exercise logged in this period"),
            ),
            describe_bars(data.minutes, self.tr("min")),
        )
        self.adherence_chart.show_chart(
            bar_chart(
                data.adherence,
                title=(
                    self.tr("Breaks taken when due, per month (%)")
                    if by_month
                    else self.tr("Breaks taken when due, per week (%)"),
                    self.tr("Breaks taken (%)"),
                ),
                name=self.tr("Breaks taken"),
                colours=colours,
                colour="adherence",
                maximum=100,
                font=font,
                empty_text=self.tr("No breaks were due in this period"),
                zero_is_empty=False,
            ),
            describe_bars(data.adherence, "%"),
        )
        self.walks_chart.show_chart(
            bar_chart(
                data.walks,
                title=(
                    self.tr("Walks per month") if by_month else self.tr("Walks per week"),
                    self.tr("Walks"),
                ),
                name=self.tr("Walks"),
                colours=colours,
                colour="walks",
                font=font,
                empty_text=self.tr("No walks logged in this period"),
            ),
            describe_bars(data.walks, self.tr("walks")),
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
        heading = escape(self.tr("About your pain"))
        mark = design.icon_html(Icon.SOON, 18)  # book a visit: the Safety page's "soon" sign
        self.note_label.setText(
            f"{mark}&nbsp;<b>{heading}</b><br>{escape(advice)}<br><small>{escape(self.note.facts)}</small>"
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
            parent,
            QCoreApplication.translate("HistoryView", "Save the visit report"),
            suggested,
            QCoreApplication.translate("HistoryView", "PDF files (*.pdf)"),
        )
        return path or None

    @classmethod
    def ask_export_path(cls, parent: QWidget, suggested: str) -> tuple[str, str] | None:
        """Ask where to export and in which format; ``(path, "csv" | "json")`` or None (tests replace this)."""
        path, chosen = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("HistoryView", "Export the session log"),
            suggested,
            QCoreApplication.translate("HistoryView", "CSV spreadsheet (*.csv)") + ";;JSON (*.json)",
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
            self.tell_error(
                self,
                self.tr("The report was not saved"),
                self.tr("Could not write {path}: {error}").format(path=path, error=error),
            )
            return
        QApplication.restoreOverrideCursor()
        self.status.setText(
            HistoryText.tr("Saved a %n-page visit report to {path}", "", pages).format(path=path)
        )
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
            self.tell_error(
                self,
                self.tr("The log was not exported"),
                self.tr("Could not write {path}: {error}").format(path=path, error=error),
            )
            return
        QApplication.restoreOverrideCursor()
        self.status.setText(
            HistoryText.tr("Exported %n record(s) as {format} to {path}", "", count).format(
                format=fmt.upper(), path=path
            )
        )
        self.export_written.emit(path)
