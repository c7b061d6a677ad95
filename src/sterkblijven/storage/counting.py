"""What counts as a training, in one place for every query that counts or dates sessions."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_, exists

from sterkblijven.domain.session import SessionStatus
from sterkblijven.storage.models import SessionRow, SetRow

DONE_STATUSES = (SessionStatus.FINISHED.value, SessionStatus.ENDED_EARLY.value)


def counts_as_training() -> ColumnElement[bool]:
    """Return the condition on ``SessionRow`` for a session that counts as a training.

    It ended (finished or stopped early) with at least one set that was not undone. A session
    that went from warm-up to cool-down with nothing done is kept in the record, but it is no
    training: not in the week, the beginner weeks, the breaks, the charts or the report.
    """
    kept_set = exists().where(SetRow.session_id == SessionRow.id, SetRow.undone_at.is_(None))
    return and_(SessionRow.status.in_(DONE_STATUSES), kept_set)
