"""Sound cues and spoken guidance that follow a runner's events."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl

from coach.qt.resources import sound_path

if TYPE_CHECKING:  # the tray app plays cues; only the player (imported when opened) runs routines
    from coach.core.runner import Runner
    from coach.core.timeline import Phase

log = logging.getLogger(__name__)
SOUNDS = ("phase", "tick", "switch", "done", "prompt")


class CueSink(Protocol):
    def play(self, name: str) -> None: ...

    def say(self, text: str) -> None: ...


class Cues:
    """Connects a runner to a sink: a tone at each phase, ticks in the last three seconds, a
    distinct tone when changing sides and at the end, and optional spoken guidance."""

    def __init__(self, runner: Runner, sink: CueSink, *, sounds: bool = True, voice: bool = False) -> None:
        self.runner = runner
        self.sink = sink
        self.sounds = sounds
        self.voice = voice
        runner.phase_started.connect(self._on_phase)
        runner.countdown.connect(self._on_countdown)
        runner.finished.connect(self._on_finished)

    def _on_phase(self, phase: Phase) -> None:
        from coach.core.announce import spoken
        from coach.core.timeline import PhaseKind

        if self.sounds:
            self.sink.play("switch" if phase.kind is PhaseKind.SWITCH else "phase")
        if self.voice:
            self.sink.say(spoken(self.runner.routine, phase))

    def _on_countdown(self, _number: int) -> None:
        if self.sounds:
            self.sink.play("tick")

    def _on_finished(self, _none: object) -> None:
        if self.sounds:
            self.sink.play("done")
        if self.voice and self.runner.played_through:
            self.sink.say(
                QCoreApplication.translate("Cues", "Well done. {routine} is complete.").format(
                    routine=self.runner.routine.name
                )
            )


class QtCueSink(QObject):
    """Plays the shipped WAV cues with QSoundEffect and speaks with QTextToSpeech when an
    engine exists; either part silently does nothing where the system cannot provide it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, object] = {}
        self._speech: object | None = None
        self._speech_tried = False

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # pragma: no cover - QtMultimedia missing from the install
                log.info("QtMultimedia is unavailable; sound cues are off")
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_path(name))))
            effect.setVolume(0.6)
            self._effects[name] = effect
        effect.play()  # type: ignore[attr-defined]

    def say(self, text: str) -> None:
        engine = self._engine()
        if engine is not None:
            engine.say(text)  # type: ignore[attr-defined]

    def _engine(self) -> object | None:
        if self._speech_tried:
            return self._speech
        self._speech_tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:  # pragma: no cover
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
        if not engines:
            log.info("no speech engine; spoken guidance is off")
            return None
        speech = QTextToSpeech(engines[0], self)
        if speech.state() == QTextToSpeech.State.Error:
            log.info("speech engine %s failed: %s", engines[0], speech.errorString())
            speech.deleteLater()
            return None
        self._speech = speech
        return speech
