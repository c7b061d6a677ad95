"""What the carer's overview reads: for everyone at once, in a handful of statements.

However many people train here, the overview costs the same few statements: each fact is a
correlated subquery on an index (the newest training, the newest test, the newest hospital stay),
never a statement per person, and never a reading of the years of history behind it.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import Session

from sterkblijven.domain.attention import PersonFacts
from sterkblijven.domain.checkin import CheckinAnswer
from sterkblijven.domain.decisions import Status
from sterkblijven.domain.fitness import BREAK_DAYS_FOR_RETEST, long_gap_between
from sterkblijven.domain.hospital import HOSPITAL_STAY
from sterkblijven.domain.model import Equipment, Trainee
from sterkblijven.domain.planning import week_start
from sterkblijven.domain.session import JointFeeling
from sterkblijven.storage import weeks
from sterkblijven.storage.counting import counts_as_training
from sterkblijven.storage.models import (
    BandRow,
    CheckinRow,
    DumbbellRow,
    HospitalStayRow,
    SessionRow,
    SetRow,
    SuggestionRow,
    TestResultRow,
    TraineeEventRow,
    TraineeRow,
)
from sterkblijven.storage.repositories import band_from_row, list_trainees
from sterkblijven.storage.sessions import places_from


def person_facts(session: Session, now: datetime) -> list[PersonFacts]:
    """Return what the overview needs of every person here, oldest profile first.

    Someone removed between the reading of the people and of their facts is left out: on a
    practice's server another computer can remove a person at any moment.
    """
    listed = [person for person in list_trainees(session) if person.id is not None]
    ids = [person.id for person in listed if person.id is not None]
    if not ids:
        return []
    monday = datetime.combine(week_start(now), time())
    today = datetime.combine(now.date(), time())
    latest = _latest_of_each(session, ids)
    people = [person for person in listed if person.id in latest]
    trainings = _last_trainings(session, [row[1] for row in latest.values() if row[1]])
    routines = weeks.active_routines(session, ids)
    readiness = weeks.latest_readiness(session, ids)
    counts = weeks.sessions_this_week(session, ids, monday, today)
    # Only a test six weeks old or more can have a long gap in training behind it.
    old_tests = {
        trainee_id: row[2]
        for trainee_id, row in latest.items()
        if row[2] is not None
        and not _hospital_since(row[3], row[2])
        and (now - row[2]).days >= BREAK_DAYS_FOR_RETEST
    }
    days = _training_days_since(session, old_tests)
    found = []
    for person in people:
        assert person.id is not None
        _, last_id, last_test, last_hospital, waiting, awaiting, checkin = latest[person.id]
        routine = routines.get(person.id)
        check = readiness.get(person.id)
        done, done_today = counts.get(person.id, (0, 0))
        started, pain, stopped = trainings.get(last_id or 0, (None, None, False))
        gap = False
        if last_test is not None:
            gap = _hospital_since(last_hospital, last_test) or long_gap_between(
                days.get(person.id, []), last_test.date(), now.date()
            )
        found.append(
            PersonFacts(
                trainee=person,
                weekdays=routine.weekdays if routine is not None and routine.exercises else (),
                done_this_week=done,
                trained_today=done_today > 0,
                gp_talk_waits=check is not None and not check.training_allowed,
                awaiting_clearance=awaiting,
                waiting_suggestions=waiting,
                last_training=started,
                last_highest_pain=pain,
                last_stop_signal=stopped,
                trained_ever=last_id is not None,
                last_test=last_test,
                break_since_test=gap,
                last_checkin=None if checkin is None else checkin[0],
                last_checkin_at=None if checkin is None else checkin[1],
            )
        )
    return found


_Checkin = tuple[CheckinAnswer, datetime]
_Latest = tuple[int, int | None, datetime | None, datetime | None, int, bool, _Checkin | None]


def _latest_of_each(session: Session, ids: list[int]) -> dict[int, _Latest]:
    """Return per person the newest of each fact, read in one statement.

    The newest training's id, test and hospital stay, the suggestions waiting, whether a stay
    waits for clearance, and the newest next-day answer with its moment.
    """
    person = TraineeRow.id
    last_training = (
        select(SessionRow.id)
        .where(SessionRow.trainee_id == person, counts_as_training())
        .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
        .limit(1)
        .correlate(TraineeRow)
        .scalar_subquery()
    )
    last_test = (
        select(func.max(TestResultRow.taken_at))
        .where(TestResultRow.trainee_id == person)
        .correlate(TraineeRow)
        .scalar_subquery()
    )
    last_hospital = (
        select(func.max(TraineeEventRow.happened_at))
        .where(TraineeEventRow.trainee_id == person, TraineeEventRow.kind == HOSPITAL_STAY)
        .correlate(TraineeRow)
        .scalar_subquery()
    )
    waiting = (
        select(func.count(SuggestionRow.id))
        .where(SuggestionRow.trainee_id == person, SuggestionRow.status == Status.PENDING.value)
        .correlate(TraineeRow)
        .scalar_subquery()
    )
    awaiting = exists().where(
        HospitalStayRow.trainee_id == person, HospitalStayRow.cleared_at.is_(None)
    )
    last_checkin = (
        select(CheckinRow.id)
        .where(CheckinRow.trainee_id == person)
        .order_by(CheckinRow.answered_at.desc(), CheckinRow.id.desc())
        .limit(1)
        .correlate(TraineeRow)
        .scalar_subquery()
    )
    answer = (
        CheckinRow.answered_at,
        CheckinRow.joints,
        CheckinRow.long_morning_stiffness,
        CheckinRow.night_pain,
        CheckinRow.places,
    )
    rows = session.execute(
        select(person, last_training, last_test, last_hospital, waiting, awaiting, *answer)
        .outerjoin(CheckinRow, CheckinRow.id == last_checkin)
        .where(person.in_(ids))
    )
    return {
        row[0]: (
            row[0],
            row[1],
            row[2],
            row[3],
            int(row[4] or 0),
            bool(row[5]),
            _checkin(row[6], row[7], row[8], row[9], row[10]),
        )
        for row in rows
    }


def _checkin(
    answered: datetime | None, joints: str | None, stiff: bool, night: bool, places: str | None
) -> _Checkin | None:
    known = {feeling.value for feeling in JointFeeling}
    if answered is None or joints not in known:
        return None
    answer = CheckinAnswer(
        JointFeeling(joints), bool(stiff), bool(night), places_from(places or "")
    )
    return answer, answered


def _last_trainings(
    session: Session, session_ids: list[int]
) -> dict[int, tuple[datetime, int | None, bool]]:
    """Return per training: when it began, the highest pain told and whether a stop came."""
    if not session_ids:
        return {}
    kept = and_(SetRow.session_id == SessionRow.id, SetRow.undone_at.is_(None))
    stopped = func.max(case((SetRow.stop_signals != "", 1), else_=0))
    rows = session.execute(
        select(SessionRow.id, SessionRow.started_at, func.max(SetRow.pain), stopped)
        .join(SetRow, kept)
        .where(SessionRow.id.in_(session_ids))
        .group_by(SessionRow.id, SessionRow.started_at)
    )
    return {row[0]: (row[1], row[2], bool(row[3])) for row in rows}


def _hospital_since(last_hospital: datetime | None, moment: datetime) -> bool:
    return last_hospital is not None and last_hospital >= moment


def _training_days_since(session: Session, since: dict[int, datetime]) -> dict[int, list[date]]:
    """Return the days of each person's trainings since the moment given for them."""
    if not since:
        return {}
    each = [
        and_(SessionRow.trainee_id == trainee_id, SessionRow.started_at >= moment)
        for trainee_id, moment in since.items()
    ]
    rows = session.execute(
        select(SessionRow.trainee_id, SessionRow.started_at).where(or_(*each), counts_as_training())
    )
    days: dict[int, list[date]] = {}
    for trainee_id, started in rows:
        days.setdefault(trainee_id, []).append(started.date())
    return days


def equipment_of_everyone(session: Session) -> list[tuple[Trainee, Equipment]]:
    """Return everyone here with their dumbbells and band ladder, in three statements."""
    people = [person for person in list_trainees(session) if person.id is not None]
    ids = [person.id for person in people]
    kgs: dict[int, list[float]] = {}
    for trainee_id, kg in session.execute(
        select(DumbbellRow.trainee_id, DumbbellRow.kg).where(DumbbellRow.trainee_id.in_(ids))
    ):
        kgs.setdefault(trainee_id, []).append(kg)
    bands: dict[int, list[BandRow]] = {}
    for row in session.scalars(
        select(BandRow).where(BandRow.trainee_id.in_(ids)).order_by(BandRow.position)
    ):
        bands.setdefault(row.trainee_id, []).append(row)
    return [
        (
            person,
            Equipment(
                dumbbells_kg=tuple(sorted(kgs.get(person.id or 0, []))),
                bands=tuple(band_from_row(row) for row in bands.get(person.id or 0, [])),
            ),
        )
        for person in people
    ]


__all__ = ["equipment_of_everyone", "person_facts"]
