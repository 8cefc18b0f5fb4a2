"""Fakes that record what the code under test asked of them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RecordingCueSink:
    """Records sounds played and sentences spoken."""

    played: list[str] = field(default_factory=list)
    said: list[str] = field(default_factory=list)

    def play(self, name: str) -> None:
        self.played.append(name)

    def say(self, text: str) -> None:
        self.said.append(text)


@dataclass
class RecordingSessionSink:
    """An in-memory stand-in for the session log's session methods."""

    rows: dict[int, dict] = field(default_factory=dict)
    calls: list[tuple] = field(default_factory=list)

    def start_session(self, routine_id, routine_name, seconds_planned, pain_before=None, source="manual"):
        session_id = len(self.rows) + 1
        self.rows[session_id] = {
            "routine": routine_id,
            "planned": seconds_planned,
            "done": 0,
            "outcome": "partial",
            "ended": False,
            "pain_before": pain_before,
            "pain_after": None,
            "note": None,
            "source": source,
        }
        self.calls.append(("start", routine_id))
        return session_id

    def update_session(self, session_id, seconds_done):
        self.rows[session_id]["done"] = seconds_done
        self.calls.append(("update", seconds_done))

    def finish_session(self, session_id, outcome, seconds_done, pain_after=None, note=None):
        self.rows[session_id].update(
            outcome=outcome, done=seconds_done, ended=True, pain_after=pain_after, note=note
        )
        self.calls.append(("finish", outcome))

    def set_pain(self, session_id, *, pain_before=None, pain_after=None, note=None):
        row = self.rows[session_id]
        if pain_before is not None:
            row["pain_before"] = pain_before
        if pain_after is not None:
            row["pain_after"] = pain_after
        if note is not None:
            row["note"] = note
        self.calls.append(("pain", pain_before, pain_after, note))
