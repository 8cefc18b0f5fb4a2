"""Tells the user something once, without blocking the reminders."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

Deliver = Callable[[str, str], bool]  # (title, text) -> shown


class Notices(QObject):
    """One-off messages: through ``deliver`` (the desktop's notifications) when it can, else a box.

    The message box is shown, not run: reminders keep running while it is open.
    """

    def __init__(self, window: QWidget | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.deliver: Deliver | None = None

    @Slot(str)
    def show(self, text: str) -> None:
        """Tell the user ``text`` once."""
        log.warning("notice: %s", text)
        if self.deliver is not None and self.deliver("Coach", text):
            return
        box = QMessageBox(
            QMessageBox.Icon.Information, "Coach", text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.show()
