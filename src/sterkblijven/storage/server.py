"""A practice's PostgreSQL server: its roles, row security, access log and administration.

This is the one module with PostgreSQL's own SQL in it. The tables belong to a NOLOGIN owner
role, so nobody works as their owner; each carer logs in as themselves, a member of the carers'
group role, and row-level security lets them see and change only the rows of their own clients.
Administrators (members of the administrators' role) see every client and read the access log,
which triggers write on every change, whoever makes it.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Table, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from sterkblijven.storage.migrating import upgrade
from sterkblijven.storage.models import Base

OWNER = "sterkblijven_owner"
CARERS = "sterkblijven_carer"
ADMINS = "sterkblijven_admin"
# The tables every carer reads without row security: no one's health data is in them.
SHARED_TABLES = ("settings", "alembic_version")
LOG_TABLE = "access_log"
# Columns that keep track of a change (its version, who and when) rather than being one: an
# update of only these is not a line of its own in the access log.
BOOKKEEPING = frozenset(
    {
        "version",
        "changed_by",
        "changed_at",
        "equipment_version",
        "equipment_changed_by",
        "equipment_changed_at",
    }
)
# Tables whose rows the app deletes (equipment put away, a skip undone, a setting cleared);
# every other row is a health record, which carers add to and change but never delete.
DELETED_BY_APP = frozenset({"dumbbells", "bands", "skips"})
# What the app may write into the log itself; everything else comes from the triggers.
OPENED = frozenset({"opened progress", "opened report"})
CARER_NAME_LENGTH = 40
PASSWORD_BYTES = 18  # 24 characters of secrets.token_urlsafe: strong, and still typeable


class ServerRefused(Exception):
    """An administration command cannot do what was asked; the message says why, plainly."""


@dataclass(frozen=True)
class Scope:
    """How a client-scoped table's rows lead to their person: columns and parent tables.

    ``path`` alternates column and table, ending in the column that holds the person's id:
    ``("trainee_id",)`` for a table of its own, ``("session_id", "sessions", "trainee_id")``
    for sets, ``("id",)`` for trainees itself.
    """

    table: str
    path: tuple[str, ...]


def client_tables() -> list[Scope]:
    """Return every table that holds a person's data, with how its rows lead to the person.

    Derived from the models: a table with the person's id, trainees itself, or a table whose
    foreign key leads to one of those. A table added later is covered without being named.
    """
    tables = Base.metadata.tables
    scopes: dict[str, tuple[str, ...]] = {"trainees": ("id",)}
    for name, table in tables.items():
        if "trainee_id" in table.c and _references(table, "trainees", "trainee_id"):
            scopes[name] = ("trainee_id",)
    grew = True
    while grew:  # children of children: follow foreign keys until nothing new is found
        grew = False
        for name, table in tables.items():
            if name in scopes or name == LOG_TABLE:
                continue
            for key in table.foreign_keys:
                parent = key.column.table.name
                if parent in scopes and parent != "trainees" and not key.parent.nullable:
                    scopes[name] = (key.parent.name, parent, *scopes[parent])
                    grew = True
                    break
    return [Scope(name, path) for name, path in sorted(scopes.items())]


def _references(table: Table, parent: str, column: str) -> bool:
    return any(key.column.table.name == parent for key in table.c[column].foreign_keys)


def _owner_of(path: tuple[str, ...], row: str) -> str:
    """Return SQL that is true when the row (``row`` names it) belongs to a visible person.

    Each parent is asked through its own table, so its row security decides: a carer's rows of
    sets lead to sessions, whose rows lead to the carer's own trainees.
    """
    if path == ("id",):
        return f"({_TRAINEE_VISIBLE})"
    if len(path) == 1:
        return f"{row}.{path[0]} IN (SELECT id FROM trainees)"
    column, parent = path[0], path[1]
    return f"{row}.{column} IN (SELECT id FROM {parent})"


# A carer sees their own clients; administrators every client. The owner runs the migrations
# and the log's triggers, which must reach every row too (row security is forced on it).
_TRAINEE_VISIBLE = (
    f"carer = current_user OR current_user = '{OWNER}' "
    f"OR pg_has_role(current_user, '{ADMINS}', 'MEMBER')"
)


# How long a login waits for an answer from the server's address before it says so.
CONNECT_SECONDS = 10


def server_url(
    host: str,
    database: str,
    user: str,
    password: str,
    ca_file: Path | None = None,
    port: int | None = None,
) -> str:
    """Return the SQLAlchemy URL of a database on a practice's server.

    ``host`` is a name or address (with ``:port`` if not 5432, or ``port`` given), or the
    folder of a local Unix socket. Over the network the server's certificate is always checked
    against the practice's CA file (sslmode=verify-full), so a password never goes to a server
    pretending to be it.
    """
    query: dict[str, str] = {}
    if host.startswith("/"):
        query["host"] = host
        if port is not None:
            query["port"] = str(port)
        hostname: str | None = None
        port = None
    else:
        if ca_file is None:
            raise ValueError("a server reached over the network needs the practice's CA file")
        hostname, _, port_text = host.partition(":")
        port = int(port_text) if port_text else port
        # Without a time limit an address where nothing answers would keep the carer waiting.
        query.update(
            sslmode="verify-full",
            sslrootcert=str(ca_file),
            connect_timeout=str(CONNECT_SECONDS),
        )
    return URL.create(
        "postgresql+psycopg",
        username=user,
        password=password,
        host=hostname,
        port=port,
        database=database,
        query=query,
    ).render_as_string(hide_password=False)


def is_socket_url(url: str) -> bool:
    """Return True for a server URL that reaches the server through a local Unix socket."""
    parsed = _parse(url)
    host = parsed.query.get("host")
    return parsed.host is None and (host is None or str(host).startswith("/"))


def is_checked_url(url: str) -> bool:
    """Return True when a server URL checks the server's certificate, or needs no network."""
    parsed = _parse(url)
    return is_socket_url(url) or (
        parsed.query.get("sslmode") == "verify-full" and bool(parsed.query.get("sslrootcert"))
    )


def _parse(url: str) -> URL:
    from sqlalchemy.engine import make_url

    return make_url(url)


@contextlib.contextmanager
def _administering(url: str) -> Iterator[Connection]:
    """Yield one connection of the administrator's, in one transaction."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def init_server(url: str) -> str:
    """Make the roles, the schema and its security on a fresh (or older) database; say what."""
    with _administering(url) as connection:
        _create_roles(connection)
        _hand_to_owner(connection)
    _upgrade_as_owner(url)
    with _administering(url) as connection:
        apply_security(connection)
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return str(revision)


def upgrade_server(url: str) -> str:
    """Bring the schema up to date as its owner, then the security again; return the revision."""
    return init_server(url)  # every step is idempotent: the same work, for a server that has it


def _create_roles(connection: Connection) -> None:
    for role, options in ((OWNER, "NOLOGIN"), (CARERS, "NOLOGIN"), (ADMINS, "NOLOGIN")):
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": role}
        ).first()
        if exists is None:
            _sql(connection, f"CREATE ROLE {role} {options}")
    # Administrators do what carers do, for every client.
    _sql(connection, f"GRANT {CARERS} TO {ADMINS}")
    _sql(connection, f"GRANT USAGE, CREATE ON SCHEMA public TO {OWNER}")
    _sql(connection, f"GRANT USAGE ON SCHEMA public TO {CARERS}, {ADMINS}")


def _hand_to_owner(connection: Connection) -> None:
    """Give the owner role the tables and sequences made before it (by an earlier version)."""
    for kind, catalogue in (("TABLE", "pg_tables"), ("SEQUENCE", "pg_sequences")):
        name = "tablename" if kind == "TABLE" else "sequencename"
        for (relation,) in connection.execute(
            text(f"SELECT {name} FROM {catalogue} WHERE schemaname = 'public'")
        ):
            _sql(connection, f'ALTER {kind} public."{relation}" OWNER TO {OWNER}')


def _upgrade_as_owner(url: str) -> None:
    """Run the migrations as the owner role, so that the owner owns what they make."""
    engine = create_engine(url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _become_owner(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        cursor.execute(f"SET ROLE {OWNER}")
        cursor.close()
        dbapi_connection.commit()  # type: ignore[attr-defined]

    try:
        upgrade(engine)
    finally:
        engine.dispose()


def apply_security(connection: Connection) -> None:
    """Grant, force row security with its policies, and log every change; idempotent."""
    _sql(connection, f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {CARERS}, {ADMINS}")
    _sql(connection, f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {CARERS}")
    _sql(connection, f"GRANT SELECT ON alembic_version TO {CARERS}")
    # Text size, language and the introductions read: the app writes and clears them.
    _sql(connection, f"GRANT SELECT, INSERT, UPDATE, DELETE ON settings TO {CARERS}")
    _create_functions(connection)
    for scope in client_tables():
        table = scope.table
        rights = "SELECT, INSERT, UPDATE" + (", DELETE" if table in DELETED_BY_APP else "")
        _sql(connection, f"GRANT {rights} ON {table} TO {CARERS}")
        _sql(connection, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _sql(connection, f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
        _sql(connection, f"DROP POLICY IF EXISTS own_clients ON {table}")
        mine = _owner_of(scope.path, table)
        _sql(connection, f"CREATE POLICY own_clients ON {table} USING ({mine}) WITH CHECK ({mine})")
        _sql(connection, f"DROP TRIGGER IF EXISTS log_change ON {table}")
        arguments = ", ".join(f"'{part}'" for part in scope.path)
        _sql(
            connection,
            f"CREATE TRIGGER log_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION sterkblijven_log_change({arguments})",
        )
    # Only administrators delete a person (after the retention period), and read the log.
    _sql(connection, f"GRANT DELETE ON trainees TO {ADMINS}")
    _sql(connection, f"GRANT SELECT ON {LOG_TABLE} TO {ADMINS}")
    _sql(connection, f"ALTER TABLE {LOG_TABLE} ENABLE ROW LEVEL SECURITY")
    _sql(connection, f"ALTER TABLE {LOG_TABLE} FORCE ROW LEVEL SECURITY")
    for policy, rule in (
        ("administrators_read", f"FOR SELECT TO {ADMINS} USING (true)"),
        ("owner_writes", f"FOR INSERT TO {OWNER} WITH CHECK (true)"),
    ):
        _sql(connection, f"DROP POLICY IF EXISTS {policy} ON {LOG_TABLE}")
        _sql(connection, f"CREATE POLICY {policy} ON {LOG_TABLE} {rule}")
    # A person a carer adds (first run, an import) is that carer's client.
    _sql(connection, "ALTER TABLE trainees ALTER COLUMN carer SET DEFAULT current_user")


def _create_functions(connection: Connection) -> None:
    # SECURITY DEFINER and owned by the owner: they write the log, which carers cannot touch.
    # session_user is who logged in, whatever role they set; search_path is fixed so no one
    # can slip in a table of their own by the same name.
    _sql(
        connection,
        f"""
        CREATE OR REPLACE FUNCTION sterkblijven_log_change() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
        DECLARE
            the_row jsonb := to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
            value text := the_row ->> TG_ARGV[0];
            step integer := 1;
            changed text := '';
        BEGIN
            WHILE step < TG_NARGS LOOP
                EXECUTE format('SELECT %I::text FROM %I WHERE id = $1',
                               TG_ARGV[step + 1], TG_ARGV[step])
                    INTO value USING value::integer;
                step := step + 2;
            END LOOP;
            IF TG_OP = 'UPDATE' THEN
                SELECT coalesce(string_agg(n.key, ', ' ORDER BY n.key), '') INTO changed
                FROM jsonb_each(to_jsonb(NEW)) AS n
                WHERE n.value IS DISTINCT FROM to_jsonb(OLD) -> n.key
                AND n.key NOT IN ({", ".join(f"'{column}'" for column in sorted(BOOKKEEPING))});
                -- A version raised before a change: the change itself is its own line.
                IF changed = '' THEN
                    RETURN NULL;
                END IF;
            END IF;
            INSERT INTO {LOG_TABLE} (at, actor, action, table_name, trainee_id, detail)
            VALUES (clock_timestamp(), session_user, lower(TG_OP),
                    TG_TABLE_NAME, value::integer,
                    'row ' || (the_row ->> 'id') ||
                    CASE WHEN changed = '' THEN '' ELSE ': ' || changed END);
            RETURN NULL;
        END
        $body$
        """,
    )
    _sql(
        connection,
        f"""
        CREATE OR REPLACE FUNCTION sterkblijven_record_access(person integer, what text)
        RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $body$
            INSERT INTO {LOG_TABLE} (at, actor, action, table_name, trainee_id, detail)
            SELECT clock_timestamp(), session_user, what, 'trainees', person, ''
            WHERE what IN ({", ".join(f"'{action}'" for action in sorted(OPENED))})
            -- Only about one's own clients: no one writes lines about another carer's.
            AND EXISTS (
                SELECT 1 FROM trainees WHERE id = person
                AND (carer = session_user OR pg_has_role(session_user, '{ADMINS}', 'MEMBER'))
            );
        $body$
        """,
    )
    for function in ("sterkblijven_log_change()", "sterkblijven_record_access(integer, text)"):
        _sql(connection, f"ALTER FUNCTION {function} OWNER TO {OWNER}")
        _sql(connection, f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    _sql(
        connection,
        f"GRANT EXECUTE ON FUNCTION sterkblijven_record_access(integer, text) TO {CARERS}",
    )


def _sql(connection: Connection, statement: str) -> None:
    """Run one statement of this module's own, with its percent signs as PostgreSQL's own."""
    # The driver reads % as the start of a parameter; format()'s %I and %L are PostgreSQL's.
    connection.exec_driver_sql(statement.replace("%", "%%"))


def record_access(tx: Session, trainee_id: int, action: str) -> None:
    """Write in the access log that the person logged in opened a client's records.

    On a practice's server only: at home one carer uses the computer, whose file is theirs, and
    a log naming no one would tell no one anything (NEN 7513 is about shared records).
    """
    if action not in OPENED:
        raise ValueError(f"not an access the app logs: {action}")
    if tx.get_bind().dialect.name != "postgresql":
        return
    known = tx.execute(
        text("SELECT to_regprocedure('sterkblijven_record_access(integer, text)')")
    ).scalar()
    if known is None:  # a server database set up without `server init`: no log to write to
        return
    tx.execute(
        text("SELECT sterkblijven_record_access(:person, :what)"),
        {"person": trainee_id, "what": action},
    )


def check_carer_name(name: str) -> str:
    """Return a carer's login name as given, or raise ServerRefused saying what is allowed."""
    if (
        not 1 <= len(name) <= CARER_NAME_LENGTH
        or name != name.strip()
        or not all(char.isalnum() or char in " -." for char in name)
    ):
        raise ServerRefused(
            f"{name!r} cannot be a carer's name: use 1 to {CARER_NAME_LENGTH} letters, digits, "
            "spaces, hyphens or dots, not starting or ending with a space"
        )
    return name


def add_carer(url: str, name: str, password: str | None = None) -> str:
    """Make a login for a carer, a member of the carers' role; return the password to give.

    Without a password a strong one is made.
    """
    check_carer_name(name)
    secret = password if password is not None else secrets.token_urlsafe(PASSWORD_BYTES)
    if not secret:
        raise ServerRefused("the password is empty")
    with _administering(url) as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).first()
        if exists is not None:
            raise ServerRefused(f"there is already a login called {name!r}")
        if (
            connection.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :role"), {"role": CARERS}
            ).first()
            is None
        ):
            raise ServerRefused("this server is not set up yet; run sterkblijven server init first")
        # The name and password go in as quoted identifier and literal, made by the server.
        statement = connection.execute(
            text(
                "SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE ' || CAST(:role AS text),"
                " CAST(:n AS text), CAST(:p AS text))"
            ),
            {"role": CARERS, "n": name, "p": secret},
        ).scalar()
        _sql(connection, str(statement))
    return secret


def find_client(connection: Connection, client: str) -> tuple[int, str]:
    """Return the id and name of the client named or numbered (UUID) so; refuse unclear ones."""
    rows = connection.execute(
        text(
            "SELECT id, name, uuid FROM trainees WHERE uuid = :client "
            "OR lower(name) = lower(:client) ORDER BY created_at, id"
        ),
        {"client": client.strip()},
    ).all()
    exact = [row for row in rows if row.uuid == client.strip()]
    rows = exact or rows
    if not rows:
        raise ServerRefused(f"no client called {client!r} on this server")
    if len(rows) > 1:
        uuids = ", ".join(row.uuid for row in rows)
        raise ServerRefused(
            f"more than one client is called {client!r}; name one by its number: {uuids}"
        )
    return int(rows[0].id), str(rows[0].name)


def assign(url: str, client: str, carer: str) -> str:
    """Make a client the client of a carer; return the client's name."""
    with _administering(url) as connection:
        is_carer = connection.execute(
            text(
                "SELECT 1 FROM pg_roles WHERE rolname = :carer AND rolcanlogin "
                "AND pg_has_role(oid, :group, 'MEMBER')"
            ),
            {"carer": carer, "group": CARERS},
        ).first()
        if is_carer is None:
            raise ServerRefused(f"{carer!r} is not a carer's login on this server")
        trainee_id, name = find_client(connection, client)
        connection.execute(
            text("UPDATE trainees SET carer = :carer WHERE id = :id"),
            {"carer": carer, "id": trainee_id},
        )
    return name


@dataclass(frozen=True)
class LogEntry:
    """One line of the access log."""

    at: datetime
    actor: str
    action: str
    table_name: str
    detail: str


def read_log(url: str, client: str) -> tuple[str, list[LogEntry]]:
    """Return the client's name and their access log, oldest first."""
    with _administering(url) as connection:
        trainee_id, name = find_client(connection, client)
        rows = connection.execute(
            text(
                f"SELECT at, actor, action, table_name, detail FROM {LOG_TABLE} "
                "WHERE trainee_id = :id ORDER BY at, id"
            ),
            {"id": trainee_id},
        ).all()
    return name, [
        LogEntry(row.at, row.actor, row.action, row.table_name, row.detail) for row in rows
    ]


def delete_client(url: str, client: str) -> str:
    """Delete an archived client and all their records, as an administrator; return their name.

    Only an archived client: one a carer removed in the app, whose records the practice has
    kept for the retention period. The access log keeps its lines about them.
    """
    with _administering(url) as connection:
        trainee_id, name = find_client(connection, client)
        archived = connection.execute(
            text("SELECT archived_at FROM trainees WHERE id = :id"), {"id": trainee_id}
        ).scalar()
        if archived is None:
            raise ServerRefused(
                f"{name} is not archived; a carer removes them in the app first, and their "
                "records are kept for the retention period"
            )
        connection.execute(text("DELETE FROM trainees WHERE id = :id"), {"id": trainee_id})
    return name
