"""Versions of what carers edit: a save based on an outdated copy is refused, never merged.

Plans, equipment, profiles and suggestion decisions each carry a version number that every
save raises by one. A screen keeps the version it was built from; when it saves, the stored
version must still be that one, else someone (on a practice's server, another carer; at home,
another window or the trainee) changed it in between, and the save is refused so that nothing
they did is overwritten.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sterkblijven.domain.validation import InputRefused


class Edited(enum.StrEnum):
    """What was changed meanwhile; the message names it."""

    PLAN = "plan"
    EQUIPMENT = "equipment"
    PROFILE = "profile"
    SUGGESTION = "suggestion"


class ChangedMeanwhile(InputRefused):
    """A save was refused: the stored copy changed since the screen read it.

    ``by`` is the login of who changed it (None at home, where carers are not named) and
    ``when`` the moment; the screen tells both and reloads the stored state.
    """

    def __init__(self, what: Edited, by: str | None, at: datetime | None) -> None:
        super().__init__("changed_meanwhile")
        self.what = what
        self.by = by
        self.when = at


def check_seen(
    what: Edited, stored: int, seen: int | None, by: str | None, at: datetime | None
) -> None:
    """Refuse when the screen's version (``seen``) is not the stored one; None checks nothing."""
    if seen is not None and seen != stored:
        raise ChangedMeanwhile(what, by, at)
