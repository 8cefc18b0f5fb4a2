"""Writes sessions and breaks to a real session log until killed, reporting each saved write.

Run as ``python -m tests.faults.crash_writer DB SEED``. It prints ``ready`` once the log is
open (``notice ...`` first, if the log had to be moved aside), then one line per write, only
after the call that made it has returned:

- ``S <id> <step>``: session ``id`` reached ``step`` of :func:`plan` (0 is its start).
- ``B <id> <event> <detail length>``: a break event was saved.

A test kills it with SIGKILL at a random moment and checks that every reported write is in
the file. It stops by itself after ``MAX_SECONDS`` so that it can never be left behind.
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass

from coach.core.clock import SystemClock
from coach.core.session_log import BREAK_EVENTS, OUTCOMES, SessionLog

STEP_S = 7
MAX_SECONDS = 20.0


@dataclass(frozen=True)
class Row:
    """What a session's row holds after a step of its plan."""

    ended: bool
    outcome: str
    seconds_done: int
    pain_after: int | None
    note: str | None


def plan(session_id: int) -> list[Row]:
    """Every state a session's row passes through, derived from its id alone."""
    updates = 1 + session_id % 4
    outcome = OUTCOMES[session_id % len(OUTCOMES)]
    done = STEP_S * updates + 1
    return [
        *(Row(False, "partial", STEP_S * k, None, None) for k in range(updates + 1)),
        Row(True, outcome, done, None, None),
        Row(True, outcome, done, session_id % 11, f"note {session_id}"),
    ]


def _advance(log: SessionLog, session_id: int, step: int) -> None:
    """Write step ``step`` (at least 1) of the session's plan."""
    rows = plan(session_id)
    row = rows[step]
    if step == len(rows) - 1:
        log.set_pain_after(session_id, row.pain_after, row.note)
    elif row.ended:
        log.finish_session(session_id, row.outcome, row.seconds_done)
    else:
        log.update_session(session_id, row.seconds_done)


def main(path: str, seed: int) -> int:
    rand = random.Random(seed)
    log = SessionLog(path, SystemClock())
    if log.recovery_notice:
        print(f"notice {log.recovery_notice}", flush=True)
    print("ready", flush=True)
    current: tuple[int, int] | None = None  # session id, last step written
    stop_at = time.monotonic() + MAX_SECONDS
    while time.monotonic() < stop_at:
        if current is not None and rand.random() < 0.3:
            event = rand.choice(BREAK_EVENTS)
            size = rand.choice((0, 20, 300, 3000))
            linked = current[0] if rand.random() < 0.5 else None
            break_id = log.record_break(event, "desk-break", linked, rand.randint(0, 600), "x" * size)
            print(f"B {break_id} {event} {size}", flush=True)
        elif current is None:
            session_id = log.start_session("desk-break", "Desk break", 38, rand.randint(0, 10))
            current = (session_id, 0)
            print(f"S {session_id} 0", flush=True)
        else:
            session_id, step = current
            _advance(log, session_id, step + 1)
            print(f"S {session_id} {step + 1}", flush=True)
            current = None if step + 1 == len(plan(session_id)) - 1 else (session_id, step + 1)
    log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
