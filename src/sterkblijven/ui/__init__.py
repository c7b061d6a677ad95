"""Thin PySide6 widgets: pages, dialogs and reusable controls. No SQL, no business rules."""

import sterkblijven.qt_imports  # noqa: F401  (before any PySide6 user below)
