"""The window's frame: the main window, page routing, reminders and background work."""
