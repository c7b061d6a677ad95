"""The report's events (hospital stays, clearances, breaks, movement advice) and adherence."""

from __future__ import annotations

from datetime import date

from sterkblijven.paper.layout import CHART_WIDTH_CM, image_px, weekday_names
from sterkblijven.paper.report_sheet import REPORT_CHART_CM, ReportSheet, table_day, translate
from sterkblijven.services.reports import Absence, AbsenceKind
from sterkblijven.words.basics import short_date
from sterkblijven.words.health import clearance_text, precaution_name, stay_text


def write_events(sheet: ReportSheet) -> None:
    """Tell the hospital stays, clearances, breaks and movement advice, by date."""
    report, out = sheet.report, sheet.html
    out.heading(2, translate("Report", "Events"))
    rows: list[tuple[date, list[str]]] = []
    for stay in report.hospital_stays:
        day = stay.admitted or stay.recorded_at.date()
        rows.append((day, [table_day(day), stay_text(stay)]))
        cleared = stay.cleared_on or day
        rows.append((cleared, [table_day(cleared), clearance_text(stay)]))
    for absence in report.absences:
        if absence.kind is AbsenceKind.BREAK:
            rows.append((absence.first, [table_day(absence.first), _break_text(absence)]))
    for item in report.precautions:
        since = item.started_at.date()
        name = precaution_name(item, sheet.language)
        if item.definition is not None:
            name = f"{name} ({item.definition.source})"
        text = translate("Report", "Movement advice in force: {advice}.").format(advice=name)
        rows.append((since, [table_day(since), text]))
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


def write_sessions(sheet: ReportSheet) -> None:
    """Write the sessions done against those planned, the breaks, and the weeks chart."""
    report, out = sheet.report, sheet.html
    attendance = report.attendance
    out.heading(2, translate("Report", "Sessions against the plan"))
    if not attendance.sessions:
        out.paragraph(
            translate("Report", "{name} did no sessions in this period.").format(name=sheet.name)
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
    image = sheet.charts.adherence(
        attendance.weeks,
        translate("Report", "Sessions per week"),
        image_px(CHART_WIDTH_CM),
        image_px(REPORT_CHART_CM),
        sheet.marks,
    )
    sheet.chart("chart-weeks", image, REPORT_CHART_CM)
    out.paragraph(
        translate(
            "Report",
            "Each bar is one week; the line marks one session a week. Shaded bands and "
            "dashed lines mark the events.",
        )
    )


def _break_text(absence: Absence) -> str:
    return translate("Report", "No sessions from {first} to {last} ({days} days).").format(
        first=short_date(absence.first), last=short_date(absence.last), days=absence.days
    )
