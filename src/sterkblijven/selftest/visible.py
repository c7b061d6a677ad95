"""What a person sees without scrolling, on a laptop screen, at 100 and 200 % text.

The other checks of the self-test ask whether every control is named, large enough and not
clipped; they pass for a screen whose exercise picture sits below the fold, or that opens
scrolled halfway down because the last page was. These checks ask what a person sees: each
page opens at its top, and what she needs on it (the title, the picture, the target, the main
action; the wizard's Next) lies wholly inside a 1366 x 768 screen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QLayout, QScrollArea, QWidget

from sterkblijven.domain.preferences import Preferences

if TYPE_CHECKING:
    from sterkblijven.selftest.walk import Walk
    from sterkblijven.ui.shell.main_window import MainWindow

# The most common small laptop screen; the window is made this size, and whatever lies beyond
# it (a window that refuses to be that small) counts as out of view.
SCREEN = QSize(1366, 768)
SCALES = (100, 200)


def shown_part(widget: QWidget, top: QWidget, screen: QSize = SCREEN) -> QRect:
    """Return the part of ``widget`` a person sees, in ``top``'s coordinates.

    The widget's rectangle is cut by each widget it lies in (a scroll area's viewport cuts what
    is scrolled away), by ``top`` itself and by the screen, which starts at ``top``'s corner.
    """
    if widget is not top and not top.isAncestorOf(widget):
        return QRect()
    if not widget.isVisibleTo(top) and widget is not top:
        return QRect()
    shown = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        shown &= QRect(parent.mapTo(top, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return shown & top.rect() & QRect(QPoint(0, 0), screen)


def wholly_shown(widget: QWidget, top: QWidget, screen: QSize = SCREEN) -> bool:
    """Return True when all of ``widget`` is in view, without scrolling."""
    return shown_part(widget, top, screen).size() == widget.size() and not widget.size().isEmpty()


def scrolled_down(top: QWidget) -> list[QScrollArea]:
    """Return the scroll areas in view that do not show their top."""
    return [
        area
        for area in top.findChildren(QScrollArea)
        if area.isVisibleTo(top)
        and area.verticalScrollBar().value() != area.verticalScrollBar().minimum()
    ]


def visibility_problems(
    top: QWidget, essentials: Mapping[str, QWidget | None], screen: QSize = SCREEN
) -> list[str]:
    """Return what a person would miss: a page not at its top, or an essential out of view."""
    # How far down is left out: it changes with every layout, and the problem is the same.
    problems = ["opens scrolled down, not at the top" for _area in scrolled_down(top)[:1]]
    for part, widget in essentials.items():
        if widget is None:
            problems.append(f"no {part} found")
        elif not wholly_shown(widget, top, screen):
            problems.append(f"the {part} is outside the visible area")
    return problems


def main_action(view: QWidget) -> QWidget | None:
    """Return the view's main action: its visible primary button, or the big counter."""
    for button in view.findChildren(QAbstractButton):
        if button.property("role") in ("primary", "go", "counter") and button.isVisibleTo(view):
            return button
    return None


def widgets_of(layout: QLayout) -> list[QWidget]:
    """Return the widgets directly in a layout, in order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            found.append(widget)
    return found


def look(walk: Walk, name: str, top: QWidget, essentials: Mapping[str, QWidget | None]) -> None:
    """Render a screen and record what a person would miss on it."""
    walk.app.processEvents()
    walk.app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    image = top.grab()
    walk.count += 1
    if walk.screenshots is not None:
        image.save(str(walk.screenshots / f"{walk.variant}-{name}.png"))
    for problem in visibility_problems(top, essentials):
        walk.problems.append(f"{walk.variant}-{name}: {problem}")


def walk_visibility(walk: Walk, window: MainWindow) -> None:
    """Walk the first run and a session at 1366 x 768, at 100 and 200 % text, in Dutch."""
    before, size = walk.variant, window.size()
    try:
        for scale in SCALES:
            window.on_preferences_changed(Preferences("nl", scale, False))
            walk.app.processEvents()
            walk.variant = f"{SCREEN.width()}x{SCREEN.height()}-{scale}"
            window.resize(SCREEN)
            _walk_wizard(walk)
            _walk_session(walk, window)
    finally:
        walk.variant = before
        window.resize(size)


def _walk_wizard(walk: Walk) -> None:
    from sterkblijven.ui.first_run.wizard import FirstRunWizard

    wizard = FirstRunWizard(lambda name, year: (name, year), "nl")
    wizard.resize(SCREEN)
    wizard.show()
    # Follow-ups open and the advice step shown, as for someone whose knee hurts.
    wizard.readiness_step.answer_buttons("bones_joints")[0].click()
    wizard.readiness_step.answer_buttons("supervised")[0].click()
    try:
        for index, step in enumerate(wizard.visible_steps()):
            wizard.show_step(index)
            essentials = {"Next button": wizard.next}
            look(walk, f"wizard-{index + 1}-{type(step).__name__}", wizard, essentials)
    finally:
        wizard.close()
        wizard.deleteLater()


def _view_essentials(view: QWidget) -> dict[str, QWidget | None]:
    title = getattr(view, "title", None)
    essentials: dict[str, QWidget | None] = {
        "title": title if isinstance(title, QWidget) and title.isVisibleTo(view) else None,
        "main action": main_action(view),
    }
    return essentials


def _choice_essentials(view: QWidget, choices: Iterable[QWidget]) -> dict[str, QWidget | None]:
    # A question answered by a choice has no main button: each answer is the action.
    essentials = _view_essentials(view)
    del essentials["main action"]
    for number, button in enumerate(choices, start=1):
        essentials[f"answer {number}"] = button
    return essentials


def _exercise_essentials(view: QWidget) -> dict[str, QWidget | None]:
    essentials = _view_essentials(view)
    pictures = getattr(view, "pictures", None)
    shown = widgets_of(pictures) if isinstance(pictures, QLayout) else []
    shown = [picture for picture in shown if picture.isVisibleTo(view)]
    essentials["picture"] = shown[0] if shown else None
    for number, picture in enumerate(shown[1:], start=2):
        essentials[f"picture {number}"] = picture
    target = getattr(view, "dose", None)
    essentials["target"] = target if isinstance(target, QWidget) else None
    return essentials


def _walk_session(walk: Walk, window: MainWindow) -> None:
    from sterkblijven.domain.session import Effort

    window.show_home()
    window.pages.home.start.click()
    if window.pages.is_page(window.stack.currentWidget(), "intro"):
        window.pages.intro.next.click()  # someone added by the carer sees it once first
    page = window.pages.session
    if window.stack.currentWidget() is not page:
        raise AssertionError("Start training did not open the session")
    look(walk, "session-warmup", window, _view_essentials(page.warmup))
    page.warmup.finish.click()
    look(walk, "session-exercise", window, _exercise_essentials(page.exercise))
    # As a person would, scroll down to the bottom of the exercise (the count to type) before
    # the set is done: the next set and the next exercise must open at the top again.
    exercise_page = page.exercise.page
    exercise_page.verticalScrollBar().setValue(exercise_page.verticalScrollBar().maximum())
    page.exercise.failure.click()
    look(
        walk,
        "session-effort",
        window,
        _choice_essentials(page.effort, page.effort.choices.values()),
    )
    page.effort.choices[Effort.EASY].click()
    look(walk, "session-pain", window, _view_essentials(page.pain))
    page.pain.levels[0].click()
    page.pain.save.click()
    if page.current_view() is page.rest:
        look(walk, "session-rest", window, _view_essentials(page.rest))
        page.rest.go_on.click()
    look(walk, "session-next-exercise", window, _exercise_essentials(page.exercise))
    page.exercise.stop.click()
    look(walk, "session-confirm-stop", window, _view_essentials(page.confirm_stop))
    page.confirm_stop.yes.click()
    look(walk, "session-summary", window, _view_essentials(page.summary))
    page.summary.home.click()
