"""The freedesktop notifier against a fake notification server on a private bus."""

from __future__ import annotations

import threading

import pytest

from coach.platform.errors import PlatformUnavailable
from coach.platform.notify import detect_notifier
from coach.platform.notify_dbus import DBusNotifier
from tests.helpers.fake_dbus import FakeDesktop


@pytest.fixture(params=["broadcast", "unicast"])
def server(request, desktop):
    """The fake server, broadcasting its signals (GNOME Shell, KDE) or sending them only to
    the notification's sender (dunst)."""
    desktop.unicast_signals = request.param == "unicast"
    return desktop


@pytest.fixture
def notifier(server, bus_address):
    n = DBusNotifier(bus_address, app_icon="/opt/coach/assets/icons/coach.svg")
    yield n
    n.close()


class Clicks:
    """Collects action keys delivered by the listener thread."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.threads: list[str] = []
        self.arrived = threading.Event()

    def __call__(self, key: str) -> None:
        self.keys.append(key)
        self.threads.append(threading.current_thread().name)
        self.arrived.set()


def test_notify_sends_every_field(notifier, desktop):
    assert notifier.supports_actions
    notification_id = notifier.notify(
        "Time to move",
        "Two minutes of standing back bends.",
        [("start", "Start"), ("snooze", "In 5 minutes")],
        timeout_ms=8000,
    )
    assert notification_id == 1
    (sent,) = desktop.notifications
    assert sent.app_name == "Coach"
    assert sent.replaces_id == 0
    assert sent.app_icon == "/opt/coach/assets/icons/coach.svg"
    assert sent.summary == "Time to move"
    assert sent.body == "Two minutes of standing back bends."
    assert sent.actions == ["start", "Start", "snooze", "In 5 minutes"]
    assert sent.hints == {"desktop-entry": ("s", "org.coachapp.Coach")}  # the installed id
    assert sent.expire_timeout == 8000


def test_replaces_is_sent_as_a_uint32(notifier, desktop):
    first = notifier.notify("Break soon", "In one minute.")
    assert notifier.notify("Break soon", "In 30 seconds.", replaces=first) == first
    big = 4_000_000_000  # does not fit an int32
    assert notifier.notify("Break", "Now.", replaces=big) == big
    assert [n.replaces_id for n in desktop.notifications] == [0, first, big]


def test_a_clicked_button_reaches_the_callback_on_another_thread(notifier, desktop):
    clicks = Clicks()
    notification_id = notifier.notify("Break", "Now.", [("start", "Start")], clicks)
    desktop.emit_action(notification_id + 100, "start")  # somebody else's notification
    desktop.emit_action(notification_id, "start")
    assert clicks.arrived.wait(5)
    assert clicks.keys == ["start"]
    assert clicks.threads == ["coach-notification-actions"]


def test_after_the_server_closes_a_notification_its_buttons_are_forgotten(notifier, desktop):
    clicks, later = Clicks(), Clicks()
    first = notifier.notify("Break", "Now.", [("start", "Start")], clicks)
    desktop.emit_closed(first, 3)  # closed by a CloseNotification call
    second = notifier.notify("Break", "Again.", [("start", "Start")], later)
    desktop.emit_action(first, "start")  # stale: ignored
    desktop.emit_action(second, "start")  # delivered after the one above, on the same connection
    assert later.arrived.wait(5)
    assert clicks.keys == []


def test_a_question_closed_unanswered_says_dismissed_once(notifier, desktop):
    clicks, answered = Clicks(), Clicks()
    closed = notifier.notify("Break", "Now.", [("start", "Start")], clicks)
    desktop.emit_closed(closed, 2)  # the user closed it without choosing
    assert clicks.arrived.wait(5)
    clicked = notifier.notify("Break", "Again.", [("start", "Start")], answered)
    desktop.emit_action(clicked, "start")
    desktop.emit_closed(clicked, 2)  # servers close a notification after its button: no second answer
    desktop.emit_closed(closed, 2)  # nor for one already answered
    last = Clicks()
    desktop.emit_action(notifier.notify("C", "c", [("x", "X")], last), "x")  # after the ones above
    assert last.arrived.wait(5)
    assert clicks.keys == ["dismissed"] and answered.keys == ["start"]


def test_a_failing_callback_does_not_stop_the_listener(notifier, desktop, caplog):
    clicks = Clicks()

    def broken(key: str) -> None:
        raise RuntimeError("handler bug")

    bad = notifier.notify("A", "a", [("x", "X")], broken)
    good = notifier.notify("B", "b", [("y", "Y")], clicks)
    desktop.emit_action(bad, "x")
    desktop.emit_action(good, "y")
    assert clicks.arrived.wait(5)
    assert "the handler for notification action 'x' failed" in caplog.text


def test_close_notification_asks_the_server(notifier, desktop):
    notification_id = notifier.notify("Break", "Now.")
    notifier.close_notification(notification_id)
    assert desktop.closed == [notification_id]


def test_without_the_actions_capability_no_buttons_are_sent(desktop, bus_address):
    desktop.capabilities = ["body"]
    n = DBusNotifier(bus_address)
    try:
        assert not n.supports_actions
        n.notify("Break", "Now.", [("start", "Start")], Clicks())
        assert desktop.notifications[0].actions == []
    finally:
        n.close()


def test_body_is_escaped_when_the_server_reads_markup(desktop, bus_address):
    desktop.capabilities = ["body", "body-markup"]
    n = DBusNotifier(bus_address)
    try:
        n.notify("Sit & stand", "Hips <level> & knees soft")
        assert desktop.notifications[0].body == "Hips &lt;level&gt; &amp; knees soft"
        assert desktop.notifications[0].summary == "Sit & stand"
    finally:
        n.close()


def test_close_stops_the_threads_and_later_calls_do_nothing(notifier, desktop):
    notifier.notify("Break", "Now.", [("start", "Start")], Clicks())
    names = {t.name for t in threading.enumerate()}
    assert {"coach-notifications", "coach-notification-actions"} <= names
    notifier.close()
    names = {t.name for t in threading.enumerate()}
    assert not {"coach-notifications", "coach-notification-actions"} & names
    assert notifier.notify("Break", "Again.") == 0
    notifier.close()
    assert len(desktop.notifications) == 1


def test_a_callback_may_send_another_notification(notifier, desktop):
    follow_up = threading.Event()
    ids = []

    def snooze(key: str) -> None:
        ids.append(notifier.notify("Snoozed", "Back in 5 minutes."))
        follow_up.set()

    notification_id = notifier.notify("Break", "Now.", [("snooze", "Later")], snooze)
    desktop.emit_action(notification_id, "snooze")
    assert follow_up.wait(5)
    assert ids == [notification_id + 1]
    assert desktop.notifications[-1].summary == "Snoozed"


def test_a_lost_connection_is_replaced_on_the_next_call(notifier, desktop, caplog):
    clicks = Clicks()
    old = notifier._router
    old._conn.sock.shutdown(2)  # as if the bus had dropped us
    old._thread.join(5)
    assert not old.alive
    notification_id = notifier.notify("Break", "Now.", [("start", "Start")], clicks)
    assert notification_id
    assert notifier._router is not old
    desktop.emit_action(notification_id, "start")
    assert clicks.arrived.wait(5)
    assert "lost the connection to the bus" in caplog.text


def test_a_server_that_goes_away_makes_notify_return_zero(notifier, desktop, caplog):
    desktop.close()
    assert notifier.notify("Break", "Now.") == 0
    assert "notification not shown" in caplog.text


def test_no_notification_server_is_unavailable(bus_address):
    fake = FakeDesktop(bus_address, names=["org.gnome.Mutter.IdleMonitor"])
    try:
        with pytest.raises(PlatformUnavailable, match="no notification server"):
            DBusNotifier(bus_address)
    finally:
        fake.close()


def test_detect_notifier_uses_the_session_bus_from_env(desktop, bus_address):
    notifier = detect_notifier({"DBUS_SESSION_BUS_ADDRESS": bus_address}, platform="linux")
    assert isinstance(notifier, DBusNotifier)
    notifier.close()


@pytest.mark.parametrize(
    ("env", "platform"),
    [
        ({"DBUS_SESSION_BUS_ADDRESS": "disabled:"}, "linux"),
        ({}, "linux"),
        ({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}, "linux"),
        ({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}, "win32"),
        ({}, "darwin"),
    ],
)
def test_detect_notifier_gives_none_when_there_is_no_server(env, platform):
    assert detect_notifier(env, platform=platform) is None
