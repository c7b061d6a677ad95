"""What the next session asks, and why: the suggestions in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.words.basics import load_text

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


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
            "Welcome back! The same {load}, and stop while you could still do two or three more "
            "with good form.",
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
            "The other steps come in the next weeks. This is a rule of thumb, built on the ACSM "
            "position stand on progression (Ratamess et al., 2009).",
        ),
        Reason.SHORT_BREAK: translate(
            "Wording",
            "After two weeks or more without training, you start again with the same load, and "
            "stop while you could still do 2 or 3 more with good form. That is our careful rule "
            "of thumb: strength stays for months (Smith et al., 2003).",
        ),
        Reason.LONG_BREAK: translate(
            "Wording",
            "After six weeks or more, you start again one step lighter, with a new test. That "
            "is our careful rule of thumb: strength partly stays even after years (Smith et al., "
            "2003).",
        ),
        Reason.VERY_LONG_BREAK: translate(
            "Wording",
            "After four months or more, you start again from a test. That is our careful rule "
            "of thumb: much strength comes back quickly (Smith et al., 2003).",
        ),
        Reason.HOSPITAL: translate(
            "Wording",
            "A hospital stay costs muscle. First answer the health questions again, and ask "
            "your GP or physiotherapist whether you may train. Then you start gently from a "
            "test and build up step by step. These are careful rules of our own. After an "
            "operation, your surgeon's advice on movements comes first. After a broken bone or "
            "with osteoporosis: no bending forward with a weight (Giangregorio et al., 2014, "
            "'Too Fit To Fracture').",
        ),
        Reason.NOT_OWNED: translate(
            "Wording", "Suggestions only use the weights and bands in your equipment list."
        ),
        Reason.NO_SETS: translate(
            "Wording", "This exercise was not done, so there is nothing new to go on."
        ),
    }
    return texts[reason]
