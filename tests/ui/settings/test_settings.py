"""Settings: the voice's speed is kept, and 'Test the voice' says something or says why not."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.domain.preferences import Preferences
from sterkblijven.ui.settings.dialog import SettingsDialog
from tests.ui.flows import complete_wizard


def test_speech_rate_is_stored_and_read_back_leniently() -> None:
    """The chosen speed survives a round trip; an unknown stored value falls back to normal."""
    chosen = Preferences(speech_rate="slow")
    assert Preferences.from_settings(chosen.to_settings()).speech_rate == "slow"
    broken = {**chosen.to_settings(), "speech_rate": "warp"}
    assert Preferences.from_settings(broken).speech_rate == "normal"
    assert Preferences(speech_rate="slow").speech_rate_value < 0


def test_testing_the_voice_says_the_sample_and_shows_it(context: AppContext) -> None:
    """With an engine, the sample is spoken at the chosen speed and written on screen."""
    window = context.window
    complete_wizard(window)
    dialog = window.open_settings()
    spoken: list[str] = []
    window._parts.cues.spoken.connect(spoken.append)
    dialog.rates["slow"].click()
    assert window.preferences().speech_rate == "slow"
    dialog.test_voice.click()
    assert len(spoken) == 1
    assert dialog.voice_result.isVisible() and spoken[0] in dialog.voice_result.text()
    dialog.close_button.click()


def test_without_a_voice_the_settings_say_so_in_plain_words(qtbot: QtBot) -> None:
    """No speech engine: the button explains that the screen and tone show everything."""
    dialog = SettingsDialog(dataclasses.replace(Preferences()), None, lambda _sentence: False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.test_voice.click()
    assert dialog.voice_result.isVisible()
    assert "tone" in dialog.voice_result.text() or "toon" in dialog.voice_result.text()


def test_the_systems_high_contrast_is_followed_until_a_choice_is_made() -> None:
    """Without a stored choice the system's high contrast is used; a stored choice wins."""
    assert Preferences.from_settings({}, system_high_contrast=True).high_contrast
    assert not Preferences.from_settings({}, system_high_contrast=False).high_contrast
    chosen = Preferences(high_contrast=False).to_settings()
    assert not Preferences.from_settings(chosen, system_high_contrast=True).high_contrast
