"""The home screen: this week ("Deze week") with the routine, and the ways onward.

Home reads its own data, carries out what is done on it (starting a session, the next-day
answers, the GP talk) and refreshes itself when the data it shows changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue, Exercise
from sterkblijven.domain.checkin import CheckinAnswer
from sterkblijven.domain.everyday import TaskProgress
from sterkblijven.domain.fitness import Retest
from sterkblijven.domain.home import WeekOverview
from sterkblijven.domain.hospital import CLEARERS, ClearedBy
from sterkblijven.domain.model import RoutineExercise
from sterkblijven.domain.readiness import open_topics
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.operations import MessageBoxes, attempt
from sterkblijven.ui.common.readiness_dialog import ReadinessDialog
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
from sterkblijven.ui.home.checkin import CheckinCard
from sterkblijven.ui.home.reads import HomeActions, HomeReads
from sterkblijven.words.basics import (
    current_language,
    date_text,
    day_and_month_text,
    load_text,
    target_text,
    weekday_name,
)
from sterkblijven.words.fitness import retest_text
from sterkblijven.words.progress import everyday_sentence
from sterkblijven.words.readiness import open_topics_text, recheck_text

if TYPE_CHECKING:
    from sterkblijven.services.checkins import CheckinOutcome


class HomePage(Retranslating, QWidget):
    """Shows the week for the current trainee."""

    exercise_chosen = Signal(object)
    catalogue_requested = Signal()
    settings_requested = Signal()
    training_opened = Signal(object, str)  # the session's state, the trainee's name
    switch_requested = Signal()
    suggestions_requested = Signal()
    progress_requested = Signal()
    tests_requested = Signal()

    # What home shows, and so what makes it read its data again while it is on screen.
    SHOWN = frozenset(
        {Change.TRAINEES, Change.ROUTINE, Change.SESSIONS, Change.READINESS, Change.DAY}
    )

    def __init__(
        self,
        catalogue: Catalogue,
        reads: HomeReads,
        actions: HomeActions,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._reads = reads
        self._actions = actions
        self._events = events
        self._boxes = MessageBoxes(self)
        self._trainee_id: int | None = None
        self._overview: WeekOverview | None = None
        self.page = ScrollPage()
        self.greeting = TextLabel("title")
        self.notice = Card("notice")
        self.notice_text = TextLabel()
        self.confirm = BigButton()
        self.notice.content.addWidget(self.notice_text)
        self.notice.content.addLayout(button_row(self.confirm))
        # The health check asked again: a year on, or after a hospital stay.
        self.recheck = Card("notice")
        self.recheck_text = TextLabel()
        self.recheck_button = BigButton("primary")
        self.recheck.content.addWidget(self.recheck_text)
        self.recheck.content.addLayout(button_row(self.recheck_button))
        self.health_dialog: ReadinessDialog | None = None
        self._build_clearance()
        self.start = BigButton("primary")
        self.close_session = BigButton()
        self.checkin = CheckinCard(catalogue)
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
        # The week's sessions done: said first, with the next training's date.
        self.week_done = TextLabel("heading")
        self.week_done.hide()
        self.page.body.addWidget(self.greeting)
        self.page.body.addWidget(self.reminder)
        self.page.body.addWidget(self.week_done)
        # Under the name it changes, and out of the footer, where three buttons leave too
        # little room at 200 %.
        self.page.body.addLayout(button_row(self.switch_button))
        self.page.body.addLayout(button_row(self.start, self.close_session))
        # The carer's note on the plan is for the trainee: it stands near the top of home.
        self.carer_note = Card("notice")
        self.carer_note_title = TextLabel("heading")
        self.carer_note_text = TextLabel()
        self.carer_note.content.addWidget(self.carer_note_title)
        self.carer_note.content.addWidget(self.carer_note_text)
        self.carer_note.hide()
        self.page.body.addWidget(self.carer_note)
        self.page.body.addWidget(self.checkin)
        self.page.body.addWidget(self.recheck)
        self.page.body.addWidget(self.notice)
        self.page.body.addWidget(self.clearance)
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
        self._events.changed.connect(self.on_data_changed)
        self.confirm.clicked.connect(self.on_readiness_confirmed)
        self.recheck_button.clicked.connect(self.open_health_check)
        self.start.clicked.connect(self.on_start)
        self.switch_button.clicked.connect(self.switch_requested)
        self.close_session.clicked.connect(self.on_close_session)
        self.checkin.answered.connect(self.on_checkin_answered)
        self.suggestions_button.clicked.connect(self.suggestions_requested)
        self.progress_button.clicked.connect(self.progress_requested)
        self.tests_button.clicked.connect(self.tests_requested)

    def open(self, trainee_id: int, *, several: bool) -> None:
        """Show the week of a trainee; ``several`` offers the switch to another person."""
        if trainee_id != self._trainee_id:
            self.checkin.reset()  # another person: the last one's answers are not theirs
        self._trainee_id = trainee_id
        self.switch_button.setVisible(several)
        self.refresh()

    def refresh(self) -> None:
        """Read the week, progress and test advice of the trainee again, and show them."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        overview = self._boxes.attempt(lambda: self._reads.overview(trainee_id))[1]
        if overview is not None:
            self._overview = overview
            self._fill()
        shown = self._boxes.attempt(
            lambda: (self._reads.everyday(trainee_id), self._reads.retest(trainee_id))
        )[1]
        if shown is not None:
            self._everyday, self._retest = shown
            self._fill_progress()

    def on_data_changed(self, change: str) -> None:
        """Read the data again when something it shows changed while it is on screen."""
        # The window's stack hides every page but the one shown.
        if change in self.SHOWN and not self.isHidden():
            self.refresh()

    def on_start(self) -> None:
        """Open this week's session, or the unfinished one, at the step it reached."""
        overview, trainee_id = self._overview, self._trainee_id
        if overview is None or trainee_id is None:
            return
        state = self._boxes.attempt(lambda: self._actions.training.start(trainee_id))[1]
        if state is not None:
            self.training_opened.emit(state, overview.trainee.name)

    def on_close_session(self) -> None:
        """Close an unfinished session as it is; everything in it stays."""
        overview = self._overview
        if overview is None or overview.running_session_id is None:
            return
        running = overview.running_session_id

        def closing() -> None:
            self._actions.training.close_as_is(running)

        if self._boxes.attempt(closing)[0]:
            self._events.announce(Change.SESSIONS)

    def on_readiness_confirmed(self) -> None:
        """Record that the trainee may train after talking with the GP."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        if self._boxes.attempt(lambda: self._actions.home.confirm_readiness(trainee_id))[0]:
            self._events.announce(Change.READINESS)

    def open_health_check(self) -> ReadinessDialog | None:
        """Ask the health questions again; the answers are stored when saved."""
        overview = self._overview
        if overview is None or overview.readiness_due is None:
            return None
        dialog = ReadinessDialog(overview.readiness_due, self._record_readiness, self.window())
        self.health_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _record_readiness(self, yes_answers: frozenset[str], confirmed: bool) -> bool:
        trainee_id = self._trainee_id
        if trainee_id is None:
            return False

        def record() -> object:
            return self._actions.home.record_readiness(trainee_id, yes_answers, confirmed=confirmed)

        if not self._boxes.attempt(record)[0]:
            return False  # the answers stay in the dialog, to save again
        self._events.announce(Change.READINESS)
        return True

    # After a hospital stay: training waits until the GP, specialist or physiotherapist agrees.

    def _build_clearance(self) -> None:
        self.clearance = Card("notice")
        self.clearance_text = TextLabel()
        self.clearance_question = TextLabel("heading")
        self.clearers = {by: ChoiceButton() for by in CLEARERS}
        make_exclusive(tuple(self.clearers.values()))
        self.clearance_error = ErrorLabel()
        self.clearance_save = BigButton("primary")
        self.clearance.content.addWidget(self.clearance_text)
        self.clearance.content.addWidget(self.clearance_question)
        self.clearance.content.addLayout(button_row(*self.clearers.values()))
        self.clearance.content.addWidget(self.clearance_error)
        self.clearance.content.addLayout(button_row(self.clearance_save))
        self.clearance.hide()
        self.clearance_save.clicked.connect(self.on_clearance_saved)

    def _clearance_texts(self) -> None:
        self.clearance_text.setText(
            self.tr(
                "Welcome back after your hospital stay. Before you train again, ask your GP, "
                "specialist or physiotherapist if you may start again. Your first session then "
                "starts gently."
            )
        )
        self.clearance_question.setText(self.tr("Who said you may train again?"))
        names = {
            ClearedBy.GP: self.tr("My GP"),
            ClearedBy.SPECIALIST: self.tr("My specialist"),
            ClearedBy.PHYSIOTHERAPIST: self.tr("My physiotherapist"),
        }
        for by, button in self.clearers.items():
            button.set_label(names[by])
        self.clearance_save.setText(self.tr("I may train again"))

    def on_clearance_saved(self) -> None:
        """Record who said that training may start again after the hospital stay."""
        by = next((b for b, button in self.clearers.items() if button.isChecked()), None)
        if by is None:
            self.clearance_error.show_message(self.tr("Please choose who said so."))
            return
        trainee_id = self._trainee_id
        if trainee_id is None:
            return

        def record() -> None:
            self._actions.home.record_clearance(trainee_id, by)

        if attempt(record, self.clearance_error.show_message)[0]:
            for button in self.clearers.values():
                button.setChecked(False)
            self._events.announce(Change.READINESS)

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

    def on_checkin_answered(self, answer: CheckinAnswer) -> None:
        """Store the next-day answers, then show what they changed."""
        overview, trainee_id = self._overview, self._trainee_id
        if overview is None or overview.checkin_session_id is None or trainee_id is None:
            return
        session_id = overview.checkin_session_id

        def record() -> CheckinOutcome:
            return self._actions.training.record_checkin(
                trainee_id,
                session_id,
                answer.joints,
                answer.long_stiffness,
                night_pain=answer.night_pain,
                places=answer.places,
            )

        outcome = self._boxes.attempt(record)[1]
        if outcome is not None:
            self.checkin.show_outcome(outcome)
            self._events.announce(Change.ROUTINE)
            # The message is shorter than the questions were: bring its start into view.
            self.page.ensureWidgetVisible(self.checkin.title)

    def routine_buttons(self) -> list[BigButton]:
        """Return the buttons of the routine's exercises, in order."""
        return [w for w in widgets_in(self.routine_list) if isinstance(w, BigButton)]

    def _fill(self) -> None:
        overview = self._overview
        clear_layout(self.routine_list)
        if overview is None:
            return
        self.greeting.setText(self.tr("Hello {name}").format(name=overview.trainee.name))
        note = overview.routine.note.strip() if overview.routine is not None else ""
        self.carer_note.setVisible(bool(note))
        self.carer_note_title.setText(self.tr("A note from your carer"))
        self.carer_note_text.setText(note)
        # The health check's question; after a hospital stay, the clearance card as well.
        readiness = overview.readiness
        self.notice.setVisible(readiness is not None and not readiness.training_allowed)
        self._fill_notice(overview)
        self.clearance.setVisible(overview.awaiting_clearance)
        running = overview.running_session_id is not None
        has_routine = overview.routine is not None and bool(overview.routine.exercises)
        # A session already running goes on; a new one waits for the health check asked again.
        recheck = None if running else overview.readiness_due
        self.recheck.setVisible(recheck is not None)
        if recheck is not None:
            self.recheck_text.setText(recheck_text(recheck))
        ready = overview.training_allowed and recheck is None
        self.start.setVisible(ready and has_routine)
        # Tests are exertion too: they wait for the GP talk, as training does.
        self.tests_button.setVisible(ready)
        self.start.setText(
            self.tr("Go on with your session") if running else self.tr("Start training")
        )
        self.close_session.setVisible(running)
        self.checkin.ask(overview.checkin_session_id is not None and not running)
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

    def _fill_notice(self, overview: WeekOverview) -> None:
        check = overview.readiness
        topics = open_topics(check.yes_answers) if check is not None else ()
        self.notice_text.setText(
            self.tr(
                "Some of your answers in the health check are best talked over with your GP or "
                "physiotherapist first: {topics}. Have you done that, and may you train? Then "
                "tap the button below."
            ).format(topics=open_topics_text(topics))
        )

    def _fill_due(self, overview: WeekOverview) -> None:
        due = overview.due
        remind = due is not None and due.remind_today and overview.training_allowed
        # "Your exercises are ready" would be wrong while the health check waits to be answered.
        running = overview.running_session_id is not None
        remind = remind and (overview.readiness_due is None or running)
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
        self._fill_week_done(overview)

    def _fill_week_done(self, overview: WeekOverview) -> None:
        """Once the week's sessions are done, say so with the next date; Start steps back."""
        due = overview.due
        running = overview.running_session_id is not None
        done = due is not None and due.remaining == 0 and overview.training_allowed
        done = done and not running  # an unfinished session goes on as the main choice
        self.week_done.setVisible(done)
        self.start.set_role("" if done else "primary")
        if not done or due is None:
            return
        if due.next_week_day is None:
            self.week_done.setText(self.tr("Done for this week."))
        else:
            self.week_done.setText(
                self.tr("Done for this week. Next training: {day}.").format(
                    day=day_and_month_text(due.next_week_day)
                )
            )
        # Another session this week stays possible, but as a quiet second choice.
        self.start.setText(self.tr("Train once more"))
        if self.start.hasFocus() or self.focusWidget() in (None, self.start):
            self._focus_after_start()

    def _focus_after_start(self) -> None:
        # The stack gives a page's last focused control the focus when it is shown, so this
        # also holds when home is filled before it is shown.
        widget = self.start.nextInFocusChain()
        while widget is not None and widget is not self.start:
            if (
                self.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _routine_button(
        self, exercise: Exercise, language: str, item: RoutineExercise, beginner: bool
    ) -> BigButton:
        name = exercise.text(language).name
        target = target_text(exercise.measure, item.rep_min, item.rep_max, beginner)
        load = load_text(item.load)
        if item.slow_tempo:
            target = self.tr("{target}, slowly").format(target=target)
        if item.supported:
            target = self.tr("{target}, with support").format(target=target)
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
        self.recheck_button.setText(self.tr("Answer the health questions"))
        self.confirm.setText(self.tr("I have talked with my GP: I may train"))
        self.close_session.setText(self.tr("Close the unfinished session"))
        self.suggestions_button.setText(self.tr("Look at the suggestions"))
        self.catalogue_button.setText(self.tr("All exercises"))
        self.settings_button.setText(self.tr("Settings"))
        self.switch_button.setText(self.tr("Someone else trains"))
        self.progress_title.setText(self.tr("Your progress"))
        self.progress_button.setText(self.tr("See your progress"))
        self.tests_button.setText(self.tr("Do a test"))
        self._clearance_texts()
        self._fill()
        self._fill_progress()
