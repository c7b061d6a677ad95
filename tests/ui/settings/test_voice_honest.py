"""'Test the voice' says honestly when no voice can speak, and what to install for one."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from sterkblijven.domain.preferences import Preferences
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.settings.dialog import SettingsDialog
from sterkblijven.ui.settings.voice import voice_install_advice


def test_an_engine_that_cannot_speak_is_no_voice(qtbot: QtBot) -> None:
    """An engine that loaded but is not ready to speak counts as no voice, and says nothing."""
    cues = Cues("mock", engine_parameters={"delayedInitialization": True})
    spoken: list[str] = []
    cues.spoken.connect(spoken.append)
    assert not cues.speech_available()
    cues.cue("De rust is voorbij")
    cues.say("Dit is de stem")
    assert spoken == []  # nothing claims to be heard when no one can hear it


def test_a_ready_engine_with_voices_is_a_voice(qtbot: QtBot) -> None:
    """An engine that is ready and has voices speaks."""
    cues = Cues("mock")
    spoken: list[str] = []
    cues.spoken.connect(spoken.append)
    assert cues.speech_available()
    cues.say("Dit is de stem")
    assert spoken == ["Dit is de stem"]


@pytest.mark.parametrize(
    ("platform", "words"),
    [
        ("win32", "Time & Language"),
        ("darwin", "Spoken Content"),
        ("linux", "speech-dispatcher"),
    ],
)
def test_the_advice_names_what_to_install_on_each_system(platform: str, words: str) -> None:
    """Windows, macOS and Linux each get the place or package that gives a voice."""
    assert words in voice_install_advice(platform)


def test_without_a_voice_the_dialog_never_says_you_hear(qtbot: QtBot) -> None:
    """No voice: no 'You hear', but that there is none, what to install, and the tone stays."""
    dialog = SettingsDialog(dataclasses.replace(Preferences()), None, lambda _sentence: False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.test_voice.click()
    shown = dialog.voice_result.text()
    you_hear = QCoreApplication.translate("SettingsDialog", "You hear: \u201c{sentence}\u201d")
    assert you_hear.split("{")[0] not in shown
    assert voice_install_advice() in shown


@pytest.mark.parametrize("sound", [False, True])
def test_settings_say_when_no_sound_device_can_play_the_tone(qtbot: QtBot, sound: bool) -> None:
    """Without a sound device, Settings say the tone is silent and the screen shows all."""
    dialog = SettingsDialog(
        Preferences(), None, lambda _sentence: False, sound_available=lambda: sound
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_sound.isVisible() is not sound
    assert "sound device" in dialog.no_sound.text() or "geluid" in dialog.no_sound.text()
