"""Why the data cannot be used, as a code the layers above turn into words and a way out."""

from __future__ import annotations

import sqlite3

# Every problem opening the data at start can meet; each has its words and its way out.
# open_database raises no other code: what else stops it is told as "unusable".
START_PROBLEMS = frozenset(
    {
        "damaged",  # not SQLite, it fails to read, or its copy before an update fails its check
        "foreign",  # another program's SQLite file
        "newer_version",  # this app's data, from a newer version of it
        "half_migrated",  # an update an earlier version began and never finished
        "missing",  # the database is gone or empty, while its -wal or backups are left
        "upgrade_failed",  # this version could not bring the data up to date; nothing changed
        "locked",  # another program holds the file
        "not_writable",
        "disk_full",
        "unusable",  # anything else: a disk error, a file that cannot be opened
        # A practice's server:
        "server_older",  # its schema is older than this version's; the administrator updates it
        "server_newer",  # its schema is newer: this computer needs the newer version
        "login_failed",  # a wrong user name or password
        "server_unreachable",  # no server answers at that address
        "server_unchecked",  # over the network without checking the server's certificate
    }
)


class DatabaseProblem(Exception):
    """The database cannot be used; ``code`` says why in a word the UI can explain."""

    def __init__(self, code: str, location: str, detail: str = "") -> None:
        super().__init__(f"{code}: {location} {detail}".strip())
        self.code = code
        self.location = location
        self.detail = detail


# How psycopg tells that a practice's server refused the login, cannot be reached, or ended a
# connection that was in use (a restart, a network cable, an administrator).
_LOGIN_FAILED = ("password authentication failed", "no password supplied", "does not exist")
_CONNECTION_LOST = (
    "server closed the connection",
    "terminating connection",
    "consuming input failed",
    "the connection is closed",
    "connection already closed",
    "ssl syscall error",
    "ssl connection has been closed",
)


def classify_server(message: str) -> str | None:
    """Return "login_failed", "server_unreachable" or "connection_lost" for a server's error."""
    if "could not translate host name" in message:
        return "server_unreachable"
    if "connection to server" in message and "failed" in message:
        if any(words in message for words in _LOGIN_FAILED):
            return "login_failed"
        return "server_unreachable"
    if any(words in message for words in _CONNECTION_LOST):
        return "connection_lost"
    return None


def classify(error: BaseException) -> str:
    """Return the problem code for an error met while using the database or its files."""
    # Here and not at the top: the first screen reads its data without SQLAlchemy, and this
    # module, which names the problems, is loaded with it.
    from sqlalchemy.exc import DBAPIError

    message = str(error).lower()
    server = classify_server(message) if isinstance(error, DBAPIError) else None
    if server is not None:
        return server
    if "unique constraint" in message and "_uuid" in message:
        # On a practice's server a UUID already taken but out of sight (row security): the
        # person, or a record, is another carer's client's.
        return "another_carers_client"
    if "database is locked" in message or "database table is locked" in message:
        return "locked"
    if "readonly" in message or "read-only" in message or isinstance(error, PermissionError):
        return "not_writable"
    if "disk is full" in message or "no space" in message:
        return "disk_full"
    if isinstance(error, DBAPIError | sqlite3.DatabaseError) and (
        "not a database" in message or "malformed" in message or "corrupt" in message
    ):
        return "damaged"
    return "unusable"
