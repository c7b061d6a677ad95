"""The rest's end reaches her: a repeated tone, a notice that fits, and the focus on Next."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from sterkblijven.ui.common import theme
from sterkblijven.ui.common.cues import Cues, write_tone
from sterkblijven.ui.common.widgets import TextLabel
from sterkblijven.ui.session.rest import RestView
from tests.clocks import ManualClock

OVER = "Rest is over. Ready for the next one?"


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """Show text at 200 % for one test, then put the app's look back as it was."""
    font, palette, sheet = qapp.font(), qapp.palette(), qapp.styleSheet()
    theme.apply(qapp, theme.theme_for(200, False))
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def rest_until_over(qtbot: QtBot, clock: ManualClock[float], cues: Cues) -> RestView:
    """Show a rest of a minute and let it run out."""
    view = RestView(clock, cues)
    qtbot.addWidget(view)
    view.resize(1000, 768)
    view.show()
    qtbot.waitExposed(view)
    view.start(60, "Kniebuiging achter de stoel, set 1")
    clock.now += 60
    view.countdown.tick()
    assert view.is_over()
    return view


def test_the_end_sounds_again_every_20_seconds_three_times(qtbot: QtBot) -> None:
    """Unanswered, the end is cued at once, after 20 and after 40 seconds, then no more."""
    clock = ManualClock(1000.0)
    cues = Cues("mock")
    heard: list[str] = []
    cues.announced.connect(heard.append)
    view = rest_until_over(qtbot, clock, cues)
    assert heard == [OVER]
    clock.now += 19
    view.repeat.tick()
    assert len(heard) == 1
    clock.now += 1
    view.repeat.tick()
    assert len(heard) == 2
    clock.now += 20
    view.repeat.tick()
    assert len(heard) == 3
    clock.now += 60
    view.repeat.tick()
    assert heard == [OVER] * 3  # three times in all: a reminder, not an alarm


@pytest.mark.parametrize("button", ["go_on", "undo"])
def test_any_answer_stops_the_repeats(qtbot: QtBot, button: str) -> None:
    """Once she presses a button the end is not cued again."""
    clock = ManualClock(1000.0)
    cues = Cues("mock")
    heard: list[str] = []
    cues.announced.connect(heard.append)
    view = rest_until_over(qtbot, clock, cues)
    getattr(view, button).click()
    clock.now += 60
    view.repeat.tick()
    assert heard == [OVER]


def test_the_end_is_spoken_where_a_voice_exists(qtbot: QtBot) -> None:
    """With a voice the words are said each time the tone repeats."""
    clock = ManualClock(1000.0)
    cues = Cues("mock")
    spoken: list[str] = []
    cues.spoken.connect(spoken.append)
    view = rest_until_over(qtbot, clock, cues)
    clock.now += 20
    view.repeat.tick()
    assert spoken == [OVER, OVER]


def test_the_focus_is_on_next_not_on_undo(qtbot: QtBot) -> None:
    """When the rest is over, Enter or Space goes on: the focus is on Next."""
    view = rest_until_over(qtbot, ManualClock(1000.0), Cues("mock"))
    assert view.focusWidget() is view.go_on


def test_the_notice_fits_at_200_percent(qtbot: QtBot, large_text: None) -> None:
    """The 'rest is over' notice has all the room its large, padded text needs."""
    view = rest_until_over(qtbot, ManualClock(1000.0), Cues("mock"))
    QApplication.sendPostedEvents()
    shown = [w for w in view.findChildren(QLabel) if w.isVisible() and w.text() == OVER]
    assert len(shown) == 1
    notice = shown[0]
    fresh = TextLabel("notice")
    fresh.setText(OVER)
    fresh.ensurePolished()
    assert notice.height() >= fresh.heightForWidth(notice.width())


def test_the_tone_is_long_and_loud_enough_to_notice(tmp_path: Path) -> None:
    """The tone lasts a second or more and is loud, not a soft short blip."""
    path = write_tone(tmp_path / "tone.wav")
    with wave.open(str(path)) as sound:
        seconds = sound.getnframes() / sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    samples = memoryview(frames).cast("h")
    assert seconds >= 1.0
    assert max(abs(value) for value in samples) >= 0.7 * 32767
