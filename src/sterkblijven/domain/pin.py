"""The carer's PIN: kept only as a salted slow hash, with a pause after five wrong tries."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sterkblijven.domain.validation import InputRefused

# The setting that holds the carer PIN (salted hash); no PIN when it is absent or empty.
PIN_KEY = "carer_pin"

MIN_DIGITS = 4
MAX_DIGITS = 8
MAX_TRIES = 5
LOCK_TIME = timedelta(minutes=1)
# scrypt cost: about 50 ms on a small laptop; slow for guessing, quick for a person.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1


def clean_pin(text: str) -> str:
    """Return a PIN of 4 to 8 digits, or refuse it."""
    pin = text.strip()
    if not (pin.isascii() and pin.isdecimal() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise InputRefused("pin_format", (MIN_DIGITS, MAX_DIGITS))
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """Return the stored form of a PIN: scrypt parameters, salt and hash."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Return True when the PIN fits the stored hash; a damaged hash matches nothing."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        candidate = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate.hex(), digest)


@dataclass(frozen=True, slots=True)
class Lockout:
    """Wrong tries in a row, and until when the PIN cannot be tried."""

    failures: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        """Return True while a wait is running."""
        return self.locked_until is not None and now < self.locked_until

    def seconds_left(self, now: datetime) -> int:
        """Return the whole seconds of waiting left, never more than the wait's own length."""
        if self.locked_until is None or now >= self.locked_until:
            return 0
        left = min(self.locked_until - now, LOCK_TIME)
        return max(1, int(left.total_seconds() + 0.999))

    def seen_at(self, now: datetime) -> Lockout:
        """Return the wait as it holds from ``now``: at most its own length from here.

        A wait that ends more than its length after ``now`` began later than now: the clock
        was set back since, or was ahead when the wait began. How long was waited already
        cannot be known, so the wait runs its length once more from now, never longer.
        """
        if self.locked_until is None or self.locked_until - now <= LOCK_TIME:
            return self
        return Lockout(self.failures, now + LOCK_TIME)

    def after_failure(self, now: datetime) -> Lockout:
        """Return the state after a wrong PIN; the fifth in a row starts the wait."""
        failures = self.failures + 1
        if failures >= MAX_TRIES:
            return Lockout(0, now + LOCK_TIME)
        return Lockout(failures, None)

    def tries_left(self) -> int:
        """Return how many wrong tries remain before the wait."""
        return MAX_TRIES - self.failures
