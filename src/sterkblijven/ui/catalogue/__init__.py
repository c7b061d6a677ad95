"""The exercises: the list of all of them, and one exercise explained with pictures."""
