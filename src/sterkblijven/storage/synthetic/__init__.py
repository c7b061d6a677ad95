"""Synthetic training history for benchmarks and tests: years of realistic data in seconds.

``history`` stores a new trainee with their history (``generate_history``); it runs the
exercises and hidden strength of ``plan``, the days of ``calendar``, the sets of ``sets`` and
the test rounds of ``results``.
"""
