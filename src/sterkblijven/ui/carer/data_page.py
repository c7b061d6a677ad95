"""The carer's data page: backups to put back, and saving or reading everything as a file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from sterkblijven.domain.backups import BackupKind
from sterkblijven.services.backups import BackupInfo, Backups
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.services.exchange import (
    Cancelled,
    Conflict,
    Exchange,
    ExportSummary,
    ImportPlan,
    ImportRefused,
    ImportSummary,
)
from sterkblijven.ui.carer.data_exports import Exports, Saving
from sterkblijven.ui.carer.data_questions import import_question, restore_question
from sterkblijven.ui.carer.data_work import BackgroundWork, Outcome, ProgressCard, Work
from sterkblijven.ui.common.files import FileChooser
from sterkblijven.ui.common.messages import RoomMessages
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    clear_layout,
    page_with_footer,
    whole_words,
)
from sterkblijven.words.backups import (
    backup_kind_text,
    import_problem,
    moment_text,
    restore_problem,
)
from sterkblijven.words.basics import path_text
from sterkblijven.words.problems import cannot_save_there, database_problem

# The newest backups are listed; older ones stay in the folder and can be chosen as a file.
LISTED_BACKUPS = 12


class DataPage(Retranslating, QWidget):
    """Lists the backups to put back, and saves or reads in all data as one file."""

    back_requested = Signal()
    data_replaced = Signal()  # a restore or an import changed what is stored

    def __init__(
        self,
        backups: Backups,
        exchange: Exchange,
        files: FileChooser,
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__()
        self._backups = backups
        self._exchange = exchange
        self._files = files
        self._clock = clock
        self._exports = Exports(exchange, clock)
        self._listed: list[BackupInfo] = []
        self._restoring: Path | None = None  # the backup whose restore waits for a yes
        self._plan: ImportPlan | None = None  # the file read, waiting for a yes
        self._choices: dict[int, dict[Conflict, ChoiceButton]] = {}
        self.page = ScrollPage()
        self.title = TextLabel("title")
        # What was done or refused shows under the buttons pressed, in room each card keeps;
        # saving or reading in shows its progress there too.
        self.messages = RoomMessages(3)
        self.result = self.messages.result
        self.error = self.messages.error
        # A question (put a backup back? read a file in?) stands in the card whose button
        # asked it, under that button: where the carer looks, and nothing above it moves.
        self.question: Card | None = None
        self._put_back: dict[str, BigButton] = {}  # each listed backup's button, by its path
        # Saving or reading in runs beside the window; its progress and Stop come beside the
        # button pressed.
        self._work = BackgroundWork()
        self._work.progressed.connect(self._on_progress)
        self._progress_text: Callable[[int, int], str] = lambda _done, _total: ""
        self.progress = ProgressCard()
        self.progress.hide()
        self.progress.stop_requested.connect(self.on_stop)
        # Backups
        self.backups_card = Card()
        self.backups_title = TextLabel("heading")
        self.backups_status = TextLabel()
        self.backups_warning = TextLabel("notice")
        self.backups_folder = TextLabel("muted")
        self.backup_now = BigButton()
        self.backup_list = QVBoxLayout()
        self.backup_list.setSpacing(12)
        self.other_backup = BigButton()
        for widget in (
            self.backups_title,
            self.backups_status,
            self.backups_warning,
            self.backups_folder,
        ):
            self.backups_card.content.addWidget(widget)
        self.backups_card.content.addLayout(button_row(self.backup_now))
        self.backups_room = self.messages.room()
        self.backups_card.content.addWidget(self.backups_room)
        self.backups_card.content.addLayout(self.backup_list)
        self.backups_card.content.addLayout(button_row(self.other_backup))
        self.other_backup_question = QVBoxLayout()  # a backup chosen from elsewhere is asked here
        self.backups_card.content.addLayout(self.other_backup_question)
        # Save to a file, read a file in
        self.files_card = Card()
        self.files_title = TextLabel("heading")
        self.files_text = TextLabel()
        self.export_json = BigButton()
        self.export_csv_nl = BigButton()
        self.export_csv = BigButton()
        self.fhir_text = TextLabel("muted")
        self.export_fhir = BigButton()
        self.import_file = BigButton()
        self.files_card.content.addWidget(self.files_title)
        self.files_card.content.addWidget(self.files_text)
        # The room for what was saved or read in stands above the buttons, where it is in view
        # whichever of them was pressed.
        self.files_room = self.messages.room()
        self.files_card.content.addWidget(self.files_room)
        # Saving everything and reading such a file in again are a pair, side by side.
        self.files_card.content.addLayout(button_row(self.export_json, self.import_file))
        self.import_question = QVBoxLayout()
        self.files_card.content.addLayout(self.import_question)
        self.files_card.content.addLayout(button_row(self.export_csv_nl))
        self.files_card.content.addLayout(button_row(self.export_csv))
        self.files_card.content.addWidget(self.fhir_text)
        self.files_card.content.addLayout(button_row(self.export_fhir))
        self._here = self.files_room  # the room of the card whose button was pressed last
        self.files_room.hold(self.progress)
        # Saving and reading files first: the backup list grows with every week and would
        # push them out of sight.
        sections: tuple[QWidget, ...] = (
            self.title,
            self.files_card,
            self.backups_card,
        )
        for section in sections:
            self.page.body.addWidget(section)
        self.page.body.addStretch(1)
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.back))
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.back.clicked.connect(self.back_requested)
        self.backup_now.clicked.connect(self.on_backup_now)
        self.other_backup.clicked.connect(self.on_other_backup)
        self.export_json.clicked.connect(self.on_export_json)
        self.export_csv.clicked.connect(self.on_export_csv)
        self.export_csv_nl.clicked.connect(self.on_export_csv_nl)
        self.export_fhir.clicked.connect(self.on_export_fhir)
        self.import_file.clicked.connect(self.on_import_file)

    def open(self) -> None:
        """Show the page afresh: the backups as they are now, no question pending."""
        self._restoring = None
        self._plan = None
        self._to_top()
        self._say("")
        self.error.show_message("")
        self._refresh()

    def listed(self) -> list[BackupInfo]:
        """Return the backups on the page, newest first."""
        return list(self._listed)

    def _refresh(self) -> None:
        try:
            self._listed = self._backups.available()[:LISTED_BACKUPS]
            stale = self._backups.stale()
        except OSError:
            self._listed, stale = [], False
        self._fill()
        self.backups_warning.setVisible(stale)

    # Backups

    def on_backup_now(self) -> None:
        """Write a backup now and list it."""
        self._here = self.backups_room
        ok, written = attempt(self._backups.make, self._show_error)
        if ok and written is not None:
            self._say(
                self.tr("A backup was made and checked: {moment}.").format(
                    moment=moment_text(self._clock())
                )
            )
            self._refresh()

    def on_other_backup(self) -> None:
        """Choose a backup file elsewhere, for instance on a USB stick."""
        self._here = self.backups_room
        chosen = self._files.open_file(
            self, self.tr("Choose a backup"), self.tr("Backups of sterkblijven (*.sqlite3)")
        )
        if chosen is not None:
            self.ask_restore(chosen)

    def ask_restore(self, backup: Path) -> None:
        """Ask before a backup replaces the data; nothing changes until the yes."""
        self._here = self.backups_room
        try:
            self._backups.check(backup)
        except DatabaseProblem as problem:
            self._show_error(restore_problem(problem.code))
            return
        self._restoring = backup
        self._plan = None
        self.error.show_message("")
        self._fill()

    def on_restore_confirmed(self) -> None:
        """Put the chosen backup back, after keeping a copy of the data as it is now."""
        backup = self._restoring
        if backup is None:
            return
        self._restoring = None
        try:
            self._backups.restore(backup)
        except (DatabaseProblem, OSError) as problem:
            code = problem.code if isinstance(problem, DatabaseProblem) else "not_writable"
            self._refresh()  # the question goes; the data is as it was
            self._show_error(restore_problem(code))
            return
        self.error.show_message("")
        self._say(
            self.tr(
                "The backup is back in place. A copy of the data from just before is kept, so "
                "this can be undone: in the list it says “{kind}”."
            ).format(kind=backup_kind_text(BackupKind.BEFORE_RESTORE))
        )
        self._refresh()
        self.data_replaced.emit()

    def on_restore_cancelled(self) -> None:
        """Leave the data as it is."""
        self._restoring = None
        self._fill()

    # Files

    def on_export_json(self) -> None:
        """Save everything in one file that can be read in again."""
        self._export(self._exports.everything(self, self._files))

    def on_export_csv(self) -> None:
        """Save sessions, sets and tests as tables a spreadsheet opens (commas, points)."""
        self._export(self._exports.tables(self, self._files, dutch=False))

    def on_export_csv_nl(self) -> None:
        """Save the tables for a Dutch spreadsheet: Dutch words, semicolons, decimal comma."""
        self._export(self._exports.tables(self, self._files, dutch=True))

    def on_export_fhir(self) -> None:
        """Save the test results in the standard a practice's record system reads (FHIR)."""
        self._export(self._exports.test_results(self, self._files))

    def _export(self, saving: Saving | None) -> None:
        self._here = self.files_room
        if saving is None:
            return  # the person cancelled
        write, where = saving

        def ended(outcome: Outcome) -> None:
            if isinstance(outcome.error, Cancelled):
                self._say(self.tr("Stopped; nothing was saved."))
            elif isinstance(outcome.error, OSError):
                self._show_error(cannot_save_there())
            elif self._told(outcome) and isinstance(outcome.result, ExportSummary):
                self._say(self.tr("Saved: {path}").format(path=path_text(where)))

        self._start(
            write,
            ended,
            lambda done, total: self.tr("Saving: {done} of {total} people").format(
                done=done, total=total
            ),
        )

    # Work beside the window

    @property
    def busy(self) -> bool:
        """Return True while a file is saved or read in beside the window."""
        return self._work.busy

    def _start(
        self, work: Work, ended: Callable[[Outcome], None], text: Callable[[int, int], str]
    ) -> None:
        if self._work.busy:
            return
        self._say("")
        self.error.show_message("")
        self._progress_text = text
        self.progress.stop.setText(self.tr("Stop"))
        self.progress.stop.setEnabled(True)
        self.progress.show_progress(text(0, 0), 0, 0)
        if self.files_room.isAncestorOf(self.progress) != (self._here is self.files_room):
            held = self.backups_room if self._here is self.files_room else self.files_room
            held.box.removeWidget(self.progress)
            self._here.hold(self.progress)
        self.progress.show()
        sender = self.sender()
        pressed = sender if isinstance(sender, BigButton) else QApplication.focusWidget()
        cards = (self.files_card, self.backups_card)
        if (
            pressed is not None
            and self.question is not None
            and self.question.isAncestorOf(pressed)
        ):
            pressed = self.import_file  # the question's button goes with it: back to what asked
        elif pressed is None or not any(card.isAncestorOf(pressed) for card in cards):
            pressed = None
        self._set_working(True)
        self._clear_question()
        self.progress.stop.setFocus(Qt.FocusReason.OtherFocusReason)

        def finished(outcome: Outcome) -> None:
            # The keyboard goes back to the button that began the work, which stays in its place.
            if pressed is not None and pressed.isVisible():
                pressed.setEnabled(True)
                pressed.setFocus(Qt.FocusReason.OtherFocusReason)
            self.progress.hide()
            self._set_working(False)
            ended(outcome)

        self._work.start(work, finished)

    def _set_working(self, working: bool) -> None:
        """Make the buttons of both cards answer, or not while work runs; Stop always answers."""
        for card in (self.backups_card, self.files_card):
            for button in card.findChildren(BigButton):
                if not self.progress.isAncestorOf(button):
                    button.setEnabled(not working)

    def _on_progress(self, done: int, total: int) -> None:
        if not self._work.stopping:
            self.progress.show_progress(self._progress_text(done, total), done, total)

    def on_stop(self) -> None:
        """Stop the saving or reading in: nothing is kept of it."""
        self._work.stop()
        self.progress.stop.setEnabled(False)
        self.progress.status.setText(self.tr("Stopping…"))

    def _told(self, outcome: Outcome) -> bool:
        """Show the problem an outcome ended in, if any; return True when it succeeded."""
        error = outcome.error
        if error is None:
            return True
        if isinstance(error, ImportRefused):
            self._show_error(import_problem(error.code))
        elif isinstance(error, DatabaseProblem):
            self._show_error(database_problem(error.code))
        else:
            raise error
        return False

    def on_import_file(self) -> None:
        """Choose a saved file and show what it holds before anything is read in."""
        chosen = self._files.open_file(
            self, self.tr("Choose a file to read in"), self.tr("sterkblijven file (*.json)")
        )
        if chosen is not None:
            self.ask_import(chosen)

    def ask_import(self, source: Path) -> None:
        """Read a file beside the window, then ask what to do; nothing is written yet."""
        self._here = self.files_room

        def ended(outcome: Outcome) -> None:
            if isinstance(outcome.error, Cancelled):
                self._say(self.tr("Stopped; nothing was read in."))
            elif self._told(outcome) and isinstance(outcome.result, ImportPlan):
                self._plan = outcome.result
                self._restoring = None
                self._fill()

        self._start(
            lambda progress, stop: self._exchange.read(source, progress=progress, stop=stop),
            ended,
            lambda done, total: self.tr("Reading the file: {percent} %").format(
                percent=done * 100 // total if total else 0
            ),
        )

    def on_import_confirmed(self) -> None:
        """Read the file in with the choices made for people who are already here."""
        plan = self._plan
        if plan is None:
            return
        choices: dict[int, Conflict] = {}
        for index, buttons in self._choices.items():
            chosen = next((c for c, b in buttons.items() if b.isChecked()), None)
            if chosen is None:
                self.error.show_message(
                    self.tr("Please choose for everyone who is already here what should happen.")
                )
                return
            choices[index] = chosen

        def ended(outcome: Outcome) -> None:
            if isinstance(outcome.error, Cancelled):
                self._say(self.tr("Stopped; nothing was read in. The data is as it was."))
                self._fill()  # the question again, for another try
                return
            summary = outcome.result
            if not self._told(outcome) or not isinstance(summary, ImportSummary):
                self._fill()
                return
            self._plan = None
            self._say(
                self.tr(
                    "Read in. People: {people}. Sessions: {sessions}. Test results: {tests}. "
                    "Left out: {skipped}."
                ).format(
                    people=summary.added + summary.replaced,
                    sessions=summary.sessions,
                    tests=summary.tests,
                    skipped=summary.skipped,
                )
            )
            self._refresh()
            self.data_replaced.emit()

        self._start(
            lambda progress, stop: self._exchange.apply(
                plan, choices, progress=progress, stop=stop
            ),
            ended,
            lambda done, total: self.tr("Reading in: {done} of {total} people").format(
                done=done, total=total
            ),
        )

    def on_import_cancelled(self) -> None:
        """Read nothing in."""
        self._plan = None
        self._fill()

    # Filling

    def _say(self, text: str) -> None:
        self.messages.say(text, self._here)

    def _show_error(self, text: str) -> None:
        self.messages.problem(text, self._here)

    def _to_top(self) -> None:
        self.page.verticalScrollBar().setValue(0)

    def _fill(self) -> None:
        latest = next(iter(self._listed), None)
        if not self._backups.supported():
            self.backups_status.setText(
                self.tr("This data is kept on a server; its backups are made there.")
            )
        elif latest is None:
            self.backups_status.setText(
                self.tr(
                    "Backups are made by themselves: every day the program runs, every week, "
                    "and after each session. There is none yet."
                )
            )
        else:
            self.backups_status.setText(
                self.tr(
                    "Backups are made by themselves: every day the program runs, every week, "
                    "and after each session. The newest: {moment}."
                ).format(moment=moment_text(latest.made_at))
            )
        self.backups_folder.setText(
            self.tr("The backups are in this folder: {folder}").format(
                folder=path_text(self._backups.folder)
            )
        )
        for button in (self.backup_now, self.other_backup):
            button.setVisible(self._backups.supported())
        # The rows are made anew: the page keeps its place, so nothing jumps under the pointer.
        kept = self.page.verticalScrollBar().value()
        self._clear_question()
        clear_layout(self.backup_list)
        self._put_back = {}
        rows = {}
        for backup in self._listed:
            rows[backup.path] = row = self._backup_row(backup)
            self.backup_list.addWidget(row)
        self._choices = {}
        question = None
        if self._restoring is not None:
            question = restore_question(
                self._restoring, self.on_restore_confirmed, self.on_restore_cancelled
            )
            asked = rows.get(self._restoring)
            if asked is not None:
                asked.content.addWidget(question)  # under the button that asked
            else:
                self.other_backup_question.addWidget(question)
        elif self._plan is not None:
            question, self._choices = import_question(
                self._plan,
                self._backups.supported(),
                self.on_import_confirmed,
                self.on_import_cancelled,
            )
            self.import_question.addWidget(question)
        self.question = question
        self.page.bring_into_view()  # laid out first, so that the place kept is there again
        self.page.verticalScrollBar().setValue(kept)
        if question is not None:
            # In view under the button that asked, its answers too; the page moves no more than
            # that. A question taller than the page shows its start, and the rest scrolls.
            fits = question.sizeHint().height() <= self.page.viewport().height()
            self.page.bring_into_view(question if fits else question.findChildren(TextLabel)[0])
            answers = question.findChildren(BigButton)
            if answers:  # the safe answer, the last ("No ..."), takes a key pressed unseen
                answers[-1].setFocus(Qt.FocusReason.OtherFocusReason)

    def _clear_question(self) -> None:
        clear_layout(self.import_question)
        clear_layout(self.other_backup_question)
        self.question = None  # a question in a backup's row goes with the rows

    def restore_button_of(self, path: str) -> BigButton | None:
        """Return the button that puts the listed backup at ``path`` back, if listed."""
        return self._put_back.get(path)

    def _backup_row(self, backup: BackupInfo) -> Card:
        card = Card()
        when = moment_text(backup.made_at)
        text = TextLabel()
        said = f"{when}: {backup_kind_text(backup.kind)}"
        text.setText(whole_words(said))  # 'back-up' stays whole on its line
        text.setAccessibleName(said)
        card.content.addWidget(text)
        put_back = BigButton()
        put_back.setText(self.tr("Put this backup back"))
        put_back.setAccessibleName(self.tr("Put back the backup of {moment}").format(moment=when))
        put_back.clicked.connect(lambda _c=False, p=backup.path: self.ask_restore(p))
        put_back.setProperty("backup", str(backup.path))
        self._put_back[str(backup.path)] = put_back
        card.content.addLayout(button_row(put_back))
        return card

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Data and backups"))
        self.backups_title.setText(self.tr("Backups"))
        self.backups_warning.setText(
            self.tr(
                "No automatic backup was made for more than a week. Make one now, and check "
                "that the disk has room."
            )
        )
        self.backup_now.setText(self.tr("Make a backup now"))
        self.other_backup.setText(self.tr("Put back a backup from elsewhere"))
        self.files_title.setText(self.tr("Save everything in a file"))
        self.files_text.setText(
            self.tr(
                "Save all data in one file, to take it to another computer or to keep an extra "
                "copy. Such a file can be read in here again. The tables open in a spreadsheet."
            )
        )
        self.export_json.setText(self.tr("Save everything in one file"))
        self.export_csv_nl.setText(
            self.tr("Save tables for a Dutch spreadsheet (Excel, LibreOffice)")
        )
        self.export_csv.setText(self.tr("Save tables for other spreadsheets (with commas)"))
        self.fhir_text.setText(
            self.tr(
                "For the physiotherapist or GP: their record system can read the test results "
                "from this file."
            )
        )
        self.export_fhir.setText(self.tr("Test results for a practice system (FHIR)"))
        self.import_file.setText(self.tr("Read in a file"))
        self.back.setText(self.tr("Back"))
        self._fill()
