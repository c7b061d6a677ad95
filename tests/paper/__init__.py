"""Tests of the paper package: the printed report and exercise card."""
