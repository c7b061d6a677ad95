"""The session player: warm-up, each set with its count, effort and pain, rest, cool-down.

The page shows one view at a time and asks the training service what comes next, so it
resumes wherever a session stopped. Every set is committed by the service when confirmed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.day_rest import cooldown_for
from sterkblijven.domain.session import (
    Effort,
    PainPlace,
    SessionState,
    SetRecord,
    StepKind,
    StopSignal,
)
from sterkblijven.services.training import SessionReport, SetInput, SkipReason, Training
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.timing import Clock
from sterkblijven.ui.common.view import PictureLoader
from sterkblijven.ui.common.widgets import ErrorLabel, GuardedStack, Retranslating
from sterkblijven.ui.session.exercise import ExerciseView
from sterkblijven.ui.session.phase import PhaseView
from sterkblijven.ui.session.questions import ConfirmUndoView, EffortView, PainView
from sterkblijven.ui.session.rest import RestView
from sterkblijven.ui.session.stop import ConfirmStopView, StopAdviceView
from sterkblijven.ui.session.summary import SummaryView
from sterkblijven.words.basics import count_text, current_language


class SessionPage(Retranslating, QWidget):
    """Guides one session from warm-up to summary; resumes wherever it stopped."""

    finished = Signal()
    explanation_requested = Signal(object)
    data_changed = Signal()

    def __init__(
        self,
        training: Training,
        catalogue: Catalogue,
        load_picture: PictureLoader,
        picture_width: Callable[[], int],
        cues: Cues,
        clock: Clock = time.monotonic,
    ) -> None:
        super().__init__()
        self._training = training
        self._catalogue = catalogue
        self._state: SessionState | None = None
        self._name = ""
        self._pending: tuple[int, bool] = (0, False)
        self._effort: Effort | None = None
        self._before_confirm: QWidget | None = None
        self._cues = cues
        self._last_position: int | None = None  # the exercise of the set saved last
        self.error = ErrorLabel()
        self.views = GuardedStack(clock)
        self.warmup = PhaseView(False, clock, cues)
        self.cooldown = PhaseView(True, clock, cues)
        self.exercise = ExerciseView(load_picture, picture_width, clock, cues)
        self.effort = EffortView()
        self.pain = PainView()
        self.stop_advice = StopAdviceView(catalogue)
        self.rest = RestView(clock, cues)
        self.confirm_stop = ConfirmStopView()
        self.confirm_undo = ConfirmUndoView()
        self.summary = SummaryView(catalogue)
        for view in (
            self.warmup,
            self.exercise,
            self.effort,
            self.pain,
            self.stop_advice,
            self.rest,
            self.confirm_stop,
            self.confirm_undo,
            self.cooldown,
            self.summary,
        ):
            self.views.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.views, 1)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.warmup.done.connect(self.on_warmup_done)
        self.cooldown.done.connect(self.on_cooldown_done)
        self.exercise.set_done.connect(self.on_set_done)
        self.exercise.skip_requested.connect(self.on_skip)
        self.exercise.undo_requested.connect(self.on_undo_requested)
        self.exercise.stop_requested.connect(self.on_stop_requested)
        self.exercise.explanation_requested.connect(self.explanation_requested)
        self.effort.chosen.connect(self.on_effort_chosen)
        self.effort.back_requested.connect(lambda: self.views.setCurrentWidget(self.exercise))
        self.pain.confirmed.connect(self.on_pain_confirmed)
        self.pain.back_requested.connect(lambda: self.views.setCurrentWidget(self.effort))
        self.stop_advice.go_on.connect(self.on_skip_for_pain)
        self.stop_advice.stop_requested.connect(self.on_stop_requested)
        self.rest.done.connect(self.show_next)
        self.rest.undo_requested.connect(self.on_undo_requested)
        self.confirm_undo.confirmed.connect(self.on_undo_confirmed)
        self.confirm_undo.cancelled.connect(self.on_stop_cancelled)
        self.stop_advice.undo_requested.connect(self.on_undo)
        self.warmup.moved.connect(self.views.pulse)
        self.cooldown.moved.connect(self.views.pulse)
        self.confirm_stop.confirmed.connect(self.on_stop_confirmed)
        self.confirm_stop.cancelled.connect(self.on_stop_cancelled)
        self.summary.home_requested.connect(self.finished)

    def open(self, state: SessionState, trainee_name: str) -> None:
        """Show a session at the step it has reached.

        A session left on the stop advice (the app closed before the person chose) shows that
        advice again: what to do for the joint, and what rests today, still hold.
        """
        self._state = state
        self._name = trainee_name
        _, note = attempt(lambda: self._training.plan_note(state.id), self.error.show_message)
        self.exercise.set_carer_note(note or "")
        stopped = _unanswered_stop(state)
        if stopped is None:
            self.show_next()
            return
        self._last_position, record = stopped
        self.error.show_message("")
        self.stop_advice.show_for(state, record)
        self.views.setCurrentWidget(self.stop_advice)

    def state(self) -> SessionState | None:
        """Return the session on screen."""
        return self._state

    def current_view(self) -> QWidget:
        """Return the view on screen."""
        view = self.views.currentWidget()
        assert view is not None
        return view

    def show_next(self) -> None:
        """Show whatever the session needs next."""
        state = self._state
        if state is None:
            return
        self.error.show_message("")
        self.views.pulse()  # also when the same view shows again, after a skip or an undo
        step = state.next_step()
        if step.kind is StepKind.WARMUP:
            self.warmup.reset()
            self.views.setCurrentWidget(self.warmup)
        elif step.kind is StepKind.EXERCISE and step.position is not None:
            item = state.progress_at(step.position).item
            exercise = self._catalogue.get(item.exercise_id)
            if exercise is None:  # removed from the catalogue since: pass it over
                position = step.position
                unavailable = SkipReason.UNAVAILABLE
                self._call(lambda: self._training.skip(state.id, position, unavailable))
                return
            self.exercise.show_set(state, step.position, step.set_number or 1, exercise)
            self.views.setCurrentWidget(self.exercise)
        elif step.kind is StepKind.COOLDOWN:
            self.cooldown.reset(cooldown_for(state))
            self.views.setCurrentWidget(self.cooldown)
        else:
            _, report = attempt(lambda: self._training.report(state.id), self.error.show_message)
            if report is not None:
                self._show_summary(report)

    def on_warmup_done(self) -> None:
        """Mark the warm-up done and go to the first exercise."""
        state = self._state
        if state is not None:
            self._call(lambda: self._training.finish_warmup(state.id))

    def on_set_done(self, reps: int, reached_failure: bool) -> None:
        """Keep the count and ask for the effort."""
        self._pending = (reps, reached_failure)
        self.effort.reset()
        self.effort.set_count(reps, self.exercise.measure())
        self.views.setCurrentWidget(self.effort)

    def on_effort_chosen(self, effort: Effort) -> None:
        """Keep the effort and ask about pain."""
        self._effort = effort
        self._pending = (self.effort.count_value(), self._pending[1])  # as corrected
        self.pain.reset()
        self.views.setCurrentWidget(self.pain)

    def on_pain_confirmed(
        self, pain: int, place: PainPlace | None, signals: frozenset[StopSignal]
    ) -> None:
        """Commit the set; then stop advice, a rest, or what comes next."""
        state = self._state
        step = state.next_step() if state is not None else None
        if state is None or step is None or step.position is None:
            return
        reps, failure = self._pending
        entry = SetInput(reps, failure, self._effort, pain, place, signals)
        position = step.position
        item = state.progress_at(position).item
        _, new_state = attempt(
            lambda: self._training.record_set(state.id, position, entry), self.error.show_message
        )
        if new_state is None:
            self.pain.offer_retry()  # the answers wait on screen to be saved again
            return
        self._state = new_state
        self._last_position = position
        self.data_changed.emit()
        recorded = new_state.progress_at(position).sets[-1]
        self._cues.announce(
            self,
            self.tr("Set saved: {count}.").format(count=count_text(reps, self.exercise.measure())),
        )
        following = new_state.next_step()
        if recorded.must_stop:
            self.stop_advice.show_for(new_state, recorded)
            self.views.setCurrentWidget(self.stop_advice)
        elif following.kind is StepKind.EXERCISE and following.position is not None:
            self.rest.start(
                item.rest_seconds,
                self._next_text(new_state, following.position, following.set_number or 1),
            )
            self.rest.undo.setVisible(True)
            self.views.setCurrentWidget(self.rest)
        else:
            self.show_next()

    def _next_text(self, state: SessionState, position: int, set_number: int) -> str:
        item = state.progress_at(position).item
        exercise = self._catalogue.get(item.exercise_id)
        name = exercise.text(current_language()).name if exercise else item.exercise_id
        return self.tr("{exercise}, set {number}").format(exercise=name, number=set_number)

    def on_skip(self) -> None:
        """Skip the rest of the exercise on screen."""
        state = self._state
        step = state.next_step() if state is not None else None
        if step is not None and step.position is not None:
            self._skip(step.position, SkipReason.CHOSEN)

    def on_skip_for_pain(self) -> None:
        """Record that the exercise that hurt stops because of pain; rest, then go on."""
        state, position = self._state, self._last_position
        if state is None or position is None:
            return
        rest_seconds = state.progress_at(position).item.rest_seconds
        _, new_state = attempt(
            lambda: self._training.skip(state.id, position, SkipReason.PAIN),
            self.error.show_message,
        )
        if new_state is None:
            return
        self._state = new_state
        self.data_changed.emit()
        following = new_state.next_step()
        if following.kind is StepKind.EXERCISE and following.position is not None:
            # The rest after a set that hurt is kept before the next exercise: more, not less.
            self.rest.start(
                rest_seconds,
                self._next_text(new_state, following.position, following.set_number or 1),
            )
            self.rest.undo.setVisible(False)  # the choice to go on was made on that set
            self.views.setCurrentWidget(self.rest)
        else:
            self.show_next()

    def _skip(self, position: int, reason: SkipReason) -> None:
        state = self._state
        if state is not None:
            self._call(lambda: self._training.skip(state.id, position, reason))

    def on_undo_requested(self) -> None:
        """Ask before undoing the last saved set: which one, and its count."""
        state = self._state
        last = state.last_set() if state is not None else None
        if last is None:
            return
        exercise = self._catalogue.get(last.exercise_id)
        name = exercise.text(current_language()).name if exercise else last.exercise_id
        measure = exercise.measure if exercise else self.exercise.measure()
        self._before_confirm = self.views.currentWidget()
        self.confirm_undo.show_for(name, last.set_number, count_text(last.reps, measure))
        self.views.setCurrentWidget(self.confirm_undo)
        self.confirm_undo.keep.setFocus()  # Space or Enter keeps the set, never undoes it

    def on_undo_confirmed(self) -> None:
        """Undo the set, and say on the screen what was undone."""
        state = self._state
        last = state.last_set() if state is not None else None
        if last is None:
            return
        self.on_undo()
        exercise = self._catalogue.get(last.exercise_id)
        measure = exercise.measure if exercise else self.exercise.measure()
        done = self.tr("Undone: set {number}, {count}.").format(
            number=last.set_number, count=count_text(last.reps, measure)
        )
        if self.current_view() is self.exercise:
            self.exercise.show_notice(done)
        self._cues.announce(self, done)

    def on_undo(self) -> None:
        """Undo the last confirmed set; it stays in the record, marked."""
        state = self._state
        if state is not None:
            self._call(lambda: self._training.undo_last_set(state.id))

    def on_stop_requested(self) -> None:
        """Ask before ending the session early."""
        self._before_confirm = self.views.currentWidget()
        self.views.setCurrentWidget(self.confirm_stop)

    def on_stop_cancelled(self) -> None:
        """Return to where the person was."""
        self.views.setCurrentWidget(self._before_confirm or self.exercise)

    def on_stop_confirmed(self) -> None:
        """End the session early and show what was done."""
        state = self._state
        if state is None:
            return
        _, report = attempt(lambda: self._training.end_early(state.id), self.error.show_message)
        if report is not None:
            self._state = report.state
            self.data_changed.emit()
            self._show_summary(report)

    def on_cooldown_done(self) -> None:
        """Finish the session and show the summary."""
        state = self._state
        if state is None:
            return
        _, report = attempt(lambda: self._training.finish(state.id), self.error.show_message)
        if report is not None:
            self._state = report.state
            self.data_changed.emit()
            self._show_summary(report)

    def _show_summary(self, report: SessionReport) -> None:
        # Nothing counts any more: no timer may keep waking the app.
        for countdown in (self.rest.countdown, self.warmup.countdown, self.cooldown.countdown):
            countdown.stop()
        self.exercise.stopwatch.reset()
        self.summary.show_report(report, self._name)
        self.views.setCurrentWidget(self.summary)

    def _call(self, action: Callable[[], SessionState]) -> None:
        _, new_state = attempt(action, self.error.show_message)
        if new_state is not None:
            self._state = new_state
            self.data_changed.emit()
            self.show_next()


def _unanswered_stop(state: SessionState) -> tuple[int, SetRecord] | None:
    """Return the place and set of a stop that still waits for the person's choice, if any."""
    last = state.last_set()
    if last is None or not last.must_stop or state.next_step().kind is StepKind.DONE:
        return None
    for progress in state.exercises:
        if last in progress.sets:
            return (progress.position, last) if progress.skipped is None else None
    return None
