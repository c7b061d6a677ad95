"""Progress: one chart at a time with its summary in plain words beside it.

The chart package (and with it pyqtgraph and numpy) is imported when this page first shows a
chart, so starting the app does not pay for it. One chart of each kind is made and then
updated in place, which keeps switching topics and redrawing after a new result quick.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.charts.kinds import EXERCISE, PAIN, TEST, WEEKS, make_chart
from sterkblijven.charts.style import ChartStyle
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Measure
from sterkblijven.services.progress import Progress, ProgressIndex
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.operations import attempt
from sterkblijven.ui.common.theme import Theme
from sterkblijven.ui.common.widgets import (
    BigButton,
    ChoiceButton,
    ErrorLabel,
    Retranslating,
    ScrollPage,
    TextLabel,
    button_row,
    clear_layout,
    make_exclusive,
    page_with_footer,
)
from sterkblijven.words.basics import current_language
from sterkblijven.words.fitness import seconds_axis_label, test_name
from sterkblijven.words.progress import (
    adherence_summary,
    band_step_name,
    exercise_summary,
    pain_summary,
    test_summary,
)

if TYPE_CHECKING:
    from sterkblijven.charts.base import Chart


@dataclass(frozen=True, slots=True)
class Topic:
    """One thing the page can chart: a test, an exercise, the weeks trained, or pain."""

    kind: str
    key: str = ""


class ProgressPage(Retranslating, QWidget):
    """A list of topics; the chosen one is charted with its summary beside it."""

    back_requested = Signal()
    tests_requested = Signal()

    def __init__(
        self,
        progress: Progress,
        catalogue: Catalogue,
        current_theme: Callable[[], Theme],
        events: AppEvents,
    ) -> None:
        super().__init__()
        events.changed.connect(self.on_data_changed)
        self._progress = progress
        self._catalogue = catalogue
        self._current_theme = current_theme
        self._trainee_id: int | None = None
        self._index: ProgressIndex | None = None
        # The trained exercises, kept between redraws: listing them reads every set's index
        # entry, and only new sets change them (not a new test result).
        self._exercises: tuple[str, ...] | None = None
        self._topic: Topic | None = None
        self._charts: dict[str, Chart] = {}
        self.topic_buttons: dict[Topic, ChoiceButton] = {}
        self.page = ScrollPage()
        self.title = TextLabel("title")
        self.error = ErrorLabel()
        self.topics = QVBoxLayout()
        self.topics.setSpacing(10)
        self.topic_title = TextLabel("heading")
        self.summary = TextLabel()
        self.chart_area = QVBoxLayout()
        self.empty = TextLabel()
        # One column at every text size: the chart and its words first, then the other topics.
        self.more = TextLabel("heading")
        for widget in (self.title, self.error, self.empty):
            self.page.body.addWidget(widget)
        self.page.body.addWidget(self.topic_title)
        self.page.body.addWidget(self.summary)
        self.page.body.addLayout(self.chart_area)
        self.page.body.addWidget(self.more)
        self.page.body.addLayout(self.topics)
        self.page.body.addStretch(1)
        self.back = BigButton()
        self.do_test = BigButton()
        footer = button_row(self.back)
        footer.addWidget(self.do_test)
        page_with_footer(self, self.page, footer)
        self.back.clicked.connect(self.back_requested)
        self.do_test.clicked.connect(self.tests_requested)
        self.retranslate_ui()

    @property
    def topic(self) -> Topic | None:
        """Return the topic shown now."""
        return self._topic

    def prepare(self) -> None:
        """Make the charts of tests and exercises ahead, hidden, loading the chart library.

        Done while the person reads home, so the first opening only reads and draws.
        """
        for kind in (TEST, EXERCISE):
            self._chart(kind).hide()

    def chart(self, kind: str) -> Chart | None:
        """Return the chart made for a kind of topic, if it was shown."""
        return self._charts.get(kind)

    def open(self, trainee_id: int) -> None:
        """Show a trainee's progress, starting with the most telling chart."""
        self._trainee_id = trainee_id
        attempt(lambda: self._progress.note_opened(trainee_id), self.error.show_message)
        self._topic = None
        self._index = None
        self._exercises = None
        self._clear()
        self.refresh()

    def refresh(self) -> None:
        """Read what there is to show again and redraw the chosen topic."""
        trainee_id = self._trainee_id
        if trainee_id is None:
            return
        known = self._exercises
        ok, index = attempt(
            lambda: self._progress.index(trainee_id, known), self.error.show_message
        )
        if not ok or index is None:
            return
        self._exercises = index.exercises
        same_topics = self._index is not None and self._topics(self._index) == self._topics(index)
        self._index = index
        topics = self._topics(index)
        if self._topic not in topics:
            self._topic = topics[0] if topics else None
        if same_topics and self.topic_buttons:
            self._draw()  # a new result for a topic already listed: redraw only, in place
        else:
            self.retranslate_ui()

    def on_data_changed(self, change: str) -> None:
        """Follow a new theme; read the data again after new tests or sessions, when shown."""
        if change in (Change.SESSIONS, Change.TRAINEES):
            # New sets, or people's data replaced: the trained exercises are listed again,
            # also while the page is hidden, so that the next redraw reads them.
            self._exercises = None
        if change == Change.PREFERENCES:
            self.apply_theme()
        # The window's stack hides every page but the one shown.
        elif change in (Change.TESTS, Change.SESSIONS) and not self.isHidden():
            self.refresh()

    def apply_theme(self) -> None:
        """Restyle the charts for a new theme or text size."""
        style = self._style()
        for chart in self._charts.values():
            chart.set_style(style)

    def show_topic(self, topic: Topic) -> None:
        """Chart one topic with its summary."""
        self._topic = topic
        button = self.topic_buttons.get(topic)
        if button is not None and not button.isChecked():
            button.setChecked(True)
        self._draw()

    def on_topic_clicked(self, topic: Topic) -> None:
        """Chart the chosen topic and bring its words and chart into view."""
        self.show_topic(topic)
        self.page.verticalScrollBar().setValue(0)

    def _topics(self, index: ProgressIndex) -> list[Topic]:
        topics = [Topic(TEST, test.id) for test in index.tests]
        topics.extend(Topic(EXERCISE, exercise_id) for exercise_id in index.exercises)
        if index.sessions:
            topics.append(Topic(WEEKS))
        if index.has_pain:
            topics.append(Topic(PAIN))
        return topics

    def _fill_topics(self, topics: list[Topic]) -> None:
        clear_layout(self.topics)
        self.topic_buttons = {}
        heading_for = {
            TEST: self.tr("Tests"),
            EXERCISE: self.tr("Exercises"),
            WEEKS: self.tr("Training"),
        }
        previous_kind = ""
        for topic in topics:
            kind = WEEKS if topic.kind == PAIN else topic.kind
            if kind != previous_kind:
                self.topics.addWidget(_heading(heading_for[kind]))
                previous_kind = kind
            button = ChoiceButton("tile")
            button.clicked.connect(lambda _=False, chosen=topic: self.on_topic_clicked(chosen))
            self.topics.addWidget(button)
            self.topic_buttons[topic] = button
        make_exclusive(list(self.topic_buttons.values()))
        if self._topic in self.topic_buttons:
            self.topic_buttons[self._topic].setChecked(True)

    def _topic_name(self, topic: Topic) -> str:
        if topic.kind == TEST:
            return test_name(topic.key)
        if topic.kind == EXERCISE:
            return self._exercise_name(topic.key)
        if topic.kind == WEEKS:
            return self.tr("Sessions per week")
        return self.tr("Pain during training")

    def _exercise_name(self, exercise_id: str) -> str:
        exercise = self._catalogue.get(exercise_id)
        if exercise is None:
            return exercise_id
        return exercise.text(current_language()).name

    def _measure(self, exercise_id: str) -> Measure:
        exercise = self._catalogue.get(exercise_id)
        return exercise.measure if exercise is not None else Measure.REPS

    def _count_label(self, exercise_id: str) -> str:
        measure = self._measure(exercise_id)
        if measure is Measure.SECONDS:
            return self.tr("Seconds in your best set")
        if measure is Measure.STEPS:
            return self.tr("Steps in your best set")
        return self.tr("Times in your best set")

    def _load_label(self, kind: EquipmentKind) -> str:
        return self.tr("Band") if kind is EquipmentKind.BAND else self.tr("Weight (kg)")

    def _style(self) -> ChartStyle:
        current = self._current_theme()
        colours = current.colours
        return ChartStyle(
            background=colours.surface,
            text=colours.text,
            line=colours.primary,
            second=colours.focus,
            # A green band on the light theme; in high contrast a grey one (white, see-through)
            # that stays apart from the yellow line.
            normal_fill=colours.text if colours.surface == "#000000" else "#2E7D32",
            risk=colours.error_text,
            font_px=current.body_px,
        )

    def _chart(self, kind: str) -> Chart:
        chart = self._charts.get(kind)
        if chart is not None:
            return chart
        chart = make_chart(kind, self._style(), QLocale())
        self._charts[kind] = chart
        self.chart_area.addWidget(chart)
        return chart

    def _draw(self) -> None:
        topic, trainee_id = self._topic, self._trainee_id
        if topic is None or trainee_id is None:
            return
        name = self._topic_name(topic)
        summary = ""
        chart = self._chart(topic.kind)
        chart.set_locale(QLocale())
        if topic.kind == TEST:
            ok, test = attempt(
                lambda: self._progress.test(trainee_id, topic.key), self.error.show_message
            )
            if not ok or test is None:
                return
            summary = test_summary(test)
            label = (
                seconds_axis_label()
                if test.series.lower_is_better
                else self.tr("Steps")
                if topic.key == "step_test_2min"
                else self.tr("Times")
            )
            chart.show_series(test.series, label)
        elif topic.kind == EXERCISE:
            ok, exercise = attempt(
                lambda: self._progress.exercise(trainee_id, topic.key), self.error.show_message
            )
            if not ok or exercise is None:
                return
            summary = exercise_summary(exercise, self._measure(topic.key))
            names = {step.value: band_step_name(step) for step in exercise.series.band_steps}
            chart.show_series(
                exercise.series,
                self._count_label(topic.key),
                self._load_label(exercise.series.kind),
                names or None,
            )
        elif topic.kind == WEEKS:
            ok, weeks = attempt(
                lambda: self._progress.adherence(trainee_id), self.error.show_message
            )
            if not ok or weeks is None:
                return
            summary = adherence_summary(weeks)
            chart.show_series(weeks, self.tr("Sessions"))
        else:
            ok, pain = attempt(lambda: self._progress.pain(trainee_id), self.error.show_message)
            if not ok or pain is None:
                return
            summary = pain_summary(pain)
            chart.show_series(pain, self.tr("Pain (0 to 10)"))
        for kind, other in self._charts.items():
            other.setVisible(kind == topic.kind)
        self.topic_title.setText(name)
        self.summary.setText(summary)
        chart.set_summary(name, summary)

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""
        index = self._index
        name = index.trainee.name if index is not None else ""
        self.title.setText(self.tr("Progress of {name}").format(name=name) if name else "")
        self.more.setText(self.tr("More to see"))
        if index is not None:
            self._fill_topics(self._topics(index))
        has_topics = bool(self.topic_buttons)
        self.empty.setVisible(not has_topics)
        self.more.setVisible(has_topics)
        self.empty.setText(
            self.tr(
                "There is nothing to show yet. After your first session or test, your progress "
                "appears here."
            )
        )
        for topic, button in self.topic_buttons.items():
            button.set_label(self._topic_name(topic))
        self.back.setText(self.tr("Back"))
        self.do_test.setText(self.tr("Do a test"))
        if has_topics and self._topic is not None:
            self._draw()
        else:
            self._clear()

    def _clear(self) -> None:
        """Show nothing of anyone: a person without history must never see someone else's."""
        for chart in self._charts.values():
            chart.hide()
            chart.set_summary("", "")
        self.topic_title.clear()
        self.summary.clear()


def _heading(text: str) -> TextLabel:
    label = TextLabel("heading")
    label.setText(text)
    return label
