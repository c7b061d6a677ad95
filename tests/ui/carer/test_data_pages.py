"""The carer's data page (backups, files), the papers of a person, and reminders."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sterkblijven.app import AppContext
from sterkblijven.autostart import Autostart
from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.services.exchange import Conflict
from sterkblijven.services.home import Home
from sterkblijven.services.setup import Setup
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage.database import make_engine, sqlite_url, upgrade
from sterkblijven.ui.common.files import PresetFiles, with_suffix_of
from sterkblijven.ui.common.widgets import BigButton, ChoiceButton
from sterkblijven.ui.settings.dialog import SettingsDialog
from sterkblijven.ui.shell.main_window import MainWindow
from tests.conftest import NOW
from tests.ui.flows import complete_wizard


def names(context: AppContext) -> list[str]:
    """Return the names of everyone who trains here."""
    return [t.name for t in Home(context.database, lambda: NOW).trainees()]


def open_data_page(window: MainWindow) -> None:
    """Open the carer part and its data page."""
    window.open_carer()
    window.pages.carer.data_button.click()
    assert window.stack.currentWidget() is window.pages.data


def wait_for_work(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the data page's saving or reading in beside the window has ended."""
    qtbot.waitUntil(lambda: not window.pages.data.busy, timeout=20_000)


def buttons_named(window: MainWindow, text: str) -> list[BigButton]:
    """Return the visible buttons on the current page with this text."""
    QApplication.processEvents()  # a layout shows the widgets added to it on the next events
    page = window.stack.currentWidget()
    return [b for b in page.findChildren(BigButton) if b.text() == text and b.isVisibleTo(page)]


def test_a_backup_made_now_can_be_put_back_after_asking(context: AppContext) -> None:
    """Make a backup, change a name, put the backup back: the name returns, a copy is kept."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    page = window.pages.data
    page.backup_now.click()
    assert page.result.isVisibleTo(page) and "back-up" in page.result.text()
    Trainees(context.database, context.backups, lambda: NOW).rename(1, "Anders")
    page.open()
    listed = buttons_named(window, "Zet deze back-up terug")
    assert len(listed) == len(page.listed()), "every listed backup has its own button"
    manual = next(b for b in page.listed() if b.kind is BackupKind.MANUAL)
    page.ask_restore(manual.path)
    assert names(context) == ["Anders"]  # nothing changes before the yes
    no = buttons_named(window, "Nee, laat de gegevens zoals ze zijn")
    assert len(no) == 1
    no[0].click()
    page.ask_restore(manual.path)
    buttons_named(window, "Ja, zet hem terug")[0].click()
    assert names(context) == ["Riet"]
    assert "kopie" in page.result.text()
    assert any(p.name.startswith("before-restore-") for p in context.database_backups())
    page.back.click()
    assert window.stack.currentWidget() is window.pages.carer


def test_a_damaged_backup_from_elsewhere_is_refused_in_plain_words(
    context: AppContext, files: PresetFiles, tmp_path: Path
) -> None:
    """Choosing a broken file to put back says so and changes nothing."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"no database here" * 200)
    files.open_path = broken
    window.pages.data.other_backup.click()
    assert window.pages.data.error.isVisibleTo(window.pages.data)
    assert "Er is niets veranderd." in window.pages.data.error.text()
    assert names(context) == ["Riet"]


def test_export_then_import_asks_about_someone_already_here(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """Saving everything and reading it back asks what to do with Riet; keep both adds one."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    page = window.pages.data
    page.export_json.click()
    wait_for_work(qtbot, window)
    saved = sorted(files.folder.glob("*.json"))
    assert len(saved) == 1
    assert str(saved[0]) in page.result.text().replace("\u200b", "")  # may wrap at each "/"
    files.open_path = saved[0]
    page.import_file.click()
    wait_for_work(qtbot, window)
    confirm = buttons_named(window, "Lees het in")
    assert len(confirm) == 1
    confirm[0].click()
    assert "Kies" in page.error.text()  # no choice made yet for Riet
    assert names(context) == ["Riet"]
    choice = next(
        b
        for b in page.findChildren(ChoiceButton)
        if b.property("conflict") == Conflict.KEEP_BOTH.value
    )
    choice.click()
    buttons_named(window, "Lees het in")[0].click()
    wait_for_work(qtbot, window)
    assert len(names(context)) == 2
    assert not page.error.isVisibleTo(page)


def test_tables_for_a_spreadsheet_are_saved_in_a_folder(
    context: AppContext, files: PresetFiles, qtbot: QtBot
) -> None:
    """The CSV export writes the tables into a dated folder and says where."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    window.pages.data.export_csv.click()
    wait_for_work(qtbot, window)
    folders = [p for p in files.folder.iterdir() if p.is_dir()]
    assert len(folders) == 1
    assert (folders[0] / "sessions.csv").exists() and (folders[0] / "tests.csv").exists()


def test_a_wrong_file_to_read_in_changes_nothing(
    context: AppContext, files: PresetFiles, tmp_path: Path, qtbot: QtBot
) -> None:
    """A file that is not an export is refused with a reason; nobody is added."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    wrong = tmp_path / "letter.json"
    wrong.write_text('{"dear": "doctor"}', encoding="utf-8")
    files.open_path = wrong
    window.pages.data.import_file.click()
    wait_for_work(qtbot, window)
    assert "niet door sterkblijven" in window.pages.data.error.text()
    assert names(context) == ["Riet"]
    assert not buttons_named(window, "Lees het in")


def test_cancelled_file_questions_do_nothing(context: AppContext, files: PresetFiles) -> None:
    """Cancelling the file dialog leaves the page as it was, without a message."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    files.cancel = True
    for button in (window.pages.data.export_json, window.pages.data.import_file):
        button.click()
    assert not window.pages.data.result.isVisibleTo(window.pages.data)
    assert not window.pages.data.error.isVisibleTo(window.pages.data)
    assert list(files.folder.iterdir()) == []


def pdf_text(path: Path) -> tuple[int, str]:
    """Return the page count and all text of a PDF."""
    document = QPdfDocument()
    document.load(str(path))
    count = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(count))
    document.close()
    return count, text


def test_the_report_card_and_calendar_are_saved_for_one_person(
    context: AppContext, files: PresetFiles
) -> None:
    """From the carer part: the report and the card as PDF, printed, and the .ics file."""
    window = context.window
    complete_wizard(window)
    window.open_carer()
    buttons_named(window, "Verslag, oefenkaart en agenda")[0].click()
    page = window.pages.papers
    assert window.stack.currentWidget() is page
    page.report_pdf.click()
    reports = sorted(files.folder.glob("verslag-Riet-*.pdf"))
    assert len(reports) == 1, sorted(files.folder.iterdir())
    pages, text = pdf_text(reports[0])
    assert pages >= 1 and "Riet" in text
    page.card_pdf.click()
    cards = sorted(files.folder.glob("oefeningen-Riet-*.pdf"))
    assert len(cards) == 1
    page.card_print.click()
    printed = sorted(files.folder.glob("printed-*.pdf"))
    assert len(printed) == 1 and pdf_text(printed[0])[0] >= 1
    page.calendar_save.click()
    calendars = sorted(files.folder.glob("*.ics"))
    assert len(calendars) == 1
    content = calendars[0].read_bytes().decode("utf-8")
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO" in content and "\r\n" in content
    assert not page.error.isVisibleTo(page)


def test_a_training_day_shows_a_note_on_home_and_aims_the_reminder(
    context: AppContext, catalogue: Catalogue
) -> None:
    """On a planned day with the session still to do, home says so; the timer aims ahead."""
    window = context.window
    complete_wizard(window)
    setup = Setup(context.database, catalogue, lambda: NOW)
    routine = setup.routine(1)
    assert routine is not None
    assert not window.pages.home.reminder.isVisibleTo(window.pages.home)  # Monday only
    setup.save_routine(1, dataclasses.replace(routine, weekdays=(NOW.weekday(), 4)))
    window.reminders.schedule()
    window.show_home()
    home = window.pages.home
    assert home.reminder.isVisibleTo(home)
    assert "trainingsdag" in home.reminder.text()
    assert "Vandaag is een trainingsdag" in home.due_text.text()
    assert window.reminders.timer.isActive() and window.reminders.timer.isSingleShot()
    # The next reminder is Friday morning; the timer looks again within the hour meanwhile.
    assert window.reminders.timer.interval() == 60 * 60 * 1000
    tray = RecordingTray()
    window.tray = tray  # type: ignore[assignment]
    window.reminders.on_time()
    assert tray.messages == ["Vandaag is een trainingsdag voor Riet."]
    window.reminders.on_time()  # an hour later: once a day is enough
    assert len(tray.messages) == 1
    assert window.reminders.timer.isActive()


class RecordingTray:
    """Stands in for the system tray and keeps the messages it was asked to show."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def show(self) -> None:
        """Show the icon (nothing to show here)."""

    def showMessage(self, _title: str, message: str, *_icon: object) -> None:
        """Keep the message."""
        self.messages.append(message)


def test_someone_waiting_for_the_gp_is_not_told_what_is_due(context: AppContext) -> None:
    """With the GP talk still to come, home shows no count of sessions still to do."""
    window = context.window
    complete_wizard(window, health_concern=True)
    home = window.pages.home
    assert home.notice.isVisibleTo(home)
    assert not home.due_text.isVisibleTo(home)
    assert not home.reminder.isVisibleTo(home)


def test_start_at_login_can_be_switched_on_and_off_in_the_settings(
    context: AppContext, tmp_path: Path
) -> None:
    """The settings add the log-in start for this user and remove it again."""
    window = context.window
    complete_wizard(window)
    autostart = Autostart(
        ["/opt/sterkblijven/sterkblijven"], system="linux", home=tmp_path, environ={}
    )
    dialog = SettingsDialog(window.preferences(), window, None, autostart)
    assert dialog.start_by_hand.isChecked() and dialog.start_at_login.isVisibleTo(dialog)
    dialog.start_at_login.click()
    assert autostart.enabled()
    assert (tmp_path / ".config" / "autostart" / "sterkblijven.desktop").exists()
    dialog.start_by_hand.click()
    assert not autostart.enabled()
    dialog.close()


def test_a_backup_that_cannot_be_put_back_leaves_everything_as_it_was(
    context: AppContext, tmp_path: Path
) -> None:
    """A restore that fails on the way says so; the question goes and Riet's data stays."""
    window = context.window
    complete_wizard(window)
    open_data_page(window)
    old = tmp_path / "old.sqlite3"
    engine = make_engine(sqlite_url(old))
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO trainees (name, birth_year, sex, created_at) "
            "VALUES ('Truus', 1940, 'female', '2025-01-01 10:00:00')"
        )
    engine.dispose()
    with sqlite3.connect(old) as db:  # a session of someone who is not in it: it cannot upgrade
        db.execute("PRAGMA foreign_keys=OFF")
        db.execute(
            "INSERT INTO sessions (trainee_id, started_at, status, note) "
            "VALUES (99, '2025-01-02 10:00:00', 'finished', '')"
        )
    page = window.pages.data
    page.ask_restore(old)
    buttons_named(window, "Ja, zet hem terug")[0].click()
    assert page.error.isVisibleTo(page)
    assert not buttons_named(window, "Ja, zet hem terug")
    assert names(context) == ["Riet"]
    window.show_home()
    assert window.stack.currentWidget() is window.pages.home


def test_a_name_typed_without_its_ending_gets_it() -> None:
    """A file named without ".pdf" in the save dialog is saved as a PDF all the same."""
    suggested = Path("verslag-Riet.pdf")
    assert with_suffix_of(Path("/home/riet/voor dokter"), suggested).name == "voor dokter.pdf"
    assert with_suffix_of(Path("/home/riet/verslag.PDF"), suggested).name == "verslag.PDF"
