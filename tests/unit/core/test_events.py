"""The emitter and the queue that delivers a state machine's events in order."""

from coach.core.events import Emitter, EventQueue


def test_emitter_calls_in_connection_order_and_disconnects():
    seen = []
    emitter: Emitter[int] = Emitter()
    first = emitter.connect(lambda v: seen.append(("a", v)))
    emitter.connect(lambda v: seen.append(("b", v)))
    emitter.emit(1)
    emitter.disconnect(first)
    emitter.emit(2)
    assert seen == [("a", 1), ("b", 1), ("b", 2)]


def test_events_queued_from_a_callback_follow_those_pending():
    queue = EventQueue()
    first: Emitter[str] = Emitter()
    second: Emitter[str] = Emitter()
    seen = []

    def react(value):
        seen.append(value)
        if value == "a":
            queue.put(second, "from callback")
            queue.flush()  # nested: left to the outer flush

    first.connect(react)
    second.connect(seen.append)
    queue.put(first, "a")
    queue.put(first, "b")
    queue.flush()
    assert seen == ["a", "b", "from callback"]
    queue.flush()
    assert seen == ["a", "b", "from callback"]
