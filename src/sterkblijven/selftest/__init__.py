"""``--self-test``: start the real app offscreen on a temporary database and open every screen.

It exits 0 only if every screen and dialog rendered without an error or a Qt warning. With
``--screenshots DIR`` it also saves a PNG of each screen, at each text size and in both themes.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sterkblijven.domain.preferences import TEXT_SCALES, Preferences
from sterkblijven.selftest.carer import walk_carer, walk_data
from sterkblijven.selftest.example import walk_example
from sterkblijven.selftest.person import walk_first_run, walk_screens, walk_session, walk_tests
from sterkblijven.selftest.variants import walk_variant
from sterkblijven.selftest.visible import walk_visibility
from sterkblijven.selftest.walk import MovableClock, Walk, collect_qt_messages
from sterkblijven.ui.common.files import PresetFiles

if TYPE_CHECKING:
    from sterkblijven.ui.shell.main_window import MainWindow


def run_self_test(screenshots: Path | None) -> int:
    """Walk every screen; print a one-line result and return the exit code."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from sterkblijven.app import build, make_qt_app, practice_link
    from sterkblijven.autostart import Autostart, launch_command

    problems: list[str] = []
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="sterkblijven-selftest-") as folder,
        collect_qt_messages(problems),
    ):
        app = make_qt_app(sys.argv[:1])
        clock = MovableClock()
        files = PresetFiles(Path(folder) / "saved")
        files.folder.mkdir()
        context = build(
            app,
            Path(folder) / "data",
            language="nl",
            report=problems.append,
            clock=clock,
            speech_engine="mock",
            files=files,
            # The log-in start is offered and switched, in a home folder of the self-test's own.
            autostart=Autostart(launch_command(), home=Path(folder) / "home", environ={}),
            # The way to a practice's server, kept in settings of the self-test's own.
            practice=practice_link(
                QSettings(str(Path(folder) / "computer.ini"), QSettings.Format.IniFormat)
            ),
        )
        if context is None:
            print("self-test failed: the app could not start", *problems, sep="\n", file=sys.stderr)
            return 1
        walk = Walk(app, screenshots, problems)
        walk.files = files
        window = context.window
        window.resize(1100, 820)
        window.show()
        walk.step("first run", lambda: walk_first_run(walk, window))
        walk.step("screens", lambda: walk_screens(walk, window))
        walk.step("session", lambda: walk_session(walk, window, clock))
        walk.step("tests", lambda: walk_tests(walk, window))
        walk.step("carer", lambda: walk_carer(walk, window))
        walk.step("data", lambda: walk_data(walk, window, files))
        walk.step("visibility", lambda: walk_visibility(walk, window))
        walk.step("example", lambda: walk_example(walk, "nl"))
        for language in ("nl", "en"):
            for scale in TEXT_SCALES:
                for high_contrast in (False, True):
                    preferences = Preferences(language, scale, high_contrast)
                    walk.variant = (
                        f"{scale}-{'contrast' if high_contrast else 'standard'}-{language}"
                    )
                    walk.step(walk.variant, _variant_step(walk, window, preferences))
        context.close()
        app.processEvents()
    if screenshots is not None:
        report = {"format": 1, "screens": walk.tree}
        (screenshots / "accessibility.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    if problems:
        print(f"self-test failed: {len(problems)} problem(s)", *problems, sep="\n", file=sys.stderr)
        return 1
    print(f"self-test passed: {walk.count} screens rendered without errors or warnings")
    return 0


def _variant_step(walk: Walk, window: MainWindow, preferences: Preferences) -> Callable[[], None]:
    return lambda: walk_variant(walk, window, preferences)
