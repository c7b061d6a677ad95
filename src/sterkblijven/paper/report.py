"""The progress report for the GP or physiotherapist, in large print with its charts.

It is written for the professional who receives it: about the person, in the third person and by
name, with the facts a physiotherapist asks for first (what happened, how much of the plan was
done, the tests against their norms, pain and stop signals, the dose and who changed it), and the
charts after them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QImage, QPagedPaintDevice, QTextDocument

from sterkblijven.charts.events import ChartMark
from sterkblijven.charts.export import ChartPrinter
from sterkblijven.domain import norms
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.fitness import TESTS
from sterkblijven.domain.model import (
    EquipmentKind,
    Load,
    Measure,
    RoutineExercise,
    Sex,
    Trainee,
)
from sterkblijven.domain.progression import Advice
from sterkblijven.domain.session import PAIN_ACCEPTABLE_MAX, JointFeeling
from sterkblijven.paper.layout import (
    CHART_TEXT_PT,
    CHART_WIDTH_CM,
    IMAGE_DPI,
    Html,
    dose_short_rest,
    exercise_measure,
    exercise_name,
    image_px,
    new_document,
    speaking,
    weekday_names,
)
from sterkblijven.paper.pages import Footer, name_the_job, paint_pages, write_pdf
from sterkblijven.services.reports import (
    Absence,
    AbsenceKind,
    CheckIn,
    Decision,
    EventMark,
    ExerciseInPeriod,
    MarkKind,
    ProgressReport,
    SessionBest,
    StopSignalReport,
    TestInPeriod,
    TestRow,
)
from sterkblijven.words.basics import count_text, load_text, month_text, number, short_date
from sterkblijven.words.checkin import places_list
from sterkblijven.words.fitness import test_name
from sterkblijven.words.health import clearance_text, precaution_name, stay_text
from sterkblijven.words.progress import band_step_name, exercise_name_load
from sterkblijven.words.session import pain_place_name, stop_signal_text

# Calls read translate("Report", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate

# The report's charts are lower than the card's pictures: two fit on a page with their words,
# so no chart leaves much of a page empty when it moves to the next one.
REPORT_CHART_CM = 5.0
REPORT_EXERCISE_CHART_CM = 6.2
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
            return _ReportWriter(report, catalogue, language, charts).document()
        finally:
            charts.close()


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
        self._name = report.trainee.name
        self._marks = tuple(_chart_mark(mark) for mark in report.marks)

    def document(self) -> QTextDocument:
        self._header()
        self._events()
        self._sessions()
        self._tests()
        self._pain()
        self._stop_signals()
        self._checkins()
        self._doses()
        self._decisions()
        self._exercises()
        self._notes()
        return new_document(self._html.html(), self._images)

    def _chart(self, name: str, image: QImage, height_cm: float) -> None:
        self._images[name] = image
        self._html.image(name, CHART_WIDTH_CM, height_cm)

    def _name_text(self, exercise_id: str) -> str:
        return exercise_name(self._catalogue, exercise_id, self._language)

    # Who, when, what happened

    def _header(self) -> None:
        report, out = self._report, self._html
        trainee = report.trainee
        out.heading(1, translate("Report", "Progress report"))
        out.paragraph(
            translate(
                "Report",
                "A summary of the strength training {name} did at home with sterkblijven, for "
                "the GP or physiotherapist.",
            ).format(name=self._name)
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

    def _events(self) -> None:
        """Tell the hospital stays, clearances, breaks and movement advice, by date."""
        report, out = self._report, self._html
        out.heading(2, translate("Report", "Events"))
        rows: list[tuple[date, list[str]]] = []
        for stay in report.hospital_stays:
            day = stay.admitted or stay.recorded_at.date()
            rows.append((day, [_day(day), stay_text(stay)]))
            cleared = stay.cleared_on or day
            rows.append((cleared, [_day(cleared), clearance_text(stay)]))
        for absence in report.absences:
            if absence.kind is AbsenceKind.BREAK:
                rows.append((absence.first, [_day(absence.first), _break_text(absence)]))
        for item in report.precautions:
            since = item.started_at.date()
            name = precaution_name(item, self._language)
            if item.definition is not None:
                name = f"{name} ({item.definition.source})"
            text = translate("Report", "Movement advice in force: {advice}.").format(advice=name)
            rows.append((since, [_day(since), text]))
        if not rows:
            out.paragraph(
                translate(
                    "Report",
                    "No hospital stays, breaks of two weeks or more, or movement advice in "
                    "this period.",
                )
            )
            return
        out.table(
            [row for _day, row in sorted(rows, key=lambda item: item[0])],
            header=(translate("Report", "Date"), translate("Report", "Event")),
            widths=(24, 76),
        )
        if report.precautions:
            out.paragraph(
                translate(
                    "Report",
                    "The plan leaves out the exercises that the movement advice rules out.",
                )
            )

    def _sessions(self) -> None:
        report, out = self._report, self._html
        attendance = report.attendance
        out.heading(2, translate("Report", "Sessions against the plan"))
        if not attendance.sessions:
            out.paragraph(
                translate("Report", "{name} did no sessions in this period.").format(
                    name=self._name
                )
            )
            return
        rows = [[translate("Report", "Sessions done"), str(attendance.sessions)]]
        if attendance.from_paper:
            rows.append(
                [
                    translate("Report", "Of which done on the paper card, entered afterwards"),
                    str(attendance.from_paper),
                ]
            )
        if attendance.planned is not None:
            done = translate("Report", "{done} of {planned} planned sessions").format(
                done=attendance.on_plan, planned=attendance.planned
            )
            if attendance.share is not None:
                done = translate("Report", "{sessions} ({share} %)").format(
                    sessions=done, share=attendance.share
                )
            rows.append([translate("Report", "Adherence"), done])
            rows.append(
                [
                    translate("Report", "Breaks of two weeks or more"),
                    translate("Report", "{count} ({days} days)").format(
                        count=attendance.breaks, days=attendance.break_days
                    )
                    if attendance.breaks
                    else translate("Report", "None"),
                ]
            )
            if attendance.hospital_days:
                rows.append(
                    [
                        translate("Report", "Days in hospital up to the clearance"),
                        str(attendance.hospital_days),
                    ]
                )
        rows.append(
            [
                translate("Report", "Weeks with at least one session"),
                translate("Report", "{weeks} of {total}").format(
                    weeks=attendance.weeks_trained, total=len(attendance.weeks.weeks)
                ),
            ]
        )
        if report.routine is not None and report.routine.weekdays:
            rows.append(
                [
                    translate("Report", "Training days in the current plan"),
                    weekday_names(sorted(report.routine.weekdays)),
                ]
            )
        out.table(rows, widths=(55, 45), label_column=True)
        out.paragraph(
            translate(
                "Report",
                "Planned sessions are the training days of the plan in force on each day, "
                "without the days in hospital up to the clearance. Breaks (two weeks or more "
                "between two sessions) count as missed training and are also told on their own. "
                "Each week counts its sessions up to the days it planned, so a session moved to "
                "another day counts, and extra sessions neither make up for another week nor "
                "lift adherence above 100 %.",
            )
        )
        image = self._charts.adherence(
            attendance.weeks,
            translate("Report", "Sessions per week"),
            image_px(CHART_WIDTH_CM),
            image_px(REPORT_CHART_CM),
            self._marks,
        )
        self._chart("chart-weeks", image, REPORT_CHART_CM)
        out.paragraph(
            translate(
                "Report",
                "Each bar is one week; the line marks one session a week. Shaded bands and "
                "dashed lines mark the events.",
            )
        )

    # Tests

    def _tests(self) -> None:
        out, report = self._html, self._report
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
                self._test_chart(index, charts[test_id])
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
                [self._test_row(row, with_conditions, not one_norm) for row in rows],
                header=header,
                widths=widths,
            )
        out.paragraph(
            translate(
                "Report",
                "The normal range is the 25th to 75th percentile for the age band and sex; a "
                "test done otherwise than the norm's is not compared with it.",
            ),
            translate(
                "Report",
                "Arm curls with another dumbbell than the norm's are drawn as a second line, "
                "in another colour.",
            )
            if any(test.series.other for test in report.tests)
            else "",
        )

    def _test_row(self, row: TestRow, conditions: bool, norm: bool) -> list[str]:
        return [
            _day(row.day),
            _result(row),
            *([_conditions(row)] if conditions else []),
            *([_norm_text(row)] if norm else []),
            _verdict(row),
        ]

    def _test_chart(self, index: int, test: TestInPeriod) -> None:
        series = test.series
        if series.lower_is_better:
            label = translate("Report", "Seconds")
        elif series.test_id == "step_test_2min":
            label = translate("Report", "Steps")
        else:
            label = translate("Report", "Times")
        image = self._charts.test(
            series, label, image_px(CHART_WIDTH_CM), image_px(REPORT_CHART_CM), self._marks
        )
        self._chart(f"chart-test-{index}", image, REPORT_CHART_CM)

    # Pain, stop signals, the day after

    def _pain(self) -> None:
        report, out = self._report, self._html
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
        image = self._charts.pain(
            report.pain,
            translate("Report", "Pain (0 to 10)"),
            image_px(CHART_WIDTH_CM),
            image_px(REPORT_CHART_CM),
            self._marks,
        )
        self._chart("chart-pain", image, REPORT_CHART_CM)

    def _stop_signals(self) -> None:
        signals, out = self._report.stop_signals, self._html
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
                    _day(found.day),
                    self._name_text(found.exercise_id),
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

    def _checkins(self) -> None:
        checkins, out = self._report.checkins, self._html
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
            translate(
                "Report", "Answers that told of worse joints, long stiffness or pain at night:"
            )
        )
        out.table(
            [[_day(c.day), feeling[c.joints], _where(c), _stiff_or_night(c)] for c in notable],
            header=(
                translate("Report", "Date"),
                translate("Report", "Joints"),
                translate("Report", "Where"),
                translate("Report", "Stiffness or night pain"),
            ),
            widths=(24, 20, 28, 28),
        )

    # The dose and the decisions on it

    def _doses(self) -> None:
        report, out = self._report, self._html
        out.heading(2, translate("Report", "Dose per exercise"))
        current = {dose.exercise_id: dose.current for dose in report.doses}
        if report.routine is not None:
            current.update({item.exercise_id: item for item in report.routine.exercises})
        if not current:
            out.paragraph(translate("Report", "There is no training plan yet."))
            return
        out.paragraph(translate("Report", "The dose at the end of the period:"))
        out.table(
            [self._dose_row(item) for item in current.values()],
            header=(
                translate("Report", "Exercise"),
                translate("Report", "Load"),
                translate("Report", "Sets × range"),
                translate("Report", "Tempo, extra set"),
                translate("Report", "Rest"),
            ),
            widths=(29, 21, 20, 18, 12),
        )
        changes = [
            (step.since, dose.exercise_id, before.dose, step.dose)
            for dose in report.doses
            for before, step in zip(dose.history, dose.history[1:], strict=False)
        ]
        if not changes:
            out.paragraph(translate("Report", "The dose did not change in this period."))
            return
        out.paragraph(translate("Report", "Changes to the dose in this period:"))
        out.table(
            [
                [
                    _day(day),
                    self._name_text(exercise_id),
                    _dose_change(before, after),
                ]
                for day, exercise_id, before, after in sorted(changes, key=lambda c: c[0])
            ],
            header=(
                translate("Report", "Date"),
                translate("Report", "Exercise"),
                translate("Report", "Change"),
            ),
            widths=(24, 28, 48),
        )

    def _dose_row(self, item: RoutineExercise) -> list[str]:
        measure = exercise_measure(self._catalogue, item.exercise_id)
        tempo = translate("Report", "Slow") if item.slow_tempo else translate("Report", "Normal")
        if item.extra_set:
            tempo = translate("Report", "{tempo}, extra set").format(tempo=tempo)
        sets = translate("Report", "{sets} × {range}").format(
            sets=item.sets, range=_range(item, measure)
        )
        return [
            self._name_text(item.exercise_id),
            _load(item.load),
            translate("Report", "Resting for now") if item.paused else sets,
            tempo,
            dose_short_rest(item.rest_seconds),
        ]

    def _decisions(self) -> None:
        decisions, out = self._report.decisions, self._html
        out.heading(2, translate("Report", "Decisions on the load"))
        if not decisions:
            out.paragraph(
                translate("Report", "No suggested change of the load was decided in this period.")
            )
            return
        out.paragraph(
            translate(
                "Report",
                "sterkblijven suggests a change of the dose after a session; the carer or "
                "{name} decides. Lowering for pain is in force at once.",
            ).format(name=self._name)
        )
        out.table(
            [
                [
                    _day(found.suggested_on),
                    self._name_text(found.exercise_id),
                    _suggested(found),
                    self._decided(found),
                ]
                for found in decisions
            ],
            header=(
                translate("Report", "Suggested"),
                translate("Report", "Exercise"),
                translate("Report", "Suggestion"),
                translate("Report", "Decision"),
            ),
            widths=(24, 20, 26, 30),
        )

    def _decided(self, found: Decision) -> str:
        if found.decided_by is Decider.TRAINEE:
            who = self._name
        elif found.login:
            who = translate("Report", "the carer ({login})").format(login=found.login)
        else:
            who = translate("Report", "the carer")
        day = _day(found.decided_at.date())
        if found.status is Status.REJECTED:
            return translate("Report", "Turned down by {who} on {date}").format(who=who, date=day)
        if found.status is Status.CHANGED and found.chosen is not None:
            return translate("Report", "Changed by {who} on {date} to: {dose}").format(
                who=who, date=day, dose=_dose_text(found.chosen)
            )
        return translate("Report", "Accepted by {who} on {date}").format(who=who, date=day)

    # Exercise charts and notes

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
        out.heading(3, self._name_text(exercise_id))
        names = {step.value: band_step_name(step) for step in series.band_steps}
        load_label = (
            translate("Report", "Band")
            if series.kind is EquipmentKind.BAND
            else translate("Report", "Weight (kg)")
        )
        height = REPORT_EXERCISE_CHART_CM if series.load else REPORT_CHART_CM
        image = self._charts.exercise(
            series,
            _best_set_label(measure),
            load_label,
            names or None,
            image_px(CHART_WIDTH_CM),
            image_px(height),
            self._marks,
        )
        self._chart(f"chart-exercise-{index}", image, height)
        monthly = (
            translate("Report", "The best set is shown as the typical one of each month.")
            if len(series.reps) < exercise.sessions
            else ""
        )
        out.lines([*_first_to_last(exercise, measure), monthly])

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
                [[_day(note.day), note.text] for note in report.session_notes],
                header=(translate("Report", "Date"), translate("Report", "Note")),
                widths=(30, 70),
            )


# --- Words ----------------------------------------------------------------------------------


def _chart_mark(mark: EventMark) -> ChartMark:
    labels = {
        MarkKind.HOSPITAL: translate("Report", "Hospital"),
        MarkKind.CLEARED: translate("Report", "Cleared"),
        MarkKind.BREAK: translate("Report", "Break"),
    }
    return ChartMark(mark.first, mark.last, labels[mark.kind])


def _break_text(absence: Absence) -> str:
    return translate("Report", "No sessions from {first} to {last} ({days} days).").format(
        first=short_date(absence.first), last=short_date(absence.last), days=absence.days
    )


def _day(day: date) -> str:
    """Return a date in a few letters, for a table: '22 Nov 2025'."""
    text = QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")
    return text.replace(" ", "\N{NO-BREAK SPACE}")


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


def _load(load: Load) -> str:
    """Return a load in a few words for a table: '2 kg', 'red band', 'no weights'."""
    if load.kind is EquipmentKind.DUMBBELL and load.kg is not None:
        return translate("Report", "{kg} kg").format(kg=number(load.kg))
    return load_text(load)


def _range(item: RoutineExercise, measure: Measure) -> str:
    if measure is Measure.SECONDS:
        return translate("Report", "{low}-{high} s").format(low=item.rep_min, high=item.rep_max)
    if measure is Measure.STEPS:
        return translate("Report", "{low}-{high} steps").format(low=item.rep_min, high=item.rep_max)
    return translate("Report", "{low}-{high}").format(low=item.rep_min, high=item.rep_max)


def _dose_text(item: RoutineExercise) -> str:
    """Return a dose in a few words: load, sets and range, tempo and extra set."""
    parts = [
        _load(item.load),
        translate("Report", "{sets} × {low}-{high}").format(
            sets=item.sets, low=item.rep_min, high=item.rep_max
        ),
    ]
    if item.slow_tempo:
        parts.append(translate("Report", "slow tempo"))
    if item.extra_set:
        parts.append(translate("Report", "extra set"))
    if item.paused:
        parts.append(translate("Report", "resting"))
    return ", ".join(parts)


def _dose_change(before: RoutineExercise, after: RoutineExercise) -> str:
    """Return what changed in a dose: 'dumbbells of 1 kg → dumbbells of 2 kg'."""
    told = []
    if _load(before.load) != _load(after.load):
        told.append(
            translate("Report", "{before} → {after}").format(
                before=_load(before.load), after=_load(after.load)
            )
        )
    if (before.sets, before.rep_min, before.rep_max) != (after.sets, after.rep_min, after.rep_max):
        told.append(
            translate("Report", "{before} → {after}").format(
                before=translate("Report", "{sets} × {low}-{high}").format(
                    sets=before.sets, low=before.rep_min, high=before.rep_max
                ),
                after=translate("Report", "{sets} × {low}-{high}").format(
                    sets=after.sets, low=after.rep_min, high=after.rep_max
                ),
            )
        )
    if before.slow_tempo != after.slow_tempo:
        told.append(
            translate("Report", "slow tempo")
            if after.slow_tempo
            else translate("Report", "normal tempo again")
        )
    if before.extra_set != after.extra_set:
        told.append(
            translate("Report", "extra set")
            if after.extra_set
            else translate("Report", "without the extra set")
        )
    if before.paused != after.paused:
        told.append(
            translate("Report", "resting") if after.paused else translate("Report", "resumed")
        )
    return "; ".join(told)


def _suggested(found: Decision) -> str:
    advice = {
        Advice.HEAVIER: translate("Report", "Heavier load"),
        Advice.SLOWER: translate("Report", "Slower tempo"),
        Advice.EXTRA_SET: translate("Report", "An extra set"),
        Advice.SAME: translate("Report", "Same dose"),
        Advice.LIGHTER: translate("Report", "Lighter load"),
        Advice.PAUSE: translate("Report", "Rest the exercise"),
        Advice.RESTART: translate("Report", "Start again at the lightest load"),
        Advice.NEXT_LEVEL: translate("Report", "Next balance step"),
        Advice.ADD: translate("Report", "Add the exercise"),
    }
    return translate("Report", "{advice}: {dose}").format(
        advice=advice[found.advice], dose=_dose_text(found.proposed)
    )


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
