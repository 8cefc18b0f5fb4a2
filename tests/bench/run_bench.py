"""Coach's benchmark: start-up, memory, idle CPU and wake-ups, player CPU, big library, long history.

Run from the repository root (it starts its own virtual desktops and stops everything it starts):

    .venv/bin/python -m tests.bench.run_bench            # full run, about 13 minutes
    .venv/bin/python -m tests.bench.run_bench --quick    # fewer repeats, 20 s idle, about 3 minutes

It needs Xvfb, dbus-daemon, trayer, dunst, xwininfo/xev (x11-utils) and xdotool on PATH
(Debian: ``apt-get install xvfb dbus trayer dunst x11-utils xdotool``). ``--source DIR`` measures
a changed copy of the repository; ``--only`` runs some parts.

Coach and a bare PySide6 tray program (``baseline_tray.py``) are measured side by side, each
figure the median of several runs. The table is printed and written to ``tests/bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from tests.bench import homes, procstat
from tests.bench.desktop import VirtualDesktop, missing_tools, stop_process

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
COACH = str(Path(sys.executable).with_name("coach"))
READY = re.compile(r"(?:coach|bench)-ready ([0-9.]+)")
MIB = 1024.0
PLAYER_ROUTINE = "evening-back-care"
PLAYER_WINDOW = "Evening back care"
# Set for every program measured. Byte code as an installed Coach has it (pip compiles on
# install): PYTHONDONTWRITEBYTECODE in the calling environment would otherwise make every timed
# start compile every module again. PYTHONPATH puts a private copy of PySide6 first (see
# private_pyside).
EXTRA_ENV: dict[str, str] = {}


@dataclass(frozen=True)
class Plan:
    """How much to measure; ``--quick`` shrinks every part."""

    startups: int  # timed launches of each program (after one untimed warm-up)
    memory_rounds: int  # runs of each program alone for the memory figure
    memory_idle_s: float  # idle time in the tray before memory is read
    idle_instances: int  # programs of each kind idling side by side for the CPU figures
    idle_s: float  # the idle CPU window
    players: int
    player_s: float
    command_runs: int


FULL = Plan(7, 3, 60, 3, 300, 3, 60, 5)
QUICK = Plan(3, 1, 20, 2, 20, 1, 20, 3)


@dataclass
class Program:
    """One of the two programs compared."""

    name: str
    argv: list[str]
    home: Path | None = None  # COACH_HOME for Coach

    def env(self, desktop: VirtualDesktop, home: Path | None = None) -> dict[str, str]:
        extra = {"COACH_BENCH_READY": "1", **EXTRA_ENV}
        chosen = home or self.home
        if chosen is not None:
            extra["COACH_HOME"] = str(chosen)
        return desktop.env(**extra)


@dataclass
class Launch:
    proc: subprocess.Popen
    started: float
    stderr: Path
    tray_at: float | None = None
    tray_cpu_s: float | None = None  # CPU time the program had used when its icon appeared

    @property
    def pid(self) -> int:
        return self.proc.pid

    @property
    def to_tray(self) -> float | None:
        return None if self.tray_at is None else self.tray_at - self.started

    def ready_hook(self, wait_s: float = 0.0) -> float | None:
        """Seconds to the program's own ready line (``COACH_BENCH_READY``), if it printed one."""
        end = time.monotonic() + wait_s
        while True:
            match = READY.search(self.stderr.read_text(errors="replace")) if self.stderr.exists() else None
            if match:
                return float(match[1]) - self.started
            if time.monotonic() >= end:
                return None
            time.sleep(0.05)


@dataclass
class Results:
    """Every raw figure, by name, one list entry per run."""

    runs: dict[str, list[float]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    threads: dict[str, dict[str, float]] = field(default_factory=dict)

    def add(self, key: str, value: float | None) -> None:
        if value is not None:
            self.runs.setdefault(key, []).append(value)

    def median(self, key: str) -> float | None:
        values = self.runs.get(key)
        return statistics.median(values) if values else None


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, plan: Plan, work: Path) -> None:
        self.plan = plan
        self.work = work
        self.results = Results()
        self.tray_home = homes.make_home(work / "tray-home")
        self.baseline = Program("baseline", [PYTHON, str(HERE / "baseline_tray.py")])
        self.coach = Program("coach", [COACH, "--minimized"], self.tray_home)
        self._serial = 0

    # -- launching ---------------------------------------------------------------------------

    def launch(self, program: Program, desktop: VirtualDesktop, home: Path | None = None) -> Launch:
        self._serial += 1
        stderr = self.work / f"{program.name}-{self._serial}.stderr"
        env = program.env(desktop, home)
        with stderr.open("wb") as err:
            started = time.monotonic()
            proc = subprocess.Popen(
                program.argv,
                env=env,
                cwd=self.work,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                start_new_session=True,
            )
        return Launch(proc, started, stderr)

    @contextlib.contextmanager
    def running(
        self, program: Program, desktop: VirtualDesktop, home: Path | None = None, watch: bool = True
    ) -> Iterator[Launch]:
        watcher = desktop.watch_tray() if watch else None
        launch = self.launch(program, desktop, home)
        try:
            if watcher is not None:
                launch.tray_at = watcher.wait_map(launch.started, 30)
                if launch.tray_at is None:
                    raise RuntimeError(f"{program.name}: no tray icon within 30 s; see {launch.stderr}")
                launch.tray_cpu_s = procstat.snapshot(launch.pid).run_s
            yield launch
        finally:
            stop_process(launch.proc)
            if watcher is not None:
                watcher.close()
            time.sleep(0.3)  # let the tray host drop the icon

    # -- start-up ---------------------------------------------------------------------------

    def startup(self) -> None:
        log(f"start-up: {self.plan.startups} timed launches of each, alternating")
        history = homes.make_home(self.work / "startup-history-home")
        history_db = self.work / "history-home" / "data" / "log.db"
        (history / "data" / "log.db").write_bytes(history_db.read_bytes())
        coach_history = Program("coach-history", self.coach.argv, history)
        with VirtualDesktop("startup") as desktop:
            for i in range(self.plan.startups + 1):
                for program in (self.baseline, self.coach, coach_history):
                    with self.running(program, desktop) as launch:
                        hook = launch.ready_hook(wait_s=1.5)
                    if i == 0:
                        continue  # warm-up: byte code and the font cache are written
                    self.results.add(f"startup.{program.name}", launch.to_tray)
                    self.results.add(f"startup_cpu.{program.name}", launch.tray_cpu_s)
                    self.results.add(f"ready.{program.name}", hook)

    # -- memory -----------------------------------------------------------------------------

    def memory(self) -> None:
        plan = self.plan
        log(f"memory: each program alone, {plan.memory_rounds} round(s) of {plan.memory_idle_s:.0f} s idle")
        with VirtualDesktop("memory") as desktop:
            desktop.keep_user_present()
            for _ in range(plan.memory_rounds):
                for program in (self.baseline, self.coach):
                    with self.running(program, desktop) as launch:
                        time.sleep(max(0.0, launch.started + plan.memory_idle_s - time.monotonic()))
                        mem = procstat.memory_kib(launch.pid)
                    self.results.add(f"rss.{program.name}", mem["Rss"] / MIB)
                    self.results.add(f"pss.{program.name}", mem["Pss"] / MIB)
                    self.results.add(f"pss_anon.{program.name}", mem.get("Pss_Anon", 0) / MIB)

    # -- idle CPU, with the player measured meanwhile -------------------------------------

    def idle_and_player(self) -> None:
        plan = self.plan
        n = plan.idle_instances
        log(f"idle CPU: {n} of each side by side, each on its own desktop, {plan.idle_s:.0f} s window")
        with contextlib.ExitStack() as stack:
            running: list[tuple[Program, Launch]] = []
            for i in range(n):
                for program in (self.baseline, self.coach):
                    desktop = stack.enter_context(VirtualDesktop(f"idle-{program.name}-{i}"))
                    desktop.keep_user_present()
                    home = homes.make_home(self.work / f"idle-home-{i}") if program is self.coach else None
                    launch = stack.enter_context(self.running(program, desktop, home))
                    running.append((program, launch))
            time.sleep(15)  # settle: the first tick, icon redraws, the tray layout
            before = [procstat.snapshot(launch.pid) for _, launch in running]
            window_end = time.monotonic() + plan.idle_s
            self.player()
            time.sleep(max(0.0, window_end - time.monotonic()))
            for (program, launch), old in zip(running, before, strict=True):
                if launch.proc.poll() is not None:
                    raise RuntimeError(f"{program.name} ended while idle; see {launch.stderr}")
                use = procstat.usage(old, procstat.snapshot(launch.pid))
                self.results.add(f"idle_cpu.{program.name}", use.cpu_per_minute)
                self.results.add(f"idle_run.{program.name}", use.run_per_minute)
                self.results.add(f"wakeups.{program.name}", use.wakeups_per_s)
                threads = self.results.threads.setdefault(program.name, {})
                for comm, count in use.per_thread.items():
                    threads[comm] = threads.get(comm, 0) + count / use.seconds / n

    def player(self) -> None:
        plan = self.plan
        log(f"player: `coach run {PLAYER_ROUTINE}`, {plan.players} run(s) of {plan.player_s:.0f} s")
        home = homes.make_home(self.work / "player-home", config=None)  # the default settings
        program = Program("player", [COACH, "run", PLAYER_ROUTINE], home)
        with VirtualDesktop("player") as desktop:
            for _ in range(plan.players):
                with self.running(program, desktop, watch=False) as launch:
                    end = time.monotonic() + 30
                    while not desktop.window_exists(PLAYER_WINDOW):
                        if time.monotonic() > end or launch.proc.poll() is not None:
                            raise RuntimeError(f"the player window did not appear; see {launch.stderr}")
                        time.sleep(0.1)
                    self.results.add("player_start.coach", time.monotonic() - launch.started)
                    time.sleep(2)
                    before = procstat.snapshot(launch.pid)
                    time.sleep(plan.player_s)
                    use = procstat.usage(before, procstat.snapshot(launch.pid))
                self.results.add("player_cpu.coach", use.cpu_percent)
                self.results.add("player_wakeups.coach", use.wakeups_per_s)
                threads = self.results.threads.setdefault("player (coach run)", {})
                for comm, count in use.per_thread.items():
                    threads[comm] = threads.get(comm, 0) + count / use.seconds / plan.players

    # -- window-free commands and the history page -------------------------------------------

    def commands(self) -> None:
        runs = self.plan.command_runs
        log(f"commands: {runs} runs each")
        library = self.work / "library-home"
        history = self.work / "history-home"
        self._time("python", [PYTHON, "-c", "pass"], None)
        self._time("list", [COACH, "list", "--json"], library)
        self._time("validate", [COACH, "validate"], library)
        self._time("stats", [COACH, "stats"], history)
        with VirtualDesktop("history") as desktop:
            env = desktop.env(COACH_HOME=str(history), **EXTRA_ENV)
            for i in range(runs + 1):
                out = subprocess.run(
                    [PYTHON, str(HERE / "history_probe.py")],
                    env=env,
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                if out.returncode != 0:
                    raise RuntimeError(f"history probe failed:\n{out.stderr}")
                if i == 0:
                    continue
                data = json.loads(out.stdout.strip().splitlines()[-1])
                for key, value in data.items():
                    self.results.add(f"history_{key}.coach", value)

    def _time(self, name: str, argv: list[str], home: Path | None) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COACH_")}
        env.pop("DISPLAY", None)
        env.update(EXTRA_ENV)
        if home is not None:
            env["COACH_HOME"] = str(home)
        for i in range(self.plan.command_runs + 1):
            with tempfile.TemporaryFile() as err:
                start = time.perf_counter()
                proc = subprocess.Popen(argv, env=env, cwd=self.work, stdout=subprocess.DEVNULL, stderr=err)
                _, status, rusage = os.wait4(proc.pid, 0)
                took = time.perf_counter() - start
                proc.returncode = os.waitstatus_to_exitcode(status)
                if proc.returncode != 0:
                    err.seek(0)
                    raise RuntimeError(f"{' '.join(argv)} failed: {err.read().decode(errors='replace')}")
            if i:  # the first run only warms the caches
                self.results.add(f"cmd.{name}", took)
                self.results.add(f"cmdcpu.{name}", rusage.ru_utime + rusage.ru_stime)

    # -- preparation and checks ---------------------------------------------------------------

    def prepare(self) -> None:
        log("preparing: a 1,000-exercise library and a 100,000-event history")
        homes.library_home(self.work / "library-home")
        homes.history_home(self.work / "history-home")

    def check_logs(self) -> None:
        for folder in self.work.glob("*home*"):
            for path in (folder / "log").glob("*.log*"):
                text = path.read_text(errors="replace")
                bad = [line for line in text.splitlines() if " ERROR " in line or "Traceback" in line]
                if bad:
                    self.results.notes.append(f"{path.relative_to(self.work)}: {bad[0].strip()}")


# -- the table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    metric: str
    coach: str
    baseline: str
    target: str
    verdict: str


def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def build_rows(results: Results, plan: Plan) -> list[Row]:
    m = results.median
    rows: list[Row] = []

    def versus_baseline(metric: str, key: str, digits: int, limit: float | None = 1.25) -> None:
        c, b = m(f"{key}.coach"), m(f"{key}.baseline")
        ratio = None if c is None or not b else c / b
        ratio_text = "" if ratio is None else f"{ratio:.2f}×"
        if limit is None:
            rows.append(Row(metric, _fmt(c, digits), _fmt(b, digits), f"(info) {ratio_text}", ""))
            return
        verdict = "–" if ratio is None else ("pass" if ratio <= limit else "FAIL")
        rows.append(
            Row(metric, _fmt(c, digits), _fmt(b, digits), f"≤ {limit}× baseline: {ratio_text}", verdict)
        )

    def absolute(metric: str, key: str, digits: int, limit: float, unit: str, base: str = "–") -> None:
        c = m(f"{key}.coach")
        b = m(f"{key}.baseline")
        verdict = "–" if c is None else ("pass" if c < limit or c == limit else "FAIL")
        rows.append(
            Row(
                metric,
                _fmt(c, digits),
                _fmt(b, digits) if b is not None else base,
                f"≤ {limit} {unit}",
                verdict,
            )
        )

    versus_baseline("Start-up to tray icon (s)", "startup", 3)
    if m("ready.coach") is not None:
        versus_baseline("Start-up to event loop, app's own stamp (s)", "ready", 3, None)
    versus_baseline("CPU time used by then, all threads (s)", "startup_cpu", 3, None)
    c = m("startup.coach-history")
    b = m("startup.baseline")
    rows.append(
        Row(
            "Start-up to tray icon, 100,000 logged events (s)",
            _fmt(c),
            _fmt(b),
            "(info) " + ("" if c is None or not b else f"{c / b:.2f}×"),
            "",
        )
    )
    idle = f"{plan.memory_idle_s:.0f} s"
    versus_baseline(f"RSS after {idle} idle (MiB)", "rss", 1, None)
    versus_baseline(f"PSS after {idle} idle (MiB)", "pss", 1)
    versus_baseline("PSS anonymous (MiB)", "pss_anon", 1, None)
    window = f"{plan.idle_s:.0f} s"
    absolute(f"Idle CPU, utime+stime per minute over {window} (s)", "idle_cpu", 3, 0.03, "s")
    versus_baseline("Idle CPU, on-CPU time per minute from schedstat (s)", "idle_run", 4, None)
    absolute("Wake-ups per second while idle (all threads)", "wakeups", 2, 2, "/s")
    absolute(f"CPU while the player runs ({PLAYER_ROUTINE}, % of one core)", "player_cpu", 2, 5, "%")
    c = m("player_wakeups.coach")
    rows.append(Row("Wake-ups per second while the player runs", _fmt(c, 0), "–", "(info)", ""))
    py = m("cmd.python")
    for name, metric, limit in (
        ("list", "`coach list --json`, 1,000 exercises + 100 routines (s)", 1.0),
        ("validate", "`coach validate`, same library (s)", 1.0),
        ("stats", "`coach stats`, 100,000 logged events (s)", 0.3),
    ):
        rows.append(_cmd_row(metric, m(f"cmd.{name}"), m(f"cmdcpu.{name}"), py, limit))
    rows.append(
        _cmd_row("History page open, 100,000 logged events (s)", m("history_open_s.coach"), None, None, 0.3)
    )
    return rows


def _cmd_row(metric: str, value: float | None, cpu: float | None, python: float | None, limit: float) -> Row:
    verdict = "–" if value is None else ("pass" if value < limit else "FAIL")
    base = "–" if python is None else f"{python:.3f} (bare `python -c pass`)"
    shown = _fmt(value) if cpu is None else f"{_fmt(value)} (CPU {cpu:.3f})"
    return Row(metric, shown, base, f"< {limit} s", verdict)


def render_table(rows: list[Row]) -> str:
    header = Row("Metric", "Coach", "Baseline", "Target", "Result")
    lines = [f"| {header.metric} | {header.coach} | {header.baseline} | {header.target} | {header.verdict} |"]
    lines.append("| --- | ---: | ---: | --- | --- |")
    for r in rows:
        lines.append(f"| {r.metric} | {r.coach} | {r.baseline} | {r.target} | {r.verdict} |")
    return "\n".join(lines)


def render_console(rows: list[Row]) -> str:
    header = Row("Metric", "Coach", "Baseline", "Target", "Result")
    table = [header, *rows]
    widths = [
        max(len(getattr(r, f)) for r in table) for f in ("metric", "coach", "baseline", "target", "verdict")
    ]
    out = []
    for i, r in enumerate(table):
        cells = (r.metric, r.coach, r.baseline, r.target, r.verdict)
        out.append(
            "  ".join(
                c.ljust(w) if j in (0, 3, 4) else c.rjust(w)
                for j, (c, w) in enumerate(zip(cells, widths, strict=True))
            )
        )
        if i == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


# -- the machine ------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    info: dict[str, str] = {}
    with contextlib.suppress(OSError):
        cpuinfo = Path("/proc/cpuinfo").read_text()
        found = re.search(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
        info["CPU"] = found[1].strip() if found else platform.processor()
    info["Cores"] = str(os.cpu_count())
    with contextlib.suppress(OSError, StopIteration):
        total = next(
            line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
        )
        info["RAM"] = f"{int(total.split()[1]) / 1024 / 1024:.1f} GiB"
    info["Kernel"] = platform.release()
    info["Python"] = platform.python_version()
    try:
        import PySide6
        from PySide6 import QtCore

        info["PySide6"] = f"{PySide6.__version__} (Qt {QtCore.qVersion()})"
    except ImportError:
        info["PySide6"] = "not installed"
    with contextlib.suppress(OSError):
        os_release = Path("/etc/os-release").read_text()
        found = re.search(r'^PRETTY_NAME="?([^"\n]+)', os_release, re.M)
        if found:
            info["OS"] = found[1]
    return info


def coach_version(source: Path | None) -> str:
    """Coach's version and the commit checked out (read from .git, no git command run)."""
    root = source or ROOT
    text = "unknown"
    init = root / "coach" / "__init__.py"
    with contextlib.suppress(OSError):
        found = re.search(r'__version__\s*=\s*"([^"]+)"', init.read_text())
        text = found[1] if found else text
    with contextlib.suppress(OSError):
        head = (ROOT / ".git" / "HEAD").read_text().strip()
        commit = head
        if head.startswith("ref: "):
            ref = head[5:]
            ref_file = ROOT / ".git" / ref
            if ref_file.exists():
                commit = ref_file.read_text().strip()
            else:
                packed = (ROOT / ".git" / "packed-refs").read_text()
                found = re.search(rf"^([0-9a-f]{{40}}) {re.escape(ref)}$", packed, re.M)
                commit = found[1] if found else ref
        text += f", repository at commit {commit[:10]}"
    if source is not None:
        text += f", run from the copy in {source}"
    return text


def render_report(
    rows: list[Row], results: Results, plan: Plan, quick: bool, took_s: float, source: Path | None = None
) -> str:
    info = {"Coach": coach_version(source), **machine()}
    date = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results",
        "",
        f"Written by `.venv/bin/python -m tests.bench.run_bench{' --quick' if quick else ''}` on {date} "
        f"({took_s / 60:.1f} min). Each figure is the median of the runs listed below.",
        "",
        render_table(rows),
        "",
        "## Machine",
        "",
        *(f"- {key}: {value}" for key, value in info.items()),
        "",
        "## How it was measured",
        "",
        "- Every program runs on its own virtual desktop (Xvfb, a private session bus, trayer, dunst) "
        "started by the script. Coach is started as `coach --minimized` with the first-run welcome "
        "done; the baseline is `baseline_tray.py` (QApplication, hidden QMainWindow, tray icon, "
        "1-second QTimer), started with the same Python.",
        f"- Start-up: from launch until the tray host maps the icon's socket window (seen by `xev` on "
        f"the tray panel), {plan.startups} launches each after one warm-up, alternating. The "
        f"'app's own stamp' row is the `coach-ready` line that `COACH_BENCH_READY=1` makes Coach "
        f"print once its event loop runs, if this Coach has that hook.",
        f"- Memory: each program alone on the machine (PSS shares pages between processes), read "
        f"from `/proc/PID/smaps_rollup` {plan.memory_idle_s:.0f} s after launch; "
        f"{plan.memory_rounds} run(s) each.",
        f"- Idle CPU and wake-ups: {plan.idle_instances} of each program idling side by side, "
        f"{plan.idle_s:.0f} s window after 15 s to settle; utime+stime of `/proc/PID/stat`, on-CPU "
        f"time summed from `/proc/PID/task/*/schedstat`, wake-ups = voluntary + non-voluntary "
        f"context switches of all threads. The pointer moves every 20 s (a person at work), breaks "
        f"are every 4 h, working hours all day, no planned walks: no break is near, and Coach's "
        f"scheduler polls every 30 s (`BreakScheduler.poll_interval`).",
        f"- Player: `coach run {PLAYER_ROUTINE}` with the default settings, {plan.player_s:.0f} s "
        f"from 2 s after its window shows; {plan.players} run(s), during the idle window.",
        f"- Commands: wall time of {plan.command_runs} runs after one warm-up; the library is "
        f"`coach/tools/bench_library.py` in the user folder, the history `fill_bulk(events=100_000)`. "
        f"History page: `history_probe.py`, from building the page (its queries included) to the "
        f"end of its first paint, in a running QApplication.",
        "",
        "## Wake-ups by thread (per second; idle, and while the player runs)",
        "",
    ]
    for name, threads in results.threads.items():
        parts = ", ".join(
            f"{comm} {rate:.2f}" for comm, rate in sorted(threads.items(), key=lambda kv: -kv[1])
        )
        lines.append(f"- {name}: {parts}")
    lines += ["", "## Every run", ""]
    for key, values in sorted(results.runs.items()):
        lines.append(f"- `{key}`: " + ", ".join(f"{v:.4g}" for v in values))
    if results.notes:
        lines += ["", "## Notes", "", *(f"- {n}" for n in results.notes)]
    return "\n".join(lines) + "\n"


# -- main -------------------------------------------------------------------------------------


def private_pyside(folder: Path) -> Path:
    """Copy PySide6 and shiboken6 (without QML and translations) into ``folder``; return it.

    PSS divides each shared page among the processes that map it: with the environment's
    PySide6, any other program using it (a test run, another Coach) would lower the figures.
    A copy has pages of its own, so PSS is what the measured program alone costs.
    """
    import shutil

    import PySide6
    import shiboken6

    skip = shutil.ignore_patterns("qml", "translations", "include", "examples", "*.pyi", "__pycache__")
    for package in (PySide6, shiboken6):
        source = Path(package.__file__).parent
        shutil.copytree(source, folder / source.name, ignore=skip, symlinks=True)
    return folder


def _cpu_busy() -> tuple[int, int]:
    """(busy, total) clock ticks of all CPUs since boot, from /proc/stat."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.run_bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats and 20 s idle windows")
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS.md", help="the markdown report")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument(
        "--only",
        default="startup,memory,idle,commands",
        help="comma-separated parts to run: startup, memory, idle (with the player), commands",
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, homes)")
    parser.add_argument(
        "--shared-pyside",
        action="store_true",
        help="use the environment's PySide6 as it is (PSS then depends on other programs using it)",
    )
    parser.add_argument(
        "--source",
        type=Path,
        metavar="DIR",
        help="run Coach from this copy of the repository instead (to measure a change)",
    )
    args = parser.parse_args(argv)
    missing = missing_tools()
    if missing:
        print(f"run_bench: missing programs: {', '.join(missing)}", file=sys.stderr)
        print("  Debian: apt-get install xvfb dbus trayer dunst x11-utils xdotool", file=sys.stderr)
        return 2
    if not Path(COACH).exists():
        print(f"run_bench: {COACH} not found; install Coach into this environment", file=sys.stderr)
        return 2
    plan = QUICK if args.quick else FULL
    parts = {p.strip() for p in args.only.split(",") if p.strip()}
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="coach-bench-"))
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    EXTRA_ENV["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    python_path = [str(args.source.resolve())] if args.source is not None else []
    if not args.shared_pyside:
        python_path.append(str(private_pyside(work / "private")))
    if python_path:
        EXTRA_ENV["PYTHONPATH"] = os.pathsep.join(python_path)
    load_before, busy_before = os.getloadavg(), _cpu_busy()
    bench = Bench(plan, work)
    steps: dict[str, Callable[[], None]] = {
        "startup": bench.startup,
        "memory": bench.memory,
        "idle": bench.idle_and_player,
        "commands": bench.commands,
    }
    try:
        bench.prepare()
        for name, step in steps.items():
            if name in parts:
                step()
        bench.check_logs()
    finally:
        if args.keep:
            log(f"work folder kept: {work}")
        else:
            subprocess.run(["rm", "-rf", str(work)], check=False)
    load_after, busy_after = os.getloadavg(), _cpu_busy()
    busy = (busy_after[0] - busy_before[0]) / max(1, busy_after[1] - busy_before[1]) * 100
    bench.results.notes.append(
        f"Machine load: load average {load_before[0]:.2f} at the start, {load_after[0]:.2f} at the end; "
        f"all CPUs {busy:.0f} % busy over the run (this script's programs included)."
    )
    if not args.shared_pyside:
        bench.results.notes.append(
            "The programs measured load a private copy of PySide6 and Qt, so no other program on the "
            "machine shares those pages and PSS is what the program alone costs."
        )
    rows = build_rows(bench.results, plan)
    print(render_console(rows))
    if not args.no_write:
        args.output.write_text(
            render_report(rows, bench.results, plan, args.quick, time.monotonic() - started)
        )
        log(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
