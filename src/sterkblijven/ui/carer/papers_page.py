"""Paper for one person: the progress report, this week's exercise card, a calendar file."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from sterkblijven.domain.calendar import weekly_schedule_ics
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.paths import write_private_files
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.services.reports import ReportPeriod, Reports
from sterkblijven.services.setup import Setup
from sterkblijven.ui.common.files import FileChooser, documents_folder
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
    choice_grid,
    make_exclusive,
    page_with_footer,
)
from sterkblijven.words.basics import current_language, path_text
from sterkblijven.words.problems import cannot_save_there

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from sterkblijven.services.preferences import PersonValues

# Report periods offered, in months; 0 is everything since the first session.
PERIOD_MONTHS = (3, 6, 12, 0)
DEFAULT_PERIOD_MONTHS = 6
# Times offered for the calendar entries, and how long an entry lasts.
CALENDAR_TIMES = (time(10, 0), time(14, 0), time(19, 0))
SESSION_MINUTES = 45
EVERYTHING_SINCE = date(2000, 1, 1)
# Where this computer keeps each person's choices on this page, and the report's period in it.
PAPERS_GROUP = "papers"
PERIOD_KEY = "report_months"


def file_safe(name: str) -> str:
    """Return a name usable in a file name on every system."""
    cleaned = re.sub(r"[^\w-]+", "-", name, flags=re.UNICODE).strip("-")
    return cleaned or "sterkblijven"


def months_before(day: date, months: int) -> date:
    """Return the same day ``months`` earlier, or the month's last day where it has fewer."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, candidate)
        except ValueError:
            continue
    return date(year, month + 1, 28)  # pragma: no cover - every month has 28 days


class PapersPage(Retranslating, QWidget):
    """Makes the report, the session card and the calendar file for one person."""

    back_requested = Signal()
    paper_session_requested = Signal(int, str)  # trainee id, name

    def __init__(
        self,
        reports: Reports,
        setup: Setup,
        catalogue: Catalogue,
        files: FileChooser,
        clock: Callable[[], datetime],
        remembered: PersonValues | None = None,
    ) -> None:
        super().__init__()
        self._remembered = remembered
        self._reports = reports
        self._setup = setup
        self._catalogue = catalogue
        self._files = files
        self._clock = clock
        self._trainee_id: int | None = None
        self._name = ""
        self.page = ScrollPage()
        self.title = TextLabel("title")
        # What was done, or refused, shows under the buttons pressed, in room each card keeps.
        self.messages = RoomMessages(2)
        self.result = self.messages.result
        self.error = self.messages.error
        # The report
        self.report_card = Card()
        self.report_title = TextLabel("heading")
        self.report_text = TextLabel()
        self.period_label = TextLabel()
        self.periods = {months: ChoiceButton() for months in PERIOD_MONTHS}
        make_exclusive(tuple(self.periods.values()))
        self.periods[DEFAULT_PERIOD_MONTHS].setChecked(True)
        self.report_pdf = BigButton("primary")
        self.report_print = BigButton()
        self.report_card.content.addWidget(self.report_title)
        self.report_card.content.addWidget(self.report_text)
        self.report_card.content.addWidget(self.period_label)
        # The four periods in two equal columns, not a row of a long and a short one.
        periods = [self.periods[months] for months in (3, 6, 12, 0)]
        self.report_card.content.addLayout(choice_grid(periods, 2))
        self.report_card.content.addLayout(button_row(self.report_pdf, self.report_print))
        self.report_room = self.messages.room()
        self.report_card.content.addWidget(self.report_room)
        # The session card
        self.card_card = Card()
        self.card_title = TextLabel("heading")
        self.card_text = TextLabel()
        self.card_pdf = BigButton()
        self.card_print = BigButton()
        self.card_enter = BigButton()
        self.card_card.content.addWidget(self.card_title)
        self.card_card.content.addWidget(self.card_text)
        self.card_card.content.addLayout(button_row(self.card_pdf, self.card_print))
        self.card_card.content.addLayout(button_row(self.card_enter))
        self.card_room = self.messages.room()
        self.card_card.content.addWidget(self.card_room)
        # The calendar file
        self.calendar_card = Card()
        self.calendar_title = TextLabel("heading")
        self.calendar_text = TextLabel()
        self.time_label = TextLabel()
        self.times = {at: ChoiceButton() for at in CALENDAR_TIMES}
        make_exclusive(tuple(self.times.values()))
        self.times[CALENDAR_TIMES[0]].setChecked(True)
        self.calendar_save = BigButton()
        self.calendar_card.content.addWidget(self.calendar_title)
        self.calendar_card.content.addWidget(self.calendar_text)
        self.calendar_card.content.addWidget(self.time_label)
        self.calendar_card.content.addLayout(button_row(*self.times.values()))
        self.calendar_card.content.addLayout(button_row(self.calendar_save))
        self.calendar_room = self.messages.room()
        self.calendar_card.content.addWidget(self.calendar_room)
        self._here = self.report_room  # the room of the card whose button was pressed last
        for widget in (
            self.title,
            self.report_card,
            self.card_card,
            self.calendar_card,
        ):
            self.page.body.addWidget(widget)
        self.page.body.addStretch(1)
        self.back = BigButton()
        page_with_footer(self, self.page, button_row(self.back))
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.back.clicked.connect(self.back_requested)
        for months, button in self.periods.items():
            button.clicked.connect(lambda _checked=False, m=months: self._remember_period(m))
        self.report_pdf.clicked.connect(self.on_report_pdf)
        self.report_print.clicked.connect(self.on_report_print)
        self.card_pdf.clicked.connect(self.on_card_pdf)
        self.card_print.clicked.connect(self.on_card_print)
        self.card_enter.clicked.connect(
            lambda: self.paper_session_requested.emit(self._id(), self._name)
        )
        self.calendar_save.clicked.connect(self.on_calendar_save)

    def show_trainee(self, trainee_id: int, name: str) -> None:
        """Show the papers of one person."""
        self._trainee_id = trainee_id
        self._name = name
        self.periods[self._remembered_period(trainee_id)].setChecked(True)
        self.page.verticalScrollBar().setValue(0)  # each person's papers from the top
        self._say("")
        self.error.show_message("")
        self.retranslate_ui()

    def period(self) -> ReportPeriod:
        """Return the period chosen for the report, ending today."""
        today = self._clock().date()
        months = next((m for m, b in self.periods.items() if b.isChecked()), DEFAULT_PERIOD_MONTHS)
        first = months_before(today, months) + timedelta(days=1) if months else EVERYTHING_SINCE
        return ReportPeriod(first, today)

    def _remembered_period(self, trainee_id: int) -> int:
        """Return the period last chosen for this person on this computer, or the usual one."""
        if self._remembered is None:
            return DEFAULT_PERIOD_MONTHS
        try:
            text = self._remembered.person_values(trainee_id, PAPERS_GROUP).get(PERIOD_KEY, "")
        except DatabaseProblem:
            return DEFAULT_PERIOD_MONTHS
        months = int(text) if text.isdecimal() else DEFAULT_PERIOD_MONTHS
        return months if months in self.periods else DEFAULT_PERIOD_MONTHS

    def _remember_period(self, months: int) -> None:
        """Keep the chosen period for this person on this computer; a failure only forgets it."""
        if self._remembered is None or self._trainee_id is None:
            return
        with contextlib.suppress(DatabaseProblem):
            self._remembered.save_person_values(
                self._trainee_id, PAPERS_GROUP, {PERIOD_KEY: str(months)}
            )

    def _file_stem(self, what: str) -> str:
        return f"{what}-{file_safe(self._name)}-{self._clock().strftime('%Y-%m-%d')}"

    # The report and the card

    def on_report_pdf(self) -> None:
        """Save the progress report as a PDF file."""
        self._here = self.report_room
        suggested = documents_folder() / (self._file_stem(self.tr("report")) + ".pdf")
        self._save_pdf(suggested, self._write_report)

    def on_report_print(self) -> None:
        """Print the progress report."""
        self._here = self.report_room
        self._print(self._print_report)

    def on_card_pdf(self) -> None:
        """Save this week's exercise card as a PDF file."""
        self._here = self.card_room
        suggested = documents_folder() / (self._file_stem(self.tr("exercises")) + ".pdf")
        self._save_pdf(suggested, self._write_card)

    def on_card_print(self) -> None:
        """Print this week's exercise card."""
        self._here = self.card_room
        self._print(self._print_card)

    def _write_report(self, path: Path) -> int:
        from sterkblijven.paper.report import write_report_pdf

        self._reports.note_opened(self._id())
        report = self._reports.progress_report(self._id(), self.period())
        return write_report_pdf(
            report, path, catalogue=self._catalogue, language=current_language()
        )

    def _print_report(self, printer: QPrinter) -> int:
        from sterkblijven.paper.report import print_report

        self._reports.note_opened(self._id())
        report = self._reports.progress_report(self._id(), self.period())
        return print_report(report, printer, catalogue=self._catalogue, language=current_language())

    def _write_card(self, path: Path) -> int:
        from sterkblijven.paper.card import write_card_pdf

        card = self._reports.session_card(self._id())
        return write_card_pdf(card, path, catalogue=self._catalogue, language=current_language())

    def _print_card(self, printer: QPrinter) -> int:
        from sterkblijven.paper.card import print_card

        card = self._reports.session_card(self._id())
        return print_card(card, printer, catalogue=self._catalogue, language=current_language())

    def _id(self) -> int:
        if self._trainee_id is None:
            raise LookupError("no trainee shown")
        return self._trainee_id

    def _save_pdf(self, suggested: Path, write: Callable[[Path], int]) -> None:
        path = self._files.save_file(self, self.tr("Save as PDF"), suggested, "PDF (*.pdf)")
        if path is None:
            return
        pages = self._run(lambda: write(path))
        if pages is not None:
            self._say(
                self.tr("Saved: {path}. Pages: {pages}.").format(pages=pages, path=path_text(path))
            )

    def _print(self, paint: Callable[[QPrinter], int]) -> None:
        printer = self._files.choose_printer(self)
        if printer is None:
            return
        pages = self._run(lambda: paint(printer))
        if pages is not None:
            self._say(self.tr("Sent to the printer. Pages: {pages}.").format(pages=pages))

    def _run(self, make: Callable[[], int]) -> int | None:
        try:
            ok, pages = attempt(make, self._show_error)
        except LookupError:  # removed meanwhile, in another window or by a restore
            self._show_error(self._gone())
            return None
        except OSError:
            self._show_error(cannot_save_there())
            return None
        if not ok or pages is None:
            return None
        if pages <= 0:
            self._show_error(
                self.tr("The printer or the file could not be written to. Please try again.")
            )
            return None
        return pages

    # The calendar file

    def on_calendar_save(self) -> None:
        """Save the training days as a calendar file with a reminder an hour before."""
        self._here = self.calendar_room
        try:
            ok, routine = attempt(lambda: self._setup.routine(self._id()), self._show_error)
        except LookupError:
            self._show_error(self._gone())
            return
        if not ok:
            return
        if routine is None or not routine.weekdays or not routine.exercises:
            self._show_error(
                self.tr("There is no plan with training days yet. Make the plan first.")
            )
            return
        at = next((t for t, b in self.times.items() if b.isChecked()), CALENDAR_TIMES[0])
        now = self._clock()
        text = weekly_schedule_ics(
            weekdays=routine.weekdays,
            start=now.date(),
            at=at,
            minutes=SESSION_MINUTES,
            summary=self.tr("Strength training: {name}").format(name=self._name),
            description=self.tr(
                "Time for the exercises with sterkblijven. Warm up first, and stop when you "
                "feel chest pain, become dizzy or short of breath."
            ),
            uid_seed=f"sterkblijven-{self._id()}-{file_safe(self._name)}",
            stamp=now,
        )
        suggested = documents_folder() / (self._file_stem(self.tr("training-days")) + ".ics")
        path = self._files.save_file(
            self, self.tr("Save the calendar file"), suggested, self.tr("Calendar file (*.ics)")
        )
        if path is None:
            return
        try:
            write_private_files({path: text.encode("utf-8")})
        except OSError:
            self._show_error(cannot_save_there())
            return
        self.error.show_message("")
        self._say(
            self.tr(
                "Saved: {path}. Open it on the computer or send it to the phone to put the "
                "training days in the calendar."
            ).format(path=path_text(path))
        )

    def _gone(self) -> str:
        return self.tr("{name} is no longer on this computer.").format(name=self._name)

    def _say(self, text: str) -> None:
        self.messages.say(text, self._here)

    def _show_error(self, text: str) -> None:
        self.messages.problem(text, self._here)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.title.setText(
            self.tr("Report, exercise card and calendar for {name}").format(name=self._name)
        )
        self.report_title.setText(self.tr("Progress report"))
        self.report_text.setText(
            self.tr(
                "A report in large print of the sessions, the tests and the pain, to take to "
                "the GP or physiotherapist."
            )
        )
        self.period_label.setText(self.tr("Over which time?"))
        names = {
            3: self.tr("The last 3 months"),
            6: self.tr("The last 6 months"),
            12: self.tr("The last year"),
            0: self.tr("Everything"),
        }
        for months, button in self.periods.items():
            button.set_label(names[months])
        self.report_pdf.setText(self.tr("Save the report as PDF"))
        self.report_print.setText(self.tr("Print the report"))
        self.card_title.setText(self.tr("Exercise card for this week"))
        self.card_text.setText(
            self.tr(
                "One sheet with this week's exercises, their pictures and weights, and boxes "
                "for each training day to write in how many, how hard and how much pain."
            )
        )
        self.card_pdf.setText(self.tr("Save the card as PDF"))
        self.card_print.setText(self.tr("Print the card"))
        self.card_enter.setText(self.tr("Enter a training done on paper"))
        self.calendar_title.setText(self.tr("Training days in the calendar"))
        self.calendar_text.setText(
            self.tr(
                "A calendar file with the training days, for the calendar on a computer or "
                "phone, with a reminder an hour before. When the days change later, remove "
                "the old entries from the calendar before adding the new file."
            )
        )
        self.time_label.setText(self.tr("At what time?"))
        locale_time = {
            at: self.tr("at {time}").format(time=f"{at.hour:02d}:{at.minute:02d}")
            for at in CALENDAR_TIMES
        }
        for at, button in self.times.items():
            button.set_label(locale_time[at])
        self.calendar_save.setText(self.tr("Save the calendar file"))
        self.back.setText(self.tr("Back"))
