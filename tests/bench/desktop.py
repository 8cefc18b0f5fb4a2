"""A private virtual desktop for the benchmark: Xvfb, a session bus, a tray host and dunst."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

TOOLS = ("Xvfb", "dbus-daemon", "trayer", "dunst", "xwininfo", "xev", "xdotool", "stdbuf")


def missing_tools() -> list[str]:
    """The desktop programs that are not on PATH (Debian: xvfb dbus trayer dunst x11-utils xdotool)."""
    from shutil import which

    return [tool for tool in TOOLS if which(tool) is None]


def _free_display() -> int:
    n = 150 + os.getpid() % 50
    while Path(f"/tmp/.X11-unix/X{n}").exists() or Path(f"/tmp/.X{n}-lock").exists():
        n += 1
    return n


def stop_process(proc: subprocess.Popen, timeout: float = 3.0) -> None:
    """End a process this script started (and its process group): TERM, then KILL."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                proc.kill()
            proc.wait()


class VirtualDesktop:
    """Starts the desktop programs on enter and ends every one of them on exit.

    Each program runs in its own process group (``start_new_session``), so stopping it also
    stops anything it started. ``env`` is the environment for programs shown on this desktop.
    """

    def __init__(self, name: str = "desktop") -> None:
        self.name = name
        self.display = ""
        self.bus = ""
        self.procs: list[subprocess.Popen] = []
        self.panel: str | None = None
        self._jiggle_stop = threading.Event()
        self._jiggler: threading.Thread | None = None

    # -- life cycle ------------------------------------------------------------------------

    def __enter__(self) -> VirtualDesktop:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _spawn(self, argv: Sequence[str], **kwargs) -> subprocess.Popen:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        proc = subprocess.Popen(argv, start_new_session=True, stdin=subprocess.DEVNULL, **kwargs)
        self.procs.append(proc)
        return proc

    def _start(self) -> None:
        n = _free_display()
        self._spawn(["Xvfb", f":{n}", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"])
        socket = Path(f"/tmp/.X11-unix/X{n}")
        _wait(socket.exists, 10, f"Xvfb :{n} did not start")
        self.display = f":{n}"
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert bus.stdout is not None
        self.bus = bus.stdout.readline().strip()
        if not self.bus:
            raise RuntimeError("dbus-daemon printed no address")
        env = self.env()
        self._spawn(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "request",
                "--height",
                "32",
                "--SetDockType",
                "true",
                "--transparent",
                "false",
                "--tint",
                "0x333333",
            ],
            env=env,
        )
        self._spawn(["dunst"], env=env)
        _wait(lambda: self._find_panel() is not None, 10, "trayer showed no panel")
        self.panel = self._find_panel()

    def close(self) -> None:
        self._jiggle_stop.set()
        if self._jiggler is not None:
            self._jiggler.join(5)
        for proc in reversed(self.procs):
            stop_process(proc)
        self.procs.clear()

    # -- helpers ---------------------------------------------------------------------------

    def env(self, **extra: str) -> dict[str, str]:
        """The environment for a program on this desktop (no offscreen Qt, this bus)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_QPA", "COACH_", "WAYLAND"))}
        env.update(DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus, XDG_SESSION_TYPE="x11")
        env.update(extra)
        return env

    def _find_panel(self) -> str | None:
        out = subprocess.run(
            ["xwininfo", "-root", "-tree"], env=self.env(), capture_output=True, text=True, check=False
        ).stdout
        for line in out.splitlines():
            if '"panel": ("panel" "trayer")' in line:
                return line.split()[0]
        return None

    def tray_icons(self) -> int:
        """How many icons are embedded in the tray now (one socket window each)."""
        out = subprocess.run(
            ["xwininfo", "-id", str(self.panel), "-children"],
            env=self.env(),
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        return sum(1 for line in out.splitlines() if line.strip().startswith("0x") and "1x1+" not in line)

    def watch_tray(self) -> TrayWatcher:
        return TrayWatcher(self)

    def window_exists(self, name: str) -> bool:
        result = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=self.env(),
            capture_output=True,
            check=False,
        )
        return result.returncode == 0 and bool(result.stdout.strip())

    def keep_user_present(self, every_s: float = 20.0) -> None:
        """Move the pointer now and then, as a person working would (resets the X idle time)."""

        def run() -> None:
            step = 0
            while not self._jiggle_stop.wait(every_s):
                step += 1
                x, y = (400, 400) if step % 2 else (420, 410)
                subprocess.run(["xdotool", "mousemove", str(x), str(y)], env=self.env(), check=False)

        self._jiggler = threading.Thread(target=run, name=f"jiggle-{self.name}", daemon=True)
        self._jiggler.start()


class TrayWatcher:
    """Time stamps of tray icons being embedded, from ``xev`` watching the tray panel.

    The tray host maps a socket window in its panel for each icon it embeds; ``xev`` reports
    that as a MapNotify event at once, so no polling is needed.
    """

    def __init__(self, desktop: VirtualDesktop) -> None:
        self._cond = threading.Condition()
        self._maps: list[float] = []
        self._proc = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-id", str(desktop.panel), "-event", "substructure"],
            env=desktop.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        desktop.procs.append(self._proc)
        self._thread = threading.Thread(target=self._read, name="xev", daemon=True)
        self._thread.start()
        time.sleep(0.3)  # let xev select its events before anything is launched

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            if line.startswith("MapNotify"):
                stamp = time.monotonic()
                with self._cond:
                    self._maps.append(stamp)
                    self._cond.notify_all()

    def close(self) -> None:
        stop_process(self._proc)

    def wait_map(self, after: float, timeout: float = 30.0) -> float | None:
        """The time of the first icon embedded after ``after``, or None on a timeout."""
        end = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [t for t in self._maps if t > after]
                if found:
                    return found[0]
                left = end - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(left)


def _wait(ready, timeout: float, message: str) -> None:
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise RuntimeError(message)
        time.sleep(0.05)
