"""The chart axes: dates in the person's language and round values, never crowded."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtGui import QFont, QFontMetricsF

from sterkblijven.charts.axes import DateAxis, ValueAxis, day_value
from tests.charts.samples import DUTCH, ENGLISH


def font_of(px: int) -> QFont:
    """Return the default font at a pixel size."""
    font = QFont()
    font.setPixelSize(px)
    return font


def test_date_axis_writes_months_in_the_locale() -> None:
    """The same ticks read "mrt 2026" in Dutch and "Mar 2026" in English."""
    first, last = day_value(date(2026, 1, 10)), day_value(date(2026, 7, 20))
    dutch = [text for _, text in DateAxis(DUTCH).labels(first, last, 900)]
    english = [text for _, text in DateAxis(ENGLISH).labels(first, last, 900)]
    assert "mrt 2026" in dutch
    assert "Mar 2026" in english
    assert len(dutch) == len(english)


def test_date_ticks_step_by_months_then_years_and_never_crowd() -> None:
    """Under two years the ticks fall on months, beyond on years, at most six that fit."""
    axis = DateAxis(DUTCH, font_px=19)
    months = axis.labels(day_value(date(2025, 1, 1)), day_value(date(2026, 8, 1)), 900)
    years = axis.labels(day_value(date(2020, 5, 1)), day_value(date(2026, 8, 1)), 900)
    assert 2 <= len(months) <= 6
    assert all(date.fromordinal(int(x)).day == 1 for x, _ in months)
    assert all(text.split()[0].isalpha() for _, text in months)
    assert 2 <= len(years) <= 6
    assert all(text.isdigit() for _, text in years)
    large = DateAxis(DUTCH, font_px=38)
    span = (day_value(date(2025, 1, 1)), day_value(date(2026, 8, 1)))
    crowded = large.labels(*span, 500)
    per_day = 500 / (span[1] - span[0])
    metrics = QFontMetricsF(font_of(38))
    for (left, left_text), (right, right_text) in itertools.pairwise(crowded):
        room = (right - left) * per_day
        needed = (metrics.horizontalAdvance(left_text) + metrics.horizontalAdvance(right_text)) / 2
        assert room > needed + 19
    assert 1 <= len(crowded) < len(months)


def test_short_history_gets_day_ticks() -> None:
    """A few weeks of results are labelled with days and month names."""
    labels = DateAxis(DUTCH).labels(day_value(date(2026, 3, 2)), day_value(date(2026, 3, 30)), 900)
    assert 2 <= len(labels) <= 6
    assert any(text.endswith(" mrt") for _, text in labels)


def test_value_axis_uses_round_steps_and_the_decimal_comma() -> None:
    """Counts tick on whole numbers; a decimal range uses the locale's decimal comma."""
    counts = [text for _, text in ValueAxis(DUTCH, whole=True).labels(-0.5, 16.5, 300)]
    assert counts and all(text.isdigit() for text in counts)
    assert len(counts) <= 7
    speeds = [text for _, text in ValueAxis(DUTCH, whole=False).labels(0.7, 1.3, 400)]
    assert any("," in text for text in speeds)
    assert not any(text.startswith("-") for text in counts + speeds)


def test_crowded_band_names_keep_the_ones_used() -> None:
    """Where names would overlap, the names of loads actually used stay on the axis."""
    axis = ValueAxis(DUTCH, whole=False, font_px=38)
    axis.set_names({0.0: "Geel", 0.5: "Geel, dubbel", 1.0: "Rood"}, preferred=[0.5])
    assert [text for _, text in axis.labels(-0.5, 1.5, 120)] == ["Geel, dubbel"]
