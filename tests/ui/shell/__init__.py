"""Tests of the ui/shell package."""
