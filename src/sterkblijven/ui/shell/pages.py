"""The pages of the window, each made (and its module loaded) when it is first shown.

The start pays only for the screen it shows. Each maker connects its page's requests to the
window's routing, and its "this changed" signals to the one application signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtWidgets import QStackedWidget, QWidget

from sterkblijven.autostart import Autostart
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.domain.decisions import Decider
from sterkblijven.domain.protocols import FitnessProtocols
from sterkblijven.services.errors import DatabaseProblem
from sterkblijven.ui.common.cues import Cues
from sterkblijven.ui.common.events import AppEvents, Change
from sterkblijven.ui.common.files import FileChooser
from sterkblijven.ui.common.practice import PracticeLink
from sterkblijven.ui.common.view import PictureLoader
from sterkblijven.ui.home.page import HomePage
from sterkblijven.ui.home.reads import HomeReads
from sterkblijven.ui.shell.router import Router

if TYPE_CHECKING:
    from sterkblijven.services.backups import Backups
    from sterkblijven.services.carer import CarerAccess
    from sterkblijven.services.exchange import Exchange
    from sterkblijven.services.fitness import FitnessTests
    from sterkblijven.services.home import Home
    from sterkblijven.services.onboarding import Onboarding
    from sterkblijven.services.overview import CarerOverview
    from sterkblijven.services.preferences import PersonValues
    from sterkblijven.services.progress import Progress
    from sterkblijven.services.reports import Reports
    from sterkblijven.services.setup import Setup
    from sterkblijven.services.suggestions import LoadSuggestions
    from sterkblijven.services.trainees import Trainees
    from sterkblijven.services.training import Training
    from sterkblijven.ui.carer.data_page import DataPage
    from sterkblijven.ui.carer.equipment_page import EquipmentPage
    from sterkblijven.ui.carer.page import CarerPage
    from sterkblijven.ui.carer.paper_session import PaperSessionPage
    from sterkblijven.ui.carer.papers_page import PapersPage
    from sterkblijven.ui.carer.pin_page import PinPage
    from sterkblijven.ui.carer.plan_page import RoutinePage
    from sterkblijven.ui.carer.suggestions_page import SuggestionsPage
    from sterkblijven.ui.catalogue.exercise_page import ExercisePage
    from sterkblijven.ui.catalogue.list_page import CataloguePage
    from sterkblijven.ui.fitness.page import FitnessPage
    from sterkblijven.ui.home.choose_page import ChoosePage
    from sterkblijven.ui.home.intro_page import IntroPage
    from sterkblijven.ui.progress.page import ProgressPage
    from sterkblijven.ui.session.page import SessionPage

_Page = TypeVar("_Page", bound=QWidget)


@dataclass(frozen=True)
class Services:
    """The use cases, all on one database: loaded together, when first needed."""

    onboarding: Onboarding
    home: Home
    training: Training
    carer: CarerAccess
    trainees: Trainees
    setup: Setup
    suggestions: LoadSuggestions
    fitness: FitnessTests
    progress: Progress
    backups: Backups
    overview: CarerOverview
    exchange: Callable[[], Exchange]  # loaded when the data page is first opened
    reports: Callable[[], Reports]  # loaded when the papers page is first opened


class ServicesNotLoaded(DatabaseProblem):
    """The data could not be opened after the first screen was shown; the app stops."""

    def __init__(self) -> None:
        super().__init__("unusable", "")


@dataclass(frozen=True)
class Parts:
    """What the pages are made of: the catalogue, the use cases and the app's helpers.

    The use cases (and SQLAlchemy under them) are loaded by ``load`` when first used: a start
    shows home from ``reads`` first, and loads them after its first paint.
    """

    catalogue: Catalogue
    protocols: FitnessProtocols
    load: Callable[[], Services | None]  # the use cases; None when the data cannot be opened
    loaded: Callable[[], bool]  # whether they are loaded already
    reads: HomeReads  # what home and the name tiles read
    cues: Cues
    load_picture: PictureLoader
    files: FileChooser
    autostart: Autostart | None
    clock: Callable[[], datetime]
    monotonic: Callable[[], float]  # for timers and the double-tap guard
    # How to connect this computer to a practice's server; None where it is not offered.
    practice: PracticeLink | None = None
    on_server: bool = False  # the data is on a practice's server (the status line shows)
    # What this computer keeps for each person besides the comfort settings (the report's period).
    person_values: PersonValues | None = None

    def services(self) -> Services:
        """Return the use cases, loading them first if need be."""
        services = self.load()
        if services is None:
            raise ServicesNotLoaded
        return services

    @property
    def onboarding(self) -> Onboarding:
        """The first run."""
        return self.services().onboarding

    @property
    def home(self) -> Home:
        """The week, readiness and reminders."""
        return self.services().home

    @property
    def training(self) -> Training:
        """The sessions."""
        return self.services().training

    @property
    def carer(self) -> CarerAccess:
        """The carer's PIN."""
        return self.services().carer

    @property
    def trainees(self) -> Trainees:
        """The people who train here."""
        return self.services().trainees

    @property
    def setup(self) -> Setup:
        """Plans, equipment and details."""
        return self.services().setup

    @property
    def suggestions(self) -> LoadSuggestions:
        """The load suggestions."""
        return self.services().suggestions

    @property
    def fitness(self) -> FitnessTests:
        """The functional tests."""
        return self.services().fitness

    @property
    def progress(self) -> Progress:
        """The series the charts draw."""
        return self.services().progress

    @property
    def backups(self) -> Backups:
        """The backups."""
        return self.services().backups

    @property
    def overview(self) -> CarerOverview:
        """What needs attention per person, and everyone's equipment."""
        return self.services().overview

    def exchange(self) -> Exchange:
        """Return the use case that saves and reads files."""
        return self.services().exchange()

    def reports(self) -> Reports:
        """Return the use case that makes the papers."""
        return self.services().reports()


class Pages:
    """Makes each page once, when first asked for, and keeps it in the window's stack."""

    def __init__(
        self, stack: QStackedWidget, parts: Parts, events: AppEvents, window: Router
    ) -> None:
        self._stack = stack
        self._parts = parts
        self._events = events
        self._window = window
        self._made: dict[str, QWidget] = {}
        self.home = HomePage(parts.catalogue, parts.reads, parts, events)
        stack.addWidget(self.home)

    def made(self) -> set[str]:
        """Return the names of the pages made so far."""
        return set(self._made)

    def is_page(self, widget: QWidget | None, name: str) -> bool:
        """Return True when ``widget`` is the named page (never makes it)."""
        return widget is not None and widget is self._made.get(name)

    def _page(self, name: str, make: Callable[[], _Page]) -> _Page:
        page = self._made.get(name)
        if page is None:
            page = make()
            self._made[name] = page
            self._stack.addWidget(page)
        return cast(_Page, page)

    def _announce(self, change: Change) -> Callable[[], None]:
        return lambda: self._events.announce(change)

    @property
    def catalogue(self) -> CataloguePage:
        """The list of every exercise."""
        return self._page("catalogue", self._make_catalogue)

    def _make_catalogue(self) -> CataloguePage:
        from sterkblijven.ui.catalogue.list_page import CataloguePage

        page = CataloguePage(self._parts.catalogue)
        page.exercise_chosen.connect(self._window.show_exercise)
        page.back_requested.connect(self._window.show_home)
        return page

    @property
    def exercise(self) -> ExercisePage:
        """One exercise explained, with its pictures."""
        return self._page("exercise", self._make_exercise)

    def _make_exercise(self) -> ExercisePage:
        from sterkblijven.ui.catalogue.exercise_page import ExercisePage

        page = ExercisePage(self._parts.load_picture, self._window.picture_width, self._events)
        page.back_requested.connect(self._window.on_exercise_back)
        return page

    @property
    def session(self) -> SessionPage:
        """The guided session, step by step."""
        return self._page("session", self._make_session)

    def _make_session(self) -> SessionPage:
        from sterkblijven.ui.session.page import SessionPage

        parts = self._parts
        page = SessionPage(
            parts.training,
            parts.catalogue,
            parts.load_picture,
            self._window.picture_width,
            parts.cues,
            parts.monotonic,
        )
        page.exercise.set_motion(self._window.preferences().motion)
        page.finished.connect(self._window.show_home)
        page.explanation_requested.connect(self._window.show_exercise)
        page.data_changed.connect(self._announce(Change.SESSIONS))
        return page

    @property
    def intro(self) -> IntroPage:
        """The short words on training with sore joints, once before the first session."""
        return self._page("intro", self._make_intro)

    def _make_intro(self) -> IntroPage:
        from sterkblijven.ui.home.intro_page import IntroPage

        page = IntroPage()
        page.go_on.connect(self._window.on_introduction_read)
        return page

    @property
    def pin(self) -> PinPage:
        """The carer's PIN, asked before the carer part opens."""
        return self._page("pin", self._make_pin)

    def _make_pin(self) -> PinPage:
        from sterkblijven.ui.carer.pin_page import PinPage

        page = PinPage(self._parts.carer)
        page.opened.connect(self._window.show_carer_page)
        page.back_requested.connect(self._window.show_home)
        return page

    @property
    def carer(self) -> CarerPage:
        """The carer part: everyone who trains here and what can be set up for them."""
        return self._page("carer", self._make_carer)

    def _make_carer(self) -> CarerPage:
        from sterkblijven.ui.carer.page import CarerPage

        parts, window = self._parts, self._window
        page = CarerPage(
            parts.carer, parts.trainees, parts.setup, parts.suggestions, parts.overview
        )
        page.back_requested.connect(window.start)
        page.add_requested.connect(window.on_add_trainee)
        page.trainees_changed.connect(self._announce(Change.TRAINEES))
        page.health_changed.connect(self._announce(Change.ROUTINE))
        page.suggestions_requested.connect(
            lambda trainee_id, name: window.show_suggestions(trainee_id, name, Decider.CARER)
        )
        page.equipment_requested.connect(window.show_equipment)
        page.routine_requested.connect(window.show_routine)
        page.progress_requested.connect(window.show_progress_of)
        page.data_requested.connect(window.show_data)
        page.example_requested.connect(window.open_example)
        page.papers_requested.connect(window.show_papers)
        page.disconnect_requested.connect(window.on_disconnect)
        return page

    @property
    def choose(self) -> ChoosePage:
        """A name tile for everyone who trains on this computer."""
        return self._page("choose", self._make_choose)

    def _make_choose(self) -> ChoosePage:
        from sterkblijven.ui.home.choose_page import ChoosePage

        page = ChoosePage()
        page.chosen.connect(self._window.on_trainee_chosen)
        return page

    @property
    def suggestions(self) -> SuggestionsPage:
        """The step-up suggestions waiting for a decision."""
        return self._page("suggestions", self._make_suggestions)

    def _make_suggestions(self) -> SuggestionsPage:
        from sterkblijven.ui.carer.suggestions_page import SuggestionsPage

        page = SuggestionsPage(self._parts.suggestions, self._parts.catalogue)
        page.back_requested.connect(self._window.on_suggestions_back)
        page.decided.connect(self._announce(Change.ROUTINE))
        return page

    @property
    def equipment(self) -> EquipmentPage:
        """A trainee's dumbbells and band ladder, for the carer to change."""
        return self._page("equipment", self._make_equipment)

    def _make_equipment(self) -> EquipmentPage:
        from sterkblijven.ui.carer.equipment_page import EquipmentPage

        page = EquipmentPage(self._parts.setup)
        page.back_requested.connect(self._window.show_carer_page)
        page.saved.connect(self._announce(Change.ROUTINE))
        return page

    @property
    def routine(self) -> RoutinePage:
        """A trainee's weekly plan, for the carer to change."""
        return self._page("routine", self._make_routine)

    def _make_routine(self) -> RoutinePage:
        from sterkblijven.ui.carer.plan_page import RoutinePage

        parts, window = self._parts, self._window
        page = RoutinePage(
            parts.setup, parts.catalogue, lambda: window.preferences().language, parts.monotonic
        )
        page.back_requested.connect(window.show_carer_page)
        page.saved.connect(self._announce(Change.ROUTINE))
        return page

    @property
    def fitness(self) -> FitnessPage:
        """The functional tests."""
        return self._page("fitness", self._make_fitness)

    def _make_fitness(self) -> FitnessPage:
        from sterkblijven.ui.fitness.page import FitnessPage

        parts = self._parts
        page = FitnessPage(
            parts.fitness,
            parts.protocols,
            parts.load_picture,
            self._window.picture_width,
            parts.cues,
            parts.monotonic,
        )
        page.back_requested.connect(self._window.show_home)
        page.progress_requested.connect(self._window.show_progress)
        page.saved.connect(self._announce(Change.TESTS))
        return page

    @property
    def progress(self) -> ProgressPage:
        """The progress charts."""
        return self._page("progress", self._make_progress)

    def _make_progress(self) -> ProgressPage:
        from sterkblijven.ui.progress.page import ProgressPage

        page = ProgressPage(
            self._parts.progress, self._parts.catalogue, self._window.current_theme, self._events
        )
        page.back_requested.connect(self._window.on_progress_back)
        page.tests_requested.connect(self._window.show_tests)
        return page

    @property
    def data(self) -> DataPage:
        """The backups, and saving and reading files."""
        return self._page("data", self._make_data)

    def _make_data(self) -> DataPage:
        from sterkblijven.ui.carer.data_page import DataPage

        parts = self._parts
        page = DataPage(parts.backups, parts.exchange(), parts.files, parts.clock)
        page.back_requested.connect(self._window.show_carer_page)
        page.data_replaced.connect(self._window.on_data_replaced)
        return page

    @property
    def papers(self) -> PapersPage:
        """The report, the exercise card and the calendar file of one person."""
        return self._page("papers", self._make_papers)

    def _make_papers(self) -> PapersPage:
        from sterkblijven.ui.carer.papers_page import PapersPage

        parts = self._parts
        page = PapersPage(
            parts.reports(),
            parts.setup,
            parts.catalogue,
            parts.files,
            parts.clock,
            parts.person_values,
        )
        page.back_requested.connect(self._window.show_carer_page)
        page.paper_session_requested.connect(self._window.show_paper_session)
        return page

    @property
    def paper_session(self) -> PaperSessionPage:
        """Entering a training done on the printed exercise card."""
        return self._page("paper_session", self._make_paper_session)

    def _make_paper_session(self) -> PaperSessionPage:
        from sterkblijven.ui.carer.paper_session import PaperSessionPage

        parts = self._parts
        page = PaperSessionPage(parts.training, parts.catalogue, parts.clock)
        page.back_requested.connect(self._window.on_paper_session_back)
        page.saved.connect(self._announce(Change.SESSIONS))
        return page
