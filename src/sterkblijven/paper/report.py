"""The progress report for the GP or physiotherapist, in large print with its charts.

It is written for the professional who receives it: about the person, in the third person and by
name, with the facts a physiotherapist asks for first (what happened, how much of the plan was
done, the tests against their norms, pain and stop signals, the dose and who changed it), and the
charts after them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from sterkblijven.charts.export import ChartPrinter
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Measure, Sex, Trainee
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, JointFeeling
from sterkblijven.paper.layout import (
    CHART_TEXT_PT,
    CHART_WIDTH_CM,
    IMAGE_DPI,
    exercise_measure,
    image_px,
    new_document,
    speaking,
)
from sterkblijven.paper.pages import Footer, name_the_job, paint_pages, write_pdf
from sterkblijven.paper.report_dose import write_decisions, write_doses
from sterkblijven.paper.report_events import write_events, write_sessions
from sterkblijven.paper.report_sheet import (
    REPORT_CHART_CM,
    REPORT_EXERCISE_CHART_CM,
    ReportSheet,
    table_day,
    translate,
)
from sterkblijven.paper.report_tests import write_tests
from sterkblijven.services.reports import (
    CheckIn,
    ExerciseInPeriod,
    ProgressReport,
    SessionBest,
    StopSignalReport,
)
from sterkblijven.words.basics import count_text, month_text, short_date
from sterkblijven.words.checkin import places_list
from sterkblijven.words.progress import band_step_name, exercise_name_load
from sterkblijven.words.session import pain_place_name, stop_signal_text

# A part kept whole on one page (a heading with its chart, a short table) is at most this share
# of a page; anything longer flows on and splits where it must. So a page a part moves away
# from is at least 60 % full.
KEEP_SHARE = 0.4


def write_report_pdf(
    report: ProgressReport, path: Path, *, catalogue: Catalogue, language: str
) -> int:
    """Write the progress report as a PDF/A file; return its number of pages.

    Raises OSError when the file cannot be written.
    """
    title = _report_title(report, language)
    return write_pdf(
        path,
        title,
        lambda device: print_report(report, device, catalogue=catalogue, language=language),
        archive=True,
    )


def print_report(
    report: ProgressReport,
    printer: QPagedPaintDevice,
    *,
    catalogue: Catalogue,
    language: str,
) -> int:
    """Draw the progress report on a printer (or PDF writer); return the pages, 0 on failure."""
    with speaking(language):
        name_the_job(printer, _report_title(report, language))
        document = report_document(report, catalogue=catalogue, language=language)
        footer = Footer(report.trainee.name, report.made_on)
        return paint_pages(document, printer, footer, keep_share=KEEP_SHARE)


def report_document(
    report: ProgressReport, *, catalogue: Catalogue, language: str
) -> QTextDocument:
    """Return the progress report as a document, laid out for paper only when painted."""
    with speaking(language) as locale:
        charts = ChartPrinter(locale, round(CHART_TEXT_PT / 72 * IMAGE_DPI))
        try:
            sheet = ReportSheet(report, catalogue, language, charts)
            for write in SECTIONS:
                write(sheet)
            return new_document(sheet.html.html(), sheet.images)
        finally:
            charts.close()


def _report_title(report: ProgressReport, language: str) -> str:
    with speaking(language):
        return translate("Report", "Progress report of {name}").format(name=report.trainee.name)


# --- The sections written here: who, pain and the day after, exercises, notes ----------------


def _header(sheet: ReportSheet) -> None:
    report, out = sheet.report, sheet.html
    trainee = report.trainee
    out.heading(1, translate("Report", "Progress report"))
    out.paragraph(
        translate(
            "Report",
            "A summary of the strength training {name} did at home with sterkblijven, for "
            "the GP or physiotherapist.",
        ).format(name=sheet.name)
    )
    sex = (
        translate("Report", "Female") if trainee.sex is Sex.FEMALE else translate("Report", "Male")
    )
    shown = report.covered
    out.table(
        [
            [translate("Report", "Name"), trainee.name],
            [
                translate("Report", "Age"),
                translate("Report", "{age} years (born in {year})").format(
                    age=report.age, year=_born(trainee)
                ),
            ],
            [translate("Report", "Sex"), sex],
            [
                translate("Report", "Period"),
                translate("Report", "{first} to {last}").format(
                    first=short_date(shown.first), last=short_date(shown.last)
                ),
            ],
            [translate("Report", "Made on"), short_date(report.made_on)],
        ],
        widths=(30, 70),
        label_column=True,
    )
    if not report.has_history:
        out.paragraph(
            translate("Report", "Nothing was recorded in this period: no sessions and no tests.")
        )


def _pain(sheet: ReportSheet) -> None:
    report, out = sheet.report, sheet.html
    out.heading(2, translate("Report", "Pain during training"))
    if not report.pain:
        out.paragraph(translate("Report", "No pain was recorded in this period."))
        return
    highest = max(int(point.value) for point in report.pain)
    rows = [
        [translate("Report", "Sessions with a pain answer"), str(len(report.pain))],
        [
            translate("Report", "Highest pain in a session"),
            translate("Report", "{pain} out of 10").format(pain=highest),
        ],
        [
            translate("Report", "Sessions with pain above 5"),
            str(sum(1 for point in report.pain if point.value > PAIN_ACCEPTABLE_MAX)),
        ],
    ]
    if report.pain_places:
        rows.append(
            [
                translate("Report", "Where (times named)"),
                ", ".join(
                    translate("Report", "{place} ({count})").format(
                        place=pain_place_name(place), count=count
                    )
                    for place, count in report.pain_places
                ),
            ]
        )
    out.table(rows, widths=(55, 45), label_column=True)
    out.paragraph(
        translate(
            "Report",
            "The highest pain of each session, 0 to 10, asked after every set: 0 to 2 "
            "counts as safe, 3 to 5 as acceptable, above 5 stops the exercise "
            "(pain monitoring, Silbernagel et al. 2007).",
        )
    )
    image = sheet.charts.pain(
        report.pain,
        translate("Report", "Pain (0 to 10)"),
        image_px(CHART_WIDTH_CM),
        image_px(REPORT_CHART_CM),
        sheet.marks,
    )
    sheet.chart("chart-pain", image, REPORT_CHART_CM)


def _stop_signals(sheet: ReportSheet) -> None:
    signals, out = sheet.report.stop_signals, sheet.html
    out.heading(2, translate("Report", "Stop signals"))
    if not signals:
        out.paragraph(
            translate(
                "Report",
                "No stop signals in this period: no exercise was stopped for pain above 5, "
                "sharp pain, swelling, warmth, locking or giving way.",
            )
        )
        return
    out.paragraph(
        translate(
            "Report",
            "Each time an exercise was stopped: the session, the exercise and what stopped "
            "it. The exercise stops at once, and the dose is lowered.",
        )
    )
    out.table(
        [
            [
                table_day(found.day),
                sheet.name_text(found.exercise_id),
                _stop_text(found),
            ]
            for found in signals
        ],
        header=(
            translate("Report", "Session"),
            translate("Report", "Exercise"),
            translate("Report", "What stopped the exercise"),
        ),
        widths=(24, 28, 48),
    )


def _checkins(sheet: ReportSheet) -> None:
    checkins, out = sheet.report.checkins, sheet.html
    out.heading(2, translate("Report", "The day after a session"))
    if not checkins:
        out.paragraph(translate("Report", "No answers about the next day in this period."))
        return
    feeling = _joint_words()
    counts = {joints: sum(1 for c in checkins if c.joints is joints) for joints in feeling}
    stiff = sum(1 for checkin in checkins if checkin.long_morning_stiffness)
    woken = sum(1 for checkin in checkins if checkin.night_pain)
    out.table(
        [
            *([feeling[joints], str(counts[joints])] for joints in feeling),
            [
                translate("Report", "Stiff for more than half an hour in the morning"),
                str(stiff),
            ],
            [translate("Report", "Woken by pain at night"), str(woken)],
        ],
        header=(translate("Report", "Joints the next day"), translate("Report", "Answers")),
        widths=(70, 30),
        label_column=True,
    )
    notable = [
        c
        for c in checkins
        if c.joints is JointFeeling.WORSE or c.long_morning_stiffness or c.night_pain
    ]
    if not notable:
        out.paragraph(
            translate(
                "Report",
                "No answer told of worse joints, long morning stiffness or pain at night.",
            )
        )
        return
    out.paragraph(
        translate("Report", "Answers that told of worse joints, long stiffness or pain at night:")
    )
    out.table(
        [[table_day(c.day), feeling[c.joints], _where(c), _stiff_or_night(c)] for c in notable],
        header=(
            translate("Report", "Date"),
            translate("Report", "Joints"),
            translate("Report", "Where"),
            translate("Report", "Stiffness or night pain"),
        ),
        widths=(24, 20, 28, 28),
    )


def _exercises(sheet: ReportSheet) -> None:
    out = sheet.html
    out.heading(2, translate("Report", "Exercises: load and best set"))
    if not sheet.report.exercises:
        out.paragraph(translate("Report", "No exercises were recorded in this period."))
        return
    out.paragraph(
        translate(
            "Report",
            "For each exercise: the load used (top) and the best set of each session (bottom).",
        )
    )
    for index, exercise in enumerate(sheet.report.exercises):
        _exercise(sheet, index, exercise)


def _exercise(sheet: ReportSheet, index: int, exercise: ExerciseInPeriod) -> None:
    out, series = sheet.html, exercise.series
    exercise_id = series.exercise_id
    measure = exercise_measure(sheet.catalogue, exercise_id)
    out.heading(3, sheet.name_text(exercise_id))
    names = {step.value: band_step_name(step) for step in series.band_steps}
    load_label = (
        translate("Report", "Band")
        if series.kind is EquipmentKind.BAND
        else translate("Report", "Weight (kg)")
    )
    height = REPORT_EXERCISE_CHART_CM if series.load else REPORT_CHART_CM
    image = sheet.charts.exercise(
        series,
        _best_set_label(measure),
        load_label,
        names or None,
        image_px(CHART_WIDTH_CM),
        image_px(height),
        sheet.marks,
    )
    sheet.chart(f"chart-exercise-{index}", image, height)
    monthly = (
        translate("Report", "The best set is shown as the typical one of each month.")
        if len(series.reps) < exercise.sessions
        else ""
    )
    out.lines([*_first_to_last(exercise, measure), monthly])


def _notes(sheet: ReportSheet) -> None:
    report, out = sheet.report, sheet.html
    out.heading(2, translate("Report", "Notes"))
    if not report.plan_note and not report.session_notes:
        out.paragraph(translate("Report", "There are no notes."))
        return
    if report.plan_note:
        out.heading(3, translate("Report", "Note with the plan"))
        out.paragraph(report.plan_note)
    if report.session_notes:
        out.heading(3, translate("Report", "Notes with sessions"))
        out.table(
            [[table_day(note.day), note.text] for note in report.session_notes],
            header=(translate("Report", "Date"), translate("Report", "Note")),
            widths=(30, 70),
        )


# The sections in the order a physiotherapist asks for them.
SECTIONS: tuple[Callable[[ReportSheet], None], ...] = (
    _header,
    write_events,
    write_sessions,
    write_tests,
    _pain,
    _stop_signals,
    _checkins,
    write_doses,
    write_decisions,
    _exercises,
    _notes,
)


# --- Words ----------------------------------------------------------------------------------


def _stop_text(found: StopSignalReport) -> str:
    told = [stop_signal_text(signal) for signal in found.signals]
    if found.pain is not None and found.pain > PAIN_ACCEPTABLE_MAX:
        told.insert(
            0,
            translate("Report", "Pain above 5 ({pain} out of 10)").format(pain=found.pain),
        )
    elif found.pain is not None:
        told.append(translate("Report", "pain {pain} out of 10").format(pain=found.pain))
    text = ", ".join(told)
    if found.place is not None:
        text = f"{text}, {pain_place_name(found.place).lower()}"
    return text


def _where(checkin: CheckIn) -> str:
    # Where was asked only for worse joints or night pain; stiffness alone names no place.
    if checkin.joints is not JointFeeling.WORSE and not checkin.night_pain:
        return ""
    return places_list(checkin.places) or translate("Report", "Not known")


def _stiff_or_night(checkin: CheckIn) -> str:
    told = [
        *([translate("Report", "Long stiffness")] if checkin.long_morning_stiffness else []),
        *([translate("Report", "night pain")] if checkin.night_pain else []),
    ]
    text = ", ".join(told) or translate("Report", "No")
    return text[:1].upper() + text[1:]


def _born(trainee: Trainee) -> str:
    """Return when the person was born, as far as they told: "December 1951", or "1951"."""
    if trainee.birth_month is None:
        return str(trainee.birth_year)
    return month_text(date(trainee.birth_year, trainee.birth_month, 1))


def _joint_words() -> dict[JointFeeling, str]:
    return {
        JointFeeling.BETTER: translate("Report", "Better"),
        JointFeeling.SAME: translate("Report", "As usual"),
        JointFeeling.WORSE: translate("Report", "Worse"),
    }


def _best_set_label(measure: Measure) -> str:
    if measure is Measure.SECONDS:
        return translate("Report", "Seconds in the best set")
    if measure is Measure.STEPS:
        return translate("Report", "Steps in the best set")
    return translate("Report", "Times in the best set")


def _first_to_last(exercise: ExerciseInPeriod, measure: Measure) -> list[str]:
    """Return the first and the last session of the period in words."""
    series = exercise.series

    def told(best: SessionBest, with_load: str, without_load: str) -> str:
        count = count_text(best.count, measure)
        day = short_date(best.day)
        if best.load is None:
            return without_load.format(date=day, count=count)
        load = exercise_name_load(series.kind, best.load, series.band_steps)
        return with_load.format(date=day, load=load, count=count)

    if exercise.sessions == 1:
        return [
            told(
                exercise.last,
                translate(
                    "Report", "One session in this period, {date}: {load}, best set {count}."
                ),
                translate("Report", "One session in this period, {date}: best set {count}."),
            )
        ]
    return [
        told(
            exercise.first,
            translate("Report", "First session, {date}: {load}, best set {count}."),
            translate("Report", "First session, {date}: best set {count}."),
        ),
        told(
            exercise.last,
            translate("Report", "Last session, {date}: {load}, best set {count}."),
            translate("Report", "Last session, {date}: best set {count}."),
        ),
    ]
