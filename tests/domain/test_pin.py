"""The carer's PIN: a salted slow hash, and a one-minute wait after five wrong tries."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sterkblijven.domain.pin import Lockout, clean_pin, hash_pin, pin_matches
from sterkblijven.domain.validation import InputRefused

NOW = datetime(2026, 11, 21, 10)


def test_pin_is_stored_salted_and_never_plain() -> None:
    """Two hashes of one PIN differ (salt), neither contains it, and both verify."""
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second
    assert "4821" not in first
    assert first.startswith("scrypt$")
    assert pin_matches("4821", first) and pin_matches("4821", second)
    assert not pin_matches("4822", first)


def test_damaged_stored_hash_matches_nothing() -> None:
    """A stored value that is not a hash never lets a PIN in."""
    for damaged in ("", "4821", "scrypt$x$8$1$00$00", "pbkdf2$1$2$3$4$5"):
        assert not pin_matches("4821", damaged)


@pytest.mark.parametrize("text", ["123", "123456789", "12a4", "", "１２３４", " 12 34 "])
def test_pins_are_four_to_eight_digits(text: str) -> None:
    """Too short, too long, letters and other digit sets are refused."""
    with pytest.raises(InputRefused) as caught:
        clean_pin(text)
    assert caught.value.code == "pin_format"


def test_five_wrong_tries_mean_a_minute_wait() -> None:
    """After four wrong tries one is left; the fifth starts a wait of one minute."""
    state = Lockout()
    for _ in range(4):
        state = state.after_failure(NOW)
        assert not state.locked(NOW)
    assert state.tries_left() == 1
    state = state.after_failure(NOW)
    assert state.locked(NOW) and state.seconds_left(NOW) == 60
    assert state.locked(NOW + timedelta(seconds=59))
    assert not state.locked(NOW + timedelta(seconds=60))
    assert state.tries_left() == 5


@pytest.mark.parametrize(
    "moved", [timedelta(seconds=-1), timedelta(days=-1), timedelta(days=-365), timedelta(0)]
)
def test_the_wait_is_never_longer_than_its_own_length(moved: timedelta) -> None:
    """Seen with a clock set back, a wait is held from then on, and for at most a minute."""
    state = Lockout(4).after_failure(NOW)
    seen = NOW + moved
    held = state.seen_at(seen)
    assert held.locked(seen) and 0 < held.seconds_left(seen) <= 60
    assert not held.locked(seen + timedelta(seconds=60))
    assert held.seen_at(seen + timedelta(seconds=30)) == held  # already held: nothing to store
    assert 0 < state.seconds_left(seen) <= 60


@settings(max_examples=10, deadline=None)
@given(st.text(alphabet="0123456789", min_size=4, max_size=8))
def test_every_valid_pin_round_trips(pin: str) -> None:
    """Any 4-8 digit PIN is accepted, hashed and verified."""
    assert pin_matches(clean_pin(pin), hash_pin(pin))
