"""The report's test results: a table per test with its norm, its source and a verdict."""

from __future__ import annotations

from sterkblijven.domain import norms
from sterkblijven.domain.fitness import TESTS
from sterkblijven.domain.model import Sex
from sterkblijven.paper.layout import CHART_WIDTH_CM, image_px
from sterkblijven.paper.report_sheet import REPORT_CHART_CM, ReportSheet, table_day, translate
from sterkblijven.services.reports import TestInPeriod, TestRow
from sterkblijven.words.basics import number
from sterkblijven.words.fitness import test_name


def write_tests(sheet: ReportSheet) -> None:
    """Write a table per test: date, result, conditions, the norm with its source, verdict."""
    out, report = sheet.html, sheet.report
    out.heading(2, translate("Report", "Test results"))
    if not report.test_rows:
        out.paragraph(translate("Report", "No functional tests were done in this period."))
        return
    charts = {test.series.test_id: test for test in report.tests}
    order = [test.id for test in TESTS]
    shown = sorted({row.test_id for row in report.test_rows}, key=order.index)
    for index, test_id in enumerate(shown):
        rows = [row for row in report.test_rows if row.test_id == test_id]
        out.heading(3, test_name(test_id))
        sources = ", ".join(_source_name(source) for source in rows[-1].sources)
        norms_told = {_norm_text(row) for row in rows}
        one_norm = len(norms_told) == 1
        if one_norm:
            out.paragraph(
                translate("Report", "Norm: {norm} ({sources}).").format(
                    norm=norms_told.pop(), sources=sources
                )
            )
        else:
            out.paragraph(
                translate("Report", "Source of the norm: {sources}.").format(sources=sources)
            )
        if test_id in charts:
            _test_chart(sheet, index, charts[test_id])
        with_conditions = any(_conditions(row) for row in rows)
        header = [translate("Report", "Date"), translate("Report", "Result")]
        widths = [24, 16]
        if with_conditions:
            header.append(translate("Report", "Conditions"))
            widths.append(22)
        if not one_norm:
            header.append(translate("Report", "Norm"))
            widths.append(22)
        header.append(translate("Report", "Verdict"))
        widths.append(100 - sum(widths))
        out.table(
            [_test_row(row, with_conditions, not one_norm) for row in rows],
            header=header,
            widths=widths,
        )
    out.paragraph(
        translate(
            "Report",
            "The normal range is the 25th to 75th percentile for the age band and sex. An arm "
            "curl with another dumbbell than the norm's is not compared with it; a chair stand "
            "that needed the arms counts as 0, as the protocol prescribes.",
        ),
        translate(
            "Report",
            "Arm curls with another dumbbell than the norm's are drawn as a second line, "
            "in another colour.",
        )
        if any(test.series.other for test in report.tests)
        else "",
    )


def _test_row(row: TestRow, conditions: bool, norm: bool) -> list[str]:
    return [
        table_day(row.day),
        _result(row),
        *([_conditions(row)] if conditions else []),
        *([_norm_text(row)] if norm else []),
        _verdict(row),
    ]


def _test_chart(sheet: ReportSheet, index: int, test: TestInPeriod) -> None:
    series = test.series
    if series.lower_is_better:
        label = translate("Report", "Seconds")
    elif series.test_id == "step_test_2min":
        label = translate("Report", "Steps")
    else:
        label = translate("Report", "Times")
    image = sheet.charts.test(
        series, label, image_px(CHART_WIDTH_CM), image_px(REPORT_CHART_CM), sheet.marks
    )
    sheet.chart(f"chart-test-{index}", image, REPORT_CHART_CM)


def _result(row: TestRow) -> str:
    if row.used_arms:
        return "0"
    if row.test_id in norms.TIMED:
        return translate("Report", "{value} s").format(value=number(row.value))
    if row.test_id == "step_test_2min":
        return translate("Report", "{count} steps").format(count=int(row.value))
    return translate("Report", "{count} times").format(count=int(row.value))


def _conditions(row: TestRow) -> str:
    if row.test_id == "arm_curl_30s":
        if row.dumbbell_kg is None:
            return translate("Report", "Not recorded")
        return translate("Report", "{kg} kg").format(kg=number(row.dumbbell_kg))
    if row.test_id == "chair_stand_30s":
        if row.used_arms:
            return translate(
                "Report", "The arms were needed: counts as 0, as the protocol prescribes"
            )
        return translate("Report", "Arms crossed")
    return ""


def _norm_text(row: TestRow) -> str:
    sex = translate("Report", "women") if row.sex is Sex.FEMALE else translate("Report", "men")
    if row.test_id == "timed_up_and_go":
        return translate("Report", "{seconds} s or more: fall risk").format(
            seconds=number(norms.TUG_FALL_RISK_SECONDS)
        )
    if row.age_band is None:
        return ""
    band = f"{row.age_band[0]}-{row.age_band[1]}"
    if row.test_id == "five_times_sit_to_stand":
        limit = norms.FIVE_STS_SLOWER_ABOVE.get(row.age_band)
        if limit is None:
            return ""
        return translate("Report", "age {band}: up to {limit} s").format(
            band=band, limit=number(limit)
        )
    if row.normal_range is None:
        return ""
    low, high = row.normal_range
    if row.test_id in norms.TIMED:
        unit = translate("Report", "s")
    elif row.test_id == "step_test_2min":
        unit = translate("Report", "steps")
    else:
        unit = translate("Report", "times")
    text = translate("Report", "{sex} {band}: {low}-{high} {unit}").format(
        sex=sex, band=band, low=number(low), high=number(high), unit=unit
    )
    if row.norm_kg is not None:
        text = translate("Report", "{norm}, with {kg} kg").format(
            norm=text, kg=number(round(row.norm_kg, 1))
        )
    return text


def _verdict(row: TestRow) -> str:
    if not row.comparable:
        if row.dumbbell_kg is None:
            return translate("Report", "Not comparable with the norm: the dumbbell is not recorded")
        return translate(
            "Report", "Not comparable with the norm: dumbbell of {kg} kg, the norm is for {norm} kg"
        ).format(kg=number(row.dumbbell_kg), norm=number(round(row.norm_kg or 0.0, 1)))
    ratings = {
        norms.BELOW_AVERAGE: translate("Report", "Below the range"),
        norms.AVERAGE: translate("Report", "Within the range"),
        norms.ABOVE_AVERAGE: translate("Report", "Above the range"),
    }
    if row.test_id == "timed_up_and_go":
        ratings[norms.BELOW_AVERAGE] = translate("Report", "Above the limit")
        ratings[norms.AVERAGE] = translate("Report", "Below the limit")
    if row.test_id == "five_times_sit_to_stand":
        ratings[norms.BELOW_AVERAGE] = translate("Report", "Slower than average")
        ratings[norms.AVERAGE] = translate("Report", "Not slower")
    text = ratings.get(row.rating or "", "")
    if row.fall_risk:
        text = translate("Report", "{verdict}; fall risk").format(verdict=text)
    return text


def _source_name(source: norms.NormSource) -> str:
    names = {
        norms.NormSource.RIKLI_JONES: translate("Report", "Rikli & Jones 1999"),
        norms.NormSource.STEADI: translate("Report", "CDC STEADI"),
        norms.NormSource.BOHANNON: translate("Report", "Bohannon 2006"),
        norms.NormSource.BUATOIS: translate("Report", "Buatois et al. 2008"),
    }
    return names[source]
