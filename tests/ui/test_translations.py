"""Every text in the interface has a finished Dutch translation, compiled and shipped."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import sterkblijven

PACKAGE = Path(sterkblijven.__file__).parent
TS_FILE = PACKAGE / "i18n" / "sterkblijven_nl.ts"
QM_FILE = PACKAGE / "i18n" / "sterkblijven_nl.qm"
TOOLS = Path(sys.executable).parent


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """Return (context, source) -> finished translation, or None where unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") is None and bool((translation.text or "").strip())
            found[(name, message.findtext("source") or "")] = translation.text if finished else None
    return found


def test_every_text_in_the_code_is_translated(tmp_path: Path) -> None:
    """Extracting the texts afresh finds none missing or unfinished in the Dutch file."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in (PACKAGE / "ui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = set(messages(fresh))
    shipped = messages(TS_FILE)
    assert len(wanted) > 100
    assert sorted(wanted - set(shipped)) == []
    assert sorted(key for key in wanted if shipped[key] is None) == []


def test_placeholders_survive_translation() -> None:
    """A translation keeps every {placeholder} of its source."""
    import re

    for (context, source), translation in messages(TS_FILE).items():
        expected = set(re.findall(r"{\w+}", source))
        assert set(re.findall(r"{\w+}", translation or "")) == expected, (context, source)


def test_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    """The shipped .qm is exactly what the .ts compiles to (run `make translations`)."""
    compiled = tmp_path / "nl.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS_FILE), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == QM_FILE.read_bytes()
