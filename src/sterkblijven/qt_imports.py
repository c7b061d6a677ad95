"""Loads PySide6 and stops its import wrapper from reading the source of later modules."""

import sys

import PySide6.QtCore  # noqa: F401  (installs the import wrapper that is quietened below)


def _skip_feature_source_scan() -> None:
    """Stop PySide6 from reading the source of every module imported after it.

    PySide6 6.11 wraps ``__import__`` so that a module may opt in to its ``__feature__``
    switches (snake_case, true_property); to learn whether a module uses PySide it reads the
    module's whole source with ``inspect.getsource``. That made importing SQLAlchemy, numpy
    and pyqtgraph after PySide6 about a quarter slower, and kept their source text (up to
    28 MiB) in memory. The answer is now taken from the module's name: the app's own modules
    count as PySide users without switches, as the scan found; every other module is marked
    "ignore", which follows the switches in force, and none are: no module of this app opts in
    (a test holds that), and the libraries it uses do not either.
    """
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _is_own_module  # type: ignore[attr-defined]


def _is_own_module(module: object) -> bool:
    name = getattr(module, "__name__", "")
    return isinstance(name, str) and name.split(".", 1)[0] == "sterkblijven"


_skip_feature_source_scan()
