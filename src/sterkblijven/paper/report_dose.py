"""The report's dose per exercise, its changes, and the decisions on suggested loads."""

from __future__ import annotations

from sterkblijven.domain.decisions import Decider, Status
from sterkblijven.domain.model import EquipmentKind, Load, Measure, RoutineExercise
from sterkblijven.domain.progression import Advice
from sterkblijven.paper.layout import dose_short_rest, exercise_measure
from sterkblijven.paper.report_sheet import ReportSheet, table_day, translate
from sterkblijven.services.reports import Decision
from sterkblijven.words.basics import load_text, number


def write_doses(sheet: ReportSheet) -> None:
    """Write the dose of each exercise at the end of the period, and its changes."""
    report, out = sheet.report, sheet.html
    out.heading(2, translate("Report", "Dose per exercise"))
    current = {dose.exercise_id: dose.current for dose in report.doses}
    if report.routine is not None:
        current.update({item.exercise_id: item for item in report.routine.exercises})
    if not current:
        out.paragraph(translate("Report", "There is no training plan yet."))
        return
    out.paragraph(translate("Report", "The dose at the end of the period:"))
    out.table(
        [_dose_row(sheet, item) for item in current.values()],
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
                table_day(day),
                sheet.name_text(exercise_id),
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


def _dose_row(sheet: ReportSheet, item: RoutineExercise) -> list[str]:
    measure = exercise_measure(sheet.catalogue, item.exercise_id)
    tempo = translate("Report", "Slow") if item.slow_tempo else translate("Report", "Normal")
    if item.extra_set:
        tempo = translate("Report", "{tempo}, extra set").format(tempo=tempo)
    sets = translate("Report", "{sets} × {range}").format(
        sets=item.sets, range=_range(item, measure)
    )
    return [
        sheet.name_text(item.exercise_id),
        _load(item.load),
        translate("Report", "Resting for now") if item.paused else sets,
        tempo,
        dose_short_rest(item.rest_seconds),
    ]


def write_decisions(sheet: ReportSheet) -> None:
    """Write the decisions on suggested loads: what, by whom and when."""
    decisions, out = sheet.report.decisions, sheet.html
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
        ).format(name=sheet.name)
    )
    out.table(
        [
            [
                table_day(found.suggested_on),
                sheet.name_text(found.exercise_id),
                _suggested(found),
                _decided(sheet, found),
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


def _decided(sheet: ReportSheet, found: Decision) -> str:
    if found.decided_by is Decider.TRAINEE:
        who = sheet.name
    elif found.login:
        who = translate("Report", "the carer ({login})").format(login=found.login)
    else:
        who = translate("Report", "the carer")
    day = table_day(found.decided_at.date())
    if found.status is Status.REJECTED:
        return translate("Report", "Turned down by {who} on {date}").format(who=who, date=day)
    if found.status is Status.CHANGED and found.chosen is not None:
        return translate("Report", "Changed by {who} on {date} to: {dose}").format(
            who=who, date=day, dose=_dose_text(found.chosen)
        )
    return translate("Report", "Accepted by {who} on {date}").format(who=who, date=day)


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
