"""The arm curl asks which dumbbell was used, and the result names its norms on screen."""

from __future__ import annotations

from sterkblijven.app import AppContext
from sterkblijven.domain.fitness import ARM_CURL_KG
from sterkblijven.domain.model import Sex
from sterkblijven.services.fitness import FitnessTests
from sterkblijven.ui.fitness.page import FitnessPage
from tests.conftest import NOW
from tests.ui.accessibility import problems
from tests.ui.fitness.test_fitness_ui import open_tests, start_test


def curl(page: FitnessPage, count: int) -> None:
    """Do the arm curl with this many taps, and go to the result."""
    start_test(page, "arm_curl_30s")
    for _ in range(count):
        page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    assert page.stack.currentWidget() is page.result


def rated_words(page: FitnessPage) -> str:
    """Return every line of the rated result, as one text."""
    return " ".join(
        label.text() for label in page.rated.findChildren(type(page.rated.title)) if label.text()
    )


def stored_weights(context: AppContext) -> list[float | None]:
    """Return the dumbbell of each stored arm curl of the first trainee."""
    fitness = FitnessTests(context.database, lambda: NOW)
    return [rated.result.dumbbell_kg for rated in fitness.results(1, "arm_curl_30s")]


def test_the_arm_curl_offers_the_owned_dumbbells_and_the_protocol_weight(
    context: AppContext,
) -> None:
    """Riet owns 1 kg: it is chosen at first, beside 2.3 kg and 'another weight'."""
    page = open_tests(context)
    curl(page, 12)
    choices = page.result.weight_choices()
    assert [kg for kg, _button in choices] == [1.0, ARM_CURL_KG[Sex.FEMALE], None]
    assert [button.isChecked() for _kg, button in choices] == [True, False, False]
    assert page.result.weight_label.isVisible()
    assert problems(page.result) == []


def test_a_curl_with_another_dumbbell_is_saved_with_it_and_not_rated(
    context: AppContext,
) -> None:
    """With 1 kg the result says so and that the norm does not apply; the weight is stored."""
    page = open_tests(context)
    curl(page, 12)
    page.result.save.click()
    assert page.stack.currentWidget() is page.rated
    assert stored_weights(context) == [1.0]
    words = rated_words(page)
    assert "1 kg" in words and "Rikli" not in words


def test_a_curl_with_the_protocol_weight_is_rated_and_names_its_norms(
    context: AppContext,
) -> None:
    """With 2.3 kg the result is held against the norm, which the screen names."""
    page = open_tests(context)
    curl(page, 12)
    dict(page.result.weight_choices())[ARM_CURL_KG[Sex.FEMALE]].click()
    page.result.save.click()
    assert stored_weights(context) == [ARM_CURL_KG[Sex.FEMALE]]
    assert "Rikli & Jones (1999, 2013)" in rated_words(page)


def test_another_weight_is_saved_as_unknown(context: AppContext) -> None:
    """'Another weight, or I don't know' keeps the count without a weight."""
    page = open_tests(context)
    curl(page, 12)
    dict(page.result.weight_choices())[None].click()
    page.result.save.click()
    assert stored_weights(context) == [None]


def test_other_tests_ask_no_dumbbell_and_name_their_norms(context: AppContext) -> None:
    """The chair stand has no weight question; its result names Rikli & Jones and STEADI."""
    page = open_tests(context)
    start_test(page, "chair_stand_30s")
    for _ in range(12):
        page.run.tap.click()
    page.run.countdown.skip()
    page.run.go_on.click()
    assert not page.result.weight_label.isVisible()
    page.result.save.click()
    words = rated_words(page)
    assert "Rikli & Jones (1999, 2013)" in words and "CDC STEADI" in words
