"""Backup names, the rolling schedule and what is pruned."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from sterkblijven.domain.backups import (
    BackupKind,
    BackupName,
    backup_name,
    parse_backup_name,
    parse_partial_name,
    rolling_due,
    to_prune,
)

NOW = datetime(2026, 11, 21, 9, 15, 0)  # a Saturday


def named(kind: BackupKind, moment: datetime) -> BackupName:
    """Return the parsed name of a backup of this kind at this moment."""
    parsed = parse_backup_name(backup_name(kind, moment))
    assert parsed is not None
    return parsed


def test_every_kind_reads_back_from_its_file_name() -> None:
    """A backup's file name gives back the kind and moment it was written with."""
    for kind in BackupKind:
        parsed = parse_backup_name(backup_name(kind, NOW))
        assert parsed is not None
        assert (parsed.kind, parsed.made_at) == (kind, NOW)


def test_names_written_by_older_code_are_understood() -> None:
    """Backups before a migration (with the revision) and before a removal are listed too."""
    migration = parse_backup_name("before-migration-0004-20261121-091500.sqlite3")
    assert migration is not None and migration.kind is BackupKind.BEFORE_MIGRATION
    first = parse_backup_name("before-migration-None-20261121-091500.sqlite3")
    assert first is not None and first.kind is BackupKind.BEFORE_MIGRATION
    removal = parse_backup_name("before-removing-trainee-20261121-091500.sqlite3")
    assert removal is not None and removal.kind is BackupKind.BEFORE_REMOVAL
    assert removal.made_at == NOW


def test_other_files_are_not_backups() -> None:
    """The database itself, partial copies and strange names are not taken for backups."""
    for name in (
        "sterkblijven.sqlite3",
        "daily-20261121-091500.sqlite3.part",
        "daily-20261399-091500.sqlite3",
        "weekly-extra-20261121-091500.sqlite3",
        "nightly-20261121-091500.sqlite3",
        "daily.sqlite3",
    ):
        assert parse_backup_name(name) is None, name


def test_a_half_written_copy_and_its_journal_name_the_backup_they_were_to_become() -> None:
    """``<backup>.part`` and its journal are known as leftovers; other files are not."""
    for leftover in (
        "daily-20261121-091500.sqlite3.part",
        "daily-20261121-091500.sqlite3.part-journal",
    ):
        parsed = parse_partial_name(leftover)
        assert parsed is not None and (parsed.kind, parsed.made_at) == (BackupKind.DAILY, NOW)
    for name in (
        "daily-20261121-091500.sqlite3",
        "notes.txt.part",
        "sterkblijven.sqlite3.part",
        "daily-20261121-091500.sqlite3.partial",
        "daily-20261121-091500.sqlite3.part.part",
    ):
        assert parse_partial_name(name) is None, name


@given(st.text(max_size=60))
def test_no_name_breaks_the_reader(name: str) -> None:
    """Any file name is either a backup or None, never an error."""
    parsed = parse_backup_name(name)
    assert parsed is None or parsed.name == name
    assert parsed is None or parse_partial_name(name) is None


def test_a_new_day_and_week_call_for_rolling_backups() -> None:
    """With none yet both are due; after today's both, none; the next Monday a new week's."""
    assert rolling_due([], NOW) == (BackupKind.DAILY, BackupKind.WEEKLY)
    made = [named(BackupKind.DAILY, NOW), named(BackupKind.WEEKLY, NOW)]
    assert rolling_due(made, NOW + timedelta(hours=10)) == ()
    assert rolling_due(made, NOW + timedelta(days=1)) == (BackupKind.DAILY,)
    monday = datetime(2026, 11, 23, 8, 0)
    assert rolling_due(made, monday) == (BackupKind.DAILY, BackupKind.WEEKLY)


def test_pruning_keeps_seven_days_four_weeks_and_three_sessions() -> None:
    """Only the oldest rolling copies go; copies made for a reason always stay."""
    existing = (
        [named(BackupKind.DAILY, NOW - timedelta(days=d)) for d in range(10)]
        + [named(BackupKind.WEEKLY, NOW - timedelta(weeks=w)) for w in range(6)]
        + [named(BackupKind.AFTER_SESSION, NOW - timedelta(days=3 * s)) for s in range(5)]
        + [named(BackupKind.BEFORE_RESTORE, NOW - timedelta(days=400 + d)) for d in range(9)]
        + [named(BackupKind.MANUAL, NOW - timedelta(days=900))]
    )
    pruned = to_prune(existing)
    assert [b.made_at for b in pruned] == sorted(b.made_at for b in pruned)
    kept = [b for b in existing if b not in pruned]
    counts = {kind: sum(1 for b in kept if b.kind is kind) for kind in BackupKind}
    assert counts[BackupKind.DAILY] == 7
    assert counts[BackupKind.WEEKLY] == 4
    assert counts[BackupKind.AFTER_SESSION] == 3
    assert counts[BackupKind.BEFORE_RESTORE] == 9
    assert counts[BackupKind.MANUAL] == 1
    newest_daily = max(b.made_at for b in existing if b.kind is BackupKind.DAILY)
    assert newest_daily in {b.made_at for b in kept}
