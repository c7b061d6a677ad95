"""A start that cannot go on says why in plain words and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sterkblijven import resources
from sterkblijven.app import build, make_qt_app
from sterkblijven.paths import DATABASE_NAME


def start(folder: Path) -> tuple[object, list[str]]:
    """Build the app on a folder and return the result with the problems reported."""
    problems: list[str] = []
    context = build(make_qt_app([]), folder, language="nl", report=problems.append)
    if context is not None:
        context.close()
    return context, problems


def test_damaged_database_is_explained_and_kept(qapp: QApplication, tmp_path: Path) -> None:
    """A data file that is not a database gives a plain message and stays as it was."""
    tmp_path.joinpath(DATABASE_NAME).write_bytes(b"\x00garbage" * 500)
    context, problems = start(tmp_path)
    assert context is None
    assert len(problems) == 1 and "beschadigd" in problems[0]
    assert "Traceback" not in problems[0]
    assert tmp_path.joinpath(DATABASE_NAME).read_bytes() == b"\x00garbage" * 500


def test_broken_catalogue_names_file_and_field(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged exercise file stops the start with its file and field named."""
    entries = resources.catalogue_files()
    name, content = entries[0]
    broken = content.replace(b'task = "', b'task = "flying_', 1)
    monkeypatch.setattr(resources, "catalogue_files", lambda: [(name, broken), *entries[1:]])
    context, problems = start(tmp_path)
    assert context is None
    assert f"assets/catalogue/{name}" in problems[0]
    assert "task" in problems[0]
    assert not tmp_path.joinpath(DATABASE_NAME).exists()


def test_unwritable_data_folder_is_explained(qapp: QApplication, tmp_path: Path) -> None:
    """A data folder that cannot be created gives a plain message instead of a crash."""
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    context, problems = start(blocker / "data")
    assert context is None
    assert "alleen-lezen" in problems[0] or "opgeslagen" in problems[0]
