"""The kinds of progress chart by name, and a chart made for a kind.

Importing this module loads pyqtgraph and numpy: import it when a chart is first needed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from sterkblijven.charts.adherence_chart import AdherenceChart
from sterkblijven.charts.base import Chart
from sterkblijven.charts.exercise_chart import ExerciseChart
from sterkblijven.charts.norm_chart import TestChart
from sterkblijven.charts.pain_chart import PainChart
from sterkblijven.charts.style import ChartStyle

TEST = "test"
EXERCISE = "exercise"
WEEKS = "weeks"
PAIN = "pain"

CHARTS: dict[str, type[Chart]] = {
    TEST: TestChart,
    EXERCISE: ExerciseChart,
    WEEKS: AdherenceChart,
    PAIN: PainChart,
}


def make_chart(kind: str, style: ChartStyle, locale: QLocale) -> Chart:
    """Return a new chart of a kind (TEST, EXERCISE, WEEKS or PAIN) in a style and language."""
    return CHARTS[kind](style, locale)
