"""Every main screen and dialog at one text size, theme and language."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sterkblijven.domain.preferences import Preferences
from sterkblijven.selftest.carer import walk_carer_views
from sterkblijven.selftest.person import (
    walk_checkin_views,
    walk_fitness_views,
    walk_session_views,
)
from sterkblijven.selftest.walk import Walk

if TYPE_CHECKING:
    from sterkblijven.ui.shell.main_window import MainWindow


def walk_variant(walk: Walk, window: MainWindow, preferences: Preferences) -> None:
    """Render the main screens at one text size, theme and language."""
    from sterkblijven.ui.first_run.wizard import FirstRunWizard

    window.on_preferences_changed(preferences)
    walk.app.processEvents()  # deliver LanguageChange before rendering
    wizard = FirstRunWizard(lambda name, year: (name, year), preferences.language)
    wizard.resize(window.size())
    wizard.show()
    # Follow-ups open, the joints among them, and an answer that shows the advice step.
    wizard.readiness_step.answer_buttons("bones_joints")[0].click()
    wizard.readiness_step.answer_buttons("supervised")[0].click()
    for index, step in enumerate(wizard.visible_steps()):
        wizard.show_step(index)
        walk.render(f"wizard-{index + 1}-{type(step).__name__}", wizard)
    wizard.close()
    wizard.deleteLater()
    walk_adding_someone(walk, window, preferences)
    window.show_home()
    walk.render("home", window)
    walk_checkin_views(walk, window)
    window.show_catalogue()
    walk.render("catalogue", window)
    window.pages.catalogue.tile_buttons()[0].click()
    walk.render("exercise", window)
    window.pages.exercise.back.click()
    dialog = window.open_settings()
    walk.render("settings", dialog)
    dialog.close_button.click()
    walk_health_check_again(walk, window)
    walk_recovery(walk, window)
    walk_crash(walk, window)
    walk_session_views(walk, window)
    walk_fitness_views(walk, window)
    walk_carer_views(walk, window)


def walk_adding_someone(walk: Walk, window: MainWindow, preferences: Preferences) -> None:
    """Render the choice, when someone is added, to copy the equipment of someone here."""
    from sterkblijven.domain.bands import theraband_ladder
    from sterkblijven.domain.model import Equipment
    from sterkblijven.ui.first_run.wizard import FirstRunWizard

    sources = [
        ("Self Test", Equipment((1.0, 2.0, 3.0), theraband_ladder()[:4])),
        ("Tweede Persoon", Equipment()),
    ]
    wizard = FirstRunWizard(
        lambda name, year: (name, year),
        preferences.language,
        cancellable=True,
        equipment_sources=sources,
    )
    wizard.resize(window.size())
    wizard.show()
    steps = wizard.visible_steps()
    wizard.show_step(steps.index(wizard.equipment_source_step))
    walk.render("wizard-adding-same-equipment", wizard)
    wizard.close()
    wizard.deleteLater()


def walk_health_check_again(walk: Walk, window: MainWindow) -> None:
    """Render the health questions asked again from home, with the GP advice under them."""
    from sterkblijven.domain.readiness import Recheck
    from sterkblijven.ui.common.readiness_dialog import ReadinessDialog

    dialog = ReadinessDialog(Recheck.HOSPITAL, lambda _yes, _confirmed: False, window)
    dialog.form.answer_buttons("bones_joints")[0].click()  # its follow-ups and the joints
    dialog.form.answer_buttons("supervised")[0].click()  # so the advice shows
    dialog.show()
    walk.render("health-check-again", dialog)
    dialog.close()
    dialog.deleteLater()


def walk_recovery(walk: Walk, window: MainWindow) -> None:
    """Render the way out offered when the data cannot be opened at start."""
    from sterkblijven.domain.backups import BackupKind
    from sterkblijven.services.backups import BackupInfo
    from sterkblijven.ui.shell.recovery_dialog import RecoveryDialog

    kinds = (BackupKind.AFTER_SESSION, BackupKind.DAILY, BackupKind.WEEKLY)
    backups = [
        BackupInfo(Path(f"backup-{day}.sqlite3"), kind, datetime(2026, 11, 21 - day, 9, 15), 1)
        for day, kind in enumerate(kinds)
    ]
    # Damaged data, and data that is gone (its own title and fresh-start words).
    for code, screen in (("damaged", "recovery"), ("missing", "recovery-missing")):
        dialog = RecoveryDialog(code, backups, window)
        dialog.resize(window.size())
        dialog.show()
        walk.render(screen, dialog)
        dialog.close()
        dialog.deleteLater()


def walk_crash(walk: Walk, window: MainWindow) -> None:
    """Render the calm message after an unexpected error, before and after saving the file."""
    from sterkblijven.ui.shell.crash import CrashDialog

    assert walk.files is not None

    def write_bundle(path: Path) -> None:
        path.write_bytes(b"PK")  # the dialog's part is asking and telling; diagnostics writes

    dialog = CrashDialog(walk.files, write_bundle, window)
    dialog.resize(window.size())
    dialog.show()
    walk.render("crash", dialog)
    dialog.save.click()
    walk.render("crash-saved", dialog)
    dialog.close()
    dialog.deleteLater()
