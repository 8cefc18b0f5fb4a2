"""Hypothesis drives a runner recorded into a real session log with random commands and clock jumps."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from coach.core.clock import ManualClock
from coach.core.recorder import SessionRecorder
from coach.core.runner import Runner, RunState
from coach.core.session_log import SessionLog
from tests.helpers.factories import make_exercise, make_item, make_routine

exercises = st.builds(
    make_exercise,
    hold_s=st.integers(1, 6),
    reps=st.integers(1, 2),
    sides=st.sampled_from(["none", "each", "alternate"]),
    rest_s=st.integers(0, 3),
)
routines = st.lists(exercises, min_size=2, max_size=4).map(
    lambda found: make_routine(*(make_item(e) for e in found), id="random-routine")
)
steps = st.one_of(st.sampled_from([0.0, 0.5, 1.0, 3.0, 5.0]), st.floats(0, 12))
pains = st.none() | st.integers(0, 10)
notes = st.none() | st.text(max_size=20)
ACTIVE = (RunState.RUNNING, RunState.PAUSED)
OUTCOME = {RunState.FINISHED: "completed"}


class RecordedRunMachine(RuleBasedStateMachine):
    """The log's row always says what the runner and the recorder know, read from another connection."""

    @initialize(
        routine=routines,
        source=st.sampled_from(["manual", "break"]),
        pain=pains,
        start_now=st.integers(0, 3),
    )
    def build(self, routine, source, pain, start_now):
        self.folder = Path(tempfile.mkdtemp(prefix="coach-recorded-"))
        self.clock = ManualClock()
        self.log = SessionLog(self.folder / "log.db", self.clock)
        # another program's view of the file: it sees only what was committed
        self.reader = sqlite3.connect(f"{(self.folder / 'log.db').as_uri()}?mode=ro", uri=True)
        self.runner = Runner(routine, self.clock)
        self.recorder = SessionRecorder(self.runner, self.log, source=source)
        self.failures: list[str] = []
        self.recorder.failed.connect(self.failures.append)
        self.source = source
        self.expected_done = 0  # what the recorder last wrote as seconds done
        self.rated_since_start = False
        self.started = False
        self.runner.state_changed.connect(self._on_state)
        # connected after the recorder's own handlers, so these run once it has written
        self.runner.exercise_done.connect(lambda _item: self._wrote_progress())
        self.runner.finished.connect(lambda _none: self._wrote_progress())
        self.runner.stopped.connect(lambda _reason: self._wrote_progress())
        self.recorder.set_pain_before(pain)
        if start_now:  # most runs start at once; the others may be stopped before they start
            self.runner.start()

    def _on_state(self, state: RunState) -> None:
        self.started = self.started or state is RunState.RUNNING

    def _wrote_progress(self) -> None:
        self.expected_done = self.recorder.seconds_done

    def teardown(self):
        log = getattr(self, "log", None)
        if log is not None:
            self.reader.close()
            log.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    # -- rules -------------------------------------------------------------------------------

    @rule(seconds=steps)
    def time_passes(self, seconds):
        self.clock.advance(seconds)
        self.runner.tick()

    @rule(seconds=steps)
    def time_passes_unnoticed(self, seconds):
        """No tick: the next command catches up."""
        self.clock.advance(seconds)

    @rule(seconds=st.floats(100, 1e5))
    def long_sleep(self, seconds):
        """The computer sleeps, or the run is left alone for a long while."""
        self.clock.advance(seconds)
        self.runner.tick()

    @rule(seconds=st.floats(-7200, 7200))
    def wall_clock_jumps(self, seconds):
        self.clock.jump_wall(seconds)

    @rule()
    def start(self):
        self.runner.start()

    @rule(
        command=st.sampled_from(
            [
                "pause",
                "resume",
                "toggle_pause",
                "skip",
                "skip_exercise",
                "back",
                "stop:user",
                "stop:pain",
                "stop:closed",
            ]
        )
    )
    def command(self, command):
        name, _, reason = command.partition(":")
        if reason:
            self.runner.stop(reason)
        else:
            getattr(self.runner, name)()

    @rule(when=st.sampled_from(["before", "after"]), pain=pains, note=notes)
    def user_rates(self, when, pain, note):
        if when == "before":
            self.recorder.set_pain_before(pain)
            return
        self.recorder.rate(pain, note)
        if self.recorder.session_id is not None:
            self.rated_since_start = True

    # -- invariants --------------------------------------------------------------------------

    def committed_rows(self) -> list[tuple]:
        return self.reader.execute(
            "SELECT id, routine_id, seconds_planned, seconds_done, outcome, ended, pain_before, "
            "pain_after, note, source FROM sessions"
        ).fetchall()

    @invariant()
    def the_row_matches_the_run(self):
        runner, recorder = self.runner, self.recorder
        assert self.failures == []
        found = self.committed_rows()
        if not self.started:  # never ran (perhaps stopped before starting): nothing to log
            assert found == [] and recorder.session_id is None
            return
        (row,) = found
        sid, routine_id, planned, done, outcome, ended, pain_before, pain_after, note, source = row
        assert (sid, routine_id, planned, source) == (
            recorder.session_id,
            runner.routine.id,
            runner.total_s,
            self.source,
        )
        assert pain_before == recorder.pain_before
        assert done == self.expected_done
        assert 0 <= done <= runner.total_s
        if runner.state in ACTIVE:
            assert (outcome, ended) == ("partial", None)
            assert done <= round(runner.seconds_played)
        else:
            # reaching the end with exercise skipped on the way is no completed session
            finished = runner.state is RunState.FINISHED and runner.played_through
            want = "completed" if finished else "partial"
            if runner.stop_reason == "pain":
                want = "stopped-for-pain"
            assert outcome == want == recorder.outcome
            assert ended is not None
            assert done == round(runner.seconds_played)
        if self.rated_since_start or runner.state not in ACTIVE:
            assert (pain_after, note) == (recorder.pain_after, recorder.note)
        else:
            assert (pain_after, note) == (None, None)


TestRecordedRun = RecordedRunMachine.TestCase
TestRecordedRun.settings = settings(
    max_examples=30,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_progress_is_in_the_file_before_the_run_ends(tmp_path):
    """Each finished exercise is committed at once: a crash right after it keeps it."""
    clock = ManualClock()
    db = tmp_path / "log.db"
    log = SessionLog(db, clock)
    routine = make_routine(make_exercise("a", hold_s=5), make_exercise("b", hold_s=5), id="two")
    runner = Runner(routine, clock)
    recorder = SessionRecorder(runner, log)
    runner.start()
    while not runner.items_done:
        clock.advance(1)
        runner.tick()
    log.close()  # the app dies here
    with SessionLog(db, clock) as after:
        (row,) = after.sessions()
    first_item = max(p.end_s for p in runner.timeline.phases if p.item == 0)  # its lead-in and 5 s hold
    assert (row.id, row.outcome, row.ended, row.seconds_done) == (
        recorder.session_id,
        "partial",
        None,
        first_item,
    )
    assert first_item > 5
