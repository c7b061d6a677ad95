"""Progress: one chart at a time, with its story in words."""
