"""The command-line tools for carers and scripts: export, import, backup, restore, reset PIN.

Each prints one line on success and exits 0, or prints a plain reason and exits 1.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TextIO

from sterkblijven.domain.backups import BackupKind
from sterkblijven.paths import DataPaths, FolderLock, default_data_dir
from sterkblijven.services.backups import Backups, data_gone, holds_something, restore_folder
from sterkblijven.services.carer import CarerAccess
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.services.exchange import Conflict, Exchange, ImportPlan, ImportRefused
from sterkblijven.services.trainees import Trainees
from sterkblijven.storage import Database, open_folder
from sterkblijven.storage.recognition import WAL_FILES, beside

if TYPE_CHECKING:
    from sterkblijven.words.pin_reset import ResetPinWords

_DATABASE_PROBLEMS = {
    "not_found": "the file does not exist",
    "damaged": "the file is damaged or is not a sterkblijven database",
    "foreign": "the file belongs to another program",
    "newer_version": "the file comes from a newer version of sterkblijven; update the app first",
    "not_writable": "the data folder cannot be written to",
    "disk_full": "the disk is full",
    "not_sqlite": "backups work only with the data folder's own database",
    "same_file": "that file is the database itself",
    "is_folder": "that is a folder; name a file",
    "unusable": "the database cannot be used",
    "backup_failed": "the backup could not be verified, so it was not kept",
    "half_migrated": (
        "an update of the data was cut off half-way, so it cannot be used as it is; "
        "put back the backup made before the update"
    ),
    "missing": "the database is gone or empty; put a backup back",
    "upgrade_failed": (
        "this version cannot bring the data up to date; nothing was changed; "
        "install the version you had before"
    ),
    "locked": "another program is using the database; close it and try again",
    "not_replaced": (
        "another program has the data file open (a virus scanner, for instance), so the backup "
        "could not take its place; wait a minute and try again"
    ),
    "login_failed": "the user name or the password is not right",
    "another_carers_client": (
        "someone in the file is already a client of another carer on the practice's server; "
        "nothing was read in; ask the administrator to assign them to you"
    ),
    "server_unreachable": "no server answers at that address; check the URL and the network",
    "server_older": (
        "the server's data is older than this version; ask the administrator to run "
        "sterkblijven server upgrade"
    ),
    "server_newer": "the server's data is newer than this version; install the newest sterkblijven",
    "server_unchecked": (
        "the server's certificate is not checked, so nothing was sent; add "
        "sslmode=verify-full&sslrootcert=CA-FILE to the URL"
    ),
}
# A practice's server is backed up by the practice, with PostgreSQL's own tools.
_SERVER_BACKUPS = (
    "a practice's server is backed up by the practice itself, with PostgreSQL's own tools "
    "(for instance: pg_dump --format=custom --file=sterkblijven.dump DATABASE, and "
    "pg_restore to put it back); sterkblijven export saves your own clients to a file"
)
# Problems whose way out is to put a backup back: the line says how.
_RESTORE_HELPS = frozenset({"damaged", "half_migrated", "missing"})
_IMPORT_PROBLEMS = {
    "not_found": "the file does not exist",
    "unreadable": "the file cannot be read",
    "not_json": "the file is not an export of sterkblijven (it is not JSON)",
    "foreign": "the file is not an export of sterkblijven",
    "cut_short": "the export stops half-way: it was not saved completely; save the data again",
    "newer_version": "the file comes from a newer version of sterkblijven; update the app first",
    "damaged": "the file is damaged",
    "empty": "the file holds no one",
    "too_large": "the file is larger than any export of sterkblijven can be",
    "same_person_twice": "the file holds the same person twice; it is not clear which to read in",
}


class CommandFailed(Exception):
    """A command could not do its work; the message says why in plain words."""


def run(options: argparse.Namespace, *, clock: Callable[[], datetime] = datetime.now) -> int:
    """Run the command named in the options; return the exit code."""
    paths = DataPaths(options.data_dir or default_data_dir())
    if options.database_url is not None:  # a database server takes care of its own writers
        return _run(options, paths, clock)
    creates = options.command in ("import", "restore")
    return _holding(paths, creates, lambda: _run(options, paths, clock))


def _holding(
    paths: DataPaths,
    creates: bool,
    work: Callable[[], int],
    *,
    unusable: str = _DATABASE_PROBLEMS["not_writable"],
    in_use: str = "sterkblijven is open on this data; close it first, then try again",
) -> int:
    """Do the work while holding the data folder, as the app does; return the exit code.

    Every command holds it, also one that only reads: opening the data may update it and
    clears what a restore cut off left beside it, which would take away the copy a restore
    at work is building. So no command runs while the app, or another command, has the data.
    The two refusals are said in the words of the command that asks.
    """
    if not creates and not paths.root.is_dir():
        return work()  # nothing there to hold: the command says so, and makes nothing
    lock = FolderLock(paths.root)
    try:
        paths.ensure()
        taken = lock.acquire()
    except OSError:
        return _fail(unusable)
    if not taken:
        return _fail(in_use)
    try:
        return work()
    finally:
        lock.release()


def _run(options: argparse.Namespace, paths: DataPaths, clock: Callable[[], datetime]) -> int:
    if options.command in ("backup", "restore") and _is_server(options.database_url):
        return _fail(_SERVER_BACKUPS)
    if options.command == "restore":
        if options.database_url is not None:
            return _fail(_DATABASE_PROBLEMS["not_sqlite"])
        return _restore_anyway(options, paths, clock)
    created = options.database_url is None and not paths.database.exists()
    try:
        database = _open(paths, options.database_url, creating=options.command == "import")
    except CommandFailed as failed:
        return _fail(str(failed))
    try:
        line = _COMMANDS[options.command](options, database, paths, clock)
    except CommandFailed as failed:
        return _fail(str(failed))
    except DatabaseProblem as problem:
        return _fail(_database_reason(problem.code, paths, options.database_url))
    except ImportRefused as refused:
        if created:  # the data folder is left as it was found: without a database
            database.close()
            _remove_database(paths)
        reason = _IMPORT_PROBLEMS.get(refused.code, refused.code)
        detail = f" ({refused.detail})" if refused.detail else ""
        return _fail(f"{options.file} was not imported: {reason}{detail}; nothing was changed")
    except OSError as error:
        return _fail(f"{error.filename or 'a file'} cannot be written: {error.strerror}")
    finally:
        database.close()
    print(line)
    return 0


def _is_server(database_url: str | None) -> bool:
    return database_url is not None and database_url.startswith("postgresql")


def _remove_database(paths: DataPaths) -> None:
    for ending in WAL_FILES:
        beside(paths.database, ending).unlink(missing_ok=True)


def _restore_anyway(
    options: argparse.Namespace, paths: DataPaths, clock: Callable[[], datetime]
) -> int:
    """Restore into the data folder, also when its database is damaged, foreign or missing."""
    database = None  # without a usable database, restore at file level, keeping its bytes
    if holds_something(paths.database) and not data_gone(paths.database, paths.backups):
        with contextlib.suppress(DatabaseProblem, OSError):
            database = open_folder(paths)
    try:
        paths.ensure()
        if database is not None:
            done = Backups(database, paths.backups, clock).restore(options.file)
        else:
            done = restore_folder(options.file, paths.database, paths.backups, clock())
    except DatabaseProblem as problem:
        reason = _DATABASE_PROBLEMS.get(problem.code, f"it cannot be used ({problem.code})")
        if problem.code == "half_migrated":
            reason = "it was copied while an update was cut off half-way; choose an older one"
        return _fail(f"{options.file} was not restored: {reason}; nothing was changed")
    except OSError as error:
        return _fail(f"the data folder cannot be used: {error.strerror}")
    finally:
        if database is not None:
            database.close()
    kept = f"; the data before it is kept in {done.kept_copy}" if done.kept_copy else ""
    print(f"restored {done.restored}{kept}")
    return 0


def _open(paths: DataPaths, database_url: str | None, *, creating: bool) -> Database:
    if database_url is None:
        refused = _no_data(paths, creating=creating)
        if refused is not None:
            raise CommandFailed(refused)
    try:
        paths.ensure()
        return open_folder(paths, database_url)
    except DatabaseProblem as problem:
        reason = _database_reason(problem.code, paths, database_url)
        if problem.code == "unusable" and database_url is not None and problem.detail:
            # For whoever runs a server: the driver's own first line says what to mend.
            reason += ": " + "; ".join(line.strip() for line in problem.detail.splitlines())
        raise CommandFailed(f"the data cannot be opened: {reason}") from problem
    except OSError as error:
        raise CommandFailed(f"the data folder cannot be used: {error.strerror}") from error


def _no_data(paths: DataPaths, *, creating: bool) -> str | None:
    """Return why there is no data to work on in the folder, or None when there is.

    Data that is gone (no database, or an empty one, beside its -wal or backups) is never
    taken for a new start: a command would make a new database over what is left, and the
    app would then ask its first-run questions instead of offering the backups.
    """
    if data_gone(paths.database, paths.backups):
        return f"the sterkblijven data in {paths.root} is gone or empty; {_restore_hint(paths)}"
    if not creating and not holds_something(paths.database):
        return f"there is no sterkblijven data in {paths.root}"
    return None


def _database_reason(code: str, paths: DataPaths, database_url: str | None) -> str:
    """Return why the data cannot be used, with the way out; a URL is named only if given."""
    reason = _DATABASE_PROBLEMS.get(code, f"it cannot be used ({code})")
    if code == "unusable" and database_url is not None:
        return f"{reason} (check --database-url)"
    if code in _RESTORE_HELPS and database_url is None:
        return f"{reason}: {_restore_hint(paths)}"
    return reason


def _restore_hint(paths: DataPaths) -> str:
    return f"sterkblijven restore FILE puts one back (the backups are in {paths.backups})"


def _export(
    options: argparse.Namespace, database: Database, paths: DataPaths, clock: Callable[[], datetime]
) -> str:
    trainee_id = _trainee_named(options.trainee, database, paths, clock)
    exchange = Exchange(database, paths.backups, clock)
    if options.format in ("csv", "csv-nl"):
        summary = exchange.write_csv(options.out, trainee_id, dutch=options.format == "csv-nl")
    elif options.format == "fhir":
        summary = exchange.write_fhir(options.out, trainee_id)
        # Only the people and their test results are in it.
        return f"exported {summary.people} people and {summary.tests} test results to {options.out}"
    else:
        summary = exchange.write_json(options.out, trainee_id)
    return (
        f"exported {summary.people} people, {summary.sessions} sessions, {summary.sets} sets "
        f"and {summary.tests} test results to {options.out}"
    )


def _trainee_named(
    name: str | None, database: Database, paths: DataPaths, clock: Callable[[], datetime]
) -> int | None:
    if name is None:
        return None
    people = Trainees(database, paths.backups, clock).all()
    found = [p.id for p in people if p.name.casefold() == name.strip().casefold()]
    if not found or found[0] is None:
        known = ", ".join(p.name for p in people) or "no one yet"
        raise CommandFailed(f"no one called {name!r} trains here (here: {known})")
    return found[0]


def _import(
    options: argparse.Namespace, database: Database, paths: DataPaths, clock: Callable[[], datetime]
) -> str:
    exchange = Exchange(database, paths.backups, clock)
    plan = exchange.read(options.file)
    choices = _conflict_choices(plan, options.on_conflict, sys.stdin, sys.stdout)
    summary = exchange.apply(plan, choices)
    kept = f"; the data before is kept in {summary.backup}" if summary.backup else ""
    return (
        f"imported {summary.added + summary.replaced} people ({summary.replaced} replaced, "
        f"{summary.skipped} left out), {summary.sessions} sessions, {summary.sets} sets and "
        f"{summary.tests} test results{kept}"
    )


def _conflict_choices(
    plan: ImportPlan, given: str | None, answers: TextIO, questions: TextIO
) -> dict[int, Conflict]:
    """Return what to do with each person already here: as given, or asked one by one."""
    if given is not None:
        return {person.index: Conflict(given) for person in plan.conflicts}
    if plan.conflicts and not answers.isatty():
        who = ", ".join(f"{p.name} (born {p.birth_year})" for p in plan.conflicts)
        raise CommandFailed(f"already here: {who}; run again with --replace, --keep-both or --skip")
    choices: dict[int, Conflict] = {}
    keys = {"r": Conflict.REPLACE, "k": Conflict.KEEP_BOTH, "s": Conflict.SKIP}
    for person in plan.conflicts:
        while person.index not in choices:
            questions.write(
                f"{person.name} (born {person.birth_year}) is already here. "
                "Replace, keep both, or skip? [r/k/s] "
            )
            questions.flush()
            answer = answers.readline()
            if not answer:
                raise CommandFailed("no answer given; nothing was imported")
            if answer.strip()[:1].lower() in keys:
                choices[person.index] = keys[answer.strip()[:1].lower()]
    return choices


def _backup(
    options: argparse.Namespace, database: Database, paths: DataPaths, clock: Callable[[], datetime]
) -> str:
    written = Backups(database, paths.backups, clock).make(BackupKind.MANUAL, options.out)
    return f"backup written to {written} and verified"


_COMMANDS: dict[
    str, Callable[[argparse.Namespace, Database, DataPaths, Callable[[], datetime]], str]
] = {"export": _export, "import": _import, "backup": _backup}


def _fail(reason: str) -> int:
    print(f"sterkblijven: {reason}", file=sys.stderr)
    return 1


def reset_pin(options: argparse.Namespace) -> int:
    """Remove the carer PIN (for a forgotten one); print one line and return the exit code.

    It speaks Dutch, or English with --lang en: it is the carer, not a script, who reads it.
    """
    from sterkblijven.words.pin_reset import ResetPinWords

    words = ResetPinWords(options.lang or "nl")
    paths = DataPaths(options.data_dir or default_data_dir())
    if options.database_url is not None:
        return _reset_pin(paths, options.database_url, words)
    # Held as the other commands hold it: never while the app has the data open.
    return _holding(
        paths,
        False,
        lambda: _reset_pin(paths, None, words),
        unusable=words.folder_unusable(),
        in_use=words.in_use(),
    )


def _reset_pin(paths: DataPaths, database_url: str | None, words: ResetPinWords) -> int:
    if database_url is None:
        if data_gone(paths.database, paths.backups):
            return _fail(words.data_gone(paths.root, paths.backups))
        if not holds_something(paths.database):
            return _fail(words.no_data(paths.root))
    backups = None if database_url is not None else paths.backups
    try:
        database = open_folder(paths, database_url)
    except DatabaseProblem as problem:
        reason = words.problem(problem.code, backups, database_url is not None)
        return _fail(words.not_opened(reason))
    try:
        removed = CarerAccess(database, datetime.now).remove_pin()
    except DatabaseProblem as problem:
        reason = words.problem(problem.code, backups, database_url is not None)
        return _fail(words.not_removed(reason))
    finally:
        database.close()
    print(words.removed() if removed else words.no_pin())
    return 0


# Every server task is the administrator's; a carer's login may do none of them.
_NOT_ADMIN = "this login may not do that; use the administrator's login (a superuser)"


def run_server(options: argparse.Namespace) -> int:
    """Run one of the administrator's tasks on a practice's server; return the exit code."""
    from sqlalchemy.exc import SQLAlchemyError

    from sterkblijven.storage.problems import classify
    from sterkblijven.storage.server import ServerRefused

    task = options.server_command
    url = options.url if task in ("init", "upgrade") else options.database_url
    if not url.startswith("postgresql"):
        return _fail("the server tasks work on a PostgreSQL server: give a postgresql:// URL")
    try:
        for line in _SERVER_TASKS[task](options, url):
            print(line)
    except ServerRefused as refused:
        return _fail(str(refused))
    except OSError as error:
        return _fail(f"{error.filename or 'a file'} cannot be read: {error.strerror}")
    except SQLAlchemyError as error:
        code = classify(error)
        if "permission denied" in str(error) or "must be superuser" in str(error):
            return _fail(_NOT_ADMIN)
        reason = _DATABASE_PROBLEMS.get(code, code)
        return _fail(f"server {task} did not work: {reason}")
    except ImportError:
        return _fail("the PostgreSQL driver is missing: pip install 'sterkblijven[server]'")
    return 0


def _server_init(options: argparse.Namespace, url: str) -> list[str]:
    from sterkblijven.storage.server import init_server, upgrade_server

    if options.server_command == "init":
        return [f"the server is set up: schema {init_server(url)}, roles and row security in place"]
    return [f"the server is up to date: schema {upgrade_server(url)}, row security in place"]


def _add_carer(options: argparse.Namespace, url: str) -> list[str]:
    from sterkblijven.storage.server import ServerRefused, add_carer, check_carer_name

    check_carer_name(options.name)
    if options.password_file is None:
        password = add_carer(url, options.name)
        return [f"carer {options.name!r} can log in with this password (shown once): {password}"]
    lines = options.password_file.read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0]:
        raise ServerRefused(f"{options.password_file} holds no password on its first line")
    add_carer(url, options.name, lines[0])
    return [f"carer {options.name!r} can log in with the password from {options.password_file}"]


def _assign(options: argparse.Namespace, url: str) -> list[str]:
    from sterkblijven.storage.server import assign

    name = assign(url, options.client, options.carer)
    return [f"{name} is now a client of {options.carer}"]


def _delete(options: argparse.Namespace, url: str) -> list[str]:
    from sterkblijven.storage.server import delete_client

    name = delete_client(url, options.client)
    return [f"{name} and all their records are deleted; the access log keeps its lines"]


_LOG_ACTIONS = {"insert": "added", "update": "changed", "delete": "removed"}


def _log(options: argparse.Namespace, url: str) -> list[str]:
    from sterkblijven.storage.server import read_log

    name, entries = read_log(url, options.client)
    if not entries:
        return [f"nothing is logged for {name}"]
    lines = [f"access log of {name} (times in this computer's zone):"]
    for entry in entries:
        action = _LOG_ACTIONS.get(entry.action, entry.action)
        detail = f" ({entry.detail})" if entry.detail else ""
        # Kept with their zone; an old line without one was written in UTC.
        at = entry.at if entry.at.tzinfo is not None else entry.at.replace(tzinfo=UTC)
        lines.append(
            f"{at.astimezone():%Y-%m-%d %H:%M:%S %z}  {entry.actor}  {action}  "
            f"{entry.table_name}{detail}"
        )
    return lines


_SERVER_TASKS: dict[str, Callable[[argparse.Namespace, str], list[str]]] = {
    "init": _server_init,
    "upgrade": _server_init,
    "add-carer": _add_carer,
    "assign": _assign,
    "log": _log,
    "delete": _delete,
}
