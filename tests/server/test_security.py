"""Row-level security on a practice's server: each carer sees and changes only their clients."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.migrating import SCHEMA_HEAD
from sterkblijven.storage.models import Base
from sterkblijven.storage.server import CARERS, LOG_TABLE, OWNER, client_tables
from tests.postgres import ThrowawayServer
from tests.server.conftest import Practice

NOW = datetime(2026, 12, 7, 10, 0)


def add_person(database: Database, name: str) -> int:
    """Add a person through the app's own storage code; return their id."""
    with database.transaction() as tx:
        person = repo.add_trainee(tx, Trainee(name, 1950, Sex.FEMALE), NOW)
    assert person.id is not None
    return person.id


def test_init_makes_the_roles_and_hands_every_table_to_the_owner(practice: Practice) -> None:
    """After init the owner owns every table and every person's table has its policy."""
    import psycopg

    with psycopg.connect(practice.server.conninfo(practice.name)) as connection:
        roles = {row[0] for row in connection.execute("SELECT rolname FROM pg_roles")}
        owners = dict(
            connection.execute(
                "SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'"
            )
        )
        secured = {
            row[0]
            for row in connection.execute(
                "SELECT relname FROM pg_class WHERE relrowsecurity AND relforcerowsecurity"
            )
        }
        policies = {row[0] for row in connection.execute("SELECT tablename FROM pg_policies")}
    assert {OWNER, CARERS, "sterkblijven_admin"} <= roles
    assert set(owners.values()) == {OWNER}
    scoped = {scope.table for scope in client_tables()}
    assert scoped <= secured and scoped <= policies


def test_every_table_with_person_data_is_scoped() -> None:
    """Every table but the shared ones and the log leads to a person, so has a policy."""
    scoped = {scope.table for scope in client_tables()}
    assert set(Base.metadata.tables) - scoped == {"settings", LOG_TABLE}
    assert {"sets", "skips", "routine_exercises", "trainees"} <= scoped


def test_a_carer_sees_and_changes_only_their_own_clients(practice: Practice) -> None:
    """Carer A reads none of B's clients or their sets, and cannot change them, even by hand."""
    anna, bert = practice.new_carer("Anna"), practice.new_carer("Bert")
    as_anna, as_bert = practice.open_as(anna), practice.open_as(bert)
    mine = add_person(as_anna, "Riet")
    theirs = add_person(as_bert, "Kees")
    with as_bert.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sessions (uuid, trainee_id, started_at, status, note) "
                "VALUES (gen_random_uuid()::text, :t, :at, 'done', '')"
            ),
            {"t": theirs, "at": NOW},
        )
        session_id = connection.execute(text("SELECT max(id) FROM sessions")).scalar()
        connection.execute(
            text(
                "INSERT INTO sets (uuid, session_id, exercise_id, set_number, equipment,"
                " band_doubled, reps, reached_failure, recorded_at, stop_signals)"
                " VALUES (gen_random_uuid()::text, :s, 'squat', 1, 'none', false, 10, false,"
                " :at, '')"
            ),
            {"s": session_id, "at": NOW},
        )
    with as_anna.transaction() as tx:
        assert [p.name for p in repo.list_trainees(tx)] == ["Riet"]
    with as_anna.engine.begin() as connection:
        assert connection.execute(text("SELECT count(*) FROM sessions")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM sets")).scalar() == 0
        changed = connection.execute(
            text("UPDATE trainees SET name = 'Stolen' WHERE id = :id"), {"id": theirs}
        )
        assert changed.rowcount == 0
        gone = connection.execute(
            text("UPDATE sets SET reps = 99 WHERE session_id = :s"), {"s": session_id}
        )
        assert gone.rowcount == 0
    with pytest.raises(ProgrammingError), as_anna.engine.begin() as connection:
        # A row for someone else's client is refused, not written.
        connection.execute(
            text(
                "INSERT INTO sets (uuid, session_id, exercise_id, set_number, equipment,"
                " band_doubled, reps, reached_failure, recorded_at, stop_signals)"
                " VALUES (gen_random_uuid()::text, :s, 'squat', 2, 'none', false, 10, false,"
                " :at, '')"
            ),
            {"s": session_id, "at": NOW},
        )
    with pytest.raises(ProgrammingError), as_anna.engine.begin() as connection:
        connection.execute(
            text("UPDATE trainees SET carer = :b WHERE id = :id"), {"b": bert, "id": mine}
        )
    with as_bert.engine.begin() as connection:
        assert (
            connection.execute(
                text("SELECT name FROM trainees WHERE id = :id"), {"id": theirs}
            ).scalar()
            == "Kees"
        )
        assert connection.execute(text("SELECT reps FROM sets")).scalar() == 10


def test_a_person_a_carer_adds_is_theirs_and_the_administrator_sees_everyone(
    practice: Practice,
) -> None:
    """The server fills in the carer who adds a person; an administrator sees every client."""
    anna, bert = practice.new_carer("Anna"), practice.new_carer("Bert")
    add_person(practice.open_as(anna), "Riet")
    add_person(practice.open_as(bert), "Kees")
    admin = practice.new_carer("Admin")
    practice.server.execute(f'GRANT sterkblijven_admin TO "{admin}"', practice.name)
    with practice.open_as(admin).engine.begin() as connection:
        rows = connection.execute(text("SELECT name, carer FROM trainees ORDER BY name")).all()
    assert [tuple(row) for row in rows] == [("Kees", bert), ("Riet", anna)]


def test_carers_cannot_delete_a_person_or_read_the_log(practice: Practice) -> None:
    """A carer's delete of a client is refused, and the access log is closed to carers."""
    anna = practice.new_carer("Anna")
    as_anna = practice.open_as(anna)
    person = add_person(as_anna, "Riet")
    with pytest.raises(ProgrammingError), as_anna.engine.begin() as connection:
        connection.execute(text("DELETE FROM trainees WHERE id = :id"), {"id": person})
    with pytest.raises(ProgrammingError), as_anna.engine.begin() as connection:
        connection.execute(text(f"SELECT * FROM {LOG_TABLE}"))
    with pytest.raises(ProgrammingError), as_anna.engine.begin() as connection:
        connection.execute(text(f"DELETE FROM {LOG_TABLE}"))


def test_upgrade_runs_again_without_harm(practice: Practice) -> None:
    """`server upgrade` on a set-up server keeps carers' data and their access."""
    from sterkblijven.storage.server import upgrade_server

    anna = practice.new_carer("Anna")
    add_person(practice.open_as(anna), "Riet")
    assert upgrade_server(practice.admin_url) == SCHEMA_HEAD
    with practice.open_as(anna).transaction() as tx:
        assert [p.name for p in repo.list_trainees(tx)] == ["Riet"]


def test_init_takes_over_a_database_made_before_with_its_data(
    postgres_server: ThrowawayServer,
) -> None:
    """A server database migrated to 0011 by its superuser is handed to the owner, data kept."""
    from sterkblijven.storage.database import make_engine, upgrade
    from sterkblijven.storage.server import init_server

    name = postgres_server.create_database()
    engine = make_engine(postgres_server.url(name))
    upgrade(engine, "0011")
    engine.dispose()
    postgres_server.execute(
        "INSERT INTO trainees (uuid, name, birth_year, sex, created_at, decides_own_loads) "
        "VALUES ('u-1', 'Riet', 1950, 'female', '2026-01-05', false)",
        name,
    )
    assert init_server(postgres_server.url(name)) == SCHEMA_HEAD
    import psycopg

    with psycopg.connect(postgres_server.conninfo(name)) as connection:
        owners = {
            row[0]
            for row in connection.execute(
                "SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"
            )
        }
        kept = connection.execute("SELECT name, carer, archived_at FROM trainees").fetchall()
    assert owners == {OWNER}
    assert kept == [("Riet", None, None)]
    postgres_server.drop_database(name)
