"""The steps of each test come from the shipped protocols, in the language the app speaks."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven import resources
from sterkblijven.app import AppContext, build, make_qt_app
from sterkblijven.domain.fitness import TESTS
from sterkblijven.services.catalogue import load_protocols
from sterkblijven.ui.fitness.page import FitnessPage
from tests.ui.fitness.test_fitness_ui import open_tests


def numbered(steps: tuple[str, ...]) -> str:
    """Return steps as the preparation screen lists them."""
    return "\n".join(f"{number}. {step}" for number, step in enumerate(steps, start=1))


def shown_steps(page: FitnessPage, test_id: str) -> str:
    """Prepare a test from the list, return its steps as shown, and go back to the list."""
    page.choose.buttons[test_id].click()
    assert page.stack.currentWidget() is page.prepare
    text = page.prepare.steps.text()
    page.prepare.back.click()
    return text


def test_the_steps_are_dutch_in_dutch(context: AppContext) -> None:
    """In Dutch, every test's preparation lists the Dutch steps of its protocol."""
    page = open_tests(context)
    protocols = load_protocols()
    for test in TESTS:
        assert shown_steps(page, test.id) == numbered(protocols.steps(test.id, "nl")), test.id
    assert shown_steps(page, "chair_stand_30s").startswith("1. Ga midden op de stoel zitten")


def test_the_steps_are_english_in_english(context: AppContext, qtbot: QtBot) -> None:
    """Switched to English, the steps shown change with it, also on the screen already open."""
    window = context.window
    page = open_tests(context)
    protocols = load_protocols()
    page.choose.buttons["timed_up_and_go"].click()
    window.on_preferences_changed(dataclasses.replace(window.preferences(), language="en"))
    english = numbered(protocols.steps("timed_up_and_go", "en"))
    qtbot.waitUntil(lambda: page.prepare.steps.text() == english)
    assert english.startswith("1. Sit with your back against the back of the chair")
    page.prepare.back.click()
    for test in TESTS:
        assert shown_steps(page, test.id) == numbered(protocols.steps(test.id, "en")), test.id


def test_a_broken_protocol_stops_the_start(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged protocol file stops the start with its file and field named, as the catalogue."""
    files = resources.protocol_files()
    name, content = files[0]
    broken = content.replace(b"steps = [", b"steps = [\n    '',", 1)
    monkeypatch.setattr(resources, "protocol_files", lambda: [(name, broken), *files[1:]])
    problems: list[str] = []
    context = build(make_qt_app([]), tmp_path, language="nl", report=problems.append)
    assert context is None
    assert f"assets/protocols/{name}" in problems[0] and "nl.steps[0]" in problems[0]
