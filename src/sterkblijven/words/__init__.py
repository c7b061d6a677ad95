"""Words shown to people: the domain's codes and results as translated sentences."""

import sterkblijven.qt_imports  # noqa: F401  (before any PySide6 user below)
