"""Messages from a later start reach the running Coach over a private Unix socket."""

from __future__ import annotations

import os
import socket
import stat
import sys

import pytest

from coach.qt import unix_socket
from coach.qt.single_instance import SingleInstance

pytestmark = pytest.mark.skipif(not unix_socket.available(), reason="no Unix sockets here")


@pytest.fixture
def runtime(tmp_path, monkeypatch):
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def test_lines_arrive_one_by_one_and_the_socket_is_the_owners_only(qtbot, runtime):
    server = unix_socket.LineServer(runtime / "t.sock")
    try:
        assert stat.S_IMODE(os.stat(runtime / "t.sock").st_mode) == 0o600
        received: list[str] = []
        server.message_received.connect(received.append)
        assert unix_socket.send(runtime / "t.sock", "show", 1.0)
        qtbot.waitUntil(lambda: received == ["show"], timeout=3000)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:  # two lines, split oddly
            client.connect(str(runtime / "t.sock"))
            client.sendall(b"fir")
            client.sendall(b"st\nsecond\n\n")
        qtbot.waitUntil(lambda: received == ["show", "first", "second"], timeout=3000)
    finally:
        server.close()
    assert not (runtime / "t.sock").exists()
    assert not unix_socket.send(runtime / "t.sock", "show", 0.5)  # nobody listens any more


def test_a_folder_others_may_enter_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "open"
    folder.mkdir()
    folder.chmod(0o755)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    with pytest.raises(OSError, match="not a private folder"):
        unix_socket.private_dir()


def test_without_a_runtime_folder_a_private_one_is_made(tmp_path, monkeypatch):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(unix_socket.tempfile, "gettempdir", lambda: str(tmp_path))
    folder = unix_socket.private_dir()
    assert folder == tmp_path / f"coach-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX")
def test_a_second_start_reaches_the_first(qtbot, tmp_path, runtime):
    first, second = SingleInstance(tmp_path / "data"), SingleInstance(tmp_path / "data")
    assert first.acquire()
    try:
        assert isinstance(first.server, unix_socket.LineServer)  # no QtNetwork needed
        assert not second.acquire()
        with qtbot.waitSignal(first.message_received, timeout=3000) as signal:
            assert second.send("show")
        assert signal.args == ["show"]
    finally:
        first.release()
