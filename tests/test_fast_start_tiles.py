"""The name tiles at a quick start: seven people's lines painted before SQLAlchemy loads."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sterkblijven.domain.model import Sex
from sterkblijven.paths import DataPaths
from sterkblijven.storage import open_folder
from sterkblijven.storage.synthetic.history import generate_history
from tests.test_fast_start import start


def test_the_name_tiles_of_seven_show_before_sqlalchemy(tmp_path: Path) -> None:
    """With seven people the first page is the name tiles, read without SQLAlchemy."""
    folder = tmp_path / "data"
    paths = DataPaths(folder)
    paths.ensure()
    database = open_folder(paths)
    for number in range(7):
        generate_history(
            database, years=0.2, end=datetime.now(), seed=number, name=f"Persoon {number}",
            sex=Sex.FEMALE if number % 2 else Sex.MALE,
        )  # fmt: skip
    database.close()
    code, loaded, errors = start(folder, tmp_path / "home", "--exit-after-first-paint")
    assert code == 0, errors
    assert loaded == set(), f"loaded before the first paint: {sorted(loaded)}"
