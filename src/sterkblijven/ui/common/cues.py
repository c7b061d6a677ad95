"""Sound and speech, always in addition to something visible (WCAG 1.3.3).

QtMultimedia and QtTextToSpeech are loaded on the first cue, not at start-up, and defensively:
on Linux they fail to import without libpulse, and without an audio device a sound effect ends
in an error state. In every such case the app goes on the same, silently.
"""

from __future__ import annotations

import math
import struct
import tempfile
import wave
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QLoggingCategory, QObject, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

# A clear two-note chime, high then lower, twice: one short soft beep was easily missed from a
# chair across the room. The notes stay in the range most older ears still hear well (below
# about 2 kHz, where age-related hearing loss begins).
CHIME_HZ = (880, 660, 880, 660)
NOTE_SECONDS = 0.3
LOUDNESS = 0.85
SAMPLE_RATE = 22_050


def write_tone(path: Path) -> Path:
    """Write a clear chime as a WAV file (made here, no asset needed)."""
    frames = int(SAMPLE_RATE * NOTE_SECONDS)
    attack = int(SAMPLE_RATE * 0.01)  # a soft start, so that the note does not click
    samples = bytearray()
    for hertz in CHIME_HZ:
        for index in range(frames):
            fade = min(1.0, index / attack) * (1.0 - 0.6 * index / frames)
            value = math.sin(2 * math.pi * hertz * index / SAMPLE_RATE) * fade * LOUDNESS
            samples += struct.pack("<h", int(value * 32767))
    with wave.open(str(path), "wb") as output:
        output.setnchannels(1)
        output.setsampwidth(2)
        output.setframerate(SAMPLE_RATE)
        output.writeframes(bytes(samples))
    return path


class Cues(QObject):
    """Plays a tone and speaks a short sentence where the machine can."""

    sounded = Signal()
    spoken = Signal(str)
    announced = Signal(str)

    def __init__(
        self,
        speech_engine: str | None = None,
        parent: QObject | None = None,
        *,
        engine_parameters: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine_name = speech_engine
        self._engine_parameters = dict(engine_parameters or {})
        self._speech_enabled = True
        self._sound: Any = None
        self._speech: Any = None
        self._loaded = False
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._rate = 0.0

    def set_speech_enabled(self, enabled: bool) -> None:
        """Switch spoken cues on or off; the tone and the visible cue stay."""
        self._speech_enabled = enabled

    def speech_available(self) -> bool:
        """Return True when a voice can speak now.

        An engine can load and still not speak: on Linux the speech-dispatcher engine loads
        without the service or any voice, and then stays in its error state.
        """
        self._load()
        speech = self._speech
        if speech is None:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        return speech.state() != QTextToSpeech.State.Error and bool(speech.availableVoices())

    def sound_available(self) -> bool:
        """Return True when a tone can be heard: the sound loaded and a sound device exists."""
        self._load()
        if self._sound is None:
            return False
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.audioOutputs())

    def announce(self, source: QObject, message: str, *, urgent: bool = False) -> None:
        """Tell screen readers about a change they would not notice; the screen shows it too.

        Screen readers read out a QAccessibleAnnouncementEvent (Qt 6.8+) as it comes; an urgent
        one interrupts what they are reading.
        """
        event = QAccessibleAnnouncementEvent(source, message)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
        QAccessible.updateAccessibility(event)
        self.announced.emit(message)

    def set_rate(self, rate: float) -> None:
        """Set how fast the voice speaks: -1 (slowest) to 1 (fastest), 0 the engine's own."""
        self._rate = max(-1.0, min(1.0, rate))
        if self._speech is not None:
            self._speech.setRate(self._rate)

    def say(self, sentence: str) -> None:
        """Say a sentence now, whether or not cues are switched on (to try the voice)."""
        if self.speech_available():
            self._speech.setLocale(QLocale())
            self._speech.say(sentence)
            self.spoken.emit(sentence)

    def speak(self, sentence: str) -> None:
        """Say a word without the tone, if spoken cues are on (counting along a set)."""
        self._load()
        if self._speech is not None and self._speech_enabled:
            self._speech.setLocale(QLocale())
            self._speech.say(sentence)
            self.spoken.emit(sentence)

    def cue(self, sentence: str, source: QObject | None = None) -> None:
        """Play the tone, say the sentence if switched on, and announce it to screen readers."""
        if source is not None:
            self.announce(source, sentence, urgent=True)
        self._load()
        if self._sound is not None:
            self._sound.play()
            self.sounded.emit()
        if self._speech_enabled and self.speech_available():
            self._speech.setLocale(QLocale())
            self._speech.say(sentence)
            self.spoken.emit(sentence)

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        self._load_sound()
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return
        engines = QTextToSpeech.availableEngines()
        name = self._engine_name
        if name is None:
            # The platform's own engine; the mock engine speaks to no one.
            name = next((engine for engine in engines if engine != "mock"), None)
        if name is not None and name in engines:
            self._speech = QTextToSpeech(name, self._engine_parameters, self)
            self._speech.setRate(self._rate)

    def _load_sound(self) -> None:
        # QtMultimedia's probing of audio and video libraries says nothing useful to a user.
        QLoggingCategory.setFilterRules("qt.multimedia.*=false")
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:
            return
        self._folder = tempfile.TemporaryDirectory(prefix="sterkblijven-sound-")
        tone = write_tone(Path(self._folder.name) / "rest-over.wav")
        self._sound = QSoundEffect(self)
        self._sound.setSource(QUrl.fromLocalFile(str(tone)))
        self._sound.setVolume(0.8)
