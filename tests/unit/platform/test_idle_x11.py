"""The X11 adapter against a real Xvfb: idle time, the pointer resetting it, full-screen windows."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import time

import pytest

from coach.platform.errors import PlatformUnavailable
from coach.platform.idle_x11 import X11Monitor

XA_ATOM = 4
XA_WINDOW = 33


def wait_for(predicate, timeout=5.0, step=0.02):
    """Poll ``predicate`` until it returns a true value or the deadline passes."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(step)


class WindowManagerStandIn:
    """Does what a window manager would: a window, its _NET_WM_STATE, and _NET_ACTIVE_WINDOW."""

    def __init__(self, display: str) -> None:
        x = self.x = ctypes.CDLL("libX11.so.6")
        ptr, ulong = ctypes.c_void_p, ctypes.c_ulong
        x.XOpenDisplay.restype = ptr
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = ulong
        x.XDefaultRootWindow.argtypes = [ptr]
        x.XCreateSimpleWindow.restype = ulong
        x.XCreateSimpleWindow.argtypes = (
            [ptr, ulong, ctypes.c_int, ctypes.c_int]
            + [ctypes.c_uint] * 3
            + [
                ulong,
                ulong,
            ]
        )
        x.XInternAtom.restype = ulong
        x.XInternAtom.argtypes = [ptr, ctypes.c_char_p, ctypes.c_int]
        x.XChangeProperty.argtypes = [ptr, ulong, ulong, ulong, ctypes.c_int, ctypes.c_int, ptr, ctypes.c_int]
        x.XDeleteProperty.argtypes = [ptr, ulong, ulong]
        x.XDestroyWindow.argtypes = [ptr, ulong]
        x.XSync.argtypes = [ptr, ctypes.c_int]
        x.XCloseDisplay.argtypes = [ptr]
        self.dpy = x.XOpenDisplay(display.encode())
        assert self.dpy
        self.root = x.XDefaultRootWindow(self.dpy)
        self.window = x.XCreateSimpleWindow(self.dpy, self.root, 0, 0, 100, 100, 0, 0, 0)

    def atom(self, name: str) -> int:
        return self.x.XInternAtom(self.dpy, name.encode(), False)

    def set_longs(self, window: int, prop: str, kind: int, values: list[int]) -> None:
        data = (ctypes.c_ulong * max(len(values), 1))(*values)
        self.x.XChangeProperty(self.dpy, window, self.atom(prop), kind, 32, 0, data, len(values))
        self.x.XSync(self.dpy, False)

    def activate(self, window: int) -> None:
        self.set_longs(self.root, "_NET_ACTIVE_WINDOW", XA_WINDOW, [window])

    def set_fullscreen(self, on: bool) -> None:
        states = [self.atom("_NET_WM_STATE_ABOVE")] + ([self.atom("_NET_WM_STATE_FULLSCREEN")] if on else [])
        self.set_longs(self.window, "_NET_WM_STATE", XA_ATOM, states)

    def close(self) -> None:
        self.x.XDeleteProperty(self.dpy, self.root, self.atom("_NET_ACTIVE_WINDOW"))
        self.x.XDestroyWindow(self.dpy, self.window)
        self.x.XSync(self.dpy, False)
        self.x.XCloseDisplay(self.dpy)


@pytest.fixture
def monitor(xvfb_display):
    m = X11Monitor(xvfb_display)
    yield m
    m.close()


@pytest.fixture
def wm(xvfb_display):
    stand_in = WindowManagerStandIn(xvfb_display)
    yield stand_in
    stand_in.close()


def test_idle_time_grows_and_drops_when_the_pointer_moves(monitor, xvfb_display):
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed")
    first = monitor.sample()
    assert first.idle_s is not None and first.idle_s >= 0
    assert first.locked is False and first.fullscreen is False
    assert wait_for(lambda: monitor.sample().idle_s >= first.idle_s + 0.2)
    before = monitor.sample().idle_s
    for x, y in ((17, 23), (211, 97)):  # two moves: one of them is surely not where the pointer was
        subprocess.run(
            ["xdotool", "mousemove", str(x), str(y)],
            env={"DISPLAY": xvfb_display, "PATH": "/usr/bin:/bin"},
            check=True,
            timeout=10,
        )
    after = monitor.sample().idle_s
    assert after < before
    assert after < 1.0


def test_full_screen_active_window_is_reported(monitor, wm):
    assert monitor.sample().fullscreen is False  # no _NET_ACTIVE_WINDOW yet
    wm.activate(wm.window)
    wm.set_fullscreen(False)
    assert monitor.sample().fullscreen is False
    wm.set_fullscreen(True)
    assert monitor.sample().fullscreen is True
    wm.activate(0)
    assert monitor.sample().fullscreen is False


def test_a_vanished_active_window_is_not_fatal(monitor, wm):
    wm.activate(0x3FFFFF0)  # no such window: reading its state is an X error (BadWindow)
    sample = monitor.sample()
    assert sample.fullscreen is False
    assert sample.idle_s is not None  # the connection still works after the error


def test_close_releases_the_display(xvfb_display):
    m = X11Monitor(xvfb_display)
    m.close()
    m.close()
    assert m.sample().idle_s is None


def test_without_a_display_it_is_unavailable():
    with pytest.raises(PlatformUnavailable, match="DISPLAY"):
        X11Monitor(env={})


def test_an_unreachable_display_is_unavailable(xvfb_display):
    with pytest.raises(PlatformUnavailable, match="cannot open"):
        X11Monitor(":31999")


def test_a_missing_library_is_unavailable(xvfb_display):
    with pytest.raises(PlatformUnavailable, match="libXss-not-here"):
        X11Monitor(xvfb_display, xss_library="libXss-not-here.so.1")
