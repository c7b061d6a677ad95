"""Tests of the ui/settings package."""
