"""Files written whole or not at all: an export goes beside its target, then takes its place.

A half-written export (a full disk, a Cancel, a crash) must never look like a whole one: it is
written under a hidden temporary name beside the target, flushed to the disk, made readable by
its owner only, and only then renamed over the target. Any failure removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sterkblijven.paths import PRIVATE_FILE_MODE

# Written to the disk in pieces of this size; small enough to stay out of the memory budget.
BUFFER_BYTES = 1024 * 1024


@contextlib.contextmanager
def staged_file(path: Path) -> Iterator[BinaryIO]:
    """Yield a private file beside ``path`` that replaces it once the block ends without error."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb", buffering=BUFFER_BYTES) as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, PRIVATE_FILE_MODE)
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


@contextlib.contextmanager
def staged_folder(folder: Path, names: Sequence[str]) -> Iterator[dict[str, BinaryIO]]:
    """Yield private files of these names in a folder beside ``folder``, moved in once whole.

    A new ``folder`` is the staged folder renamed; into an existing one the files are moved one
    by one, each replacing its namesake, and the folder's other files are left alone.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".part"))
    try:
        with contextlib.ExitStack() as stack:
            files = {
                name: stack.enter_context((staging / name).open("wb", buffering=BUFFER_BYTES))
                for name in names
            }
            yield files
            for name, file in files.items():
                file.flush()
                os.fsync(file.fileno())
                os.chmod(staging / name, PRIVATE_FILE_MODE)
        if folder.exists():
            for name in names:
                os.replace(staging / name, folder / name)
        else:
            os.replace(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
