"""A session entered from paper keeps the same safety rules as a session on the computer."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.model import Sex, Trainee
from sterkblijven.domain.progression import Advice
from sterkblijven.domain.session import StopSignal
from sterkblijven.paper.card import write_card_pdf
from sterkblijven.services.errors import ChangedMeanwhile, InputRefused
from sterkblijven.services.reports import Reports
from sterkblijven.services.setup import Setup
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.services.training import Effort, PaperEntry, Training
from sterkblijven.storage import Database
from sterkblijven.storage import repositories as repo
from sterkblijven.words.refusals import refusal
from sterkblijven.words.session import effort_name
from tests.clocks import ManualClock
from tests.paper.test_card_page import page_texts

pytestmark = pytest.mark.usefixtures("amsterdam")


def all_done(training: Training, trainee: int) -> list[PaperEntry]:
    """Return an entry for every exercise of the plan: ten times, hard, no pain."""
    form = training.paper_form(trainee)
    return [PaperEntry(e.position, e.item.exercise_id, 10, Effort.HARD, 0) for e in form.exercises]


def test_a_training_is_not_entered_while_clearance_after_a_hospital_stay_waits(
    training: Training,
    trainee: int,
    setup: Setup,
    database: Database,
    moment: ManualClock[datetime],
) -> None:
    """Waiting for the GP's word after a stay, entering is refused and no load is suggested."""
    moment.now += timedelta(days=3)
    entries = all_done(training, trainee)
    setup.report_hospital_stay(trainee)
    assert training.paper_form(trainee).waits_for == "paper_clearance_pending"
    with pytest.raises(InputRefused) as refused:
        training.record_from_paper(trainee, moment.now.date(), entries)
    assert refused.value.code == "paper_clearance_pending"
    assert training.trainings_on(trainee, moment.now.date()) == 0
    assert LoadSuggestions(database, moment).pending(trainee) == []
    # Told to the carer, not to the trainee: what to record, and where.
    text = refusal(refused.value.code)
    assert "home screen" not in text and "Hospital and movement advice" in text


def test_an_exercise_changed_meanwhile_refuses_the_entry(
    training: Training, trainee: int, setup: Setup, moment: ManualClock[datetime]
) -> None:
    """Counts read for one exercise never land on another: the plan changed, nothing is stored."""
    entries = all_done(training, trainee)
    routine = setup.routine(trainee)
    assert routine is not None
    first, second, *rest = routine.exercises
    setup.save_routine(trainee, dataclasses.replace(routine, exercises=(second, first, *rest)))
    with pytest.raises(ChangedMeanwhile):
        training.record_from_paper(trainee, moment.now.date(), entries)
    assert training.trainings_on(trainee, moment.now.date()) == 0


def test_a_stop_signal_written_on_the_card_stops_the_exercise_and_lowers_the_load(
    training: Training, trainee: int, moment: ManualClock[datetime]
) -> None:
    """A joint that gave way, without pain, is stored with the set and asks for less, as live."""
    first = training.paper_form(trainee).exercises[0]
    stop = frozenset({StopSignal.LOCKING_OR_GIVING_WAY})
    entry = PaperEntry(first.position, first.item.exercise_id, 8, Effort.MODERATE, 0, stop)
    report = training.record_from_paper(trainee, moment.now.date(), [entry])
    (stored,) = report.state.progress_at(first.position).sets
    assert stored.stop_signals == stop
    outcome = report.outcomes[first.position]
    assert outcome.stopped_for_pain
    assert outcome.suggestion.advice in (Advice.LIGHTER, Advice.PAUSE)


def test_no_plan_is_told_to_the_carer_in_carer_words(
    training: Training, database: Database, moment: ManualClock[datetime]
) -> None:
    """Without a plan the carer reads to make one, not to ask the carer."""
    with database.transaction() as tx:
        person = repo.add_trainee(tx, Trainee("Kees", 1944, Sex.MALE), moment.now)
    assert person.id is not None
    entry = PaperEntry(0, "sit_to_stand", 10, Effort.HARD, 0)
    with pytest.raises(InputRefused) as refused:
        training.record_from_paper(person.id, moment.now.date(), [entry])
    assert refused.value.code == "paper_no_routine"
    assert "Ask your carer" not in refusal(refused.value.code)


def test_the_card_names_the_effort_with_the_words_of_the_form(
    qapp: QApplication,
    tmp_path: Path,
    catalogue: Catalogue,
    database: Database,
    trainee: int,
    moment: ManualClock[datetime],
) -> None:
    """The card's 1 to 5 are the five effort words the form and the session use."""
    card = Reports(database, catalogue, moment).session_card(trainee)
    path = tmp_path / "card.pdf"
    write_card_pdf(card, path, catalogue=catalogue, language="en")
    text = page_texts(path)[0]
    for number, effort in enumerate(Effort, start=1):
        assert f"{number} {effort_name(effort)}" in text
    assert "5 (very hard)" not in text
