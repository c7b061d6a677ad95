"""The example's own window: home, progress and the carer part under its banner."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from sterkblijven.selftest.walk import Walk

EXAMPLE_SCALES = ("100", "200")


def walk_example(walk: Walk, language: str) -> None:
    """Make an example as ``--example`` does, and render its main screens at two text sizes."""
    from sterkblijven.app import COMPUTER_FILE, build
    from sterkblijven.services.catalogue import load_catalogue
    from sterkblijven.services.example import ExampleFolder, fill_example
    from sterkblijven.ui.common.computer_settings import QtComputerSettings

    with tempfile.TemporaryDirectory(prefix="sterkblijven-selftest-example-") as base:
        folder = ExampleFolder.make(Path(base))
        try:
            fill_example(folder, load_catalogue(), name="Gerrit (voorbeeld)", now=datetime.now())
            for scale in EXAMPLE_SCALES:
                # Settings of their own for each size: the first would keep its size as the
                # example person's.
                computer = QtComputerSettings.in_file(folder.root / f"{scale}-{COMPUTER_FILE}")
                computer.write("display", {"text_scale": scale})
                context = build(
                    walk.app,
                    folder.root,
                    computer=computer,
                    language=language,
                    report=walk.problems.append,
                    folder_checked=True,
                    in_example=True,
                )
                if context is None:
                    raise AssertionError("the example's window could not be built")
                window = context.window
                window.resize(1366, 768)
                window.show()
                window.start()
                if window.banner is None or not window.banner.isVisible():
                    raise AssertionError("the example's window shows no banner")
                previous, walk.variant = walk.variant, f"{scale}-standard-{language}"
                try:
                    walk.render("example-home", window)
                    window.show_progress()
                    walk.render("example-progress", window)
                    window.open_carer()
                    walk.render("example-carer", window)
                finally:
                    walk.variant = previous
                    context.close()
        finally:
            folder.remove()
