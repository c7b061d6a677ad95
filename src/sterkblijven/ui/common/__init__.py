"""What every page uses: widgets, theme, editing, messages, cues, files and events."""
