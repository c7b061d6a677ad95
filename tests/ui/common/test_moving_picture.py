"""Exercise pictures move slowly between start and end, and stand still when motion is off."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from sterkblijven import resources
from sterkblijven.app import AppContext
from sterkblijven.domain.preferences import Preferences
from sterkblijven.services.preferences import PreferencesStore
from sterkblijven.storage import Database
from sterkblijven.ui.common.computer_settings import QtComputerSettings
from sterkblijven.ui.common.moving_picture import MovingPicture
from sterkblijven.ui.common.widgets import PictureView, widgets_in
from sterkblijven.ui.session.exercise import ExerciseView
from sterkblijven.ui.settings.dialog import SettingsDialog
from tests.ui.session.test_session import open_session

START = resources.picture("sit_to_stand_start.svg")
END = resources.picture("sit_to_stand_end.svg")


def moving_picture(qtbot: QtBot) -> MovingPicture:
    """Return a shown moving picture of standing up from a chair."""
    picture = MovingPicture()
    qtbot.addWidget(picture)
    assert picture.set_frames(START, END)
    picture.set_names(("Start", "End"), "Sit to stand")
    picture.show()
    return picture


def test_the_picture_alternates_on_every_tick(qtbot: QtBot) -> None:
    """The start position shows first; each timer tick shows the other position."""
    picture = moving_picture(qtbot)
    assert picture.frame() == 0 and picture.timer.isActive()
    picture.timer.timeout.emit()
    assert picture.frame() == 1
    picture.timer.timeout.emit()
    assert picture.frame() == 0


def test_the_accessible_name_follows_the_frame(qtbot: QtBot) -> None:
    """A screen reader hears which position the picture shows now."""
    picture = moving_picture(qtbot)
    assert picture.accessibleName() == "Start: Sit to stand"
    picture.timer.timeout.emit()
    assert picture.accessibleName() == "End: Sit to stand"


def test_a_hidden_picture_wakes_nothing_up(qtbot: QtBot) -> None:
    """The timer runs only while the picture is on screen."""
    picture = moving_picture(qtbot)
    picture.hide()
    assert not picture.timer.isActive()


def exercise_view(context: AppContext) -> ExerciseView:
    """Open a session past the warm-up and return its exercise screen."""
    page = open_session(context)
    page.warmup.finish.click()
    return page.exercise


def test_with_motion_on_the_exercise_shows_one_moving_picture(context: AppContext) -> None:
    """By default the exercise screen shows one picture that moves between the positions."""
    view = exercise_view(context)
    shown = [w for w in widgets_in(view.pictures) if isinstance(w, PictureView)]
    assert len(shown) == 1 and isinstance(shown[0], MovingPicture)
    assert shown[0].frame() == 0  # screenshots see the start until the timer ticks
    shown[0].timer.timeout.emit()
    assert shown[0].frame() == 1
    assert shown[0].accessibleName().startswith("Eindhouding")


def test_with_motion_off_the_pictures_never_change(context: AppContext) -> None:
    """Motion off: the start and end positions stand still side by side, as before."""
    window = context.window
    view = exercise_view(context)
    window.on_preferences_changed(dataclasses.replace(window.preferences(), motion=False))
    shown = [w for w in widgets_in(view.pictures) if isinstance(w, PictureView)]
    assert len(shown) == 2
    assert not any(isinstance(w, MovingPicture) for w in shown)
    names = [w.accessibleName() for w in shown]
    assert names[0].startswith("Beginhouding") and names[1].startswith("Eindhouding")
    window.on_preferences_changed(dataclasses.replace(window.preferences(), motion=True))
    shown = [w for w in widgets_in(view.pictures) if isinstance(w, PictureView)]
    assert len(shown) == 1 and isinstance(shown[0], MovingPicture)


def test_the_motion_preference_is_saved_and_loaded(
    database: Database, computer_settings: QtComputerSettings
) -> None:
    """Motion off survives a round trip; older stored preferences load with motion on."""
    store = PreferencesStore(database, computer_settings)
    assert store.load().motion
    store.save(Preferences(motion=False))
    assert not store.load().motion
    assert Preferences.from_settings({"language": "nl", "text_scale": "150"}).motion


def test_settings_offer_motion_in_pictures(qtbot: QtBot) -> None:
    """Settings have an On and Off choice for motion in pictures, and report the change."""
    dialog = SettingsDialog(Preferences(), None, lambda _sentence: False)
    qtbot.addWidget(dialog)
    changed: list[Preferences] = []
    dialog.preferences_changed.connect(changed.append)
    assert dialog.motion_on.isChecked() and not dialog.motion_off.isChecked()
    dialog.motion_off.click()
    assert changed and not changed[-1].motion
    assert dialog.motion_off.accessibleName()
