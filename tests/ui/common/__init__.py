"""Tests of the ui/common package."""
