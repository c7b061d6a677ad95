"""Indexes that keep home, the reminders and progress as quick after years of history.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 17:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Name, table and columns, as storage/models.py declares them.
INDEXES = (
    ("ix_readiness_trainee_answered", "readiness_checks", ["trainee_id", "answered_at"]),
    ("ix_routines_trainee_active", "routines", ["trainee_id", "active", "created_at"]),
    ("ix_sessions_trainee_started", "sessions", ["trainee_id", "started_at"]),
    ("ix_sessions_trainee_status", "sessions", ["trainee_id", "status", "started_at"]),
    ("ix_sets_session_exercise", "sets", ["session_id", "exercise_id", "undone_at"]),
    ("ix_trainee_events_trainee_kind", "trainee_events", ["trainee_id", "kind", "happened_at"]),
    ("ix_test_results_trainee_test", "test_results", ["trainee_id", "test_id", "taken_at"]),
    ("ix_test_results_trainee_taken", "test_results", ["trainee_id", "taken_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    # The sets' index on session_id alone is the new one's first column: kept, it would only
    # cost every recorded set a second index entry, and SQLite would pick it for the check
    # whether a session has a kept set, reading each set's row instead of the index alone.
    op.drop_index("ix_sets_session_id", "sets")


def downgrade() -> None:
    op.create_index("ix_sets_session_id", "sets", ["session_id"])
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table)
