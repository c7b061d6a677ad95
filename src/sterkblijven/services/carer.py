"""Carer mode: the PIN that keeps set-up screens away from the trainee's simple ones."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sterkblijven.domain.pin import PIN_KEY as PIN_KEY
from sterkblijven.domain.pin import Lockout, clean_pin, hash_pin, pin_matches
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo

FAILURES_KEY = "carer_pin_failures"
LOCKED_UNTIL_KEY = "carer_pin_locked_until"


class Outcome(enum.StrEnum):
    """What a PIN try led to."""

    OPEN = "open"
    WRONG = "wrong"
    LOCKED = "locked"


@dataclass(frozen=True, slots=True)
class PinResult:
    """The outcome of a try, with what the person needs to know next."""

    outcome: Outcome
    tries_left: int = 0
    seconds_left: int = 0


class CarerAccess:
    """Sets, checks and removes the carer PIN; wrong tries are counted across restarts."""

    def __init__(self, database: Database, clock: Callable[[], datetime]) -> None:
        self._database = database
        self._clock = clock

    def on_server(self) -> bool:
        """Return True on a practice's server, where each carer's own login replaces the PIN."""
        return self._database.is_server

    def has_pin(self) -> bool:
        """Return True when carer mode is behind a PIN (never on a practice's server)."""
        if self.on_server():
            return False
        with self._database.transaction() as tx:
            return bool(repo.load_settings(tx).get(PIN_KEY))

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (4 to 8 digits) as a salted hash; refuse anything else."""
        stored = hash_pin(clean_pin(pin))
        with self._database.transaction() as tx:
            repo.save_settings(tx, {PIN_KEY: stored, FAILURES_KEY: "0", LOCKED_UNTIL_KEY: ""})

    def remove_pin(self) -> bool:
        """Remove the PIN (carer mode opens without one); return False if there was none."""
        with self._database.transaction() as tx:
            had = bool(repo.load_settings(tx).get(PIN_KEY))
            repo.save_settings(tx, {PIN_KEY: "", FAILURES_KEY: "0", LOCKED_UNTIL_KEY: ""})
            return had

    def check(self, pin: str) -> PinResult:
        """Try a PIN: open, wrong (with tries left), or locked (with seconds to wait)."""
        now = self._clock()
        if self.on_server():  # the carer logged in to the server already
            return PinResult(Outcome.OPEN)
        with self._database.transaction() as tx:
            settings = repo.load_settings(tx)
            stored = settings.get(PIN_KEY, "")
            if not stored:
                return PinResult(Outcome.OPEN)
            stored_lockout = _lockout(settings)
            lockout = stored_lockout.seen_at(now)
            if lockout != stored_lockout:  # the clock went back: the shorter wait is kept
                repo.save_settings(tx, {LOCKED_UNTIL_KEY: _until_text(lockout)})
            if lockout.locked(now):
                return PinResult(Outcome.LOCKED, seconds_left=lockout.seconds_left(now))
            if pin_matches(pin.strip(), stored):
                repo.save_settings(tx, {FAILURES_KEY: "0", LOCKED_UNTIL_KEY: ""})
                return PinResult(Outcome.OPEN)
            lockout = lockout.after_failure(now)
            repo.save_settings(
                tx, {FAILURES_KEY: str(lockout.failures), LOCKED_UNTIL_KEY: _until_text(lockout)}
            )
            if lockout.locked(now):
                return PinResult(Outcome.LOCKED, seconds_left=lockout.seconds_left(now))
            return PinResult(Outcome.WRONG, tries_left=lockout.tries_left())


def _until_text(lockout: Lockout) -> str:
    return lockout.locked_until.isoformat() if lockout.locked_until else ""


def _lockout(settings: dict[str, str]) -> Lockout:
    failures_text = settings.get(FAILURES_KEY, "0")
    failures = int(failures_text) if failures_text.isdecimal() else 0
    until_text = settings.get(LOCKED_UNTIL_KEY, "")
    try:
        until = datetime.fromisoformat(until_text) if until_text else None
    except ValueError:
        until = None
    return Lockout(failures, until)
