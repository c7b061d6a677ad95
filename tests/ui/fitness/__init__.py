"""Tests of the ui/fitness package."""
