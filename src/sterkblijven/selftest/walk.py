"""Rendering and auditing one screen at a time, and collecting what went wrong."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from sterkblijven.diagnostics import HARMLESS
from sterkblijven.ui.common.files import PresetFiles


@contextmanager
def collect_qt_messages(problems: list[str]) -> Iterator[None]:
    """Record every Qt warning, critical or fatal message while the block runs."""

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        quiet = kind in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg)
        if not quiet and not any(harmless in message for harmless in HARMLESS):
            problems.append(f"Qt: {message}")

    def on_exception(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        # An exception in a slot does not stop Qt's event loop; it is printed and forgotten.
        # Here it counts: a button that raises is a broken screen.
        lines = traceback.format_exception(kind, error, trace)
        problems.append("uncaught: " + "".join(lines[-3:]).strip())

    previous = qInstallMessageHandler(handler)
    previous_hook = sys.excepthook
    sys.excepthook = on_exception
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        sys.excepthook = previous_hook


class MovableClock:
    """The app's clock during the self-test, moved on a day to reach the next-day check-in."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        """Return the moved moment."""
        return datetime.now() + self.offset


class Walk:
    """Renders screens one by one, recording problems and optional screenshots."""

    def __init__(self, app: QApplication, screenshots: Path | None, problems: list[str]) -> None:
        self.app = app
        self.screenshots = screenshots
        self.problems = problems
        self.count = 0
        self.variant = "100-standard-nl"
        self.tree: list[dict[str, object]] = []  # every screen's accessibility tree
        self.files: PresetFiles | None = None  # answers the save questions

    def render(self, name: str, widget: QWidget) -> None:
        """Lay out, paint and (optionally) save one screen."""
        # Widgets added to a shown layout appear, and word-wrapped text settles its height,
        # over two passes of the event loop, as they do in the running app within a moment.
        self.app.processEvents()
        self.app.processEvents()
        # Deletions wait for an event loop the walk does not run; without this, closed
        # dialogs and wizards would pile up.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        image = widget.grab()
        self.count += 1
        if image.isNull() or image.width() == 0:
            self.problems.append(f"{name}: rendered nothing")
            return
        self.check(name, widget)
        if self.screenshots is not None:
            image.save(str(self.screenshots / f"{self.variant}-{name}.png"))

    def wait_until(self, done: Callable[[], bool], what: str, seconds: float = 60.0) -> None:
        """Run the event loop until ``done`` says so, as the person waits; fail after a while."""
        deadline = time.monotonic() + seconds
        while not done():
            if time.monotonic() > deadline:
                raise AssertionError(f"{what} did not end within {seconds:.0f} s")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    def check(self, name: str, widget: QWidget) -> None:
        """Audit a screen as a screen reader sees it, and keep its tree for the report."""
        from sterkblijven.ui.common import audit

        scale, theme, language = self.variant.split("-")
        where = f"{self.variant}-{name}"
        self.problems.extend(f"{where}: {problem}" for problem in audit.unnamed(widget))
        if scale == "100":  # targets are measured at the smallest text size
            self.problems.extend(f"{where}: {problem}" for problem in audit.too_small(widget))
        if scale == "200":  # text is clipped first at the largest size
            # Word-wrapped text settles its height over a second layout pass.
            self.app.processEvents()
            self.problems.extend(f"{where}: {problem}" for problem in audit.clipped(widget))
        if self.screenshots is not None:
            self.tree.append(
                {
                    "screen": name,
                    "text_scale": int(scale),
                    "theme": theme,
                    "language": language,
                    "screenshot": f"{where}.png",
                    "nodes": [node.as_dict() for node in audit.nodes(widget)],
                }
            )

    def step(self, name: str, action: Callable[[], object]) -> None:
        """Run one step of the walk; an exception is a problem, not a crash."""
        try:
            action()
        except Exception:
            self.problems.append(f"{name}: {traceback.format_exc()}")
