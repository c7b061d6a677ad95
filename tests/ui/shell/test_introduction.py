"""Before a person's first session, once, the short words on training with sore joints."""

from __future__ import annotations

from sterkblijven.app import AppContext
from tests.ui.accessibility import problems
from tests.ui.carer.test_carer import add_person, open_carer_from_settings
from tests.ui.flows import complete_wizard


def test_the_first_start_shows_the_introduction_once(context: AppContext) -> None:
    """Start training shows four short sentences and their sources; Go on opens the session."""
    window = context.window
    complete_wizard(window, introduction_read=False)
    window.pages.home.start.click()
    intro = window.pages.intro
    assert window.stack.currentWidget() is intro
    assert len(intro.sentences) == 4 and all(label.text() for label in intro.sentences)
    assert "OARSI" in intro.sources.text() and "KNGF" in intro.sources.text()
    assert problems(intro) == []
    intro.next.click()
    session = window.pages.session
    assert window.stack.currentWidget() is session
    assert session.current_view() is session.warmup
    window.show_home()
    window.pages.home.start.click()  # going on with the same session: no introduction again
    assert window.stack.currentWidget() is session


def test_someone_else_sees_it_before_their_own_first_session(context: AppContext) -> None:
    """The introduction is remembered per person: Kees, added later, gets it too."""
    window = context.window
    complete_wizard(window)  # Riet has read it
    window.pages.home.start.click()
    assert window.stack.currentWidget() is window.pages.session
    open_carer_from_settings(window)
    add_person(window, "Kees")
    kees = next(p.id for p in window._parts.home.trainees() if p.name == "Kees")
    assert kees is not None
    window.on_trainee_chosen(kees)
    window.pages.home.start.click()
    assert window.stack.currentWidget() is window.pages.intro
