"""Tests of the ui/first_run package."""
