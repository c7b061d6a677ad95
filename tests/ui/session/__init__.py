"""Tests of the ui/session package."""
