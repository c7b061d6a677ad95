"""Plain words for the domain's codes, in the current language.

The domain returns codes and enums; this module is where they become sentences, so the same
thing is always called by the same words on every screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from sterkblijven.domain.model import BandColour, EquipmentKind, Load, Measure, Task
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.domain.session import Effort, PainPlace, StopSignal

ZERO_WIDTH_SPACE = "\u200b"

# Calls read translate("Wording", "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def number(value: float) -> str:
    """Return a number with the decimal sign of the current language (2,5 in Dutch)."""
    return QLocale().toString(float(value), "g", 6)


def date_text(day: date) -> str:
    """Return a date in words, such as 'zaterdag 21 november 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def path_text(path: object) -> str:
    """Return a file or folder path that may wrap after each separator, for narrow labels."""
    text = str(path)
    for separator in ("/", "\\", "-", "_"):
        text = text.replace(separator, separator + ZERO_WIDTH_SPACE)
    return text


def current_language() -> str:
    """Return the language the interface speaks now."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def task_name(task: Task) -> str:
    """Return the everyday task in words."""
    names = {
        Task.CHAIR_RISE: translate("Wording", "Standing up from a chair"),
        Task.STAIRS: translate("Wording", "Climbing stairs"),
        Task.CARRYING: translate("Wording", "Carrying shopping"),
        Task.BALANCE: translate("Wording", "Balance"),
    }
    return names[task]


def band_colour_name(colour: BandColour) -> str:
    """Return a band colour in words."""
    names = {
        BandColour.TAN: translate("Wording", "tan"),
        BandColour.YELLOW: translate("Wording", "yellow"),
        BandColour.RED: translate("Wording", "red"),
        BandColour.GREEN: translate("Wording", "green"),
        BandColour.BLUE: translate("Wording", "blue"),
        BandColour.BLACK: translate("Wording", "black"),
        BandColour.SILVER: translate("Wording", "silver"),
        BandColour.GOLD: translate("Wording", "gold"),
        BandColour.OTHER: translate("Wording", "other"),
    }
    return names[colour]


def band_name(colour: BandColour, label: str) -> str:
    """Return how a band is called: its own name, or its colour."""
    if label:
        return label
    return translate("Wording", "{colour} band").format(colour=band_colour_name(colour))


def load_text(load: Load) -> str:
    """Return the load in plain words: 'dumbbells of 2 kg', 'red band', 'no weights'."""
    if load.kind is EquipmentKind.DUMBBELL and load.kg is not None:
        return translate("Wording", "dumbbells of {kg} kg").format(kg=number(load.kg))
    if load.kind is EquipmentKind.BAND and load.band is not None:
        name = band_name(load.band.colour, load.band.label)
        return (
            translate("Wording", "{band}, doubled").format(band=name) if load.band_doubled else name
        )
    if load.kind is EquipmentKind.BAND:
        return translate("Wording", "a band")
    return translate("Wording", "no weights")


def equipment_name(kind: EquipmentKind) -> str:
    """Return the kind of equipment in words, as a heading."""
    names = {
        EquipmentKind.BODYWEIGHT: translate("Wording", "Without weights"),
        EquipmentKind.DUMBBELL: translate("Wording", "With dumbbells"),
        EquipmentKind.BAND: translate("Wording", "With a band"),
    }
    return names[kind]


def target_text(measure: Measure, low: int, high: int, beginner: bool = False) -> str:
    """Return the target of a set in words; beginners stop short of failure."""
    if measure is Measure.REPS and beginner:
        return translate(
            "Wording", "{low} to {high} times, stopping when you could still do 2 or 3"
        ).format(low=low, high=high)
    if measure is Measure.SECONDS:
        return translate("Wording", "hold {low} to {high} seconds").format(low=low, high=high)
    if measure is Measure.STEPS:
        return translate("Wording", "{low} to {high} steps").format(low=low, high=high)
    return translate("Wording", "{low} to {high} times, until you really cannot do more").format(
        low=low, high=high
    )


def count_text(count: int, measure: Measure) -> str:
    """Return a count with its unit: '22 times', '15 seconds', '12 steps'."""
    if measure is Measure.SECONDS:
        return translate("Wording", "{count} seconds").format(count=count)
    if measure is Measure.STEPS:
        return translate("Wording", "{count} steps").format(count=count)
    return translate("Wording", "{count} times").format(count=count)


def weekday_name(day: int) -> str:
    """Return the name of a weekday, Monday being 0."""
    names = (
        translate("Wording", "Monday"),
        translate("Wording", "Tuesday"),
        translate("Wording", "Wednesday"),
        translate("Wording", "Thursday"),
        translate("Wording", "Friday"),
        translate("Wording", "Saturday"),
        translate("Wording", "Sunday"),
    )
    return names[day]


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
        "exercise_done": translate("Wording", "This exercise is already done. On to the next."),
        "nothing_to_undo": translate("Wording", "There is no set here to undo."),
        "session_ended": translate("Wording", "This session has already ended."),
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
        "suggestion_outdated": translate(
            "Wording",
            "The plan has changed since this suggestion was made, so it no longer fits. It has "
            "been put aside.",
        ),
    }
    return messages.get(
        code, translate("Wording", "This input cannot be used. Please check it and try again.")
    )


def readiness_question(code: str) -> str:
    """Return one question of the readiness check."""
    questions = {
        "chest_pain": translate(
            "Wording", "Do you get pain or pressure in your chest when you exert yourself?"
        ),
        "dizziness": translate(
            "Wording", "Have you lost your balance because of dizziness, or fainted, recently?"
        ),
        "recent_fracture_or_operation": translate(
            "Wording", "Have you broken a bone or had an operation in the last month?"
        ),
        "blood_pressure": translate(
            "Wording", "Do you have high blood pressure that is not under control?"
        ),
        "doctor_advised_against": translate("Wording", "Has a doctor told you not to exercise?"),
    }
    return questions[code]


def effort_name(effort: Effort) -> str:
    """Return one of the five effort words (OMNI-RES behind them)."""
    names = {
        Effort.EASY: translate("Wording", "Easy"),
        Effort.LIGHT: translate("Wording", "Light"),
        Effort.MODERATE: translate("Wording", "Moderate"),
        Effort.HARD: translate("Wording", "Hard"),
        Effort.MAXIMAL: translate("Wording", "Very hard: I could not do one more"),
    }
    return names[effort]


def pain_place_name(place: PainPlace) -> str:
    """Return where it hurts, in everyday words."""
    names = {
        PainPlace.KNEE: translate("Wording", "Knee"),
        PainPlace.HIP: translate("Wording", "Hip"),
        PainPlace.BACK: translate("Wording", "Back"),
        PainPlace.SHOULDER: translate("Wording", "Shoulder"),
        PainPlace.HAND_OR_WRIST: translate("Wording", "Hand or wrist"),
        PainPlace.NECK: translate("Wording", "Neck"),
        PainPlace.ELSEWHERE: translate("Wording", "Somewhere else"),
    }
    return names[place]


def stop_signal_text(signal: StopSignal) -> str:
    """Return a stop signal as a person would notice it."""
    texts = {
        StopSignal.SHARP_PAIN: translate("Wording", "Sharp or stabbing pain in a joint"),
        StopSignal.SWELLING_OR_WARMTH: translate("Wording", "Swelling or warmth around a joint"),
        StopSignal.LOCKING_OR_GIVING_WAY: translate("Wording", "A joint that locks or gives way"),
    }
    return texts[signal]


def movement(code: str) -> tuple[str, str]:
    """Return the name and the instruction of a warm-up or cool-down movement."""
    texts = {
        "march_on_the_spot": (
            translate("Wording", "March on the spot"),
            translate(
                "Wording", "Stand behind a chair and hold it. Lift your knees in turn, calmly."
            ),
        ),
        "shoulder_rolls": (
            translate("Wording", "Roll your shoulders"),
            translate("Wording", "Sit or stand tall. Roll your shoulders slowly backwards."),
        ),
        "arm_swings": (
            translate("Wording", "Swing your arms"),
            translate("Wording", "Let your arms swing gently forwards and back, like walking."),
        ),
        "heel_raises_holding_chair": (
            translate("Wording", "Up on your toes"),
            translate("Wording", "Hold the back of a chair. Go up on your toes and down again."),
        ),
        "knee_lifts_seated": (
            translate("Wording", "Knee lifts, seated"),
            translate("Wording", "Sit on the chair. Lift one knee a little, then the other."),
        ),
        "easy_sit_to_stand": (
            translate("Wording", "Stand up easily"),
            translate(
                "Wording",
                "Stand up from the chair and sit down, slowly. Use your hands if you like.",
            ),
        ),
        "slow_walk": (
            translate("Wording", "Walk slowly"),
            translate("Wording", "Walk calmly through the room, or on the spot. Breathe quietly."),
        ),
        "calf_stretch": (
            translate("Wording", "Stretch your calves"),
            translate(
                "Wording",
                "Hold a chair. Put one foot back, heel on the floor, and hold. Then the other.",
            ),
        ),
        "chest_opener": (
            translate("Wording", "Open your chest"),
            translate(
                "Wording", "Sit tall. Bring your shoulder blades together gently, and breathe."
            ),
        ),
        "deep_breathing": (
            translate("Wording", "Breathe deeply"),
            translate("Wording", "Sit comfortably. Breathe in through your nose, and slowly out."),
        ),
    }
    return texts[code]


def next_time(suggestion: Suggestion, waiting: bool = False) -> str:
    """Return what next session asks of an exercise, in encouraging words."""
    if suggestion.proposed.paused and suggestion.advice is not Advice.PAUSE:
        return translate(
            "Wording", "This exercise rests for now, after pain. Your carer can start it again."
        )
    text = suggestion_text(suggestion)
    if waiting:
        return translate("Wording", "Suggestion for next time: {text}").format(text=text)
    return text


def suggestion_text(suggestion: Suggestion) -> str:
    """Return a suggestion in plain words, with the load it proposes."""
    load = load_text(suggestion.proposed.load)
    item = suggestion.proposed
    advice, reason = suggestion.advice, suggestion.reason
    if advice is Advice.HEAVIER:
        return translate(
            "Wording", "The top of your range at full effort: time for {load}. Well earned!"
        ).format(load=load)
    if advice is Advice.SLOWER:
        return translate(
            "Wording",
            "The top of your range at full effort. First a step in between: the same {load}, "
            "but slower, counting to three down.",
        ).format(load=load)
    if advice is Advice.EXTRA_SET:
        return translate(
            "Wording",
            "The top of your range at full effort. First a step in between: the same {load}, "
            "with one set more ({sets} sets).",
        ).format(load=load, sets=item.sets)
    if advice is Advice.RESTART:
        return translate(
            "Wording",
            "Welcome back! We start again gently, with {load}, and a test shows where you stand.",
        ).format(load=load)
    if advice is Advice.PAUSE and reason is Reason.NOT_OWNED:
        return translate(
            "Wording", "The equipment for this exercise is missing. Ask your carer to check it."
        )
    if advice is Advice.PAUSE:
        return translate(
            "Wording",
            "Rest this exercise for now, and ask your GP or physiotherapist about it.",
        )
    if advice is Advice.LIGHTER:
        lighter = {
            Reason.PAIN: translate(
                "Wording", "It hurt too much: next time lighter, kind to your joints: {load}."
            ),
            Reason.STOP_SIGNAL: translate(
                "Wording", "Your joint gave a warning sign: next time lighter: {load}."
            ),
            Reason.NEXT_DAY: translate(
                "Wording", "Your joints felt worse the next day: next time lighter: {load}."
            ),
            Reason.MORNING_STIFFNESS: translate(
                "Wording", "Long stiffness in the morning: next time lighter: {load}."
            ),
            Reason.LONG_BREAK: translate(
                "Wording",
                "Welcome back! After a long break we start one step lighter: {load}.",
            ),
            Reason.NOT_OWNED: translate(
                "Wording", "That weight is no longer in your equipment: next time {load}."
            ),
        }
        return lighter.get(reason, translate("Wording", "Next time a bit lighter: {load}.")).format(
            load=load
        )
    same = {
        Reason.TOP_OF_LADDER: translate(
            "Wording",
            "You are at your heaviest equipment. Ask your carer about the next weight or band.",
        ),
        Reason.VOLUME_CAP: translate(
            "Wording",
            "Next time the same: {load}. Not everything goes up in one week; this one follows.",
        ),
        Reason.NO_SETS: translate("Wording", "Next time: {load}."),
        Reason.SHORT_BREAK: translate(
            "Wording",
            "Welcome back! The same {load}, and stop two or three times before you cannot go on.",
        ),
    }
    return same.get(
        reason, translate("Wording", "Next time the same: {load}. Try a few more times.")
    ).format(load=load)


def why_text(suggestion: Suggestion) -> str:
    """Return the reason behind a suggestion in plain words, naming its source."""
    reason = suggestion.reason
    texts = {
        Reason.TOP_OF_RANGE: translate(
            "Wording",
            "You reached the top of your target range with full effort and little pain. Then the "
            "next step on your own ladder makes the muscles work harder again. Source: American "
            "College of Sports Medicine, position stand on progression (Ratamess et al., 2009).",
        ),
        Reason.BIG_STEP: translate(
            "Wording",
            "The next weight or band is more than about 10 % heavier. A slower tempo or an extra "
            "set first makes the step smaller. Source: ACSM 2009 advises steps of 2 to 10 %.",
        ),
        Reason.TOP_OF_LADDER: translate(
            "Wording",
            "There is no heavier weight or band in your equipment. A slower tempo and an extra "
            "set still make the exercise harder. Source: ACSM 2009.",
        ),
        Reason.BELOW_RANGE: translate(
            "Wording",
            "You could do clearly fewer times than your target range. A lighter load lets you "
            "work in your range again. Source: ACSM 2009.",
        ),
        Reason.IN_RANGE: translate(
            "Wording",
            "You are within your target range: first more times with the same load, then a "
            "heavier one. Source: ACSM 2009 (double progression).",
        ),
        Reason.PAIN: translate(
            "Wording",
            "Pain above 5 out of 10 is too much. Pain rules come before everything else: a "
            "lighter load, and talk to your GP or physiotherapist. Source: pain-monitoring model "
            "(Silbernagel et al., 2007).",
        ),
        Reason.STOP_SIGNAL: translate(
            "Wording",
            "Sharp pain, swelling or warmth, or a knee or hip that locks or gives way are stop "
            "signals: lighter, and talk to your GP or physiotherapist. Source: physiotherapy "
            "guidance on osteoarthritis.",
        ),
        Reason.NEXT_DAY: translate(
            "Wording",
            "Pain that is worse the next day means the dose was too high: lighter next time. "
            "Source: pain-monitoring model (Silbernagel et al., 2007).",
        ),
        Reason.MORNING_STIFFNESS: translate(
            "Wording",
            "Stiffness for more than half an hour in the morning means the dose was too high: "
            "lighter next time, and talk to your GP or physiotherapist. Source: Silbernagel et "
            "al., 2007, and physiotherapy guidance.",
        ),
        Reason.VOLUME_CAP: translate(
            "Wording",
            "The total work of a week goes up by about 10 % at most, so your body can keep up. "
            "The other steps come in the next weeks.",
        ),
        Reason.SHORT_BREAK: translate(
            "Wording",
            "After two weeks or more without training, the same load with a little room to "
            "spare is a safe restart. Strength stays for months (Smith et al., 2003).",
        ),
        Reason.LONG_BREAK: translate(
            "Wording",
            "After six weeks or more, one step lighter and a new test are a safe restart. "
            "Strength partly stays even after years (Smith et al., 2003).",
        ),
        Reason.VERY_LONG_BREAK: translate(
            "Wording",
            "After four months or more, we start again from a test. Much strength comes back "
            "quickly (Smith et al., 2003).",
        ),
        Reason.HOSPITAL: translate(
            "Wording",
            "A hospital stay costs muscle. We start again gently from a test, and build up again "
            "step by step.",
        ),
        Reason.NOT_OWNED: translate(
            "Wording", "Suggestions only use the weights and bands in your equipment list."
        ),
        Reason.NO_SETS: translate(
            "Wording", "This exercise was not done, so there is nothing new to go on."
        ),
    }
    return texts[reason]
