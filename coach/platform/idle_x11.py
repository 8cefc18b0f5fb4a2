"""Idle time and full-screen state on X11, through ctypes: libX11 and the XScreenSaver extension."""

from __future__ import annotations

import ctypes
import logging
import os
import threading
from collections.abc import Mapping

from coach.core.activity import ActivitySample
from coach.platform.errors import PlatformUnavailable

log = logging.getLogger(__name__)

_SUCCESS = 0
_ANY_PROPERTY_TYPE = 0
_MAX_ITEMS = 64  # longs read from a property; _NET_WM_STATE holds a handful of atoms


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("eventMask", ctypes.c_ulong),
    ]


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


class _ErrorTrap:
    """Xlib's default error handler ends the process. A window can vanish between reading
    ``_NET_ACTIVE_WINDOW`` and reading its state, so our displays' errors are recorded and
    ignored here; errors on anybody else's display go to the handler that was there before."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ours: dict[int, int] = {}  # display pointer -> last error code
        self._previous = None
        self._callback = _ErrorHandler(self._handle)  # kept alive as long as the module
        self._installed = False

    def install(self, xlib: ctypes.CDLL, display: int) -> None:
        with self._lock:
            self._ours[display] = 0
            if not self._installed:
                xlib.XSetErrorHandler.restype = _ErrorHandler
                xlib.XSetErrorHandler.argtypes = [_ErrorHandler]
                self._previous = xlib.XSetErrorHandler(self._callback)
                self._installed = True

    def forget(self, display: int) -> None:
        with self._lock:
            self._ours.pop(display, None)

    def _handle(self, display, event) -> int:
        if display in self._ours:
            self._ours[display] = event.contents.error_code
            return 0
        if self._previous:
            return self._previous(display, event)
        return 0


_TRAP = _ErrorTrap()


def _load(name: str) -> ctypes.CDLL:
    try:
        return ctypes.CDLL(name)
    except OSError as exc:
        raise PlatformUnavailable(f"the library {name} is not installed") from exc


class X11Monitor:
    """Reads milliseconds since the last input from the XScreenSaver extension, and whether the
    active window (``_NET_ACTIVE_WINDOW``) is full screen (``_NET_WM_STATE_FULLSCREEN``).

    Keeps its own connection to the X server open until ``close()``. Lock state is not known
    here; ``activity.detect_activity_monitor`` adds it from D-Bus where it can.
    """

    name = "X11 XScreenSaver"
    senses = frozenset({"idle", "fullscreen"})

    def __init__(
        self,
        display: str | None = None,
        *,
        env: Mapping[str, str] | None = None,
        x11_library: str = "libX11.so.6",
        xss_library: str = "libXss.so.1",
    ) -> None:
        """Open ``display`` (default: ``$DISPLAY`` from ``env``); PlatformUnavailable if impossible."""
        if display is None:
            display = (os.environ if env is None else env).get("DISPLAY", "")
        if not display:
            raise PlatformUnavailable("no X display (DISPLAY is not set)")
        self.display_name = display
        self._x = x = _load(x11_library)
        self._xss = xss = _load(xss_library)
        self._declare(x, xss)
        self._dpy: int | None = x.XOpenDisplay(display.encode())
        if not self._dpy:
            self._dpy = None
            raise PlatformUnavailable(f"cannot open the X display {display!r}")
        _TRAP.install(x, self._dpy)
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(self._dpy, ctypes.byref(event_base), ctypes.byref(error_base)):
            self.close()
            raise PlatformUnavailable(f"the X display {display!r} has no XScreenSaver extension")
        self._root = x.XDefaultRootWindow(self._dpy)
        self._info = _XScreenSaverInfo()
        self._atoms = {
            name: x.XInternAtom(self._dpy, name.encode(), False)
            for name in ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")
        }
        log.debug("X11 display %s opened; idle %s s", display, self.idle_s())

    @staticmethod
    def _declare(x: ctypes.CDLL, xss: ctypes.CDLL) -> None:
        ptr, ulong, c_int = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
        x.XOpenDisplay.restype = ptr
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XCloseDisplay.argtypes = [ptr]
        x.XDefaultRootWindow.restype = ulong
        x.XDefaultRootWindow.argtypes = [ptr]
        x.XInternAtom.restype = ulong
        x.XInternAtom.argtypes = [ptr, ctypes.c_char_p, c_int]
        x.XFree.argtypes = [ptr]
        x.XGetWindowProperty.restype = c_int
        x.XGetWindowProperty.argtypes = [
            ptr,  # display
            ulong,  # window
            ulong,  # property
            ctypes.c_long,  # long_offset
            ctypes.c_long,  # long_length
            c_int,  # delete
            ulong,  # req_type
            ctypes.POINTER(ulong),  # actual_type_return
            ctypes.POINTER(c_int),  # actual_format_return
            ctypes.POINTER(ulong),  # nitems_return
            ctypes.POINTER(ulong),  # bytes_after_return
            ctypes.POINTER(ctypes.POINTER(ctypes.c_ubyte)),  # prop_return
        ]
        xss.XScreenSaverQueryExtension.restype = c_int
        xss.XScreenSaverQueryExtension.argtypes = [ptr, ctypes.POINTER(c_int), ctypes.POINTER(c_int)]
        xss.XScreenSaverQueryInfo.restype = c_int
        xss.XScreenSaverQueryInfo.argtypes = [ptr, ulong, ctypes.POINTER(_XScreenSaverInfo)]

    def idle_s(self) -> float | None:
        """Seconds since the last keyboard or pointer input, or None if the server would not say."""
        if self._dpy is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._dpy, self._root, ctypes.byref(self._info)):
            return None
        return self._info.idle / 1000.0

    def _longs(self, window: int, atom: int) -> list[int] | None:
        """A 32-bit-format property as a list of numbers (Xlib hands them over as C longs)."""
        actual_type, actual_format = ctypes.c_ulong(), ctypes.c_int()
        nitems, after = ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ubyte)()
        status = self._x.XGetWindowProperty(
            self._dpy,
            window,
            atom,
            0,
            _MAX_ITEMS,
            False,
            _ANY_PROPERTY_TYPE,
            ctypes.byref(actual_type),
            ctypes.byref(actual_format),
            ctypes.byref(nitems),
            ctypes.byref(after),
            ctypes.byref(data),
        )
        try:
            if status != _SUCCESS or actual_format.value != 32 or not data:
                return None
            values = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [values[i] for i in range(nitems.value)]
        finally:
            if data:
                self._x.XFree(data)

    def fullscreen(self) -> bool:
        """True when the window manager says the active window is full screen."""
        if self._dpy is None:
            return False
        active = self._longs(self._root, self._atoms["_NET_ACTIVE_WINDOW"])
        if not active or not active[0]:
            return False
        state = self._longs(active[0], self._atoms["_NET_WM_STATE"])
        return bool(state) and self._atoms["_NET_WM_STATE_FULLSCREEN"] in state

    def sample(self) -> ActivitySample:
        return ActivitySample(idle_s=self.idle_s(), fullscreen=self.fullscreen())

    def close(self) -> None:
        if self._dpy is not None:
            dpy, self._dpy = self._dpy, None
            self._x.XCloseDisplay(dpy)
            _TRAP.forget(dpy)
