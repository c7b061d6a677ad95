"""The words of the example: its person's name, and why it could not be made."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def example_name() -> str:
    """Return the example person's name, which says that it is an example."""
    return QCoreApplication.translate("Example", "Gerrit (example)")


def example_problem() -> str:
    """Return why the example could not be made, saying that the real data was not touched."""
    return QCoreApplication.translate(
        "Example",
        "The example could not be made in the computer's temporary folder. Your own data was "
        "not touched.",
    )
