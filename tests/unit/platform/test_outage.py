"""Outage: one warning per outage, a pause before asking again, a note on recovery."""

from __future__ import annotations

import logging

from coach.platform.outage import Outage


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_outage_logs_once_waits_and_recovers(caplog):
    clock = Clock()
    outage = Outage("the idle service", retry_s=5.0, clock=clock)
    assert outage.ready() and not outage.down
    with caplog.at_level(logging.INFO, logger="coach.platform.outage"):
        outage.failed(TimeoutError("no reply"))
        assert outage.down and not outage.ready()
        clock.now += 4.9
        assert not outage.ready()
        clock.now += 0.1
        assert outage.ready()
        outage.failed(TimeoutError("no reply"))  # still down: no second warning
        assert not outage.ready()
        clock.now += 5.0
        outage.succeeded()
    assert not outage.down and outage.ready()
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "the idle service stopped answering: no reply"),
        ("INFO", "the idle service answers again after 10 s"),
    ]
