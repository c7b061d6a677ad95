"""Use cases in plain Python: one unit of work per user action, no Qt."""
