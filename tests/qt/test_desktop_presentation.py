"""Per desktop profile: every question is answerable, each event shows in one place, none before the welcome.

The profiles are what each desktop can show (notifications, their buttons, a tray); the
presenter gets the same fakes the real adapters would be on that desktop.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent

from coach import paths
from coach.core.activity import ActivitySample
from coach.core.clock import ManualClock
from coach.core.delivery import Abilities
from coach.core.library import load_library
from coach.core.scheduler import BreakScheduler, SchedulerRecorder, SchedulerState
from coach.core.session_log import SessionLog
from coach.core.settings import BreakStyle, Settings, Walk
from coach.qt.presenter import Presenter
from coach.qt.prompts import BreakOverlay, PromptWindow

TZ = ZoneInfo("Europe/Berlin")
PRESENT = ActivitySample(idle_s=1.0)

# what each desktop can show: (notification server, its buttons, tray, tray messages)
PROFILES = {
    "x11-tray": Abilities(notifications=True, actions=True, tray=True, tray_messages=True),
    "x11-no-tray": Abilities(notifications=True, actions=True),
    "gnome-wayland": Abilities(notifications=True, actions=True),  # no tray without AppIndicator
    "kde-wayland": Abilities(notifications=True, actions=True, tray=True, tray_messages=True),
    "windows": Abilities(tray=True, tray_messages=True),  # native tray messages, no buttons
    "macos": Abilities(tray=True, tray_messages=True),
    "no-notification-server": Abilities(tray=True, tray_messages=True),  # Qt's own balloon
    "server-without-actions": Abilities(notifications=True, tray=True, tray_messages=True),
    "nothing": Abilities(),  # a bare window manager: no server, no tray
}


class Notifier:
    """A notification server; one without actions shows the text and drops the buttons."""

    name = "fake"

    def __init__(self, actions: bool) -> None:
        self.supports_actions = actions
        self.shown: list[tuple[str, str, list]] = []
        self.callbacks: list = []
        self.closed: list[int] = []

    def notify(self, title, body, actions=(), on_action=None, *, replaces=0, timeout_ms=-1):
        self.shown.append((title, body, list(actions) if self.supports_actions else []))
        self.callbacks.append(on_action if self.supports_actions else None)
        return len(self.shown)

    def close_notification(self, notification_id):
        self.closed.append(notification_id)


@dataclasses.dataclass
class Desktop:
    clock: ManualClock
    scheduler: BreakScheduler
    presenter: Presenter
    notifier: Notifier | None
    tray: list[tuple[str, str]]
    played: list[str]

    def sit(self, seconds: float, step: float = 5) -> None:
        for _ in range(int(seconds // step)):
            self.clock.advance(step)
            self.scheduler.tick(PRESENT)

    def places(self, title: str) -> list[str]:
        """Everywhere an event titled ``title`` is showing."""
        found = [
            f"notification {b}" for t, _, b in (self.notifier.shown if self.notifier else []) if t == title
        ]
        found += [f"tray {t}" for t, _ in self.tray if t == title]
        for window in (self.presenter.prompt, self.presenter.walk_prompt):
            if window is not None and window.isVisible() and window.windowTitle() == title:
                found.append(type(window).__name__)
        return found


@pytest.fixture
def library():
    return load_library(paths.library_dirs())


def desktop(qtbot, library, abilities: Abilities, style: BreakStyle, walks=()) -> Desktop:
    start = datetime(2026, 1, 5, 9, 0, tzinfo=UTC) if not walks else datetime(2026, 1, 5, 11, 0, tzinfo=UTC)
    clock = ManualClock(wall=start)
    settings = Settings()
    settings = dataclasses.replace(
        settings,
        movement_breaks=dataclasses.replace(
            settings.movement_breaks, style=style, every_s=600 if not walks else 4 * 3600, notice_s=60
        ),
        walks=tuple(walks),
    )
    scheduler = BreakScheduler(settings, clock, TZ, routines=library.routines)
    notifier = Notifier(abilities.actions) if abilities.notifications else None
    tray: list[tuple[str, str]] = []
    played: list[str] = []
    presenter = Presenter(
        scheduler,
        None,
        library,
        settings,
        lambda routine, source, done: played.append(routine.id),
        notifier=notifier,
        tray_message=(lambda title, body: tray.append((title, body))) if abilities.tray_messages else None,
        abilities=abilities,
    )
    yield_desktop = Desktop(clock, scheduler, presenter, notifier, tray, played)
    return yield_desktop


def answer(d: Desktop, title: str, key: str, qtbot) -> None:
    """Answer the question titled ``title`` where it is shown, as the user would."""
    window = d.presenter.prompt if d.presenter.prompt is not None else d.presenter.walk_prompt
    if window is not None and window.windowTitle() == title:
        window.buttons[key].click()
        return
    assert d.notifier is not None
    index = max(i for i, shown in enumerate(d.notifier.shown) if shown[0] == title)
    assert key in {k for k, _ in d.notifier.shown[index][2]}, d.notifier.shown[index]
    with qtbot.waitSignal(d.presenter.notification_action, timeout=1000):
        d.notifier.callbacks[index](key)  # as the notifier's thread would
    QCoreApplication.processEvents()  # the queued hop onto the GUI thread


@pytest.mark.parametrize("style", list(BreakStyle), ids=[s.value for s in BreakStyle])
@pytest.mark.parametrize("name", list(PROFILES))
def test_every_break_is_answerable_in_exactly_one_place(qtbot, library, name, style):
    d = desktop(qtbot, library, PROFILES[name], style)
    d.sit(545)  # the heads-up: news, in one place at most, never a window
    soon = d.places("Movement break soon")
    assert len(soon) <= 1 and not any("Window" in p or "Overlay" in p for p in soon)
    assert len(soon) == (1 if PROFILES[name].notifications or PROFILES[name].tray_messages else 0)
    d.sit(60)
    assert d.scheduler.state is SchedulerState.DUE
    places = d.places("Movement break")
    assert len(places) == 1, places  # one style per event
    [place] = places
    if place.startswith("notification"):
        assert style is BreakStyle.NOTIFY and PROFILES[name].actions
        assert "'start'" in place and "'skip'" in place  # it carries the buttons
    elif style is BreakStyle.OVERLAY:
        assert place == "BreakOverlay"
    else:
        assert place == "PromptWindow"  # the notification style falls back where buttons cannot be
    answer(d, "Movement break", "postpone", qtbot)
    assert d.scheduler.state is SchedulerState.SITTING
    d.sit(300)  # "Later": asked again, again answerable, and Start opens the routine
    assert d.scheduler.state is SchedulerState.DUE
    answer(d, "Movement break", "start", qtbot)
    assert d.played == ["desk-break"]


@pytest.mark.parametrize("name", list(PROFILES))
def test_walk_prompts_are_answerable_in_one_place(qtbot, library, name, tmp_path):
    walk = Walk(at=time(12, 30), heat_pack_before_s=15 * 60, warm_up_before_s=5 * 60)
    d = desktop(qtbot, library, PROFILES[name], BreakStyle.NOTIFY, walks=[walk])
    log = SessionLog.open(tmp_path / "log.db", d.clock)
    SchedulerRecorder(d.scheduler, log)
    d.sit(15 * 60 + 5)  # 12:15 in Berlin: the heat pack
    places = d.places("Heat pack before your walk")
    assert len(places) == 1, places
    if PROFILES[name].actions:
        assert places[0].startswith("notification")  # the user chose notifications, and they have buttons
    else:
        assert places == ["PromptWindow"]
    answer(d, "Heat pack before your walk", "skip", qtbot)
    assert d.presenter.walk_prompt is None
    assert ("heat-pack", "skipped") in [(p.kind, p.event) for p in log.prompts()]  # the answer arrived
    d.sit(10 * 60)  # 12:25: the warm-up, asked afresh: the skipped heat pack left nothing behind
    assert len(d.places("Warm up for your walk")) == 1


def test_news_goes_to_one_place(qtbot, library):
    for name, abilities in PROFILES.items():
        d = desktop(qtbot, library, abilities, BreakStyle.PROMPT)
        shown = d.presenter.notify("Enjoy your walk", "Coach will ask how it went.")
        places = d.places("Enjoy your walk")
        assert len(places) == (1 if shown else 0), name
        assert shown == (abilities.notifications or abilities.tray_messages), name
        if abilities.notifications:
            assert places[0].startswith("notification"), name  # never also a Qt balloon


def test_a_failing_notification_falls_back_to_the_prompt_window(qtbot, library):
    d = desktop(qtbot, library, PROFILES["x11-tray"], BreakStyle.NOTIFY)
    d.notifier.notify = lambda *args, **kwargs: 0  # the server went away
    d.sit(605)
    assert d.places("Movement break") == ["PromptWindow"]


def test_no_question_before_the_welcome_is_done(qtbot, library):
    d = desktop(qtbot, library, PROFILES["x11-tray"], BreakStyle.PROMPT)
    d.presenter.hold()
    d.sit(605)
    assert d.scheduler.state is SchedulerState.DUE
    assert d.places("Movement break") == [] and d.places("Movement break soon") == []
    d.presenter.release()
    assert d.places("Movement break") == ["PromptWindow"]
    assert isinstance(d.presenter.prompt, PromptWindow)


def test_a_break_withdrawn_during_the_welcome_is_not_asked_afterwards(qtbot, library):
    d = desktop(qtbot, library, PROFILES["x11-tray"], BreakStyle.OVERLAY)
    d.presenter.hold()
    d.sit(605)
    d.clock.advance(300)
    d.scheduler.tick(ActivitySample(idle_s=300.0))  # away: a natural break
    d.presenter.release()
    assert d.presenter.prompt is None and not isinstance(d.presenter.prompt, BreakOverlay)


class _WindowManagerClose(QCloseEvent):
    """A close from the window manager's title bar (the window system's events are spontaneous)."""

    def spontaneous(self) -> bool:
        return True


def test_closing_the_break_prompt_is_later_then_skip(qtbot, library):
    d = desktop(qtbot, library, PROFILES["no-notification-server"], BreakStyle.PROMPT)
    d.sit(605)
    for _postpone in range(2):  # two Laters allowed by default
        assert "postpone" in d.presenter.prompt.buttons
        d.presenter.prompt.closeEvent(_WindowManagerClose())
        assert d.scheduler.state is SchedulerState.SITTING  # put off, not stranded
        d.sit(305)
    assert "postpone" not in d.presenter.prompt.buttons
    d.presenter.prompt.closeEvent(_WindowManagerClose())  # no more Later: closing skips it
    assert d.scheduler.state is SchedulerState.SITTING and d.presenter.prompt is None


def test_a_prompt_closed_by_qt_itself_is_not_an_answer(qtbot, library):
    d = desktop(qtbot, library, PROFILES["x11-tray"], BreakStyle.PROMPT)
    d.sit(605)
    prompt = d.presenter.prompt
    prompt.close()  # as QApplication.quit() does: not the user's choice
    assert d.scheduler.state is SchedulerState.DUE
    qtbot.waitUntil(lambda: not shiboken6.isValid(prompt), timeout=2000)
    d.presenter.withdraw_all()  # shutting down after Qt deleted it: no error


def test_a_dismissed_break_notification_is_later_and_a_stale_click_answers_nothing(qtbot, library):
    d = desktop(qtbot, library, PROFILES["gnome-wayland"], BreakStyle.NOTIFY)
    d.sit(605)
    first = len(d.notifier.shown) - 1
    with qtbot.waitSignal(d.presenter.notification_action, timeout=1000):
        d.notifier.callbacks[first]("dismissed")  # swiped away without a choice
    qtbot.waitUntil(lambda: d.scheduler.state is SchedulerState.SITTING, timeout=1000)  # Later
    d.sit(305)
    assert d.scheduler.state is SchedulerState.DUE
    with qtbot.waitSignal(d.presenter.notification_action, timeout=1000):
        d.notifier.callbacks[first]("skip")  # a late click on the old notification
    QCoreApplication.processEvents()
    assert d.scheduler.state is SchedulerState.DUE  # the new question is still open
    answer(d, "Movement break", "start", qtbot)
    assert d.played == ["desk-break"]
