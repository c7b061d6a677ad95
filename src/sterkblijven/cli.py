"""Command-line options."""

from __future__ import annotations

import argparse
from pathlib import Path

from sterkblijven import __version__


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line; --help and --version print and exit."""
    parser = argparse.ArgumentParser(
        prog="sterkblijven",
        description="Home strength training for older adults.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="folder for the database and backups (default: the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="SQLAlchemy URL of another database instead of the data folder's SQLite file",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="language: nl (Dutch) or en (English)")
    parser.add_argument("--version", action="version", version=f"sterkblijven {__version__}")
    parser.add_argument(
        "--reset-pin",
        action="store_true",
        help="remove a forgotten carer PIN from the data folder, then stop",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open every screen offscreen on a temporary database; exit 0 if all rendered",
    )
    parser.add_argument(
        "--screenshots",
        type=Path,
        metavar="DIR",
        help="with --self-test: save a PNG of every screen in DIR",
    )
    options = parser.parse_args(argv)
    if options.screenshots is not None and not options.self_test:
        parser.error("--screenshots works only together with --self-test")
    return options
