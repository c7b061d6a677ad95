"""The home screen: this week ("Deze week") with the routine, and the ways onward."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.fitness import Retest
from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.session import JointFeeling
from sterkblijven.services.home import WeekOverview
from sterkblijven.services.progress import TaskProgress
from sterkblijven.ui.common.widgets import (
    BigButton,
    Card,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    clear_layout,
    make_exclusive,
    page_with_footer,
    widgets_in,
)
from sterkblijven.words.basics import (
    current_language,
    date_text,
    load_text,
    target_text,
    weekday_name,
)
from sterkblijven.words.fitness import retest_text
from sterkblijven.words.progress import everyday_sentence


class HomePage(Retranslating, QWidget):
    """Shows the week for the current trainee."""

    exercise_chosen = Signal(object)
    catalogue_requested = Signal()
    settings_requested = Signal()
    readiness_confirmed = Signal()
    start_requested = Signal()
    switch_requested = Signal()
    close_session_requested = Signal()
    checkin_answered = Signal(object, bool)  # JointFeeling, long morning stiffness
    suggestions_requested = Signal()
    progress_requested = Signal()
    tests_requested = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._overview: WeekOverview | None = None
        self.page = ScrollPage()
        self.greeting = TextLabel("title")
        self.notice = Card("notice")
        self.notice_text = TextLabel()
        self.confirm = BigButton()
        self.notice.content.addWidget(self.notice_text)
        self.notice.content.addLayout(button_row(self.confirm))
        self.start = BigButton("primary")
        self.close_session = BigButton()
        self.checkin = Card("notice")
        self.checkin_title = TextLabel("heading")
        self.joints_question = TextLabel()
        self.joints = {feeling: ChoiceButton() for feeling in JointFeeling}
        make_exclusive(tuple(self.joints.values()))
        self.stiffness_question = TextLabel()
        self.stiff_yes, self.stiff_no = ChoiceButton(), ChoiceButton()
        make_exclusive((self.stiff_yes, self.stiff_no))
        self.checkin_error = ErrorLabel()
        self.checkin_save = BigButton("primary")
        for widget in (self.checkin_title, self.joints_question):
            self.checkin.content.addWidget(widget)
        self.checkin.content.addLayout(button_row(*self.joints.values()))
        self.checkin.content.addWidget(self.stiffness_question)
        self.checkin.content.addLayout(button_row(self.stiff_yes, self.stiff_no))
        self.checkin.content.addWidget(self.checkin_error)
        self.checkin.content.addLayout(button_row(self.checkin_save))
        self.suggestions = Card("notice")
        self.suggestions_text = TextLabel()
        self.suggestions_button = BigButton()
        self.suggestions.content.addWidget(self.suggestions_text)
        self.suggestions.content.addLayout(button_row(self.suggestions_button))
        self.progress = Card()
        self.progress_title = TextLabel("heading")
        self.retest = TextLabel("notice")
        self.progress_lines = QVBoxLayout()
        self.progress_lines.setSpacing(8)
        self.progress_button = BigButton()
        self.tests_button = BigButton()
        self.progress.content.addWidget(self.progress_title)
        self.progress.content.addWidget(self.retest)
        self.progress.content.addLayout(self.progress_lines)
        self.progress.content.addLayout(button_row(self.tests_button, self.progress_button))
        self._everyday: tuple[TaskProgress, ...] = ()
        self._retest: Retest | None = None
        self.week = Card()
        self.week_title = TextLabel("heading")
        self.week_status = TextLabel()
        self.due_text = TextLabel()
        self.last_session = TextLabel("muted")
        self.routine_intro = TextLabel()
        self.routine_list = QVBoxLayout()
        self.routine_list.setSpacing(10)
        for widget in (
            self.week_title,
            self.week_status,
            self.due_text,
            self.last_session,
            self.routine_intro,
        ):
            self.week.content.addWidget(widget)
        self.week.content.addLayout(self.routine_list)
        self.switch_button = BigButton()
        self.switch_button.hide()
        # The reminder on a training day: always in the window, also where there is no tray.
        self.reminder = TextLabel("notice")
        self.reminder.hide()
        self.page.body.addWidget(self.greeting)
        self.page.body.addWidget(self.reminder)
        # Under the name it changes, and out of the footer, where three buttons leave too
        # little room at 200 %.
        self.page.body.addLayout(button_row(self.switch_button))
        self.page.body.addLayout(button_row(self.start, self.close_session))
        self.page.body.addWidget(self.checkin)
        self.page.body.addWidget(self.notice)
        self.page.body.addWidget(self.suggestions)
        self.page.body.addWidget(self.progress)
        self.page.body.addWidget(self.week)
        self.page.body.addStretch(1)
        self.catalogue_button = BigButton()
        self.settings_button = BigButton()
        page_with_footer(self, self.page, button_row(self.catalogue_button, self.settings_button))
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.catalogue_button.clicked.connect(self.catalogue_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.confirm.clicked.connect(self.readiness_confirmed)
        self.start.clicked.connect(self.start_requested)
        self.switch_button.clicked.connect(self.switch_requested)
        self.close_session.clicked.connect(self.close_session_requested)
        self.checkin_save.clicked.connect(self.on_checkin_save)
        self.suggestions_button.clicked.connect(self.suggestions_requested)
        self.progress_button.clicked.connect(self.progress_requested)
        self.tests_button.clicked.connect(self.tests_requested)

    def show_overview(self, overview: WeekOverview) -> None:
        """Show the week of a trainee."""
        self._overview = overview
        self._fill()

    def show_progress(self, everyday: tuple[TaskProgress, ...], retest: Retest | None) -> None:
        """Show progress in everyday tasks, and why a test is worth doing now."""
        self._everyday = everyday
        self._retest = retest
        self._fill_progress()

    def _fill_progress(self) -> None:
        clear_layout(self.progress_lines)
        allowed = self._overview is None or self._overview.training_allowed
        self.retest.setVisible(self._retest is not None and allowed)
        if self._retest is not None:
            self.retest.setText(retest_text(self._retest))
        language = current_language()
        for item in self._everyday:
            name = ""
            if item.exercise is not None:
                exercise = self._catalogue.get(item.exercise.series.exercise_id)
                name = exercise.text(language).name if exercise is not None else ""
            line = TextLabel()
            line.setText(everyday_sentence(item, name))
            self.progress_lines.addWidget(line)
        if not self._everyday:
            line = TextLabel("muted")
            line.setText(self.tr("After a few sessions or a test you will see here what changes."))
            self.progress_lines.addWidget(line)

    def overview(self) -> WeekOverview | None:
        """Return the week on screen."""
        return self._overview

    def on_checkin_save(self) -> None:
        """Send the next-day answers, once both questions are answered."""
        feeling = next((f for f, b in self.joints.items() if b.isChecked()), None)
        if feeling is None or not (self.stiff_yes.isChecked() or self.stiff_no.isChecked()):
            self.checkin_error.show_message(self.tr("Please answer both questions."))
            return
        self.checkin_error.show_message("")
        self.checkin_answered.emit(feeling, self.stiff_yes.isChecked())

    def routine_buttons(self) -> list[BigButton]:
        """Return the buttons of the routine's exercises, in order."""
        return [w for w in widgets_in(self.routine_list) if isinstance(w, BigButton)]

    def _fill(self) -> None:
        overview = self._overview
        clear_layout(self.routine_list)
        if overview is None:
            return
        self.greeting.setText(self.tr("Hello {name}").format(name=overview.trainee.name))
        self.notice.setVisible(not overview.training_allowed)
        running = overview.running_session_id is not None
        has_routine = overview.routine is not None and bool(overview.routine.exercises)
        self.start.setVisible(overview.training_allowed and has_routine)
        # Tests are exertion too: they wait for the GP talk, as training does.
        self.tests_button.setVisible(overview.training_allowed)
        self.start.setText(
            self.tr("Go on with your session") if running else self.tr("Start training")
        )
        self.close_session.setVisible(running)
        self.checkin.setVisible(overview.checkin_session_id is not None and not running)
        waiting = overview.waiting_suggestions
        self.suggestions.setVisible(waiting > 0 and not running)
        self.suggestions_button.setVisible(overview.trainee_decides)
        if overview.trainee_decides:
            self.suggestions_text.setText(
                self.tr("There are suggestions for your next session: {count}.").format(
                    count=waiting
                )
            )
        else:
            self.suggestions_text.setText(
                self.tr("Suggestions for your next session wait for your carer: {count}.").format(
                    count=waiting
                )
            )
        routine = overview.routine
        planned = routine.sessions_per_week if routine is not None else 0
        self.week_status.setText(
            self.tr("Sessions done this week: {done}. Your plan: {planned} a week.").format(
                done=overview.sessions_this_week, planned=planned
            )
        )
        self._fill_due(overview)
        last = overview.last_session
        if last is None:
            self.last_session.setText(self.tr("You have not trained yet. Welcome!"))
        else:
            when = date_text(last.started_at.date())
            self.last_session.setText(self.tr("Last session: {date}").format(date=when))
        if routine is None or not routine.exercises:
            self.routine_intro.setText(self.tr("There is no plan yet."))
            return
        days = ", ".join(weekday_name(day) for day in routine.weekdays)
        self.routine_intro.setText(
            self.tr("Your exercises (on {days}). Tap one to see how it is done.").format(days=days)
        )
        language = current_language()
        for item in routine.exercises:
            exercise = self._catalogue.get(item.exercise_id)
            if exercise is None:
                continue  # an exercise removed from a later catalogue: history keeps it
            self.routine_list.addWidget(
                self._routine_button(exercise, language, item, overview.beginner)
            )

    def _fill_due(self, overview: WeekOverview) -> None:
        due = overview.due
        remind = due is not None and due.remind_today and overview.training_allowed
        self.reminder.setVisible(remind)
        if remind:
            self.reminder.setText(self.tr("Today is a training day. Your exercises are ready."))
        # Waiting for the GP talk: nothing is due, so nothing is counted down.
        self.due_text.setVisible(due is not None and overview.training_allowed)
        if due is None:
            return
        if due.remaining == 0:
            text = self.tr("You have done every session of this week. Well done!")
        elif due.next_day is not None and due.remind_today:
            text = self.tr("Still to do this week: {count}. Today is a training day.").format(
                count=due.remaining
            )
        elif due.next_day is not None:
            text = self.tr("Still to do this week: {count}. Next training day: {day}.").format(
                count=due.remaining, day=weekday_name(due.next_day.weekday())
            )
        else:
            text = self.tr(
                "Still to do this week: {count}. The planned days are over; a session on "
                "another day counts just as well."
            ).format(count=due.remaining)
        self.due_text.setText(text)

    def _routine_button(
        self, exercise: Exercise, language: str, item: RoutineExercise, beginner: bool
    ) -> BigButton:
        name = exercise.text(language).name
        target = target_text(exercise.measure, item.rep_min, item.rep_max, beginner)
        load = load_text(item.load)
        if item.slow_tempo:
            target = self.tr("{target}, slowly").format(target=target)
        if item.paused:
            target = self.tr("resting for now, after pain")
        button = BigButton("tile")
        button.setText(f"{name}\n{load} · {target}")
        button.setAccessibleName(name)
        button.setAccessibleDescription(f"{load}, {target}")
        button.clicked.connect(lambda _c=False, e=exercise: self.exercise_chosen.emit(e))
        return button

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        self.week_title.setText(self.tr("This week"))
        self.notice_text.setText(
            self.tr(
                "In the health check you answered yes to a question. Please talk with your GP "
                "or physiotherapist first. Have you done that, and may you train? Then tap "
                "the button below."
            )
        )
        self.confirm.setText(self.tr("I have talked with my GP: I may train"))
        self.close_session.setText(self.tr("Close the unfinished session"))
        self.checkin_title.setText(self.tr("How are you after your last session?"))
        self.joints_question.setText(self.tr("How do your joints feel today, compared with usual?"))
        names = {
            JointFeeling.BETTER: self.tr("Better"),
            JointFeeling.SAME: self.tr("As usual"),
            JointFeeling.WORSE: self.tr("Worse"),
        }
        for feeling, button in self.joints.items():
            button.set_label(names[feeling])
        self.stiffness_question.setText(
            self.tr("Were you stiff for more than half an hour this morning?")
        )
        self.stiff_yes.set_label(self.tr("Yes"))
        self.stiff_no.set_label(self.tr("No"))
        self.checkin_save.setText(self.tr("Save my answers"))
        self.suggestions_button.setText(self.tr("Look at the suggestions"))
        self.catalogue_button.setText(self.tr("All exercises"))
        self.settings_button.setText(self.tr("Settings"))
        self.switch_button.setText(self.tr("Someone else trains"))
        self.progress_title.setText(self.tr("Your progress"))
        self.progress_button.setText(self.tr("See your progress"))
        self.tests_button.setText(self.tr("Do a test"))
        self._fill()
        self._fill_progress()
