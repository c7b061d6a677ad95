"""Countdowns and stopwatches follow the clock they are given: no sleeping in tests."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.timing import Countdown, Stopwatch
from sterkblijven.ui.session.rest import RestView
from tests.clocks import ManualClock


def test_countdown_pauses_extends_and_finishes_once(qtbot: QtBot) -> None:
    """Paused time does not count, +30 s adds, and the end is announced exactly once."""
    clock = ManualClock(1000.0)
    countdown = Countdown(clock)
    ends: list[bool] = []
    countdown.finished.connect(lambda: ends.append(True))
    countdown.start(120)
    clock.now += 30
    assert countdown.remaining() == 90
    countdown.pause()
    clock.now += 500
    assert countdown.remaining() == 90 and not countdown.is_running()
    countdown.resume()
    countdown.add(30)
    clock.now += 119
    countdown.tick()
    assert countdown.remaining() == 1 and ends == []
    clock.now += 1
    countdown.tick()
    countdown.tick()
    assert ends == [True] and countdown.remaining() == 0 and not countdown.is_running()


def test_skipping_finishes_at_once(qtbot: QtBot) -> None:
    """Skip ends the countdown as if the time were up."""
    countdown = Countdown(ManualClock(1000.0))
    ends: list[bool] = []
    countdown.finished.connect(lambda: ends.append(True))
    countdown.start(60)
    countdown.skip()
    assert ends == [True]


def test_stopwatch_counts_only_while_running(qtbot: QtBot) -> None:
    """A held exercise counts the seconds between Start and Stop."""
    clock = ManualClock(1000.0)
    watch = Stopwatch(clock)
    watch.start()
    clock.now += 12.7
    assert watch.stop() == 12
    clock.now += 100
    watch.start()
    clock.now += 5
    assert watch.seconds() == 17


def test_rest_over_is_shown_sounded_and_spoken(qtbot: QtBot) -> None:
    """When the rest is up the screen says so, and the mock speech engine speaks it."""
    clock = ManualClock(1000.0)
    cues = Cues("mock")
    view = RestView(clock, cues)
    qtbot.addWidget(view)
    spoken: list[str] = []
    cues.spoken.connect(spoken.append)
    announced: list[str] = []
    cues.announced.connect(announced.append)
    done: list[bool] = []
    view.done.connect(lambda: done.append(True))
    view.start(120, "Roeien, set 2")
    assert view.time_left.text() == "2:00"
    clock.now += 60
    view.countdown.tick()
    assert view.time_left.text() == "1:00"
    view.more.click()
    assert view.countdown.remaining() == 90
    clock.now += 90
    view.countdown.tick()
    assert view.is_over()
    assert not view.over_notice.isHidden() and view.status.isHidden()  # seen, not only heard
    assert spoken == [view.over_notice.text()]
    assert announced == [view.over_notice.text()]  # screen readers hear it too
    assert done == []  # the person decides when to go on
    view.go_on.click()
    assert done == [True]


def test_speech_can_be_switched_off(qtbot: QtBot) -> None:
    """With speech off nothing is said, and the cue still happens on screen."""
    cues = Cues("mock")
    cues.set_speech_enabled(False)
    spoken: list[str] = []
    cues.spoken.connect(spoken.append)
    cues.cue("Klaar")
    assert spoken == []


def test_no_engine_means_silence_not_failure(qtbot: QtBot) -> None:
    """An engine that does not exist leaves the app working, silently."""
    cues = Cues("no-such-engine")
    cues.cue("Klaar")
    assert not cues.speech_available()


def test_the_voice_speaks_at_the_chosen_speed(qtbot: QtBot) -> None:
    """A speed chosen before or after the engine loads is the one it speaks at."""
    cues = Cues("mock")
    cues.set_rate(-0.35)
    assert cues.speech_available()
    assert cues._speech is not None and abs(cues._speech.rate() - -0.35) < 0.01
    cues.set_rate(5.0)  # out of range: held to the fastest
    assert abs(cues._speech.rate() - 1.0) < 0.01
