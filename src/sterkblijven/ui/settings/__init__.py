"""The settings: text size, contrast, language, spoken cues and starting at log-in."""
