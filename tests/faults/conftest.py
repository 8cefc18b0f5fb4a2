"""Fixtures of the fault tests: processes that never outlive a test."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Callable, Iterator

import pytest


@pytest.fixture
def spawn() -> Iterator[Callable[..., subprocess.Popen]]:
    """Start a process; every process still running when the test ends is killed and reaped."""
    started: list[subprocess.Popen] = []

    def start(args: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(args, **kwargs)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
    for process in started:
        with contextlib.suppress(subprocess.TimeoutExpired):  # a process that ignores SIGKILL
            process.wait(timeout=10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
