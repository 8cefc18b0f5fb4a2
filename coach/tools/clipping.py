"""Finds text that a window cuts off: labels, buttons, tabs, group boxes, combo boxes, fields and list rows.

Each check compares what the text needs (``QFontMetrics``, ``heightForWidth`` for wrapped
labels, the style's size for a control) with the room the widget has. ``clipped(window)``
returns one readable line per problem; the gallery prints them and a test asserts there are none.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTreeView,
    QWidget,
)

SLACK = 1  # pixels of rounding allowed


def _name(widget: QWidget, text: str) -> str:
    short = " ".join(text.split())
    short = short if len(short) <= 60 else short[:57] + "…"
    return f"{type(widget).__name__} {widget.objectName() or ''}'{short}'".replace(" '", " '", 1)


def _plain(text: str) -> str:
    """Button and tab text without its mnemonic ampersands."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label(label: QLabel) -> str | None:
    text = label.text() if label.buddy() is None else _plain(label.text())
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        if rich:
            return None
        words = max((QFontMetrics(label.font()).horizontalAdvance(w) for w in text.split()), default=0)
        if words > rect.width() + SLACK:
            return f"a word needs {words} px, has {rect.width()}"
        return None
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        width, height = doc.idealWidth(), doc.size().height()
    else:
        metrics = QFontMetrics(label.font())
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.lineSpacing() * len(lines) - metrics.leading()
    if width > rect.width() + SLACK:
        return f"needs {width:.0f} px of width, has {rect.width()}"
    if height > rect.height() + SLACK:
        return f"needs {height:.0f} px of height, has {rect.height()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    kinds = (
        (QPushButton, QStyleOptionButton, QStyle.SubElement.SE_PushButtonContents),
        (QCheckBox, QStyleOptionButton, QStyle.SubElement.SE_CheckBoxContents),
        (QRadioButton, QStyleOptionButton, QStyle.SubElement.SE_RadioButtonContents),
    )
    for kind, option_type, element in kinds:
        if isinstance(button, kind):
            option = option_type()
            button.initStyleOption(option)
            room = button.style().subElementRect(element, option, button)
            break
    else:
        hint = button.sizeHint()
        if button.width() + SLACK < hint.width():
            return f"needs {hint.width()} px of width, has {button.width()}"
        return None
    metrics = QFontMetrics(button.font())
    lines = _plain(button.text()).split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if not button.icon().isNull():
        width += button.iconSize().width() + 4
    height = metrics.height() * len(lines)
    if width > room.width() + SLACK:
        return f"needs {width} px of width, has {room.width()}"
    if height > room.height() + SLACK:
        return f"needs {height} px of height, has {room.height()}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        text = _plain(bar.tabText(i))
        if rect.width() + SLACK < hint.width() or rect.right() > bar.width() + SLACK:
            problems.append(f"tab '{text}' needs {hint.width()} px, has {rect.width()} within {bar.width()}")
    return problems


def _group(box: QGroupBox) -> str | None:
    if not box.title():
        return None
    font = box.font()
    font.setBold(True)
    width = QFontMetrics(font).horizontalAdvance(_plain(box.title())) + 16
    if box.isCheckable():
        width += 24
    if width > box.width() + SLACK:
        return f"title needs {width} px, has {box.width()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option) if hasattr(combo, "initStyleOption") else option.initFrom(combo)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = QFontMetrics(combo.font()).horizontalAdvance(combo.currentText())
    if combo.currentIndex() >= 0 and not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + SLACK:
        return f"'{combo.currentText()}' needs {needed} px, has {field.width()}"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    text = edit.text() or edit.placeholderText()
    if not text:
        return None
    room = edit.contentsRect().width() - 8 - (22 if edit.isClearButtonEnabled() else 0)
    needed = QFontMetrics(edit.font()).horizontalAdvance(text)
    if needed > room + SLACK:
        return f"needs {needed} px, has {room}"
    return None


def _spin(box: QAbstractSpinBox) -> str | None:
    hint = box.minimumSizeHint()
    if box.width() + SLACK < hint.width():
        return f"needs {hint.width()} px, has {box.width()}"
    return None


def _rows(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    problems = []
    viewport = view.viewport().rect()
    columns = model.columnCount() if isinstance(view, QTreeView) else 1
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.decorationSize = view.iconSize() if view.iconSize().isValid() else option.decorationSize
    option.font = view.font()
    bar = view.horizontalScrollBar()
    if bar.isVisible() and bar.maximum() > 0:
        problems.append(f"rows are {bar.maximum()} px wider than the list")
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    if wraps:
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    rows = min(model.rowCount(), 400)
    for row in range(rows):
        for column in range(columns):
            if isinstance(view, QTreeView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column, QModelIndex())
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            rect = view.visualRect(index)
            if rect.isEmpty():
                continue
            option.rect = rect
            hint = view.itemDelegateForIndex(index).sizeHint(option, index)
            width = rect.width()
            if isinstance(view, QListView) and not isinstance(view, QTreeView):
                width = min(width, viewport.width() - rect.left())
            too_wide = hint.width() > width + SLACK and not wraps
            if too_wide or hint.height() > rect.height() + SLACK:
                first = str(text).split("\n")[0]
                problems.append(
                    f"row '{first}' needs {hint.width()}×{hint.height()} px, has {width}×{rect.height()}"
                )
    return problems


def clipped(window: QWidget) -> list[str]:
    """Every text in ``window`` (shown and laid out) that is elided or cut off, one line each."""
    problems: list[str] = []
    bounds = window.rect()
    hint = window.minimumSizeHint()
    if window.layout() is not None and (
        window.width() + SLACK < hint.width() or window.height() + SLACK < hint.height()
    ):
        problems.append(
            f"{type(window).__name__}: needs at least {hint.width()}×{hint.height()}, "
            f"is {window.width()}×{window.height()}"
        )
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if widget.isWindow():
            continue
        checks: list[str | None] = []
        if isinstance(widget, QLabel):
            checks.append(_label(widget))
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            checks.append(_button(widget))
        elif isinstance(widget, QTabBar):
            checks.extend(_tabs(widget))
        elif isinstance(widget, QGroupBox):
            checks.append(_group(widget))
        elif isinstance(widget, QComboBox):
            checks.append(_combo(widget))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QAbstractSpinBox):
            checks.append(_line_edit(widget))
        elif isinstance(widget, QAbstractSpinBox):
            checks.append(_spin(widget))
        elif isinstance(widget, QAbstractScrollArea) and widget.property("fits"):
            bars = (widget.horizontalScrollBar(), widget.verticalScrollBar())
            if any(bar.isVisible() and bar.maximum() > 0 for bar in bars):
                checks.append("needs scrolling, but is laid out to fit")
        if isinstance(widget, QAbstractItemView) and not widget.property("scrolls"):
            checks.extend(_rows(widget))
        text = ""
        for attr in ("text", "title", "currentText"):
            if hasattr(widget, attr) and not text:
                try:
                    value = getattr(widget, attr)()
                except TypeError:
                    continue
                text = value if isinstance(value, str) else ""
        for problem in checks:
            if problem:
                problems.append(f"{_name(widget, text or widget.accessibleName())}: {problem}")
        if not _in_scroll_area(widget, window) and isinstance(
            widget, QLabel | QAbstractButton | QComboBox | QLineEdit | QAbstractSpinBox
        ):
            top_left = widget.mapTo(window, widget.rect().topLeft())
            where = QRect(top_left, widget.size())
            if not bounds.contains(where):
                problems.append(f"{_name(widget, text)}: lies outside the window ({where} in {bounds})")
    return problems
