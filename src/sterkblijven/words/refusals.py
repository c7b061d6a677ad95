"""Why an input was refused, in plain words with its limits."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.words.basics import number
from sterkblijven.words.health import health_refusal

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def refusal(code: str, limits: tuple[int | float, ...] = ()) -> str:
    """Return the plain-words message for input that was refused."""
    low, high = (*limits, 0, 0)[:2]
    messages = {
        "name_empty": translate("Wording", "Please type a name."),
        "name_too_long": translate(
            "Wording", "That name is too long. Use at most {most} letters."
        ).format(most=number(low)),
        "name_bad_characters": translate(
            "Wording", "The name has a character that cannot be used. Please retype it."
        ),
        "band_label_empty": translate("Wording", "Please type a name for the band."),
        "band_label_too_long": translate(
            "Wording", "That name is too long. Use at most {most} letters."
        ).format(most=number(low)),
        "band_label_bad_characters": translate(
            "Wording", "The name has a character that cannot be used. Please retype it."
        ),
        "year_not_a_number": translate(
            "Wording", "Please type the birth year as four digits, for example 1948."
        ),
        "year_out_of_range": translate(
            "Wording", "Please type a birth year from {low} to {high}."
        ).format(low=low, high=high),
        "kg_not_a_number": translate(
            "Wording", "Please type the weight as a number, for example 2,5."
        ),
        "kg_out_of_range": translate(
            "Wording", "Please type a weight from {low} to {high} kg."
        ).format(low=number(low), high=number(high)),
        "dumbbell_twice": translate("Wording", "That weight is already in the list."),
        "language_unknown": translate("Wording", "Please choose a language."),
        "no_routine": translate("Wording", "There is no plan yet. Ask your carer to make one."),
        "all_paused": translate(
            "Wording",
            "All exercises in your plan rest for now, so there is no training today. Your "
            "carer can turn them on again in the carer part.",
        ),
        "exercise_done": translate("Wording", "This exercise is already done. On to the next."),
        "nothing_to_undo": translate("Wording", "There is no set here to undo."),
        "session_ended": translate("Wording", "This session has already ended."),
        "checkin_done": translate("Wording", "You have already answered these questions."),
        "session_unusable": translate(
            "Wording", "This session cannot go on. It has been closed; what you did is kept."
        ),
        "reps_out_of_range": translate(
            "Wording", "Please type a number from {low} to {high}."
        ).format(low=low, high=high),
        "pain_out_of_range": translate(
            "Wording", "Please type a number from {low} to {high}."
        ).format(low=low, high=high),
        "equipment_in_use_dumbbell": translate(
            "Wording",
            "The plan still has exercises with dumbbells. Keep at least one dumbbell, or change "
            "those exercises in the plan first.",
        ),
        "equipment_in_use_band": translate(
            "Wording",
            "The plan still has exercises with a band. Keep at least one band, or change those "
            "exercises in the plan first.",
        ),
        "band_twice": translate("Wording", "That band is already on the list."),
        "pin_format": translate(
            "Wording", "A PIN has {low} to {high} digits, for example 2580."
        ).format(low=low, high=high),
        "pin_mismatch": translate(
            "Wording", "The two PINs are not the same. Please type them again."
        ),
        "force_out_of_range": translate(
            "Wording", "Please type a force from {low} to {high} kg."
        ).format(low=number(low), high=number(high)),
        "exercise_unknown": translate(
            "Wording", "That exercise is not in the list of exercises any more."
        ),
        "exercise_twice": translate("Wording", "That exercise is already in the plan."),
        "routine_size": translate("Wording", "A plan has from {low} to {high} exercises.").format(
            low=low, high=high
        ),
        "weekdays_count": translate(
            "Wording", "Please choose from {low} to {high} days of the week."
        ).format(low=low, high=high),
        "weekdays_back_to_back": translate(
            "Wording",
            "These training days follow each other. Please leave a rest day between them.",
        ),
        "test_not_a_number": translate(
            "Wording", "Please type the result as a number, for example 8,4."
        ),
        "test_out_of_range": translate(
            "Wording", "That result is not possible. Please type a number from {low} to {high}."
        ).format(low=number(low), high=number(high)),
        "test_not_whole": translate("Wording", "Please type a whole number, such as 12."),
        "test_too_fast": translate(
            "Wording",
            "A time under {low} seconds is not possible for this test. Was Stop pressed too "
            "soon? Type the time measured, or do the test again.",
        ).format(low=number(low)),
        "readiness_due": translate(
            "Wording",
            "First answer the questions about your health again, on the home screen. Your "
            "health may have changed since the last time.",
        ),
        "readiness_pending": translate(
            "Wording",
            "First talk with your GP about your answer in the health check. After that you "
            "can do the tests, as you can train.",
        ),
        "test_time_zero": translate(
            "Wording", "A time of 0 seconds is not possible. Please type the time measured."
        ),
        "test_arms_only_chair_stand": translate(
            "Wording", "Needing the arms is noted only for the chair stand test."
        ),
        "note_too_long": translate(
            "Wording", "The note is too long. Use at most {most} letters."
        ).format(most=low),
        "load_not_owned": translate(
            "Wording", "That weight or band is not in the equipment list. Please choose another."
        ),
        "sets_out_of_range": translate(
            "Wording", "Please choose from {low} to {high} sets."
        ).format(low=low, high=high),
        "target_out_of_range_reps": translate(
            "Wording",
            "The target is from {low} to {high} times, with the lower number first.",
        ).format(low=low, high=high),
        "target_out_of_range_seconds": translate(
            "Wording",
            "The target is from {low} to {high} seconds, with the lower number first.",
        ).format(low=low, high=high),
        "target_out_of_range_steps": translate(
            "Wording",
            "The target is from {low} to {high} steps, with the lower number first.",
        ).format(low=low, high=high),
        "rest_out_of_range": translate(
            "Wording", "Please choose a rest from {low} to {high} seconds."
        ).format(low=low, high=high),
        "suggestion_decided": translate(
            "Wording", "Someone has already decided about this suggestion."
        ),
        "carer_decides": translate(
            "Wording", "Your carer decides about this suggestion. It stays until then."
        ),
        "carer_lifts_pain": translate(
            "Wording",
            "This lighter dose is there because of pain. Only your carer can make it heavier "
            "again.",
        ),
        "paper_no_routine": translate(
            "Wording", "There is no plan yet. Make the plan first, then enter the training."
        ),
        "paper_readiness_pending": translate(
            "Wording",
            "The health check waits for a talk with the GP. Until the GP agrees, no training "
            "is entered and the weights stay as they are.",
        ),
        "paper_clearance_pending": translate(
            "Wording",
            "After the hospital stay, training waits until a GP, specialist or physiotherapist "
            "says it may start again. Record that first under 'Hospital and movement advice'; "
            "then enter the training.",
        ),
        "paper_readiness_due": translate(
            "Wording",
            "The health questions are due again. Let the person answer them on the home screen "
            "first; then enter the training.",
        ),
        "suggestion_outdated": translate(
            "Wording",
            "The plan has changed since this suggestion was made, so it no longer fits. It has "
            "been put aside.",
        ),
    }
    return (
        messages.get(code)
        or health_refusal(code)
        or translate("Wording", "This input cannot be used. Please check it and try again.")
    )
