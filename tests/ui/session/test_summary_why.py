"""After a session, each exercise's "Why?" tells the reason for next time, with its source."""

from __future__ import annotations

from sterkblijven.app import AppContext
from sterkblijven.domain.progression import Reason
from sterkblijven.services.suggestions import LoadSuggestions
from sterkblijven.words.education import good_form
from tests.conftest import NOW
from tests.ui.accessibility import problems
from tests.ui.carer.test_carer import open_carer_from_settings
from tests.ui.carer.test_suggestions_ui import buttons, texts, train_to_the_top
from tests.ui.flows import complete_wizard
from tests.ui.session.test_session import do_set, open_session


def test_why_under_each_exercise_opens_its_reason_and_source(context: AppContext) -> None:
    """Why? opens the reason with its source, for what was done; a second tap closes it."""
    page = open_session(context)
    page.warmup.finish.click()
    do_set(page, 22)
    if page.current_view() is page.rest:
        page.rest.go_on.click()
    page.exercise.stop.click()
    page.confirm_stop.yes.click()
    summary = page.summary
    assert page.current_view() is summary
    assert list(summary.why_buttons) == [0]  # the exercises not done have nothing to explain
    button, reason = summary.why_buttons[0]
    assert reason.isHidden()
    button.click()
    assert not reason.isHidden()
    assert "2009" in reason.text()  # ACSM's position stand: Ratamess et al., 2009
    assert problems(summary) == []
    button.click()
    assert reason.isHidden()


def test_the_carer_s_why_adds_what_failure_means(context: AppContext) -> None:
    """Beside a step up, the carer also reads that it counts to one more with good form."""
    window = context.window
    complete_wizard(window)
    train_to_the_top(context)
    (record,) = LoadSuggestions(context.database, lambda: NOW).pending(1)
    assert record.suggestion.reason is Reason.TOP_OF_LADDER  # 1 kg is all Riet has
    open_carer_from_settings(window)
    carer = window.pages.carer
    {b.text(): b for b in carer.findChildren(type(carer.add))}["Voorstellen (1)"].click()
    page = window.pages.suggestions
    (card,) = page.cards()
    buttons(card)["Waarom?"].click()
    (card,) = page.cards()
    assert any(good_form() in text for text in texts(card))
