"""A tiny typed event emitter: the core's way to tell views and adapters what happened."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)


class Emitter(Generic[T]):
    """Calls every connected callback with each emitted value, in connection order."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], object]] = []

    def connect(self, callback: Callable[[T], object]) -> Callable[[T], object]:
        self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[[T], object]) -> None:
        self._callbacks.remove(callback)

    def emit(self, value: T) -> None:
        for callback in list(self._callbacks):
            callback(value)


class EventQueue:
    """Events held back while a state machine changes, then delivered in order.

    A state machine queues events as things happen and flushes once its state is consistent.
    A flush from inside a callback (a command given by a listener) leaves delivery to the
    outer flush, so the new events follow those already pending.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Emitter[Any], object]] = []
        self._delivering = False

    def put(self, emitter: Emitter[Any], value: object) -> None:
        self._pending.append((emitter, value))

    def flush(self) -> None:
        if self._delivering:
            return
        self._delivering = True
        try:
            while self._pending:
                emitter, value = self._pending.pop(0)
                emitter.emit(value)
        finally:
            self._delivering = False
            self._pending.clear()
