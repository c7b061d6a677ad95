"""A throwaway PostgreSQL server for the tests, removed when they end.

It is a cluster of its own, on a Unix socket in a temporary folder, listening on no TCP port.

``initdb`` refuses to run as root, so as root the cluster belongs to the ``postgres`` user (which
Debian's package makes); otherwise to the user running the tests. Where no server programs exist,
``find_server`` says why, and the tests that need one are skipped with that note.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
PORT = 5432  # only names the socket file (.s.PGSQL.5432); no TCP port is opened
START_SECONDS = 60


@dataclass(frozen=True)
class ServerPrograms:
    """Where initdb and pg_ctl are, and which user the cluster runs as (None: this one)."""

    bin_dir: Path
    run_as: str | None


def find_server() -> ServerPrograms | str:
    """Return the server programs to use, or a plain reason why no server can run here."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg driver is not installed (pip install -e '.[test]')"
    candidates = [shutil.which("initdb")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    candidates += sorted(glob.glob("/usr/local/pgsql/bin/initdb"))
    found = [Path(c).resolve() for c in candidates if c]
    if not found:
        return "no PostgreSQL server programs (initdb) here; on Debian: apt install postgresql"
    bin_dir = found[0].parent
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root, and there is no 'postgres' user to run the server as"
        run_as = "postgres"
    return ServerPrograms(bin_dir, run_as)


class ThrowawayServer:
    """A PostgreSQL cluster made, started and removed by the tests."""

    def __init__(self, programs: ServerPrograms, *, durable: bool = False) -> None:
        self.programs = programs
        # The tests throw the cluster away, so they skip flushing to disk; a benchmark of a
        # durable commit keeps it, as a practice's server does.
        self.durable = durable
        # Short: a Unix socket's path has a limit of about 100 characters.
        self.folder = Path(tempfile.mkdtemp(prefix="sb-pg-"))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self.password = secrets.token_urlsafe(16)
        self._started = False
        self._count = 0

    def _run(self, *args: str) -> None:
        command = [str(self.programs.bin_dir / args[0]), *args[1:]]
        if self.programs.run_as is not None:
            command = ["runuser", "-u", self.programs.run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout}\n{result.stderr}")

    def start(self) -> None:
        """Make the cluster and start the server on the folder's socket only."""
        # Every login needs its password, as on a practice's server: a wrong one must fail.
        password_file = self.folder / "superuser-password"
        password_file.write_text(self.password + "\n")
        if self.programs.run_as is not None:
            user = pwd.getpwnam(self.programs.run_as)
            for path in (self.folder, password_file):
                os.chown(path, user.pw_uid, user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=scram-sha-256",
            f"--pwfile={password_file}", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        password_file.unlink()
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            f"-c port={PORT} -c max_connections=200"
        )
        if not self.durable:
            options += " -c fsync=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-w", "-t", str(START_SECONDS),
            "-l", str(self.folder / "server.log"), "start",
        )  # fmt: skip
        self._started = True

    def url(
        self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None
    ) -> str:
        """Return the SQLAlchemy URL of a database on this server, through the socket.

        Without a password, the superuser's.
        """
        secret = self.password if password is None else password
        return (
            f"postgresql+psycopg://{user}:{secret}@/{database}?host={self.socket_dir}&port={PORT}"
        )

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """Create a database (a copy of ``template`` when given) and return its name."""
        self._count += 1
        name = name or f"test_{self._count}"
        copy = f" TEMPLATE {template}" if template else ""
        self.execute(f"CREATE DATABASE {name}{copy}")
        return name

    def drop_database(self, name: str) -> None:
        """Drop a database, ending whatever connections are still open to it."""
        self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def execute(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction."""
        import psycopg

        with psycopg.connect(self.conninfo(database), autocommit=True) as connection:
            connection.execute(statement.encode())

    def conninfo(self, database: str = "postgres") -> str:
        """Return the superuser's libpq connection string to a database."""
        return (
            f"host={self.socket_dir} port={PORT} dbname={database} "
            f"user={SUPERUSER} password={self.password}"
        )

    def stop(self) -> None:
        """Stop the server at once and remove its folder."""
        if self._started:
            with contextlib.suppress(RuntimeError):
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
