"""Generates the short cue sounds in ``assets/sounds/`` (run: ``python -m coach.tools.sounds``)."""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parents[2] / "assets" / "sounds"

# name: list of (frequency Hz, start s, length s, loudness 0..1)
CUES: dict[str, list[tuple[float, float, float, float]]] = {
    # a soft, round tone as each phase begins
    "phase": [(660.0, 0.0, 0.35, 0.35)],
    # a short, dry tick for each of the last three seconds
    "tick": [(1320.0, 0.0, 0.06, 0.25)],
    # two rising notes: change sides
    "switch": [(523.25, 0.0, 0.18, 0.35), (783.99, 0.16, 0.30, 0.35)],
    # a three-note chime: the routine is done
    "done": [(523.25, 0.0, 0.35, 0.3), (659.25, 0.14, 0.35, 0.3), (783.99, 0.28, 0.6, 0.3)],
    # a gentle two-note call for a movement-break prompt
    "prompt": [(587.33, 0.0, 0.25, 0.3), (880.0, 0.22, 0.45, 0.3)],
}


def render(notes: list[tuple[float, float, float, float]]) -> bytes:
    """Mix the notes (sine with a few soft harmonics and a quick attack, exponential decay)."""
    length = max(start + dur for _, start, dur, _ in notes) + 0.02
    samples = [0.0] * int(length * RATE)
    for freq, start, dur, loud in notes:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            attack = min(1.0, t / 0.008)
            decay = math.exp(-5.0 * t / dur)
            tail = min(1.0, (dur - t) / 0.02)  # fade the last 20 ms to avoid a click
            wave_ = (
                math.sin(2 * math.pi * freq * t)
                + 0.25 * math.sin(4 * math.pi * freq * t)
                + 0.08 * math.sin(6 * math.pi * freq * t)
            )
            samples[first + i] += loud * attack * decay * tail * wave_ / 1.33
    return b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)


def write_all(folder: Path = OUT) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in CUES.items():
        path = folder / f"{name}.wav"
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(render(notes))
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_all(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
