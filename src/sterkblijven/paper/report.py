"""The progress report for the GP or physiotherapist, in large print with its charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QPagedPaintDevice, QTextDocument

from sterkblijven.charts.export import ChartPrinter
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import EquipmentKind, Measure, RoutineExercise, Sex, Trainee
from sterkblijven.domain.session import JointFeeling
from sterkblijven.paper.layout import (
    CHART_HEIGHT_CM,
    CHART_TEXT_PT,
    CHART_WIDTH_CM,
    EXERCISE_CHART_HEIGHT_CM,
    IMAGE_DPI,
    Html,
    dose_short_rest,
    dose_target,
    exercise_measure,
    exercise_name,
    image_px,
    new_document,
    speaking,
    weekday_names,
)
from sterkblijven.paper.pages import Footer, name_the_job, paint_pages, write_pdf
from sterkblijven.services.reports import (
    CheckIn,
    ExerciseInPeriod,
    ProgressReport,
    SessionBest,
    TestInPeriod,
)
from sterkblijven.words.basics import count_text, load_text, month_text, short_date
from sterkblijven.words.checkin import places_list
from sterkblijven.words.fitness import rated_text, test_name
from sterkblijven.words.health import clearance_text, precaution_name, stay_text
from sterkblijven.words.progress import band_step_name, exercise_name_load, pain_summary
from sterkblijven.words.session import stop_signal_text

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def write_report_pdf(
    report: ProgressReport, path: Path, *, catalogue: Catalogue, language: str
) -> int:
    """Write the progress report as a PDF file; return its number of pages.

    Raises OSError when the file cannot be written.
    """
    title = _report_title(report, language)
    return write_pdf(
        path,
        title,
        lambda device: print_report(report, device, catalogue=catalogue, language=language),
    )


def print_report(
    report: ProgressReport,
    printer: QPagedPaintDevice,
    *,
    catalogue: Catalogue,
    language: str,
) -> int:
    """Draw the progress report on a printer (or PDF writer); return the pages, 0 on failure."""
    with speaking(language) as locale:
        name_the_job(printer, _report_title(report, language))
        charts = ChartPrinter(locale, round(CHART_TEXT_PT / 72 * IMAGE_DPI))
        try:
            document = _ReportWriter(report, catalogue, language, charts).document()
        finally:
            charts.close()
        footer = Footer(report.trainee.name, report.made_on)
        return paint_pages(document, printer, footer)


def _report_title(report: ProgressReport, language: str) -> str:
    with speaking(language):
        return translate("Report", "Progress report of {name}").format(name=report.trainee.name)


# --- The progress report --------------------------------------------------------------------


class _ReportWriter:
    """Writes the sections of a progress report, with its charts as images."""

    def __init__(
        self, report: ProgressReport, catalogue: Catalogue, language: str, charts: ChartPrinter
    ) -> None:
        self._report = report
        self._catalogue = catalogue
        self._language = language
        self._charts = charts
        self._html = Html()
        self._images: dict[str, QImage] = {}

    def document(self) -> QTextDocument:
        self._header()
        self._sessions()
        self._exercises()
        self._tests()
        self._pain()
        self._stop_signals()
        self._notes()
        self._health()
        self._plan()
        return new_document(self._html.html(), self._images)

    def _chart(self, name: str, image: QImage, height_cm: float) -> None:
        self._images[name] = image
        self._html.image(name, CHART_WIDTH_CM, height_cm)

    def _header(self) -> None:
        report, out = self._report, self._html
        trainee = report.trainee
        out.heading(1, translate("Report", "Progress report"))
        out.paragraph(
            translate(
                "Report",
                "A summary of the strength training at home, to show to a GP or physiotherapist.",
            )
        )
        sex = (
            translate("Report", "Female")
            if trainee.sex is Sex.FEMALE
            else translate("Report", "Male")
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
                translate(
                    "Report", "Nothing was recorded in this period: no sessions and no tests."
                )
            )

    def _sessions(self) -> None:
        attendance, out = self._report.attendance, self._html
        out.heading(2, translate("Report", "Sessions per week"))
        if not attendance.sessions:
            out.paragraph(translate("Report", "No sessions were done in this period."))
            return
        rows = [
            [translate("Report", "Sessions done"), str(attendance.sessions)],
            [
                translate("Report", "Weeks with at least one session"),
                translate("Report", "{weeks} of {total}").format(
                    weeks=attendance.weeks_trained, total=len(attendance.weeks.weeks)
                ),
            ],
            [
                translate("Report", "Longest run of weeks in a row with a session"),
                str(attendance.weeks.best_streak),
            ],
        ]
        if attendance.goal_per_week is not None:
            rows.append(
                [translate("Report", "Sessions a week in the plan"), str(attendance.goal_per_week)]
            )
        out.table(rows, widths=(70, 30), label_column=True)
        width, height = image_px(CHART_WIDTH_CM), image_px(CHART_HEIGHT_CM)
        image = self._charts.adherence(
            attendance.weeks, translate("Report", "Sessions"), width, height
        )
        self._chart("chart-weeks", image, CHART_HEIGHT_CM)
        out.paragraph(
            translate(
                "Report",
                "Each bar is one week. The line marks one session a week: the least that counts.",
            )
        )

    def _exercises(self) -> None:
        out = self._html
        out.heading(2, translate("Report", "Exercises: load and best set"))
        if not self._report.exercises:
            out.paragraph(translate("Report", "No exercises were recorded in this period."))
            return
        out.paragraph(
            translate(
                "Report",
                "For each exercise: the load used (top) and the best set of each session (bottom).",
            )
        )
        for index, exercise in enumerate(self._report.exercises):
            self._exercise(index, exercise)

    def _exercise(self, index: int, exercise: ExerciseInPeriod) -> None:
        out, series = self._html, exercise.series
        exercise_id = series.exercise_id
        measure = exercise_measure(self._catalogue, exercise_id)
        out.heading(3, exercise_name(self._catalogue, exercise_id, self._language))
        names = {step.value: band_step_name(step) for step in series.band_steps}
        load_label = (
            translate("Report", "Band")
            if series.kind is EquipmentKind.BAND
            else translate("Report", "Weight (kg)")
        )
        height = EXERCISE_CHART_HEIGHT_CM if series.load else CHART_HEIGHT_CM
        image = self._charts.exercise(
            series,
            _best_set_label(measure),
            load_label,
            names or None,
            image_px(CHART_WIDTH_CM),
            image_px(height),
        )
        self._chart(f"chart-exercise-{index}", image, height)
        monthly = (
            translate("Report", "The best set is shown as the typical one of each month.")
            if len(series.reps) < exercise.sessions
            else ""
        )
        out.lines([*_first_to_last(exercise, measure), monthly])

    def _tests(self) -> None:
        out = self._html
        out.heading(2, translate("Report", "Functional tests"))
        if not self._report.tests:
            out.paragraph(translate("Report", "No functional tests were done in this period."))
            return
        out.paragraph(
            translate(
                "Report",
                "Each chart shows the results over time. The shaded band is the normal range "
                "for the age and sex; a dashed line marks a higher chance of falling.",
            )
        )
        if any(test.series.other for test in self._report.tests):
            out.paragraph(
                translate(
                    "Report",
                    "Arm curls done with another dumbbell than the test asks are drawn as a "
                    "second line, in another colour: their counts are not compared with the "
                    "normal range.",
                )
            )
        for index, test in enumerate(self._report.tests):
            self._test(index, test)

    def _test(self, index: int, test: TestInPeriod) -> None:
        out, series = self._html, test.series
        out.heading(3, test_name(series.test_id))
        if series.lower_is_better:
            label = translate("Report", "Seconds")
        elif series.test_id == "step_test_2min":
            label = translate("Report", "Steps")
        else:
            label = translate("Report", "Times")
        image = self._charts.test(
            series, label, image_px(CHART_WIDTH_CM), image_px(CHART_HEIGHT_CM)
        )
        self._chart(f"chart-test-{index}", image, CHART_HEIGHT_CM)
        told = [line for line in rated_text(test.latest) if line]
        if test.latest.previous is None:
            # rated_text ends with the change since the previous result; in a period with one
            # result there is none, and "your first result" would not be true.
            told = told[:-1]
        count = translate("Report", "Results in this period: {count}.").format(count=test.results)
        out.paragraph(*told, count)

    def _pain(self) -> None:
        report, out = self._report, self._html
        out.heading(2, translate("Report", "Pain during training"))
        if report.pain:
            image = self._charts.pain(
                report.pain,
                translate("Report", "Pain (0 to 10)"),
                image_px(CHART_WIDTH_CM),
                image_px(CHART_HEIGHT_CM),
            )
            self._chart("chart-pain", image, CHART_HEIGHT_CM)
            out.paragraph(pain_summary(report.pain))
            highest = max(int(point.value) for point in report.pain)
            out.table(
                [
                    [translate("Report", "Sessions with a pain answer"), str(len(report.pain))],
                    [
                        translate("Report", "Highest pain in a session"),
                        translate("Report", "{pain} out of 10").format(pain=highest),
                    ],
                    [
                        translate("Report", "Sessions with pain above 5"),
                        str(sum(1 for point in report.pain if point.value > 5)),
                    ],
                ],
                widths=(70, 30),
                label_column=True,
            )
        else:
            out.paragraph(translate("Report", "No pain was recorded in this period."))
        self._checkins()

    def _checkins(self) -> None:
        checkins, out = self._report.checkins, self._html
        out.heading(3, translate("Report", "The day after a session"))
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
            translate(
                "Report", "Answers that told of worse joints, long stiffness or pain at night:"
            )
        )
        out.table(
            [
                [short_date(c.day), feeling[c.joints], _where(c), _stiff_or_night(c)]
                for c in notable
            ],
            header=(
                translate("Report", "Date"),
                translate("Report", "Joints"),
                translate("Report", "Where"),
                translate("Report", "Stiffness or night pain"),
            ),
            widths=(24, 22, 26, 28),
        )

    def _stop_signals(self) -> None:
        signals, out = self._report.stop_signals, self._html
        out.heading(2, translate("Report", "Stop signals"))
        if not signals:
            out.paragraph(translate("Report", "No stop signals were reported in this period."))
            return
        out.paragraph(
            translate(
                "Report",
                "Signs noticed during an exercise that mean: stop this exercise and seek advice.",
            )
        )
        out.table(
            [
                [
                    short_date(found.day),
                    exercise_name(self._catalogue, found.exercise_id, self._language),
                    stop_signal_text(signal),
                    translate("Report", "{pain} out of 10").format(pain=found.pain)
                    if found.pain is not None
                    else "",
                ]
                for found in signals
                for signal in found.signals
            ],
            header=(
                translate("Report", "Date"),
                translate("Report", "Exercise"),
                translate("Report", "Stop signal"),
                translate("Report", "Pain"),
            ),
            widths=(24, 24, 34, 18),
        )

    def _notes(self) -> None:
        report, out = self._report, self._html
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
                [[short_date(note.day), note.text] for note in report.session_notes],
                header=(translate("Report", "Date"), translate("Report", "Note")),
                widths=(30, 70),
            )

    def _health(self) -> None:
        """Tell the hospital stays and the movement advice in force; nothing when there is none."""
        report, out = self._report, self._html
        if not report.hospital_stays and not report.precautions:
            return
        out.heading(2, translate("Report", "Hospital stays and movement advice"))
        if report.hospital_stays:
            out.table(
                [[stay_text(stay), clearance_text(stay)] for stay in report.hospital_stays],
                header=(translate("Report", "Hospital stay"), translate("Report", "Training")),
                widths=(55, 45),
            )
        if not report.precautions:
            out.paragraph(translate("Report", "No movement advice is in force."))
            return
        out.paragraph(
            translate(
                "Report",
                "Movement advice in force. The plan leaves out the exercises it rules out.",
            )
        )
        rows = []
        for item in report.precautions:
            name = precaution_name(item, self._language)
            if item.definition is not None:
                text = item.definition.text(self._language)
                name = f"{name}: {text.explanation} ({item.definition.source})"
            rows.append([name, short_date(item.started_at.date())])
        out.table(
            rows,
            header=(translate("Report", "Advice"), translate("Report", "Since")),
            widths=(75, 25),
        )

    def _plan(self) -> None:
        routine, out = self._report.routine, self._html
        out.heading(2, translate("Report", "The current plan"))
        if routine is None or not routine.exercises:
            out.paragraph(translate("Report", "There is no training plan yet."))
            return
        days = weekday_names(sorted(routine.weekdays))
        out.paragraph(translate("Report", "Training days: {days}.").format(days=days))
        out.table(
            [self._plan_row(item) for item in routine.exercises],
            header=(
                translate("Report", "Exercise"),
                translate("Report", "Load"),
                translate("Report", "Sets"),
                translate("Report", "Target"),
                translate("Report", "Rest"),
            ),
            widths=(28, 22, 10, 27, 13),
        )

    def _plan_row(self, item: RoutineExercise) -> list[str]:
        name = exercise_name(self._catalogue, item.exercise_id, self._language)
        measure = exercise_measure(self._catalogue, item.exercise_id)
        target = dose_target(measure, item.rep_min, item.rep_max, item.slow_tempo)
        if item.paused:
            target = translate("Report", "Resting for now.")
        return [
            name,
            load_text(item.load),
            str(item.sets),
            target,
            dose_short_rest(item.rest_seconds),
        ]


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
