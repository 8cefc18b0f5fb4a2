"""Whether an X11 display or a Wayland compositor named in the environment answers, before Qt tries."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import socket
import sys
from collections.abc import Mapping

_TIMEOUT = 2.0  # seconds to wait for a display server to accept a connection
_X_DISPLAY = re.compile(r"^(?P<host>[^:]*?)(?:/unix)?:(?P<number>\d+)(?:\.\d+)?$")


def _accepts(family: int, address: object) -> bool:
    """True when something listens at ``address`` and accepts a connection."""
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(_TIMEOUT)
            sock.connect(address)
    except (OSError, ValueError):
        return False
    return True


def _xlib_opens(display: str) -> bool | None:
    """Open and close ``display`` with libX11; None when libX11 is not there to ask."""
    name = ctypes.util.find_library("X11")
    if not name:
        return None
    try:
        xlib = ctypes.CDLL(name)
    except OSError:
        return None
    xlib.XInitThreads()  # Qt's X11 code expects a thread-safe Xlib; this must be its first call
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = xlib.XOpenDisplay(display.encode())
    if not handle:
        return False
    xlib.XCloseDisplay(handle)
    return True


def _x_socket_answers(display: str) -> bool:
    """The fallback without libX11: the server's local socket, or TCP port 6000+N for ``host:N``."""
    match = _X_DISPLAY.match(display)
    if match is None:
        return False
    host, number = match["host"], int(match["number"])
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        if sys.platform.startswith("linux") and _accepts(socket.AF_UNIX, "\0" + path):  # abstract socket
            return True
        return _accepts(socket.AF_UNIX, path)
    return _accepts(socket.AF_INET6 if ":" in host else socket.AF_INET, (host.strip("[]"), 6000 + number))


def x11_reachable(display: str) -> bool:
    """True when an X server answers at ``display`` (e.g. ``:0``, ``localhost:10.0``)."""
    opened = _xlib_opens(display)
    return _x_socket_answers(display) if opened is None else opened


def wayland_socket(name: str, env: Mapping[str, str]) -> str | None:
    """The socket path ``WAYLAND_DISPLAY=name`` means, or None without ``XDG_RUNTIME_DIR``."""
    if os.path.isabs(name):
        return name
    runtime = env.get("XDG_RUNTIME_DIR")
    return os.path.join(runtime, name) if runtime else None


def wayland_reachable(name: str, env: Mapping[str, str]) -> bool:
    """True when a Wayland compositor accepts a connection on ``name``'s socket."""
    path = wayland_socket(name, env)
    return path is not None and _accepts(socket.AF_UNIX, path)
