"""The practice's server in the window: whether saves reach it, choosing one, and leaving it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow, QStackedWidget

from sterkblijven.ui.common.operations import connection_watch
from sterkblijven.ui.common.widgets import TextLabel
from sterkblijven.ui.shell.pages import Parts
from sterkblijven.words.connection import status

if TYPE_CHECKING:
    from sterkblijven.ui.first_run.server_page import ServerPage


class ServerLink(QObject):
    """The status line on a practice's server, the page that chooses one, and disconnecting."""

    # The data moved: the app goes on with the database at this URL ("" for this computer's own).
    reopen_requested = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        stack: QStackedWidget,
        parts: Parts,
        show_wizard: Callable[[], None],
    ) -> None:
        """``show_wizard`` runs the first questions when the data is to be kept here after all."""
        super().__init__(window)
        self._stack = stack
        self._parts = parts
        self._show_wizard = show_wizard
        self.page: ServerPage | None = None
        self.line: TextLabel | None = None
        self._reached = True
        if parts.on_server:
            self.line = TextLabel("muted")
            self.line.setContentsMargins(32, 0, 32, 8)  # in line with the pages
            window.statusBar().addWidget(self.line, 1)
            window.statusBar().setSizeGripEnabled(False)
            connection_watch.reached.connect(self.on_reached)

    def on_reached(self, reached: bool) -> None:
        """Say in the status line whether the last save reached the practice's server."""
        self._reached = reached
        if self.line is not None:
            text = status(reached)
            self.line.setText(text)
            self.line.setAccessibleName(text)

    def leave(self) -> None:
        """Disconnect this computer from the practice's server; go on with its own data."""
        link = self._parts.practice
        if link is None:
            return
        server = link.settings.server()
        if server is not None:
            link.vault.forget(server)
        link.settings.forget()
        self.reopen_requested.emit("")

    def show_choice(self) -> None:
        """Ask where the data is kept: here, or on a practice's server."""
        link = self._parts.practice
        if link is None:
            return
        if self.page is None:
            from sterkblijven.ui.first_run.server_page import ServerPage

            self.page = ServerPage(link, self._parts.files)
            self.page.local_chosen.connect(self._show_wizard)
            self.page.connected.connect(self.reopen_requested)
            self._stack.addWidget(self.page)
        self._stack.setCurrentWidget(self.page)

    def retranslate(self) -> None:
        """Say the status line again in the current language."""
        self.on_reached(self._reached)
