"""The data folder's own checks: whether it takes writes, and what a cut-off check leaves."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from sterkblijven.paths import WRITE_CHECK_PREFIX, DataPaths


def test_the_write_check_leaves_nothing_behind(tmp_path: Path) -> None:
    """A folder that takes writes passes, and the check's file is gone afterwards."""
    DataPaths(tmp_path).check_writable()
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_fails_the_write_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the written data cannot reach the disk, the check raises ENOSPC and cleans up."""

    def no_room(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)
    with pytest.raises(OSError) as raised:
        DataPaths(tmp_path).check_writable()
    assert raised.value.errno == errno.ENOSPC
    assert list(tmp_path.iterdir()) == []


def test_a_killed_check_leaves_a_file_the_next_start_removes(tmp_path: Path) -> None:
    """An old check file goes at the next start; a fresh one (another start's) stays."""
    old = tmp_path / f"{WRITE_CHECK_PREFIX}old"
    fresh = tmp_path / f"{WRITE_CHECK_PREFIX}fresh"
    for leftover in (old, fresh):
        leftover.write_bytes(bytes(10))
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    DataPaths(tmp_path).check_writable()
    assert sorted(path.name for path in tmp_path.iterdir()) == [fresh.name]
