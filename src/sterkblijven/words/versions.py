"""Words for a save refused because someone changed the same thing meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sterkblijven.domain.versions import ChangedMeanwhile, Edited

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def changed_meanwhile(error: ChangedMeanwhile) -> str:
    """Return who changed it and at what time, and to look again; without a name at home.

    At home carers are not named, so the words say only that it changed; on a practice's
    server the login (the carer's own name) and the time of day are told.
    """
    if error.by is None or error.when is None:
        return _unnamed(error.what)
    # A time kept with its zone is told in this computer's own time.
    when = error.when if error.when.tzinfo is None else error.when.astimezone()
    time = when.strftime("%H:%M")
    named = {
        Edited.PLAN: translate(
            "Versions", "{name} changed this plan at {time}; please look again."
        ),
        Edited.EQUIPMENT: translate(
            "Versions", "{name} changed this equipment at {time}; please look again."
        ),
        Edited.PROFILE: translate(
            "Versions", "{name} changed these details at {time}; please look again."
        ),
        Edited.SUGGESTION: translate(
            "Versions", "{name} already decided on this suggestion at {time}; please look again."
        ),
    }
    return named[error.what].format(name=error.by, time=time)


def _unnamed(what: Edited) -> str:
    unnamed = {
        Edited.PLAN: translate("Versions", "This plan was changed meanwhile; please look again."),
        Edited.EQUIPMENT: translate(
            "Versions", "This equipment was changed meanwhile; please look again."
        ),
        Edited.PROFILE: translate(
            "Versions", "These details were changed meanwhile; please look again."
        ),
        Edited.SUGGESTION: translate(
            "Versions", "This suggestion was already decided meanwhile; please look again."
        ),
    }
    return unnamed[what]
