"""Fixtures for the OS adapters: a private D-Bus bus with a fake desktop on it, and a real Xvfb."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest

from tests.helpers.fake_dbus import FakeDesktop, private_bus


@pytest.fixture
def bus_address():
    """The address of a dbus-daemon started for this test (the real session bus is never used)."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    with private_bus() as address:
        yield address


@pytest.fixture
def desktop(bus_address):
    """A fake desktop owning every service name on the private bus."""
    fake = FakeDesktop(bus_address)
    yield fake
    fake.close()


@contextlib.contextmanager
def running_xvfb(*extra: str) -> Iterator[str]:
    """A fresh Xvfb server (it picks a free display number and tells us through -displayfd)."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        pytest.skip("Xvfb is not installed")
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        [
            xvfb,
            "-displayfd",
            str(write_end),
            "-nolisten",
            "tcp",
            "-noreset",
            "-screen",
            "0",
            "640x480x24",
            *extra,
        ],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        number = b""
        deadline = time.monotonic() + 15
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], max(0.0, deadline - time.monotonic()))
            chunk = os.read(read_end, 16) if ready else b""
            if not chunk:
                pytest.fail("Xvfb did not report a display number")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_end)
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def xvfb_display():
    """A fresh Xvfb server."""
    with running_xvfb() as display:
        yield display


@pytest.fixture(scope="module")
def xvfb_without_screensaver():
    """An Xvfb server without the MIT-SCREEN-SAVER extension (no idle time on X11)."""
    with running_xvfb("-extension", "MIT-SCREEN-SAVER") as display:
        yield display
