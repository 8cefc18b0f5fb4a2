"""Readings of a running process from /proc: memory, CPU time and wake-ups (context switches)."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")
KIB = 1024


def memory_kib(pid: int) -> dict[str, int]:
    """``Rss``, ``Pss`` and the other totals of ``/proc/PID/smaps_rollup``, in KiB."""
    values: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            values[key.strip()] = int(parts[0])
    return values


def _stat_fields(path: str) -> list[str]:
    text = Path(path).read_text()
    return text[text.rindex(")") + 2 :].split()  # fields from the state (field 3) on


@dataclass(frozen=True)
class Thread:
    comm: str
    ctxt: int  # voluntary + non-voluntary context switches
    run_ns: int  # time on a CPU, from schedstat


@dataclass(frozen=True)
class Snapshot:
    """CPU time and wake-ups of every thread of a process at one moment."""

    at: float  # time.monotonic()
    cpu_s: float  # utime + stime of the whole process
    threads: dict[int, Thread] = field(default_factory=dict)

    @property
    def ctxt(self) -> int:
        return sum(t.ctxt for t in self.threads.values())

    @property
    def run_s(self) -> float:
        return sum(t.run_ns for t in self.threads.values()) / 1e9


def snapshot(pid: int) -> Snapshot:
    fields = _stat_fields(f"/proc/{pid}/stat")
    cpu = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime (fields 14 and 15)
    threads: dict[int, Thread] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            status = (task / "status").read_text().splitlines()
            comm = (task / "comm").read_text().strip()
            run_ns = int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # the thread ended meanwhile
        ctxt = sum(
            int(line.split()[1])
            for line in status
            if line.endswith(tuple("0123456789")) and "ctxt_switches" in line
        )
        threads[int(task.name)] = Thread(comm, ctxt, run_ns)
    return Snapshot(time.monotonic(), cpu, threads)


@dataclass(frozen=True)
class Usage:
    """What a process used between two snapshots."""

    seconds: float
    cpu_s: float
    run_s: float
    wakeups: int
    per_thread: dict[str, int]  # wake-ups by thread name

    @property
    def cpu_per_minute(self) -> float:
        return self.cpu_s / self.seconds * 60

    @property
    def run_per_minute(self) -> float:
        return self.run_s / self.seconds * 60

    @property
    def wakeups_per_s(self) -> float:
        return self.wakeups / self.seconds

    @property
    def cpu_percent(self) -> float:
        return self.cpu_s / self.seconds * 100


def usage(before: Snapshot, after: Snapshot) -> Usage:
    """The difference; threads that ended in between are left out, new ones count in full."""
    per_thread: dict[str, int] = {}
    wakeups, run_ns = 0, 0
    for tid, thread in after.threads.items():
        old = before.threads.get(tid)
        delta = thread.ctxt - (old.ctxt if old else 0)
        run_ns += thread.run_ns - (old.run_ns if old else 0)
        wakeups += delta
        per_thread[thread.comm] = per_thread.get(thread.comm, 0) + delta
    return Usage(after.at - before.at, after.cpu_s - before.cpu_s, run_ns / 1e9, wakeups, per_thread)
