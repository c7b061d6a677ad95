"""Failures a use case can report, for the UI to explain in plain words."""

from sterkblijven.domain.validation import InputRefused
from sterkblijven.domain.versions import ChangedMeanwhile, Edited
from sterkblijven.storage.problems import DatabaseProblem

__all__ = ["ChangedMeanwhile", "DatabaseProblem", "Edited", "InputRefused"]
