"""The player's exercise picture, moving between its start and end frames in time with each rep.

The figures tool writes ``motion.json`` beside the pictures: for every two-frame exercise a few
keyframes of plain shapes (lines, circles, filled outlines) in the pictures' own 400 × 300 view.
This widget blends the two keyframes around the current pose and paints them with QPainter; it
repaints only while the figure moves (25 times a second) and shows the still SVG pictures, with
their arrows, whenever the figure rests: during a held position, a pause, or with reduced motion.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import os
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from coach.core.motion import FRAME_S, Motion, sample
from coach.qt.design import desktop_animations_off
from coach.qt.widgets import PictureView

log = logging.getLogger(__name__)

MOTION_FILE = "motion.json"
REDUCE_MOTION_ENV = "COACH_REDUCE_MOTION"
SHORT_REST_S = 1.0  # between moves closer than this the drawn figure stays (no still picture)
STALL_FRAMES = 12  # frames in a row with no time passing before the animation gives up


def reduce_motion_requested() -> bool:
    """Whether the user asked for still pictures (``COACH_REDUCE_MOTION=1``)."""
    return os.environ.get(REDUCE_MOTION_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _pen(style: dict[str, object]) -> QPen:
    if "stroke" not in style:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(QColor(str(style["stroke"])), float(style.get("stroke-width", 1.0)))  # type: ignore[arg-type]
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _brush(style: dict[str, object]) -> QBrush:
    if "fill" not in style:
        return QBrush(Qt.BrushStyle.NoBrush)
    colour = QColor(str(style["fill"]))
    colour.setAlphaF(float(style.get("fill-opacity", 1.0)))  # type: ignore[arg-type]
    return QBrush(colour)


@dataclass(frozen=True)
class Move:
    """The keyframes of one exercise: shape styles, and per keyframe every shape's numbers."""

    size: tuple[float, float]
    shapes: tuple[dict[str, object], ...]
    frames: tuple[Sequence[float], ...]
    cycle_s: float = 0.0  # a movement repeated within one hold (see coach.core.motion.cycles)
    tools: tuple[tuple[QPen, QBrush, int], ...] = field(default=(), compare=False)  # per shape, made once

    def __post_init__(self) -> None:
        made = tuple((_pen(s), _brush(s), int(s["n"])) for s in self.shapes)  # type: ignore[call-overload]
        object.__setattr__(self, "tools", made)

    def numbers(self, t: float) -> list[float]:
        return sample(self.frames, t)


@functools.cache
def load_moves(folder: Path) -> dict[str, Move]:
    """The moves in ``folder/motion.json`` keyed by start picture name; empty if missing or bad."""
    path = folder / MOTION_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        size = (float(data["size"][0]), float(data["size"][1]))
        out = {}
        for name, move in data["moves"].items():
            shapes = tuple(move["shapes"])
            frames = tuple(array("d", f) for f in move["frames"])  # compact: 8 bytes a number
            if not frames or any(len(f) != sum(int(s["n"]) for s in shapes) for f in frames):
                raise ValueError(f"{name}: keyframes do not match their shapes")
            out[name] = Move(size, shapes, frames, float(move.get("cycle", 0.0)))
        return out
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        log.warning("%s: cannot read the moving pictures (%s); showing still ones", path, exc)
        return {}


def _points(nums: Sequence[float]) -> list[QPointF]:
    return [QPointF(nums[i], nums[i + 1]) for i in range(0, len(nums) - 1, 2)]


def paint_shapes(painter: QPainter, move: Move, nums: Sequence[float]) -> None:
    """Paint one blended keyframe in view coordinates (the painter maps the view to the widget)."""
    at = 0
    for style, (pen, brush, n) in zip(move.shapes, move.tools, strict=True):
        v = nums[at : at + n]
        at += n
        painter.setPen(pen)
        painter.setBrush(brush)
        kind = style["kind"]
        if kind == "line":
            painter.drawLine(QPointF(v[0], v[1]), QPointF(v[2], v[3]))
        elif kind == "polyline":
            painter.drawPolyline(QPolygonF(_points(v)))
        elif kind == "circle":
            painter.drawEllipse(QPointF(v[0], v[1]), v[2], v[2])
        elif kind == "rect":
            r = float(style.get("rx", 0.0))  # type: ignore[arg-type]
            painter.drawRoundedRect(QRectF(v[0], v[1], v[2], v[3]), r, r)
        elif kind == "path":
            painter.drawPath(_path(str(style["commands"]), style["counts"], _points(v)))  # type: ignore[arg-type]


def _path(commands: str, counts: Sequence[int], points: list[QPointF]) -> QPainterPath:
    path, i = QPainterPath(), 0
    for command, count in zip(commands, counts, strict=True):
        chunk, i = points[i : i + count], i + count
        if command == "M":
            path.moveTo(chunk[0])
            for p in chunk[1:]:
                path.lineTo(p)
        elif command == "L":
            for p in chunk:
                path.lineTo(p)
        elif command == "Q":
            for k in range(0, len(chunk) - 1, 2):
                path.quadTo(chunk[k], chunk[k + 1])
        elif command == "C":
            for k in range(0, len(chunk) - 2, 3):
                path.cubicTo(chunk[k], chunk[k + 1], chunk[k + 2])
        elif command == "Z":
            path.closeSubpath()
    return path


class AnimatedPicture(PictureView):
    """The exercise picture: still SVGs, or a figure moving between them while a rep moves.

    ``show_moment`` is called whenever the player refreshes; it is cheap and idempotent. While
    the figure moves, a parented timer repaints at 25 frames a second, reading the time through
    the ``elapsed`` callable; once the move is over (or when paused) the timer stops.

    Attributes:
        frames_painted: moving frames painted so far (for tests and measurements).
    """

    def __init__(
        self, parent: QWidget | None = None, minimum: int = 200, reduce_motion: bool | None = None
    ) -> None:
        super().__init__(parent, minimum)
        self.reduce_motion = reduce_motion_requested() if reduce_motion is None else reduce_motion
        self.still_setting: bool | None = None  # the user's "Still pictures" setting; None: the desktop's
        self.frames_painted = 0
        self.short_rest_s = SHORT_REST_S
        self._images: tuple[Path, ...] = ()
        self._move: Move | None = None
        self._motion: Motion | None = None
        self._elapsed: Callable[[], float] = lambda: 0.0
        self._flip = False
        self._t: float | None = None  # the pose being painted; None while a still picture shows
        self._last = (-1.0, 0)  # the time read at the last frame, and frames since it last changed
        self._running = False
        self._animating = False
        self._frame_ms = round(FRAME_S * 1000)
        # One timer: every frame while moving, or once when the next move of a resting figure is due.
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._next_frame)

    @property
    def still_only(self) -> bool:
        """Whether to show still pictures only: asked for (``COACH_REDUCE_MOTION``), chosen in
        the settings (``still_setting``), or, when the settings leave it to the desktop, the
        desktop's style turns animations off (its animation duration is zero)."""
        if self.reduce_motion:
            return True
        if self.still_setting is not None:
            return self.still_setting
        return desktop_animations_off(self)

    @property
    def moving(self) -> bool:
        """Whether the figure is being animated right now."""
        return self._timer.isActive() and self._animating

    @property
    def waiting_ms(self) -> int | None:
        """The wake-up (in ms) a resting figure has set for its next move, or None (for tests)."""
        return self._timer.interval() if self._timer.isActive() and not self.moving else None

    @property
    def pose(self) -> float | None:
        """The pose painted (0 start, 1 end), or None while a still picture is shown."""
        return self._t

    def cycle_of(self, images: Sequence[Path]) -> float:
        """Seconds per repeat of a movement done over and over within one hold; 0 if none."""
        if len(images) != 2 or self.still_only:
            return 0.0
        move = load_moves(images[0].parent).get(images[0].name)
        return move.cycle_s if move else 0.0

    def show_moment(
        self,
        images: Sequence[Path],
        frame: int,
        mirrored: bool,
        motion: Motion | None,
        elapsed: Callable[[], float],
        running: bool,
    ) -> None:
        """Show the exercise as it is now: moving if ``motion`` says so, else the still ``frame``."""
        images = tuple(images)
        move = None
        if len(images) == 2 and motion is not None and not self.still_only:
            move = load_moves(images[0].parent).get(images[0].name)
        self._images, self._move, self._motion, self._elapsed, self._flip = (
            images,
            move,
            motion,
            elapsed,
            mirrored,
        )
        if move is None or motion is None:
            self._rest(images[frame] if images else None)
            return
        now = elapsed()
        self._running = running
        if running and motion.moving(now):
            self._animate()
            self._paint_pose(motion.at(now))
            return
        t = motion.at(now)
        if 0.0 < t < 1.0:
            self._timer.stop()
            self._paint_pose(t)  # paused part-way through a move: hold that pose, still
        else:
            self._settle(now)

    def stop(self) -> None:
        """Stop moving (the window is closing or the routine is over)."""
        self._timer.stop()

    @Slot()
    def _next_frame(self) -> None:
        motion, now = self._motion, self._elapsed()
        same = self._last[1] + 1 if now == self._last[0] else 0
        self._last = (now, same)
        if same >= STALL_FRAMES:  # time stands still (the routine ended or stopped): stop waking
            self._timer.stop()
            return
        if motion is None or self._move is None:
            self._timer.stop()
            return
        if motion.moving(now):
            self._animate()
            self._paint_pose(motion.at(now))
            return
        self._settle(now)

    def _settle(self, now: float) -> None:
        """The figure is at one of its ends: show that still picture (with its arrows), or, for a
        pause of a moment between moves, keep the drawn figure so nothing flickers; then, while
        running, sleep until the next move is due."""
        assert self._motion is not None
        t = round(self._motion.at(now))
        due = self._motion.next_move(now) if self._running else None
        if due is not None and due - now < self.short_rest_s:
            self._timer.stop()
            self._paint_pose(float(t))
        else:
            self._rest(self._images[t])
        if due is not None:
            self._animating = False
            self._timer.start(max(1, math.ceil((due - now) * 1000)))

    def _animate(self) -> None:
        if not self.moving:
            self._animating = True
            self._timer.start(self._frame_ms)

    def _paint_pose(self, t: float) -> None:
        if t != self._t:
            self._t = t
            self.update()

    def _rest(self, path: Path | None) -> None:
        self._timer.stop()
        repaint = self._t is not None
        self._t = None
        self.show_picture(path, self._flip)
        if repaint:
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._t is None or self._move is None:
            super().paintEvent(event)
            return
        move = self._move
        vw, vh = move.size
        scale = min((self.width() - 8) / vw, (self.height() - 8) / vh)
        if scale <= 0:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate((self.width() - vw * scale) / 2, (self.height() - vh * scale) / 2)
        painter.scale(scale, scale)
        if self._flip:
            painter.translate(vw, 0)
            painter.scale(-1, 1)
        paint_shapes(painter, move, move.numbers(self._t))
        painter.end()
        self.frames_painted += 1
