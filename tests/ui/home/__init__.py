"""Tests of the ui/home package."""
