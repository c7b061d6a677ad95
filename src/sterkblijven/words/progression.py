"""What the next session asks, and why: the suggestions in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.everyday import BalanceNews
from sterkblijven.domain.progression import Advice, Reason, Suggestion
from sterkblijven.words.basics import current_language, load_text

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
    if advice is Advice.HEAVIER and reason is Reason.OWN_WEIGHT:
        return translate(
            "Wording",
            "Your own weight is now too light: next time with {load}. The exercise shows you how.",
        ).format(load=load)
    if advice in (Advice.NEXT_LEVEL, Advice.ADD):
        return _balance_text(advice, reason)
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
    if advice is Advice.PAUSE and suggestion.see_gp:
        return translate(
            "Wording",
            "Rest this exercise for now, and ask your GP or physiotherapist about it.",
        )
    if advice is Advice.PAUSE:
        # A first worse next day: soreness that is normal in the first weeks needs no doctor.
        return translate(
            "Wording",
            "Rest this exercise for now, so that your joint can calm down. Your carer can start "
            "it again.",
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
            Reason.NIGHT_PAIN: translate(
                "Wording", "Pain woke you up at night: next time lighter: {load}."
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
            Reason.LEVEL_TOO_HARD: translate(
                "Wording", "That step was still too hard. Next time the easier step again."
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
            "Next time the same: {load}. Not everything goes up at once; this one has its turn "
            "first, in one of the next sessions.",
        ),
        Reason.NO_SETS: translate("Wording", "Next time: {load}."),
        Reason.NEW_LOAD: translate(
            "Wording",
            "A new, heavier weight: fewer times is normal at first. Stay with {load} and grow "
            "into it.",
        ),
        Reason.TOP_LEVEL: translate(
            "Wording",
            "You do the hardest step of this exercise well. Keep practising it: it keeps you "
            "steady.",
        ),
        Reason.SHORT_BREAK: translate(
            "Wording",
            "Welcome back! The same {load}, and stop while you could still do two or three more "
            "with good form.",
        ),
    }
    return same.get(
        reason, translate("Wording", "Next time the same: {load}. Try a few more times.")
    ).format(load=load)


def _balance_text(advice: Advice, reason: Reason) -> str:
    if advice is Advice.ADD:
        return translate(
            "Wording",
            "Your test result asks for more balance practice. Add this exercise to the plan, "
            "at its easiest step.",
        )
    if reason is Reason.FALL_RISK:
        return translate(
            "Wording",
            "Your test result asks for more balance practice: next time one step further in "
            "this exercise.",
        )
    return translate(
        "Wording",
        "You kept your balance well and calmly: next time one step further. The exercise "
        "shows the new step.",
    )


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
            "Pain that is worse the next day means the dose was a bit too high: the exercises "
            "for that place go one step lighter. Some soreness or stiffness in the first weeks "
            "is normal and passes. If it comes back at the same place, talk to your GP or "
            "physiotherapist. Sources: pain-monitoring model (Silbernagel et al., 2007); OARSI "
            "2019; KNGF-richtlijn Artrose heup-knie 2018.",
        ),
        Reason.NIGHT_PAIN: translate(
            "Wording",
            "Pain that wakes you up at night is a stop signal: the exercises for that place go "
            "lighter, and please contact your GP or physiotherapist for advice. Source: "
            "physiotherapy guidance on osteoarthritis.",
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
            "A step that waited goes first in the next sessions. This is a rule of thumb, built "
            "on the ACSM position stand on progression (Ratamess et al., 2009).",
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
        Reason.OWN_WEIGHT: translate(
            "Wording",
            "You reached the top of your range with your own weight. Your own lightest "
            "dumbbell or band makes the muscles work harder again. Source: ACSM 2009 "
            "(Ratamess et al.).",
        ),
        Reason.NEW_LOAD: translate(
            "Wording",
            "After a step to a heavier weight, 12 times or more is enough for the first three "
            "sessions. So you grow into it, instead of going back. This is a choice of this app, "
            "built on ACSM 2009.",
        ),
        Reason.LEVEL_MASTERED: translate(
            "Wording",
            "Balance grows with harder steps: less support from your hands, then your feet "
            "closer together, then turning your head or closing your eyes, always with support "
            "within reach. Source: Otago Exercise Programme; Sherrington et al., 2019 (Cochrane).",
        ),
        Reason.TOP_LEVEL: translate(
            "Wording",
            "This is the hardest step of this exercise in the app. Practising it keeps your "
            "balance. Source: Otago Exercise Programme.",
        ),
        Reason.LEVEL_TOO_HARD: translate(
            "Wording",
            "Letting go before the lowest time means the step is still too hard. The step "
            "before keeps you safe while your balance grows. Source: Otago Exercise Programme.",
        ),
        Reason.FALL_RISK: translate(
            "Wording",
            "A test result in the range where falls are more likely. Balance exercises lower "
            "the number of falls by about a quarter; about three hours of balance practice a "
            "week works best. Sources: Sherrington et al., 2019 (Cochrane) and 2017 (BJSM).",
        ),
    }
    return texts[reason]


def balance_news_lines(news: BalanceNews) -> list[str]:
    """Return what a fall-risk result changed in the plan, and what else helps, in words."""
    lines = []
    if news.advice is not None and news.exercise is not None:
        name = news.exercise.text(current_language()).name
        if news.advice is Advice.ADD and news.in_plan:
            change = translate(
                "Wording",
                "Your balance deserves some extra attention. We have added '{exercise}' to your "
                "plan, at its easiest step.",
            )
        elif news.advice is Advice.ADD:
            change = translate(
                "Wording",
                "Your balance deserves some extra attention. Your carer gets a suggestion to add "
                "'{exercise}' to your plan.",
            )
        elif news.in_plan:
            change = translate(
                "Wording",
                "Your balance deserves some extra attention. '{exercise}' is now one step harder "
                "in your plan.",
            )
        else:
            change = translate(
                "Wording",
                "Your balance deserves some extra attention. Your carer gets a suggestion to make "
                "'{exercise}' one step harder.",
            )
        lines.append(change.format(exercise=name))
    lines.append(balance_help_sentence())
    return lines


def balance_help_sentence() -> str:
    """Return what else helps balance besides the weekly session, with its source."""
    return translate(
        "Wording",
        "Also good: practise your balance for a few minutes on the other days, and go for a "
        "walk three times a week. About three hours of balance practice a week works best "
        "(Sherrington et al., 2017).",
    )
