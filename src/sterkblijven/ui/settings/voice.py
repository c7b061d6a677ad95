"""What to install for a voice, in words for the system the app runs on."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


def voice_install_advice(platform: str = sys.platform) -> str:
    """Return where to add a voice on this kind of system (Windows, macOS or Linux)."""
    if platform.startswith("win"):
        return QCoreApplication.translate(
            "SettingsDialog",
            "To hear a voice: add a Dutch voice in Windows Settings, under Time & Language, "
            "Speech. Then start the app again.",
        )
    if platform == "darwin":
        return QCoreApplication.translate(
            "SettingsDialog",
            "To hear a voice: in System Settings choose Accessibility, then Spoken Content, and "
            "add a Dutch voice there. Then start the app again.",
        )
    return QCoreApplication.translate(
        "SettingsDialog",
        "To hear a voice: install speech-dispatcher with espeak-ng (ask someone who knows "
        "computers if you need help). Then start the app again.",
    )
