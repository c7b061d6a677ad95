"""Comfort and language preferences, read leniently from stored text."""

from __future__ import annotations

from dataclasses import dataclass

# The key earlier versions kept in the database for the person last shown.
OLD_TRAINEE_KEY = "current_trainee_id"

LANGUAGES = ("nl", "en")
TEXT_SCALES = (100, 125, 150, 200)
# Spoken cues: slower than the engine's own pace suits many older listeners.
SPEECH_RATES = {"slow": -0.35, "normal": 0.0, "quick": 0.25}
# The choices each person makes for themselves; which person is shown is not one of them.
COMFORT_KEYS = ("language", "text_scale", "high_contrast", "speech", "speech_rate", "motion")


@dataclass(frozen=True, slots=True)
class Preferences:
    """How the app looks and speaks, and who is training."""

    language: str = "nl"
    text_scale: int = 100
    high_contrast: bool = False
    current_trainee_id: int | None = None
    speech: bool = True
    speech_rate: str = "normal"
    # The exercise pictures move slowly between start and end; off for anyone whom it
    # distracts or unsettles: then the two still pictures stand side by side.
    motion: bool = True

    @property
    def speech_rate_value(self) -> float:
        """Return the rate for the speech engine, -1 (slowest) to 1."""
        return SPEECH_RATES[self.speech_rate]

    def to_settings(self) -> dict[str, str]:
        """Return the preferences as stored text values."""
        values = {
            "language": self.language,
            "text_scale": str(self.text_scale),
            "high_contrast": "1" if self.high_contrast else "0",
            "speech": "1" if self.speech else "0",
            "speech_rate": self.speech_rate,
            "motion": "1" if self.motion else "0",
        }
        if self.current_trainee_id is not None:
            values["current_trainee_id"] = str(self.current_trainee_id)
        return values

    def comfort_settings(self) -> dict[str, str]:
        """Return the person's own choices as text values, without who is shown."""
        values = self.to_settings()
        return {key: values[key] for key in COMFORT_KEYS}

    @classmethod
    def from_settings(
        cls, values: dict[str, str], system_high_contrast: bool = False
    ) -> Preferences:
        """Read stored values; anything unreadable falls back to its default.

        Until a contrast is chosen in the app, the system's contrast preference is followed.
        """
        default = cls()
        language = values.get("language", default.language)
        scale_text = values.get("text_scale", "")
        scale = int(scale_text) if scale_text.isdecimal() else default.text_scale
        trainee_text = values.get("current_trainee_id", "")
        rate = values.get("speech_rate", "")
        return cls(
            language=language if language in LANGUAGES else default.language,
            text_scale=scale if scale in TEXT_SCALES else default.text_scale,
            high_contrast=values["high_contrast"] == "1"
            if "high_contrast" in values
            else system_high_contrast,
            current_trainee_id=int(trainee_text) if trainee_text.isdecimal() else None,
            speech=values.get("speech", "1") != "0",
            speech_rate=rate if rate in SPEECH_RATES else default.speech_rate,
            motion=values.get("motion", "1") != "0",
        )
