"""The example: opened beside the real program, marked on every screen, and never mixed in."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.autostart import launch_command
from sterkblijven.cli import parse_arguments
from sterkblijven.instance import SingleInstance
from sterkblijven.paths import LOCK_NAME
from sterkblijven.services.catalogue import load_catalogue
from sterkblijven.services.example import FOLDER_PREFIX, ExampleFolder, fill_example
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from sterkblijven.ui.common.example import ExampleStarter
from tests.conftest import NOW
from tests.locks import data_in_use
from tests.ui.conftest import new_data_folder

START_SECONDS = 120


class Spawns:
    """Takes the place of starting a process: keeps each command instead."""

    def __init__(self) -> None:
        self.commands: list[list[str]] = []

    def __call__(self, program: str, arguments: list[str]) -> bool:
        """Keep the command; say it started."""
        self.commands.append([program, *arguments])
        return True


# Real processes


def child_environment(home: Path, temporary: Path) -> dict[str, str]:
    """Return the environment of a program run in a home and temporary folder of the test's."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_RUNTIME_DIR": "",
        "TMPDIR": str(temporary),
    }


def run_program(
    arguments: list[str], environment: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """Run the program as ``python -m sterkblijven`` and return how it ended."""
    return subprocess.run(
        [sys.executable, "-m", "sterkblijven", *arguments],
        env=environment,
        capture_output=True,
        text=True,
        timeout=START_SECONDS,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Return every file under ``folder`` with its bytes and modification time."""
    return {
        str(path.relative_to(folder)): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def examples_in(temporary: Path) -> list[Path]:
    """Return the example folders in a temporary folder."""
    return sorted(path for path in temporary.iterdir() if path.name.startswith(FOLDER_PREFIX))


@pytest.fixture
def home_with_real_data(tmp_path: Path) -> Iterator[tuple[Path, Path, dict[str, str]]]:
    """Return a home with real data and settings in it, a temporary folder, and the environment."""
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    environment = child_environment(home, temporary)
    started = run_program(["--lang", "nl", "--exit-after-first-paint"], environment)
    assert started.returncode == 0, started.stderr
    settings = home / ".config" / "sterkblijven" / "sterkblijven.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[display]\ntext_scale=150\n", encoding="utf-8")
    assert (home / ".local" / "share" / "sterkblijven" / "sterkblijven.sqlite3").is_file()
    yield home, temporary, environment


def test_the_example_leaves_real_data_and_settings_untouched_and_goes(
    home_with_real_data: tuple[Path, Path, dict[str, str]],
) -> None:
    """Started as a program, the example runs, closes, and leaves no file changed or behind."""
    home, temporary, environment = home_with_real_data
    before = snapshot(home)
    ran = run_program(["--example", "--lang", "en", "--exit-when-settled"], environment)
    assert ran.returncode == 0, ran.stderr
    assert snapshot(home) == before
    assert examples_in(temporary) == []


def test_the_example_opens_while_the_real_program_holds_its_data(
    qapp: QApplication, home_with_real_data: tuple[Path, Path, dict[str, str]]
) -> None:
    """The real program's folder lock and window are no reason for the example not to open."""
    home, _temporary, environment = home_with_real_data
    real = SingleInstance(home / ".local" / "share" / "sterkblijven")
    assert real.acquire(listen=False)
    try:
        ran = run_program(["--example", "--lang", "en", "--exit-after-first-paint"], environment)
    finally:
        real.release()
    assert ran.returncode == 0, ran.stderr
    assert "already open" not in ran.stdout


def test_two_examples_at_once_and_one_left_by_a_crash(tmp_path: Path) -> None:
    """A second example opens beside a running one; a crashed one's folder goes at its start."""
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temporary.mkdir()
    environment = child_environment(home, temporary)
    running = ExampleFolder.make(temporary)  # held here, as a running example holds its folder
    # What a killed example leaves: its folder with a lock file that nobody holds any more.
    crashed = temporary / f"{FOLDER_PREFIX}crashed"
    crashed.mkdir()
    (crashed / LOCK_NAME).write_text("", encoding="utf-8")
    try:
        second = run_program(["--example", "--lang", "en", "--exit-after-first-paint"], environment)
        assert second.returncode == 0, second.stderr
        assert examples_in(temporary) == [running.root]
        assert data_in_use(running.root)
    finally:
        running.remove()
    assert examples_in(temporary) == []


def test_an_example_that_cannot_be_made_is_told_in_plain_words(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No temporary folder to make it in: a message saying the own data was not touched."""
    import tempfile

    from sterkblijven import app

    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setattr(tempfile, "tempdir", str(not_a_folder))
    told: list[str] = []
    monkeypatch.setattr(app, "tell", lambda _app, _language, text: told.append(text()))
    assert app.run_example(parse_arguments(["--example", "--lang", "en"])) == 1
    assert len(told) == 1 and "Your own data was not touched" in told[0]


# The window


@pytest.fixture
def example_context(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> Iterator[tuple[AppContext, ExampleFolder]]:
    """Return the example's window on a filled example folder."""
    folder = ExampleFolder.make(tmp_path)
    fill_example(folder, load_catalogue(), name="Gerrit (example)", now=NOW)
    problems: list[str] = []
    built = build(
        make_qt_app([]),
        folder.root,
        computer=QtComputerSettings.in_file(folder.root / "this-computer.ini"),
        language="en",
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",
        folder_checked=True,
        in_example=True,
    )
    assert built is not None, problems
    built.window.resize(1366, 768)
    built.window.start()
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built, folder
    built.close()
    folder.remove()
    assert problems == []


def test_the_example_window_shows_the_example_person_with_a_banner(
    example_context: tuple[AppContext, ExampleFolder], qtbot: QtBot
) -> None:
    """Home greets the example person; the banner and title say it is an example."""
    context, _folder = example_context
    window = context.window
    assert window.banner is not None and window.banner.isVisible()
    assert "nothing here is kept" in window.banner.text.text()
    assert window.windowTitle().startswith("Example")
    overview = window.pages.home.overview()
    assert overview is not None and overview.trainee.name == "Gerrit (example)"
    assert overview.last_session is not None


def test_the_banner_stays_in_place_on_every_page(
    example_context: tuple[AppContext, ExampleFolder], qtbot: QtBot
) -> None:
    """Home, progress and the carer part: the banner is there, at the same place and size."""
    context, _folder = example_context
    window = context.window
    assert window.banner is not None
    places = []
    for show in (window.show_home, window.show_progress, window.open_carer, window.show_home):
        show()
        QApplication.processEvents()
        places.append(window.banner.geometry())
        assert window.banner.isVisible()
        assert window.stack.geometry().top() >= window.banner.geometry().bottom()
    assert len(set(map(tuple, (p.getRect() for p in places)))) == 1


def test_the_example_reminds_of_nothing_and_keeps_no_backups(
    example_context: tuple[AppContext, ExampleFolder], qtbot: QtBot
) -> None:
    """Once loaded, the example starts no reminder timer and makes no backups."""
    context, folder = example_context
    window = context.window
    qtbot.waitUntil(lambda: context.loader.loaded(), timeout=30_000)
    QApplication.processEvents()
    assert not window.reminders.started and not window.reminders.timer.isActive()
    assert window.background.thread is None
    assert not folder.paths.backups.exists() or not any(folder.paths.backups.iterdir())


def test_the_example_needs_no_pin_and_offers_no_example_in_itself(
    example_context: tuple[AppContext, ExampleFolder],
) -> None:
    """The carer part opens at once; its example button is not shown inside the example."""
    context, _folder = example_context
    window = context.window
    window.open_carer()
    assert window.stack.currentWidget() is window.pages.carer
    assert not window.pages.carer.example.isVisibleTo(window.pages.carer)


def test_closing_the_banner_closes_the_window(
    example_context: tuple[AppContext, ExampleFolder], qtbot: QtBot
) -> None:
    """The banner's close button closes the example's window."""
    context, _folder = example_context
    window = context.window
    assert window.banner is not None
    window.banner.close_button.click()
    assert not window.isVisible()


# The buttons that open it


@pytest.fixture
def spawns() -> Spawns:
    """Return the stand-in for starting the example's process."""
    return Spawns()


@pytest.fixture
def real_context(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sqlite_template: Path, spawns: Spawns
) -> Iterator[AppContext]:
    """Return the real program on a new data folder, with the example's start captured."""
    problems: list[str] = []
    built = build(
        make_qt_app([]),
        new_data_folder(tmp_path / "data", sqlite_template),
        computer=QtComputerSettings.in_file(tmp_path / "computer.ini"),
        language="nl",
        report=problems.append,
        clock=lambda: NOW,
        speech_engine="mock",
        example=ExampleStarter(["/opt/python", "-m", "sterkblijven"], spawns),
    )
    assert built is not None, problems
    built.window.resize(1366, 768)
    built.window.start()
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    built.close()
    assert problems == []


def test_the_welcome_step_opens_the_example_in_the_chosen_language(
    real_context: AppContext, spawns: Spawns
) -> None:
    """The welcome step's button starts the program with --example and the language in force."""
    window = real_context.window
    assert window.wizard is not None and window.banner is None
    window.wizard.language_step.english.click()
    button = window.wizard.language_step.example
    assert button.isVisible()
    button.click()
    assert spawns.commands == [["/opt/python", "-m", "sterkblijven", "--example", "--lang", "en"]]


def test_the_carer_part_opens_the_example(real_context: AppContext, spawns: Spawns) -> None:
    """The data card's button starts the example too, and only that."""
    window = real_context.window
    window.show_carer_page()
    button = window.pages.carer.example
    assert button.isVisibleTo(window.pages.carer)
    button.click()
    assert spawns.commands == [["/opt/python", "-m", "sterkblijven", "--example", "--lang", "nl"]]


def test_adding_a_person_does_not_offer_the_example(real_context: AppContext) -> None:
    """The questions for another person leave the example to the carer part."""
    window = real_context.window
    window.on_add_trainee()
    assert window.wizard is not None
    assert not window.wizard.language_step.example.isVisibleTo(window.wizard)


def test_a_failed_start_is_told_and_nothing_else_happens(
    real_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the example cannot be started, a plain message says so."""
    told: list[str] = []
    window = real_context.window
    monkeypatch.setattr(window.problems, "not_possible", told.append)
    window._example = ExampleStarter(["/nowhere"], lambda _program, _arguments: False)
    window.open_example()
    assert told == [window.tr("The example could not be opened. Please try again.")]


def test_the_frozen_program_starts_itself_as_the_example(
    monkeypatch: pytest.MonkeyPatch, spawns: Spawns
) -> None:
    """In the installed bundle the program is its own executable, without "-m sterkblijven"."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/Applications/sterkblijven.app/sterkblijven")
    ExampleStarter(launch_command(), spawns).open("nl")
    assert spawns.commands == [
        ["/Applications/sterkblijven.app/sterkblijven", "--example", "--lang", "nl"]
    ]


def test_the_source_run_starts_python_with_the_package(
    monkeypatch: pytest.MonkeyPatch, spawns: Spawns
) -> None:
    """Run from the sources, the example is Python running the package again."""
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", "/usr/bin/python3")
    ExampleStarter(launch_command(), spawns).open("en")
    assert spawns.commands == [
        ["/usr/bin/python3", "-m", "sterkblijven", "--example", "--lang", "en"]
    ]


@pytest.mark.parametrize(
    "others",
    [["--data-dir", "x"], ["--database-url", "sqlite://"], ["--self-test"], ["--reset-pin"]],
)
def test_the_example_takes_no_other_data(others: list[str]) -> None:
    """--example makes a folder of its own: options that name data are refused with it."""
    with pytest.raises(SystemExit) as refused:
        parse_arguments(["--example", *others])
    assert refused.value.code == 2
