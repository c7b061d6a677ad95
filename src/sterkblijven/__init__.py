"""sterkblijven: a home strength-training companion for older adults."""

__version__ = "0.1.0"
