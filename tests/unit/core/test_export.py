"""Export of the whole log: CSV and JSON round trips, time order, local times, paging, atomic files."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from coach.core import export
from coach.core.clock import ManualClock
from coach.core.session_log import SessionLog
from coach.tools.demo_history import fill

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock():
    return ManualClock(wall=datetime(2026, 3, 29, 0, 30, tzinfo=UTC))  # 01:30 in Berlin, just before DST


@pytest.fixture
def log(tmp_path, clock):
    with SessionLog(tmp_path / "log.db", clock) as opened:
        yield opened


def small(log: SessionLog, clock: ManualClock) -> None:
    """One of each kind, with awkward text, across the spring DST change in Berlin."""
    sid = log.start_session("desk-reset", "Desk reset, “gentle”", 300, pain_before=4)
    clock.advance(3600)  # 03:30 CEST
    log.finish_session(sid, "completed", 300, pain_after=2, note='said "ouch",\nthen fine; Ünïcødé')
    log.record_break("taken", "desk-reset", session_id=sid, seconds=120)
    walk = log.start_walk(planned=True)
    log.record_prompt("walk", "done", walk_id=walk, detail="on time")
    clock.advance(1200)
    log.finish_walk(walk, pain=3, needed_flexion_break=False)


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_round_trip(log, clock):
    small(log, clock)
    out = io.StringIO(newline="")
    assert export.export_csv(log, out, BERLIN) == 4
    text = out.getvalue()
    assert text.startswith("type,id,time_utc,time_local,")
    assert "\r\n" in text and not text.startswith("\ufeff")
    rows = read_csv(text)
    assert list(rows[0]) == list(export.CSV_COLUMNS)
    assert [r["type"] for r in rows] == ["session", "break", "walk", "prompt"]
    session, brk, walk, prompt = rows
    assert session["time_utc"] == "2026-03-29T00:30:00Z"
    assert session["time_local"] == "2026-03-29T01:30:00+01:00"
    assert session["end_local"] == "2026-03-29T03:30:00+02:00"
    assert session["routine_name"] == "Desk reset, “gentle”"
    assert session["note"] == 'said "ouch",\nthen fine; Ünïcødé'
    assert (session["pain_before"], session["pain_after"], session["outcome"]) == ("4", "2", "completed")
    assert session["event"] == "" and session["minutes"] == ""
    assert (brk["event"], brk["session_id"], brk["seconds"]) == ("taken", session["id"], "120")
    assert (walk["planned"], walk["needed_flexion_break"], walk["minutes"], walk["pain"]) == (
        "1",
        "0",
        "20.0",
        "3",
    )
    assert (prompt["kind"], prompt["event"], prompt["walk_id"], prompt["detail"]) == (
        "walk",
        "done",
        walk["id"],
        "on time",
    )


def test_json_round_trip(log, clock):
    small(log, clock)
    out = io.StringIO()
    assert export.export_json(log, out, BERLIN) == 4
    data = json.loads(out.getvalue())
    assert data["coach_log_version"] == 1
    assert data["time_zone"] == "Europe/Berlin"
    records = data["records"]
    assert [r["type"] for r in records] == ["session", "break", "walk", "prompt"]
    session, _brk, walk, prompt = records
    assert session["note"] == 'said "ouch",\nthen fine; Ünïcødé'
    assert session["pain_before"] == 4 and session["end_utc"] == "2026-03-29T01:30:00Z"
    assert walk["planned"] is True and walk["needed_flexion_break"] is False
    assert "end_utc" not in prompt and "event" in prompt
    assert set(session) <= set(export.CSV_COLUMNS)


def test_a_month_exports_every_row_in_time_order(tmp_path):
    counts = fill(tmp_path / "log.db", weeks=4, seed=5, end=date(2026, 2, 15), tz=BERLIN)
    with SessionLog(tmp_path / "log.db", ManualClock()) as log:
        csv_out, json_out = io.StringIO(newline=""), io.StringIO()
        total = export.export_csv(log, csv_out, BERLIN)
        assert export.export_json(log, json_out, BERLIN) == total == sum(counts.values())
    rows = read_csv(csv_out.getvalue())
    records = json.loads(json_out.getvalue())["records"]
    kinds = {"session": "sessions", "break": "breaks", "walk": "walks", "prompt": "prompts"}
    for name, table in kinds.items():
        assert sum(r["type"] == name for r in rows) == counts[table]
        assert sum(r["type"] == name for r in records) == counts[table]
    stamps = [r["time_utc"] for r in rows]
    assert stamps == sorted(stamps)
    assert [r["id"] for r in rows] == [str(r["id"]) for r in records]


def test_paging_keeps_rows_that_share_a_second(log, clock):
    for _ in range(7):
        log.record_break("prompted")
    clock.advance(1)
    for _ in range(5):
        log.record_break("taken")
    paged = list(export.records(log, chunk=3))
    whole = list(export.records(log))
    assert paged == whole
    assert [r["id"] for r in paged] == list(range(1, 13))


class CountingLog:
    """Counts the queries a streamed export makes."""

    def __init__(self, log: SessionLog) -> None:
        self.log = log
        self.queries = 0

    def fetch(self, sql, params=()):
        self.queries += 1
        return self.log.fetch(sql, params)


def test_records_are_fetched_a_chunk_at_a_time(log, clock):
    for _ in range(20):
        log.record_break("prompted")
        clock.advance(60)
    counting = CountingLog(log)
    stream = export.records(counting, chunk=5)  # type: ignore[arg-type]
    next(stream)
    assert counting.queries == 4  # the first chunk of each table, nothing more
    assert len(list(stream)) == 19
    assert counting.queries == 4 + 4  # three more chunks of breaks and one that comes back empty


def test_an_empty_export(log):
    out = io.StringIO(newline="")
    assert export.export(None, "csv", out) == 0
    assert read_csv(out.getvalue()) == []
    assert out.getvalue().strip() == ",".join(export.CSV_COLUMNS)
    out = io.StringIO()
    assert export.export(log, "json", out) == 0
    assert json.loads(out.getvalue())["records"] == []
    with pytest.raises(ValueError, match="unknown export format"):
        export.export(log, "xml", io.StringIO())


def test_atomic_file_replaces_only_when_complete(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), export.atomic_text_file(target) as out:
        out.write("half")
        raise RuntimeError("disk trouble")
    assert target.read_text(encoding="utf-8") == "old"
    assert list(tmp_path.iterdir()) == [target]
    with export.atomic_text_file(target) as out:
        out.write("new, ü\r\n")
    assert target.read_bytes() == "new, ü\r\n".encode()
    assert list(tmp_path.iterdir()) == [target]
