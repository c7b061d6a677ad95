"""`sterkblijven --reset-pin`: it removes a forgotten PIN and says so in Dutch, or in English."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from sterkblijven.cli import parse_arguments
from sterkblijven.commands import reset_pin
from sterkblijven.paths import DataPaths
from sterkblijven.words import pin_reset
from tests.test_commands import data_dir, has_pin, set_pin

__all__ = ["data_dir"]  # the fixture, shared with the other commands' tests


def reset(data_dir: Path, *language: str) -> int:
    """Run --reset-pin on a data folder, in the language given (none: the default)."""
    return reset_pin(parse_arguments(["--data-dir", str(data_dir), *language, "--reset-pin"]))


class Marked(QTranslator):
    """A translation that marks every text of the command, standing in for its Dutch."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Return the text marked, for the command's own texts."""
        return f"NL: {source}" if context == "ResetPin" else ""


def test_in_english_when_asked(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """With --lang en the command says in English that the PIN is gone, or that there was none."""
    set_pin(data_dir, "2468")
    assert reset(data_dir, "--lang", "en") == 0
    assert capsys.readouterr().out.startswith("The carer PIN is removed.")
    assert not has_pin(data_dir)
    assert reset(data_dir, "--lang", "en") == 0
    assert capsys.readouterr().out == "There was no carer PIN, so nothing was changed.\n"


def test_in_dutch_by_default(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --lang the command's lines come from the Dutch translation, not the English."""
    asked: list[str] = []

    def load(language: str) -> QTranslator | None:
        asked.append(language)
        return Marked() if language == "nl" else None

    monkeypatch.setattr(pin_reset, "load_translator", load)
    set_pin(data_dir, "2468")
    assert reset(data_dir) == 0
    assert capsys.readouterr().out.startswith("NL: The carer PIN is removed.")
    assert asked == ["nl"]
    assert reset(data_dir, "--lang", "en") == 0
    assert capsys.readouterr().out.startswith("There was no carer PIN")


def test_a_reason_is_told_in_dutch_by_default(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Data another program writes: the reason is the app's own Dutch, the PIN kept."""
    set_pin(data_dir, "2468")
    other = sqlite3.connect(DataPaths(data_dir).database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        assert reset(data_dir) == 1
    finally:
        other.close()
    err = capsys.readouterr().err
    assert "Een ander programma gebruikt het bestand met gegevens" in err
    assert "Traceback" not in err
    assert has_pin(data_dir)


def test_a_folder_without_data_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No data in the folder: the line names the folder and makes nothing there."""
    empty = tmp_path / "empty"
    empty.mkdir()
    assert reset(empty, "--lang", "en") == 1
    err = capsys.readouterr().err
    assert str(empty) in err and "no PIN to remove" in err
    assert not DataPaths(empty).database.exists()
