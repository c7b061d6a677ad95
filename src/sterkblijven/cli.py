"""The command line: its options, and the one entry point that starts what they ask for."""

from __future__ import annotations

import argparse
import os
import unicodedata
from pathlib import Path

from sterkblijven import __version__


def _data_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        default=default,
        help="folder for the database and backups (default: the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help="SQLAlchemy URL of another database instead of the data folder's SQLite file",
    )


def _add_commands(parser: argparse.ArgumentParser) -> None:
    # The data options are accepted after the command too; given there, they win.
    shared = argparse.ArgumentParser(add_help=False)
    _data_options(shared, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser(
        "export", parents=[shared], help="save everything (or one person) to a file"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to save")
    export.add_argument(
        "--format",
        choices=("json", "csv", "csv-nl", "fhir"),
        default="json",
        help=(
            "json: one file to import again; csv: a folder of tables for a spreadsheet; "
            "csv-nl: the same tables for a Dutch spreadsheet (semicolons, decimal comma); "
            "fhir: the test results as a FHIR R4 bundle for a practice's record system"
        ),
    )
    export.add_argument("--trainee", metavar="NAME", help="only this person")
    imported = commands.add_parser(
        "import", parents=[shared], help="read a file made by export into the data"
    )
    imported.add_argument("file", type=Path, metavar="FILE")
    choice = imported.add_mutually_exclusive_group()
    for flag, meaning in (
        ("--replace", "replace a person who is already here"),
        ("--keep-both", "add a person who is already here as a second person"),
        ("--skip", "leave out a person who is already here"),
    ):
        choice.add_argument(
            flag,
            dest="on_conflict",
            action="store_const",
            const=flag.removeprefix("--").replace("-", "_"),
            help=meaning,
        )
    backup = commands.add_parser("backup", parents=[shared], help="write a verified backup")
    backup.add_argument(
        "--out", type=Path, metavar="FILE", help="where (default: the data folder's backups)"
    )
    restore = commands.add_parser(
        "restore", parents=[shared], help="put a backup back, keeping a copy of the data first"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    # The server's tasks work on its database only: no data folder.
    server_url = argparse.ArgumentParser(add_help=False)
    server_url.add_argument(
        "--database-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="the server's database, with the administrator's login",
    )
    _add_server_commands(commands, server_url)


def _add_server_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    shared: argparse.ArgumentParser,
) -> None:
    """Add the administrator's tasks for a practice's PostgreSQL server."""
    server = commands.add_parser(
        "server", help="set up and look after a practice's shared server (for its administrator)"
    )
    tasks = server.add_subparsers(dest="server_command", metavar="TASK", required=True)
    for name, meaning in (
        ("init", "make the roles, tables and their security on a new server database"),
        ("upgrade", "bring the server's tables up to this version, then their security"),
    ):
        task = tasks.add_parser(name, help=meaning)
        task.add_argument("url", metavar="URL", help="the database, as its administrator")
    carer = tasks.add_parser(
        "add-carer", parents=[shared], help="make a login for a carer (prints a new password once)"
    )
    carer.add_argument(
        "name", metavar="NAME", help="the carer's login name, such as 'Anna de Vries'"
    )
    carer.add_argument(
        "--password-file", type=Path, metavar="FILE", help="take the password from this file"
    )
    assign = tasks.add_parser(
        "assign", parents=[shared], help="make a client the client of a carer"
    )
    assign.add_argument("client", metavar="CLIENT", help="the client's name, or their number")
    assign.add_argument("carer", metavar="CARER", help="the carer's login name")
    delete = tasks.add_parser(
        "delete", parents=[shared], help="delete an archived client and all their records"
    )
    delete.add_argument("client", metavar="CLIENT", help="the client's name, or their number")
    log = tasks.add_parser(
        "log", parents=[shared], help="show who changed or opened a client's data"
    )
    log.add_argument("client", metavar="CLIENT", help="the client's name, or their number")


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    """Parse the command line; --help and --version print and exit."""
    parser = argparse.ArgumentParser(
        prog="sterkblijven",
        description="Home strength training for older adults.",
    )
    _data_options(parser, None)
    parser.add_argument("--lang", choices=("nl", "en"), help="language: nl (Dutch) or en (English)")
    parser.add_argument("--version", action="version", version=f"sterkblijven {__version__}")
    parser.add_argument(
        "--exit-after-first-paint",
        action="store_true",
        help="start as usual, and stop once the first screen is shown (to time the start)",
    )
    parser.add_argument(
        "--exit-when-settled",
        action="store_true",
        help="start as usual, and stop once the work after the first screen is done as well",
    )
    parser.add_argument(
        "--reset-pin",
        action="store_true",
        help=(
            "remove a forgotten carer PIN from the data folder, then stop "
            "(says so in Dutch, or in English with --lang en)"
        ),
    )
    parser.add_argument(
        "--example",
        action="store_true",
        help="open an example person with a year of training, in a folder of its own that is "
        "removed again on closing; your own data and settings stay apart",
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
    _add_commands(parser)
    options = parser.parse_args(argv)
    if options.screenshots is not None and not options.self_test:
        parser.error("--screenshots works only together with --self-test")
    if (
        options.command == "server"
        and options.server_command not in ("init", "upgrade")
        and getattr(options, "database_url", None) is None
    ):
        parser.error(f"server {options.server_command} needs --database-url URL")
    if options.command is not None and (options.self_test or options.reset_pin):
        parser.error(f"{options.command} cannot be combined with --self-test or --reset-pin")
    if options.example and (
        options.command is not None
        or options.self_test
        or options.reset_pin
        or options.data_dir is not None
        or options.database_url is not None
    ):
        parser.error("--example opens a folder of its own: it goes with --lang only")
    # Such a name cannot be written faithfully everywhere the app names its data (the start at
    # log-in, for one), so it is refused here, in words, before anything is made.
    if options.data_dir is not None and _has_control_character(str(options.data_dir)):
        parser.error(
            "the folder given with --data-dir has a control character in its name (such as a "
            "tab or a line break); rename the folder, or choose another one"
        )
    if options.database_url is not None and _has_control_character(options.database_url):
        parser.error(
            "the --database-url has a control character in it (such as a tab or a line break); "
            "check it and try again"
        )
    return options


def _has_control_character(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" for char in text)


def main(argv: list[str] | None = None) -> int:
    """Start the app, its self-test or a command, and return the exit code."""
    options = parse_arguments(argv)
    # Health data: every file the app writes (database, its WAL journal, backups, logs) is the
    # owner's only, also in a data folder the user chose.
    os.umask(0o077)
    # Each is loaded only when asked for: a command needs no Qt, the window no self-test.
    if options.self_test:
        from sterkblijven.selftest import run_self_test

        return run_self_test(options.screenshots)
    if options.reset_pin:
        from sterkblijven.commands import reset_pin

        return reset_pin(options)
    if options.command == "server":
        from sterkblijven.commands import run_server

        return run_server(options)
    if options.command is not None:
        from sterkblijven.commands import run

        return run(options)
    if options.example:
        from sterkblijven.app import run_example

        return run_example(options)
    from sterkblijven.app import run as run_window

    return run_window(options)
