"""The guided session: warm-up, each exercise and its sets, rests, cool-down and summary."""
