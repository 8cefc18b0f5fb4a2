"""The break scheduler: sitting time, movement breaks, natural breaks, pauses and walks.

Modules: ``machine`` (the state machine, :class:`BreakScheduler`), ``events`` (states and event
payloads), ``breaks`` (the sitting → notice → due cycle), ``presence`` (sitting time and absences),
``hours`` (working hours and pause ends on the local wall clock), ``walks`` (walk preparation and
walks under way) and ``recorder`` (writing what the scheduler prompts to the session log).
"""

from coach.core.scheduler.events import (
    AwayReason,
    BreakDue,
    BreakNotice,
    BreakPostponed,
    BreakSkipped,
    BreakTaken,
    BreakWithdrawn,
    HeatPackDue,
    NaturalBreak,
    PromptAnswered,
    PromptOutcome,
    SchedulerState,
    WalkDone,
    WalkDue,
    WalkEnd,
    WalkStarted,
    WarmUpDue,
    WithdrawReason,
)
from coach.core.scheduler.hours import describe_until
from coach.core.scheduler.machine import BreakScheduler
from coach.core.scheduler.recorder import BreakSink, SchedulerRecorder
from coach.core.scheduler.walks import walk_prompts

__all__ = [
    "AwayReason",
    "BreakDue",
    "BreakNotice",
    "BreakPostponed",
    "BreakScheduler",
    "BreakSink",
    "BreakSkipped",
    "BreakTaken",
    "BreakWithdrawn",
    "HeatPackDue",
    "NaturalBreak",
    "PromptAnswered",
    "PromptOutcome",
    "SchedulerRecorder",
    "SchedulerState",
    "WalkDone",
    "WalkDue",
    "WalkEnd",
    "WalkStarted",
    "WarmUpDue",
    "WithdrawReason",
    "describe_until",
    "walk_prompts",
]
