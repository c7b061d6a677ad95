"""Reusable controls sized and named for older eyes and stiff hands."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sterkblijven.ui.common.theme import MIN_TARGET_PX

CHECK_MARK = "✓  "


def _polish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class BigButton(QPushButton):
    """A push button whose text wraps, never icon-only, at least 48 x 48 px.

    QPushButton cannot wrap its text, so long labels at large text sizes would make a page
    wider than the window; the text lives in an inner word-wrapping label instead.
    """

    _PADDING = 14

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(self._PADDING + 4, self._PADDING, self._PADDING + 4, self._PADDING)
        inner.addWidget(self._text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(MIN_TARGET_PX, MIN_TARGET_PX)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        if role:
            self.setProperty("role", role)
            if role == "tile":
                self._text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.toggled.connect(self._sync_tone)
        self._sync_tone()

    guard: GuardedStack | None = None

    def _guarded(self) -> bool:
        guard = self.guard
        parent = self.parentWidget()
        while guard is None and parent is not None:
            if isinstance(parent, GuardedStack):
                guard = parent
            parent = parent.parentWidget()
        return guard is not None and guard.is_guarding()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Ignore a press that is the second tap of a double tap on the previous view."""
        if self._guarded():
            event.ignore()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Press with Enter as well as Space: many people expect Enter to do what they see."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            event.accept()
            self.animateClick()
            return
        super().keyPressEvent(event)

    def set_role(self, role: str) -> None:
        """Change the style role (such as primary) and restyle."""
        if self.property("role") != role:
            self.setProperty("role", role)
            _polish(self)
            self._sync_tone()

    def setText(self, text: str) -> None:
        """Show ``text`` (wrapping where needed); it is also the accessible name."""
        self._text.setText(text)
        self.setAccessibleName(text.replace("\n", " "))
        self.updateGeometry()

    def text(self) -> str:
        """Return the shown text."""
        return self._text.text()

    def sizeHint(self) -> QSize:
        """Return the size of the unwrapped text, plus padding."""
        # A word-wrapping label guesses a narrow width; the button prefers its text unwrapped.
        unwrapped = self._text.fontMetrics().boundingRect(
            QRect(0, 0, 100_000, 100_000), int(Qt.AlignmentFlag.AlignLeft), self._text.text()
        )
        hint = unwrapped.size() + QSize(2 * self._PADDING + 10, 2 * self._PADDING)
        return hint.expandedTo(self.minimumSize())

    def minimumSizeHint(self) -> QSize:
        """Return a small width, so the text wraps instead of widening the page."""
        return QSize(MIN_TARGET_PX, MIN_TARGET_PX).expandedTo(
            QSize(self._text.minimumSizeHint().width() // 3, MIN_TARGET_PX)
        )

    def hasHeightForWidth(self) -> bool:
        """Tell layouts that the height follows from the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the wrapped text needs at this width."""
        text_width = max(1, width - 2 * self._PADDING - 8)
        return max(MIN_TARGET_PX, self._text.heightForWidth(text_width) + 2 * self._PADDING)

    def changeEvent(self, event: QEvent) -> None:
        """Follow enabled and disabled with the text colour."""
        if event.type() == QEvent.Type.EnabledChange:
            self._sync_tone()
        super().changeEvent(event)

    def _sync_tone(self, _checked: bool = False) -> None:
        # Style sheets cannot follow a parent's state into a child, so the inner label
        # carries the state as a property the style sheet can match.
        if not self.isEnabled():
            tone = "disabled"
        elif self.isChecked():
            tone = "selected"
        elif self.property("role") in ("primary", "go"):
            tone = "primary"
        else:
            tone = "plain"
        if self._text.property("tone") != tone:
            self._text.setProperty("tone", tone)
            _polish(self._text)


class ChoiceButton(BigButton):
    """A button that stays pressed when chosen; a check mark shows it, not colour alone."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(role, parent)
        self._label = ""
        self._spoken: str | None = None
        self.setCheckable(True)
        self.toggled.connect(self._on_toggled)

    def set_label(self, text: str, spoken: str | None = None) -> None:
        """Set the visible text and the accessible name (``spoken``, when it says more)."""
        self._label = text
        self._spoken = spoken
        self._refresh()

    def label(self) -> str:
        """Return the text without the check mark."""
        return self._label

    def _on_toggled(self, _checked: bool) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.setText((CHECK_MARK if self.isChecked() else "") + self._label)
        # The check mark is visual; screen readers hear the checked state itself.
        self.setAccessibleName(self._spoken or self._label)


def make_exclusive(buttons: list[ChoiceButton] | tuple[ChoiceButton, ...]) -> None:
    """Let at most one of the choices be chosen, each still its own Tab stop.

    An exclusive QButtonGroup makes the whole group one Tab stop, reached further with arrow
    keys, which people new to computers do not know; so exclusivity is done here instead.
    """
    for button in buttons:
        # A click on the chosen one keeps it chosen; choosing one releases the others.
        button.clicked.connect(lambda _checked=False, b=button: _choose(b, buttons, True))
        button.toggled.connect(lambda checked, b=button: _choose(b, buttons, checked))


def _choose(
    chosen: ChoiceButton, buttons: list[ChoiceButton] | tuple[ChoiceButton, ...], checked: bool
) -> None:
    if not checked:
        return
    for button in buttons:
        button.setChecked(button is chosen)


class TextLabel(QLabel):
    """A word-wrapping label with a style role (title, heading, muted, error)."""

    def __init__(self, role: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if role:
            self.setProperty("role", role)

    def set_role(self, role: str) -> None:
        """Change the style role and restyle."""
        self.setProperty("role", role)
        _polish(self)


class ErrorLabel(TextLabel):
    """A message in plain words about input that was refused; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("error", parent)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show the message, or hide the label for an empty text.

        On a scrolling page the message is scrolled into view: below the fold it would seem
        that nothing happened.
        """
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if text and self.isVisible():
            page = self._scroll_page()
            if page is not None:
                page.bring_into_view(self)

    def _scroll_page(self) -> ScrollPage | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, ScrollPage):
            parent = parent.parentWidget()
        return parent


class PageMessages(QWidget):
    """What a page just did, or what went wrong, at its top; one message at a time.

    The page scrolls up to show it, since the button that caused it may be far below.
    """

    def __init__(self, page: QScrollArea) -> None:
        super().__init__()
        self._page = page
        self.result = TextLabel("notice")
        self.result.hide()
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.result)
        layout.addWidget(self.error)

    def say(self, text: str) -> None:
        """Show what was done (an empty text hides it)."""
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.setVisible(bool(text))
        if text:
            self.error.show_message("")
            self._page.verticalScrollBar().setValue(0)

    def problem(self, text: str) -> None:
        """Show what went wrong (an empty text hides it)."""
        self.error.show_message(text)
        if text:
            self.result.hide()
            self._page.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        """Hide both."""
        self.say("")
        self.problem("")


class Card(QFrame):
    """A framed panel that groups related content."""

    def __init__(self, role: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", role)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(20, 16, 20, 16)
        self.content.setSpacing(12)


class TapCounter(Card):
    """The count in large figures beside a large tap button, with a row of buttons below.

    The session's sets and the counted tests use the same counter, so a person who learned one
    knows the other.
    """

    def __init__(self, *below: QWidget) -> None:
        super().__init__()
        self.count = TextLabel("count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setMinimumWidth(120)
        self.tap = BigButton("counter")
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.count)
        row.addWidget(self.tap, 1)
        self.content.addLayout(row)
        self.content.addLayout(button_row(*below))
        self.content.setContentsMargins(24, 12, 24, 12)


class PictureView(QWidget):
    """An SVG picture drawn sharp at any size, keeping its proportions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Loaded with the first picture, not with every screen: home shows none.
        from PySide6.QtSvg import QSvgRenderer

        self._renderer = QSvgRenderer(self)
        self._width = 240
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_svg(self, content: bytes) -> bool:
        """Show an SVG; return False when it cannot be drawn."""
        loaded = self._renderer.load(QByteArray(content))
        self.update()
        return bool(loaded) and self._renderer.isValid()

    def set_display_width(self, width: int) -> None:
        """Set the width in px; the height follows the picture's proportions."""
        self._width = width
        self.updateGeometry()
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        """Return the display size."""
        box = self._renderer.viewBoxF()
        ratio = box.height() / box.width() if box.width() > 0 else 1.0
        return QSize(self._width, round(self._width * ratio))

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the picture into the widget."""
        if not self._renderer.isValid():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render_picture(painter, QRectF(self.rect()))
        painter.end()

    def render_picture(self, painter: QPainter, area: QRectF) -> None:
        """Draw the picture into an area of the widget."""
        if self._renderer.isValid():
            self._renderer.render(painter, area)


class ScrollPage(QScrollArea):
    """A page whose content scrolls rather than clips at large text sizes.

    Pages with controls leave the Tab order to their controls (focusing a control scrolls it
    into view). A reading page, with long text and few controls, takes focus itself, with a
    visible ring, so the arrow and page keys can scroll it.
    """

    def __init__(self, parent: QWidget | None = None, *, reading: bool = False) -> None:
        super().__init__(parent)
        if reading:
            self.setProperty("role", "reading")
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(18)
        self.setWidget(inner)

    def bring_into_view(self, *widgets: QWidget) -> None:
        """Scroll so that the given widgets, just added or changed, are in view.

        A widget added to a shown layout is shown, and then laid out, by events Qt has posted
        but not yet handled; handling them first (each round may post the next, hence the short
        loop) gives the real positions.
        """
        for _ in range(3):
            QCoreApplication.sendPostedEvents()
        for widget in widgets:
            self.ensureWidgetVisible(widget)


class GuardedStack(QStackedWidget):
    """A stack of views whose buttons ignore taps for a moment after a view appears.

    Older hands often tap twice. Without this, the second tap of a double tap lands on
    whatever the next view shows in the same place (an effort word, Skip the rest, Next),
    answering a question the person never saw. The buttons ask their stack (see BigButton),
    so no event filter watches the whole application.
    """

    GUARD_SECONDS = 0.45

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._clock = clock
        self._changed_at = -1e9
        self.currentChanged.connect(self._on_changed)

    def guard_also(self, *buttons: BigButton) -> None:
        """Guard buttons outside the stack that change its view, such as Next."""
        for button in buttons:
            button.guard = self

    def is_guarding(self) -> bool:
        """Return True just after the view changed, when a tap is taken as a double tap."""
        return self._clock() - self._changed_at < self.GUARD_SECONDS

    def _on_changed(self, _index: int) -> None:
        self._changed_at = self._clock()

    def pulse(self) -> None:
        """Guard again, for an action that changes what the same view shows."""
        self._changed_at = self._clock()


class Retranslating:
    """Mixin for widgets with ``retranslate_ui()``: called on every change of language."""

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)  # type: ignore[misc]

    def retranslate_ui(self) -> None:
        """Set every text in the current language."""


def page_with_footer(owner: QWidget, page: QWidget, footer: QHBoxLayout) -> None:
    """Lay out a scrolling page above a footer row of buttons that always stays in view."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page, 1)
    footer.setContentsMargins(32, 8, 32, 24)
    layout.addLayout(footer)


def button_row(*buttons: QWidget, stretch_first: bool = False) -> QHBoxLayout:
    """Return a row of buttons with generous spacing."""
    row = QHBoxLayout()
    row.setSpacing(16)
    if stretch_first:
        row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    if not stretch_first:
        row.addStretch(1)
    return row


def choice_grid(buttons: Sequence[QWidget], columns: int) -> QGridLayout:
    """Return the buttons in a grid: rows stay narrow enough for text at twice the size."""
    grid = QGridLayout()
    grid.setSpacing(12)
    for index, button in enumerate(buttons):
        grid.addWidget(button, index // columns, index % columns)
    for column in range(columns):
        grid.setColumnStretch(column, 1)
    return grid


_HYPHEN_IN_WORD = re.compile(r"(?<=\w)-(?=\w)")


def whole_words(text: str) -> str:
    """Return the text with its hyphenated words ('Thera-Band') kept whole on one line.

    A word joiner after the hyphen stops a wrapping label from breaking there; it takes no room.
    """
    return _HYPHEN_IN_WORD.sub("-\u2060", text)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and nested layout in a layout."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()  # at once: deletion waits for the event loop
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)


def widgets_in(layout: QLayout) -> list[QWidget]:
    """Return the widgets in a layout and its nested layouts, in order."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(widgets_in(inner))
    return found


def chain_tab_order(widgets: list[QWidget]) -> None:
    """Make Tab visit the widgets in the given order (the order they appear on screen)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
