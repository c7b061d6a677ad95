"""Thin PySide6 widgets: pages, dialogs and reusable controls. No SQL, no business rules."""

import sys

import PySide6.QtCore  # noqa: F401  (installs the import wrapper that is quietened below)


def _skip_feature_source_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 6.11 wraps ``__import__`` so that a module may opt in to its ``__feature__``
    switches (snake_case, true_property); to learn whether a module uses PySide it reads the
    module's whole source with ``inspect.getsource``. That made importing SQLAlchemy, numpy
    and pyqtgraph after PySide6 about a quarter slower and kept 28 MiB of source text in
    memory. This app uses no ``__feature__`` switch (a test holds that), so every module may be
    marked "ignore", which is what the scan concludes for modules without PySide anyway.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_no_feature  # type: ignore[attr-defined]


def _uses_no_feature(_module: object) -> bool:
    return False


_skip_feature_source_scan()
