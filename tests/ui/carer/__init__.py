"""Tests of the ui/carer package."""
