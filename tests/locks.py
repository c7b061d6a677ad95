"""Whether a data folder is held, as a second start would find it."""

from __future__ import annotations

from pathlib import Path

from sterkblijven.paths import FolderLock


def data_in_use(data_dir: Path) -> bool:
    """Return True when a running app or command holds the data folder."""
    if not data_dir.is_dir():
        return False
    lock = FolderLock(data_dir)
    if not lock.acquire():
        return True
    lock.release()
    return False
