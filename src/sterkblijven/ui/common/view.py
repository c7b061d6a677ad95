"""One screen of a page: scrolling content above a row of buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QWidget,
)

from sterkblijven.ui.common.widgets import (
    Retranslating,
    ScrollPage,
    TextLabel,
    page_with_footer,
)

PictureLoader = Callable[[str], bytes]


class View(Retranslating, QWidget):
    """One screen of a page: scrolling content above a row of buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = ScrollPage()
        self.body = self.page.body
        self.footer = QHBoxLayout()
        self.footer.setSpacing(16)
        page_with_footer(self, self.page, self.footer)
        self.title = TextLabel("title")
        self.body.addWidget(self.title)
