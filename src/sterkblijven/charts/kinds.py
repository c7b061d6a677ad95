"""The kinds of progress chart by name, and a chart made for a kind.

The names are cheap to import; the charts themselves (pyqtgraph and numpy) load with the
first chart made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from sterkblijven.charts.style import ChartStyle

if TYPE_CHECKING:
    from sterkblijven.charts.base import Chart

TEST = "test"
EXERCISE = "exercise"
WEEKS = "weeks"
PAIN = "pain"


def make_chart(kind: str, style: ChartStyle, locale: QLocale) -> Chart:
    """Return a new chart of a kind (TEST, EXERCISE, WEEKS or PAIN) in a style and language."""
    from sterkblijven.charts.adherence_chart import AdherenceChart
    from sterkblijven.charts.exercise_chart import ExerciseChart
    from sterkblijven.charts.norm_chart import TestChart
    from sterkblijven.charts.pain_chart import PainChart

    charts: dict[str, type[Chart]] = {
        TEST: TestChart,
        EXERCISE: ExerciseChart,
        WEEKS: AdherenceChart,
        PAIN: PainChart,
    }
    return charts[kind](style, locale)
