"""Renders every window, page, prompt and dialog of Coach to PNG files, from a demo history.

``python -m coach.tools.gallery OUT_DIR`` draws each scene light and dark, in English and
German, at the default size (a 1280×800 screen) and on a small laptop (1366×768 at 125 %, a
1093×614 logical screen), offscreen. Files are named ``SIZE/LANG/SCHEME/NN-scene.png``; text a
window cuts off is listed in ``OUT_DIR/clipped.txt`` (and ``--check`` makes that an error).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

SIZES = {"default": (1280, 800, 1.0), "small": (1093, 614, 1.25)}
LANGS = ("en", "de")
SCHEMES = ("light", "dark")


@dataclass
class Context:
    """What the scenes are built from: one demo world, and the screen area to fit into."""

    area: object  # QRect of the screen's free area
    lang: str
    home: Path
    clock: object = None
    library: object = None
    log: object = None
    settings: object = None
    today: date = date(2026, 3, 18)
    keep: list = field(default_factory=list)  # objects that must outlive a scene's build


@dataclass(frozen=True)
class Scene:
    """One picture: ``build`` returns the top-level widget, shown, laid out and placed."""

    name: str
    build: Callable[[Context], object]
    transition: str = ""  # the scene that follows it on screen (for the button-placement test)


# -- the demo world -------------------------------------------------------------------------------------


def make_context(area, lang: str, home: Path) -> Context:
    """A demo world: the shipped library in ``lang``, four weeks of history, a planned walk."""
    from coach import paths
    from coach.core.clock import ManualClock
    from coach.core.library import load_library
    from coach.core.session_log import SessionLog
    from coach.core.settings import WEEKDAYS, Settings, Walk
    from coach.tools import demo_history

    os.environ["COACH_HOME"] = str(home)
    ctx = Context(area=area, lang=lang, home=home)
    wall = datetime.combine(ctx.today, dtime(10, 32), tzinfo=UTC)
    ctx.clock = ManualClock(wall=wall)
    ctx.library = load_library(paths.library_dirs(), lang=lang)
    db = home / "demo.db"
    if not db.exists():
        demo_history.fill(db, weeks=4, end=ctx.today - timedelta(days=1))
    ctx.log = SessionLog.open(db, ctx.clock)
    ctx.settings = replace(Settings(), walks=(Walk(at=dtime(12, 30), days=WEEKDAYS, minutes=30),))
    return ctx


def _place(ctx: Context, window, width: int, height: int):
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from coach.qt import design

    design.place(window, QSize(width, height), ctx.area)
    window.show()
    QApplication.processEvents()
    return window


def _today_facts(ctx: Context):
    """What the app's Today controller says after twelve minutes of sitting at the keyboard."""
    from types import SimpleNamespace

    from coach.controllers.today import TodayController
    from coach.core.activity import ActivitySample
    from coach.core.scheduler import BreakScheduler

    scheduler = BreakScheduler(ctx.settings, ctx.clock, UTC, routines=ctx.library.routines)
    for _ in range(12 * 6):
        ctx.clock.advance(10)
        scheduler.tick(ActivitySample(idle_s=1.0))
    services = SimpleNamespace(
        clock=ctx.clock, tz=UTC, settings=ctx.settings, log=ctx.log, library=ctx.library
    )
    return TodayController(scheduler, services, None, None, None).facts()  # type: ignore[arg-type]


def _main_window(ctx: Context, tab: str):
    from PySide6.QtCore import QCoreApplication

    from coach.qt.history_view import HistoryView
    from coach.qt.main_window import MainWindow

    window = MainWindow(ctx.library, user_folder=ctx.home / "exercises")
    history = HistoryView(ctx.log, UTC, lambda: ctx.today)
    window.add_tab(history, QCoreApplication.translate("CoachApp", "Hi&story"), 2)
    window.home.show_facts(_today_facts(ctx))
    pages = {
        "today": window.home,
        "library": window.library_view,
        "detail": window.library_view,
        "history": history,
        "safety": window.safety,
    }
    window.tabs.setCurrentWidget(pages[tab])
    _place(ctx, window, 1040, 720)
    if tab == "detail":
        from coach.qt.library_view import ENTRY_ROLE

        view = window.library_view
        for row in range(view.proxy.rowCount()):
            entry = view.proxy.index(row, 0).data(ENTRY_ROLE)
            if entry is not None and not entry.is_routine and entry.item.id == "cat-cow":
                view.list.setCurrentIndex(view.proxy.index(row, 0))
                break
    return window


def _routine(ctx: Context, routine_id: str = "desk-break"):
    return ctx.library.routines.get(routine_id) or next(iter(ctx.library.routines.values()))


def _player(ctx: Context, moment: str, routine_id: str = "evening-back-care"):
    from coach.core.runner import Runner
    from coach.core.timeline import PhaseKind
    from coach.qt.player import PlayerWindow

    routine = _routine(ctx, routine_id)
    runner = Runner(routine, ctx.clock)
    window = PlayerWindow(runner, ctx.clock, sink=None)
    window.place_in(ctx.area)
    window.show()
    window.start()
    if moment in ("hold", "rest", "paused", "summary", "stopped"):
        wanted = PhaseKind.REST if moment == "rest" else PhaseKind.HOLD
        for _ in range(400):
            if runner.phase.kind is wanted:
                break
            ctx.clock.advance(max(0.05, runner.phase_remaining_s))
            window.driver.wake()
        ctx.clock.advance(runner.phase.duration_s * 0.6)
        window.driver.wake()
    if moment == "paused":
        window.toggle_pause()
    if moment == "summary":
        for _ in range(2000):
            if window.pages.currentWidget() is window.summary_page:
                break
            ctx.clock.advance(max(0.05, runner.phase_remaining_s))
            window.driver.wake()
        window.pain_after.set_value(2)
    if moment == "stopped":
        runner.stop("user")
    if moment == "pain":
        window.stop_for_pain()
    window.refresh()
    return window


def _presenter(ctx: Context):
    from coach.core.scheduler import BreakScheduler
    from coach.qt.presenter import Presenter

    scheduler = BreakScheduler(ctx.settings, ctx.clock, UTC, routines=ctx.library.routines)
    presenter = Presenter(scheduler, None, ctx.library, ctx.settings, lambda *a: None)
    ctx.keep.append((scheduler, presenter))
    return presenter


def _fit(ctx: Context, window):
    from PySide6.QtWidgets import QApplication

    window.fit() if hasattr(window, "fit") else window.adjustSize()
    area = ctx.area
    window.move(area.right() - window.width() - 24, area.bottom() - window.height() - 48)
    window.show()
    QApplication.processEvents()
    return window


def _break_prompt(ctx: Context, overlay: bool):
    from coach.core.scheduler import BreakDue
    from coach.core.settings import BreakStyle

    style = BreakStyle.OVERLAY if overlay else BreakStyle.PROMPT
    ctx.settings = replace(ctx.settings, movement_breaks=replace(ctx.settings.movement_breaks, style=style))
    presenter = _presenter(ctx)
    presenter._on_due(BreakDue(routine="desk-break", postpones_left=1, postponed=0, sitting_s=31 * 60))
    window = presenter.prompt
    if overlay:
        window.setGeometry(ctx.area)
        window.show()
        return window
    return _fit(ctx, window)


def _walk_prompt(ctx: Context, which: str):
    from coach.core.safety import FLEXION_BREAK_TIP, WALKING_CHECKLIST
    from coach.core.scheduler import HeatPackDue, WalkDue, WarmUpDue

    presenter = _presenter(ctx)
    walk = ctx.settings.walks[0]
    at = datetime.combine(ctx.today, dtime(12, 30), tzinfo=UTC)
    if which == "heat":
        presenter._on_heat_pack(HeatPackDue(walk=walk, walk_at=at, routine="heat-pack"))
    elif which == "warm-up":
        presenter._on_warm_up(WarmUpDue(walk=walk, walk_at=at, routine="pre-walk-warm-up"))
    else:
        presenter._on_walk_due(
            WalkDue(
                walk=walk,
                walk_at=at,
                minutes=30,
                checklist=WALKING_CHECKLIST,
                flexion_tip=FLEXION_BREAK_TIP,
                flexion_routine="walk-flexion-break",
            )
        )
    return _fit(ctx, presenter.walk_prompt)


def _walk_dialog(ctx: Context):
    from coach.qt.walk_dialog import WalkDoneDialog

    dialog = WalkDoneDialog(28)
    dialog.pain.set_value(3)
    return _fit(ctx, dialog)


def _settings(ctx: Context, tab: int):
    from PySide6.QtWidgets import QTabWidget

    from coach.qt.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx.settings, ctx.library.routines.values(), autostart=(True, lambda _on: None))
    dialog.findChild(QTabWidget).setCurrentIndex(tab)
    return _place(ctx, dialog, *_natural(dialog, 640, 0))


def _natural(window, width: int, height: int) -> tuple[int, int]:
    hint = window.sizeHint()
    return max(width, hint.width()), max(height, hint.height())


def _welcome(ctx: Context, page: int):
    from coach.qt.welcome import WelcomeWizard

    wizard = WelcomeWizard(ctx.settings, autostart=(True, lambda _on: None))
    _place(ctx, wizard, 720, 560)
    for _ in range(page):
        wizard.next()
    return wizard


def _notice(ctx: Context, which: str):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if which == "stop":
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("PlayerWindow", "Stop the session?"),
            QCoreApplication.translate("PlayerWindow", "Stop now? What you have done so far is saved."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
    else:
        text = QCoreApplication.translate(
            "CoachApp", "Activity detection is unavailable on this desktop: breaks follow the clock."
        )
        box = QMessageBox(QMessageBox.Icon.Information, "Coach", text, QMessageBox.StandardButton.Ok)
    box.show()
    return _fit(ctx, box)


SCENES: tuple[Scene, ...] = (
    Scene("main-today", lambda c: _main_window(c, "today")),
    Scene("main-library", lambda c: _main_window(c, "library")),
    Scene("main-library-detail", lambda c: _main_window(c, "detail")),
    Scene("main-history", lambda c: _main_window(c, "history")),
    Scene("main-safety", lambda c: _main_window(c, "safety")),
    Scene("prompt-break", lambda c: _break_prompt(c, overlay=False), "player-get-ready"),
    Scene("overlay-break", lambda c: _break_prompt(c, overlay=True), "player-get-ready"),
    Scene("player-get-ready", lambda c: _player(c, "ready"), "player-hold"),
    Scene("player-hold", lambda c: _player(c, "hold"), "player-rest"),
    Scene("player-rest", lambda c: _player(c, "rest"), "player-hold"),
    Scene("player-moving", lambda c: _player(c, "hold", "pre-walk-warm-up"), "player-rest"),
    Scene("player-paused", lambda c: _player(c, "paused")),
    Scene("player-summary", lambda c: _player(c, "summary")),
    Scene("player-stopped", lambda c: _player(c, "stopped")),
    Scene("player-stopped-for-pain", lambda c: _player(c, "pain")),
    Scene("prompt-heat-pack", lambda c: _walk_prompt(c, "heat")),
    Scene("prompt-warm-up", lambda c: _walk_prompt(c, "warm-up")),
    Scene("prompt-walk", lambda c: _walk_prompt(c, "walk")),
    Scene("walk-dialog", _walk_dialog),
    Scene("settings-breaks", lambda c: _settings(c, 0)),
    Scene("settings-hours", lambda c: _settings(c, 1)),
    Scene("settings-walks", lambda c: _settings(c, 2)),
    Scene("settings-general", lambda c: _settings(c, 3)),
    Scene("welcome-1-intro", lambda c: _welcome(c, 0)),
    Scene("welcome-2-safety", lambda c: _welcome(c, 1)),
    Scene("welcome-3-questions", lambda c: _welcome(c, 2)),
    Scene("welcome-4-login", lambda c: _welcome(c, 3)),
    Scene("notice-info", lambda c: _notice(c, "info")),
    Scene("notice-stop-question", lambda c: _notice(c, "stop")),
)


# -- rendering -------------------------------------------------------------------------------------------


def grab(window, ctx: Context):
    """The window as the user sees it (the overlay over a plain desktop)."""
    from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPixmap

    from coach.qt.prompts import BreakOverlay

    picture = window.grab()
    if not isinstance(window, BreakOverlay):
        return picture
    desk = QPixmap(picture.size())
    desk.setDevicePixelRatio(picture.devicePixelRatio())
    painter = QPainter(desk)
    gradient = QLinearGradient(0, 0, 0, window.height())
    gradient.setColorAt(0, QColor("#5a7fa6"))
    gradient.setColorAt(1, QColor("#2d4460"))
    painter.fillRect(window.rect(), gradient)
    painter.drawPixmap(0, 0, picture)
    painter.end()
    return desk


def close(window) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if hasattr(window, "hide_on_close"):
        window.hide_on_close = False
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def _quiet(_kind, _context, message: str) -> None:
    """Drop the offscreen plugin's chatter; pass everything else on."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def render(out: Path, size: str, lang: str, schemes: tuple[str, ...], only: str | None) -> list[str]:
    """Draw the scenes in this process (its screen already has the size's geometry)."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from coach.qt import design
    from coach.qt.i18n import install_translators
    from coach.tools import clipping

    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    install_translators(app, lang)
    problems = []
    with tempfile.TemporaryDirectory(prefix="coach-gallery-") as home:
        for scheme in schemes:
            design.apply(app, dark=scheme == "dark")
            folder = out / size / lang / scheme
            folder.mkdir(parents=True, exist_ok=True)
            for number, scene in enumerate(SCENES, 1):
                if only and only not in scene.name:
                    continue
                ctx = make_context(QGuiApplication.primaryScreen().availableGeometry(), lang, Path(home))
                window = scene.build(ctx)
                QApplication.processEvents()
                grab(window, ctx).save(str(folder / f"{number:02d}-{scene.name}.png"))
                if scheme == schemes[0]:
                    problems += [f"{size}/{lang}/{scene.name}: {p}" for p in clipping.clipped(window)]
                close(window)
                ctx.log.close()
    return problems


def _screen_config(size: str, folder: Path) -> str:
    width, height, ratio = SIZES[size]
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {"name": size, "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": ratio}
        ],
    }
    path = folder / f"screen-{size}.json"
    path.write_text(json.dumps(config))
    return f"offscreen:configfile={path}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m coach.tools.gallery", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder for the pictures")
    parser.add_argument("--size", choices=[*SIZES, "both"], default="both")
    parser.add_argument("--lang", choices=[*LANGS, "both"], default="both")
    parser.add_argument("--scheme", choices=[*SCHEMES, "both"], default="both")
    parser.add_argument("--only", help="only scenes whose name contains this")
    parser.add_argument("--check", action="store_true", help="exit 1 if any text is cut off")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    schemes = SCHEMES if args.scheme == "both" else (args.scheme,)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        problems = render(args.out, args.size, args.lang, schemes, args.only)
        (args.out / f".clipped-{args.size}-{args.lang}.txt").write_text("".join(p + "\n" for p in problems))
        return 0
    started = time.monotonic()
    sizes = list(SIZES) if args.size == "both" else [args.size]
    langs = list(LANGS) if args.lang == "both" else [args.lang]
    jobs = []
    for size in sizes:
        for lang in langs:
            env = dict(os.environ, QT_QPA_PLATFORM=_screen_config(size, args.out))
            env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;qt.multimedia.*=false")
            command = [sys.executable, "-m", "coach.tools.gallery", str(args.out), "--child"]
            command += ["--size", size, "--lang", lang, "--scheme", args.scheme]
            command += ["--only", args.only] if args.only else []
            jobs.append((command, env))
    running: list[subprocess.Popen] = []
    failed = 0
    for command, env in jobs:
        while len(running) >= 2:
            failed += running.pop(0).wait() != 0
        running.append(subprocess.Popen(command, env=env))
    failed += sum(job.wait() != 0 for job in running)
    problems = []
    for report in sorted(args.out.glob(".clipped-*.txt")):
        problems += report.read_text().splitlines()
        report.unlink()
    for config in args.out.glob("screen-*.json"):
        config.unlink()
    (args.out / "clipped.txt").write_text("".join(p + "\n" for p in problems))
    count = len(list(args.out.rglob("*.png")))
    sys.stdout.write(
        f"{count} pictures in {args.out} ({time.monotonic() - started:.0f} s); "
        f"{len(problems)} clipped texts{' — see clipped.txt' if problems else ''}\n"
    )
    return 1 if failed or (args.check and problems) else 0


if __name__ == "__main__":
    sys.exit(main())
