"""Guards against known platform failures, and the command line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sterkblijven import __version__
from sterkblijven.cli import parse_arguments

LEAK_PROBE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

class Emitter(QObject):
    fired = Signal(bool)

app = QApplication([])
label = QLabel()
emitter = Emitter()
received = []
emitter.fired.connect(received.append)
for index in range(5000):
    emitter.fired.emit(True)
    label.setText(str(index))
    app.processEvents()
print(len(received))
"""


def test_signals_and_none_returning_calls_do_not_leak_references() -> None:
    """Thousands of emits and None-returning calls run clean (PySide6 6.12 on 3.11 aborts)."""
    result = subprocess.run(
        [sys.executable, "-c", LEAK_PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "5000"


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the program name and version and exits 0."""
    with pytest.raises(SystemExit) as caught:
        parse_arguments(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"sterkblijven {__version__}"


def test_options_are_read(tmp_path: object) -> None:
    """The data folder, language and self-test options are understood."""
    options = parse_arguments(["--data-dir", "/tmp/x", "--lang", "en", "--self-test"])
    assert str(options.data_dir) == "/tmp/x" and options.lang == "en" and options.self_test


@pytest.mark.parametrize("argv", [["--lang", "fr"], ["--screenshots", "/tmp/x"], ["--unknown"]])
def test_wrong_options_exit_with_a_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown language, screenshots without self-test and unknown options are refused."""
    with pytest.raises(SystemExit) as caught:
        parse_arguments(argv)
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err
