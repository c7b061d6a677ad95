"""Printed paper: the progress report and the exercise card, as PDF or on a printer."""

import sterkblijven.qt_imports  # noqa: F401  (before any PySide6 user below)
