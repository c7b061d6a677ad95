"""A machine without sound or voice starts quietly: the log says so once, the terminal nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sterkblijven.diagnostics import LOG_NAME, about_machine

PULSE = "PulseAudioService: pa_context_connect() failed"
SPEECH = 'Error loading text-to-speech plug-in "speechd"'
EFFECT = "QSoundEffect: playback of this format is not supported on the selected audio device"

# The app is started as on a desktop; the sound and voice messages Qt gives on a machine
# without them are raised on purpose too, so the test holds on a machine that has sound.
SCRIPT = f"""
import sys
from pathlib import Path
from PySide6.QtCore import qCritical, qWarning
from sterkblijven.app import build, make_qt_app
from sterkblijven.paths import DataPaths
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.files import FileChooser
from sterkblijven.ui.shell.crash import install_crash_handling
app = make_qt_app(sys.argv[:1])
context = build(app, Path(sys.argv[1]), report=print)
handling = install_crash_handling(app, DataPaths(Path(sys.argv[1])), FileChooser(), lambda: None)
context.window.start(); context.window.show(); app.processEvents()
cues = Cues()
cues.speech_available()
cues.cue("De rust is voorbij")
for _ in range(2):
    qWarning({PULSE!r})
    qCritical({SPEECH!r})
    qWarning({EFFECT!r})
qWarning("a warning that is about the app itself")
app.processEvents()
handling.uninstall()
context.close()
"""


def test_no_sound_device_or_voice_says_nothing_in_the_terminal(tmp_path: Path) -> None:
    """Sound and speech messages stay out of the terminal and are noted once in the log."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
        env=environment,
        timeout=120,
    )
    for message in (PULSE, SPEECH, EFFECT, "pa_context", "text-to-speech", "QSoundEffect"):
        assert message not in result.stderr
    assert "a warning that is about the app itself" in result.stderr
    log = (tmp_path / "logs" / LOG_NAME).read_text(encoding="utf-8")
    for message in (PULSE, SPEECH, EFFECT):
        assert log.count(message) == 1


def test_sound_and_speech_messages_are_told_apart_from_others() -> None:
    """Only the messages of a machine without sound or voice count as about the machine."""
    assert about_machine(PULSE)
    assert about_machine(SPEECH)
    assert about_machine(EFFECT)
    assert not about_machine("QWidget::setLayout: Attempting to set QLayout")
