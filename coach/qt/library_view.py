"""The library browser: every exercise and routine, searchable, with a page for each."""

from __future__ import annotations

import contextlib
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach.core.durations import format_duration
from coach.core.files import ensure_folder
from coach.core.i18n import QT_TRANSLATE_NOOP, Context
from coach.core.library import Library
from coach.core.model import KINDS, POSITIONS, PURPOSE_TITLES, Exercise, Routine
from coach.core.search import NO_FLOOR, Entry, Filters
from coach.qt import design
from coach.qt.home_view import purpose_title
from coach.qt.resources import render_picture
from coach.qt.widgets import PictureView

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class LibraryText(Context):
    """The translation context of the library's counted texts (English plurals without a translator)."""


THUMB = QSize(72, 54)


# the words of coach.core.model's POSITIONS, KINDS and PURPOSES, marked here for translation
_WORDS = {
    "standing": QT_TRANSLATE_NOOP("Vocabulary", "standing"),
    "seated": QT_TRANSLATE_NOOP("Vocabulary", "seated"),
    "lying": QT_TRANSLATE_NOOP("Vocabulary", "lying"),
    "kneeling": QT_TRANSLATE_NOOP("Vocabulary", "kneeling"),
    "hands-and-knees": QT_TRANSLATE_NOOP("Vocabulary", "hands-and-knees"),
    "any": QT_TRANSLATE_NOOP("Vocabulary", "any"),
    "stretch": QT_TRANSLATE_NOOP("Vocabulary", "stretch"),
    "mobility": QT_TRANSLATE_NOOP("Vocabulary", "mobility"),
    "strength": QT_TRANSLATE_NOOP("Vocabulary", "strength"),
    "massage": QT_TRANSLATE_NOOP("Vocabulary", "massage"),
    "heat": QT_TRANSLATE_NOOP("Vocabulary", "heat"),
    "walk": QT_TRANSLATE_NOOP("Vocabulary", "walk"),
    "exercise": QT_TRANSLATE_NOOP("Vocabulary", "exercise"),
}
_POSITION_TITLES = {
    "standing": QT_TRANSLATE_NOOP("Vocabulary", "Standing"),
    "seated": QT_TRANSLATE_NOOP("Vocabulary", "Seated"),
    "lying": QT_TRANSLATE_NOOP("Vocabulary", "Lying"),
    "kneeling": QT_TRANSLATE_NOOP("Vocabulary", "Kneeling"),
    "hands-and-knees": QT_TRANSLATE_NOOP("Vocabulary", "Hands and knees"),
}
_PURPOSE_WORDS = {
    "movement-break": QT_TRANSLATE_NOOP("Vocabulary", "movement break"),
    "warm-up": QT_TRANSLATE_NOOP("Vocabulary", "warm-up"),
    "walk-break": QT_TRANSLATE_NOOP("Vocabulary", "during a walk"),
    "heat": QT_TRANSLATE_NOOP("Vocabulary", "heat"),
    "session": QT_TRANSLATE_NOOP("Vocabulary", "session"),
}
_PURPOSE_FILTERS = {
    "movement-break": QT_TRANSLATE_NOOP("LibraryView", "Routines: movement breaks"),
    "warm-up": QT_TRANSLATE_NOOP("LibraryView", "Routines: warm-ups"),
    "walk-break": QT_TRANSLATE_NOOP("LibraryView", "Routines: during a walk"),
    "heat": QT_TRANSLATE_NOOP("LibraryView", "Routines: heat"),
    "session": QT_TRANSLATE_NOOP("LibraryView", "Routines: sessions"),
}


def word(value: str) -> str:
    """A position, kind or other vocabulary word in the user's language (itself if unknown)."""
    return QCoreApplication.translate("Vocabulary", _WORDS[value]) if value in _WORDS else value


def _tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("LibraryView", ...)``, translated."""
    return QCoreApplication.translate("LibraryView", text)


def subtitle(item: Exercise | Routine) -> str:
    if isinstance(item, Routine):
        where = LibraryText.tr("floor work") if item.on_floor else LibraryText.tr("no floor work")
        if item.purpose in _PURPOSE_WORDS:
            purpose = QCoreApplication.translate("Vocabulary", _PURPOSE_WORDS[item.purpose])
        else:
            purpose = PURPOSE_TITLES[item.purpose].rstrip("s").lower()
        text = f"{format_duration(item.duration_s)} · {purpose} · {where}"
    else:
        text = f"{format_duration(item.duration_s)} · {word(item.position)} · {word(item.kind or 'exercise')}"
    return text + (LibraryText.tr(" · yours") if item.origin == "user" else "")


class LibraryModel(QAbstractListModel):
    """Routines first, then exercises, each by the name shown; thumbnails are drawn when first shown."""

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)

        def by_name(item: Exercise | Routine) -> str:
            return item.name.casefold()

        self.entries = [Entry(r) for r in sorted(library.routines.values(), key=by_name)] + [
            Entry(e) for e in sorted(library.exercises.values(), key=by_name)
        ]
        self._icons: dict[Path, QIcon] = {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        item = entry.item
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.name}\n{subtitle(item)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if entry.is_routine:
                text = self.tr("Routine: {name}, {details}")
            else:
                text = self.tr("Exercise: {name}, {details}")
            return text.format(name=item.name, details=subtitle(item))
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.summary
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role == ENTRY_ROLE:
            return entry
        return None

    def _icon(self, item: Exercise | Routine) -> QIcon | None:
        exercise = item.items[0].exercise if isinstance(item, Routine) else item
        if not exercise.images:
            return None
        path = exercise.images[-1]
        if path not in self._icons:
            self._icons[path] = QIcon(render_picture(path, THUMB * 2))
        return self._icons[path]


class LibraryFilter(QSortFilterProxyModel):
    """Applies :class:`Filters` from the core to the model's rows, best matches of the name first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filters = Filters()
        self._ranks: dict[int, int] = {}  # source row -> rank, for the shown rows of a search

    def set_filters(self, filters: Filters) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
            self.filters = filters
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.filters = filters
            self.invalidateRowsFilter()
        if not filters.words:
            self._ranks = {}
            self.sort(-1)  # no search: the model's own order
            return
        entries = self.sourceModel().entries  # type: ignore[attr-defined]
        shown = [self.mapToSource(self.index(row, 0)).row() for row in range(self.rowCount())]
        self._ranks = {
            row: filters.rank(entries[row]) for row in shown
        }  # once per search, not per comparison
        self.sort(-1)  # sort again even if already sorted by column 0: the ranks changed
        self.sort(0)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        return self.filters.accepts(model.entries[row])  # type: ignore[attr-defined]

    def lessThan(
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        ranks = self._ranks
        return (ranks.get(left.row(), 0), left.row()) < (ranks.get(right.row(), 0), right.row())


class DetailView(QWidget):
    """The page of one exercise or routine, with Start.

    Signals:
        start_requested(object): the Routine to play (a one-exercise session for an exercise).
    """

    start_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Exercise | Routine | None = None
        self.pictures = [PictureView(self, minimum=160), PictureView(self, minimum=160)]
        for i, picture in enumerate(self.pictures):
            picture.setAccessibleName(self.tr("Start position") if i == 0 else self.tr("End position"))
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Details"))
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setAccessibleName(self.tr("Start"))
        self.start_button.clicked.connect(self._start)
        design.button(self.start_button, design.Role.PRIMARY)
        self.start_button.setEnabled(False)
        pictures = QHBoxLayout()
        for picture in self.pictures:
            pictures.addWidget(picture)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addLayout(pictures, 2)
        layout.addWidget(self.text, 3)
        layout.addLayout(row)

    def show_item(self, item: Exercise | Routine | None) -> None:
        self.item = item
        self.start_button.setEnabled(item is not None)
        if item is None:
            self.text.setHtml("<p>" + escape(self.tr("Pick an exercise or a routine on the left.")) + "</p>")
            for picture in self.pictures:
                picture.show_picture(None)
            return
        exercise = item.items[0].exercise if isinstance(item, Routine) else item
        images = exercise.images
        self.pictures[0].show_picture(images[0] if images else None)
        self.pictures[1].setVisible(len(images) > 1 and isinstance(item, Exercise))
        self.pictures[1].show_picture(images[1] if len(images) > 1 else None)
        self.text.setHtml(routine_html(item) if isinstance(item, Routine) else exercise_html(item))
        if isinstance(item, Routine):
            text = self.tr("Start routine ({duration})")
        else:
            text = self.tr("Start exercise ({duration})")
        self.start_button.setText(text.format(duration=format_duration(item.duration_s)))

    @Slot()
    def _start(self) -> None:
        item = self.item
        if item is not None:
            self.start_requested.emit(item if isinstance(item, Routine) else Routine.single(item))


def _list(items, ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(str(i))}</li>" for i in items) + f"</{tag}>"


def exercise_html(ex: Exercise) -> str:
    meta = [word(ex.position), word(ex.kind or "exercise")]
    if ex.bends_backward:
        meta.append(LibraryText.tr("bends backward"))
    if ex.bends_forward:
        meta.append(LibraryText.tr("bends forward"))
    if not ex.bends_backward and not ex.bends_forward:
        meta.append(LibraryText.tr("back stays neutral"))
    in_all = LibraryText.tr("{duration} in all").format(duration=format_duration(ex.duration_s))
    parts = [
        f"<h2>{escape(ex.name)}</h2><p>{escape(ex.summary)}</p>",
        f"<p><b>{escape(ex.dose.describe())}</b> · {escape(' · '.join(meta))} · {escape(in_all)}</p>",
    ]
    if ex.targets:
        targets = LibraryText.tr("Targets: {list}").format(list=", ".join(ex.targets))
        parts.append(f"<p>{escape(targets)}</p>")
    if ex.equipment:
        needed = LibraryText.tr("You need: {list}").format(list=", ".join(ex.equipment))
        parts.append(f"<p>{escape(needed)}</p>")
    parts.append("<h3>" + escape(LibraryText.tr("Steps")) + "</h3>" + _list(ex.steps, ordered=True))
    if ex.cautions:
        take_care = design.icon_html(design.Icon.CAUTION, 18) + "&nbsp;" + escape(LibraryText.tr("Take care"))
        parts.append(f"<h3>{take_care}</h3>" + _list(ex.cautions))
    if ex.sources:
        parts.append("<h3>" + escape(LibraryText.tr("Sources")) + "</h3>" + _list(ex.sources))
    if ex.origin == "user":
        own = LibraryText.tr("Your own exercise, from {path}").format(path=ex.path)
        parts.append(f"<p><i>{escape(own)}</i></p>")
    return "".join(parts)


def routine_html(routine: Routine) -> str:
    rows = "".join(
        f"<tr><td>{i}.</td><td>{escape(item.exercise.name)}</td><td>{escape(item.dose.describe())}</td>"
        f"<td>{escape(word(item.exercise.position))}</td></tr>"
        for i, item in enumerate(routine.items, 1)
    )
    in_all = LibraryText.tr("<b>{duration}</b> in all, counting the get-ready and change-over time").format(
        duration=format_duration(routine.duration_s)
    )
    parts = [
        f"<h2>{escape(routine.name)}</h2><p>{escape(routine.summary)}</p>",
        f"<p>{in_all} · {escape(purpose_title(PURPOSE_TITLES[routine.purpose]))}</p>",
        f"<table cellspacing='6'>{rows}</table>",
    ]
    if routine.origin == "user":
        own = LibraryText.tr("Your own routine, from {path}").format(path=routine.path)
        parts.append(f"<p><i>{escape(own)}</i></p>")
    return "".join(parts)


class LibraryView(QWidget):
    """Search, filters, the list and the page of the chosen item, and any problems in files.

    Signals:
        start_requested(object): a Routine to play.
    """

    start_requested = Signal(object)

    def __init__(
        self,
        library: Library,
        user_folder: Path,
        *,
        avoid_backward_bending: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user_folder = user_folder
        self.model = LibraryModel(library, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, targets and steps…"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.position = QComboBox(self)
        self.position.setAccessibleName(self.tr("Position"))
        self.position.addItem(self.tr("Any position"), "")
        self.position.addItem(self.tr("No floor work"), NO_FLOOR)
        for position in POSITIONS[:-1]:
            title = _POSITION_TITLES.get(position)
            label = (
                QCoreApplication.translate("Vocabulary", title)
                if title
                else position.replace("-", " ").capitalize()
            )
            self.position.addItem(label, position)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind or purpose"))
        self.kind.addItem(self.tr("Everything"), ("", ""))
        for purpose, title in PURPOSE_TITLES.items():
            label = _PURPOSE_FILTERS.get(purpose)
            self.kind.addItem(_tr(label) if label else f"Routines: {title.lower()}", ("", purpose))
        for kind in KINDS:
            self.kind.addItem(self.tr("Exercises: {kind}").format(kind=word(kind)), (kind, ""))
        self.avoid_backward = QCheckBox(self.tr("Hide backward bending"), self)
        self.avoid_backward.setChecked(avoid_backward_bending)
        self.avoid_backward.setToolTip(
            self.tr("For people whose leg pain gets worse when they bend backward")
        )
        self.avoid_forward = QCheckBox(self.tr("Hide forward bending"), self)
        self.avoid_forward.setToolTip(
            self.tr("For people whose back or leg pain gets worse when they bend forward")
        )
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setIconSize(THUMB)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("Exercises and routines"))
        self.list.setSpacing(2)
        design.fit_rows(self.list)
        self.count = QLabel(self)
        self.detail = DetailView(self)
        self.detail.start_requested.connect(self.start_requested)

        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Open my exercises folder"), self)
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._show_problems(library)

        filters = QHBoxLayout()
        filters.addWidget(self.position)
        filters.addWidget(self.kind)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addLayout(filters)
        left.addWidget(self.avoid_backward)
        left.addWidget(self.avoid_forward)
        left.addWidget(self.list, 1)
        left.addWidget(self.count)
        left_box = QWidget(self)
        left_box.setLayout(left)
        splitter = QSplitter(self)
        splitter.addWidget(left_box)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        problems = QHBoxLayout()
        problems.addWidget(self.problems, 1)
        problems.addStretch(0)
        problems.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(problems)

        self._searched = ""
        self.search.textChanged.connect(self._refilter)
        self.position.currentIndexChanged.connect(self._refilter)
        self.kind.currentIndexChanged.connect(self._refilter)
        self.avoid_backward.toggled.connect(self._refilter)
        self.avoid_forward.toggled.connect(self._refilter)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.list.activated.connect(lambda _index: self.detail.start_button.setFocus())
        self._refilter()

    @Slot()
    def _refilter(self) -> None:
        kind, purpose = self.kind.currentData()
        self.proxy.set_filters(
            Filters(
                text=self.search.text(),
                position=self.position.currentData(),
                kind=kind,
                purpose=purpose,
                avoid_backward_bending=self.avoid_backward.isChecked(),
                avoid_forward_bending=self.avoid_forward.isChecked(),
            )
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown != total:
            self.count.setText(self.tr("{shown} of {total} shown").format(shown=shown, total=total))
        else:
            self.count.setText(LibraryText.tr("%n item(s)", "", total))
        searched, self._searched = self._searched, self.search.text()
        if shown and (searched != self._searched or not self.list.currentIndex().isValid()):
            self.list.setCurrentIndex(self.proxy.index(0, 0))  # a new search shows its best match

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(ENTRY_ROLE) if current.isValid() else None
        self.detail.show_item(entry.item if entry else None)

    def select(self, item_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ENTRY_ROLE).item.id == item_id:
                self.list.setCurrentIndex(index)
                return True
        return False

    def _show_problems(self, library: Library) -> None:
        if not library.problems:
            self.problems.setText("")
            self.problems.hide()
            return
        files = len({p.path for p in library.problems})
        lines = "<br>".join(escape(str(p)) for p in library.problems[:50])
        more = ""
        if len(library.problems) > 50:
            more = "<br>" + self.tr("… and {count} more").format(count=len(library.problems) - 50)
        heading = LibraryText.tr("%n file(s) could not be loaded:", "", files)
        mark = design.icon_html(design.Icon.CAUTION)
        self.problems.setText(f"{mark}&nbsp;<b>{escape(heading)}</b><br><tt>{lines}{more}</tt>")
        self.problems.show()

    @Slot()
    def _open_folder(self) -> None:
        with contextlib.suppress(OSError):  # the file manager shows what is there, or says why not
            ensure_folder(self.user_folder / "routines")
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.user_folder)))
