"""Messages that keep their room: what was done, or went wrong, beside what it is about.

Empty or said, a message holds the same height, so nothing below it moves when it comes or
goes: not the button just pressed, nor another person's buttons under the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sterkblijven.ui.common.widgets import ErrorLabel, ScrollPage, TextLabel

FRAME_PX = 30  # padding and border of the framed message roles, top and bottom together
LARGER = 1.3  # a notice is in heading text, this much larger than body text
# The text size in force is known once in a window, and changes with the font or style.
_MEASURE_AGAIN = (
    QEvent.Type.ParentChange,
    QEvent.Type.Polish,
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
)


class KeptRoom(QObject):
    """Holds a widget at the height of some lines of the larger message text with its frame."""

    def __init__(self, widget: QWidget, lines: int, extra_per_line: int = 0) -> None:
        super().__init__(widget)
        self._widget = widget
        self._lines = lines
        self._extra = extra_per_line
        widget.installEventFilter(self)
        self.reserve()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Measure again when the text size may have changed; let the event go on."""
        if event.type() in _MEASURE_AGAIN:
            self.reserve()
        return False

    def reserve(self) -> None:
        """Set the widget's least height for its lines (none for no lines)."""
        # Measured in the surrounding text, which does not change with the message's role.
        around = self._widget.parentWidget() or self._widget
        line = around.fontMetrics().lineSpacing() * LARGER
        lines = self._lines
        height = round(line * lines) + FRAME_PX + self._extra * lines if lines else 0
        if self._widget.minimumHeight() != height:
            self._widget.setMinimumHeight(height)


class MessageSlot(TextLabel):
    """A message beside what it is about that keeps its place whether it says something or not.

    Empty, it still holds the room of ``lines`` lines of the larger message text, with the
    frame a message has, so that nothing below it (the button just pressed, the next person's
    buttons) moves when a message comes or goes; with no lines, where nothing below it could
    be under the pointer, it keeps none. Empty, it shows no frame. A message is also told to
    screen readers as it appears.
    """

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._room = KeptRoom(self, lines)

    def show_message(self, text: str, *, done: bool = False, tell: bool = True) -> None:
        """Show a refusal, or with ``done`` what was just done; an empty text leaves the room.

        With ``tell`` (the default) a new message is announced and scrolled into view; without
        it, the message is only put in place, as when a view is built again around it.
        """
        role = ("notice" if done else "error") if text else ""
        if self.property("role") != role:
            self.setProperty("role", role)
            # Polished again, a label keeps the padding of its former role; a sheet of its own
            # (empty, and another for each role) makes Qt work out the frame anew.
            self.setStyleSheet(f"/* {role or 'empty'} */")
        self.setText(text)
        self.setAccessibleName(text)
        self._room.reserve()
        if not text or not tell:
            return
        event = QAccessibleAnnouncementEvent(self, text)
        politeness = QAccessible.AnnouncementPoliteness
        event.setPoliteness(politeness.Polite if done else politeness.Assertive)
        QAccessible.updateAccessibility(event)
        if self.isVisible():
            page = self.parentWidget()
            while page is not None and not isinstance(page, ScrollPage):
                page = page.parentWidget()
            if page is not None:
                page.bring_into_view(self)


class MessageRoom(QWidget):
    """Room kept beside a group of buttons for :class:`RoomMessages`, said or not.

    It holds the height of ``lines`` lines of the larger message text with its frame, at the
    text size in force, so a message coming or going there moves nothing below it.
    """

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addStretch(1)  # a short message stands at the top, in its own height
        # A few pixels more a line than a slot: bold lines of the larger text run higher.
        KeptRoom(self, lines, extra_per_line=4)

    def hold(self, widget: QWidget) -> None:
        """Put a message (or the messages) in this room."""
        self.box.insertWidget(self.box.count() - 1, widget)


class RoomMessages(QWidget):
    """What a page just did, or what went wrong, shown in the room beside the buttons pressed.

    Each part of the page keeps a :class:`MessageRoom` under its buttons; a message moves to
    the room of the part it is about. The rooms keep their height, so no button moves when a
    message comes, goes or moves, and the message is where the person just looked.
    """

    def __init__(self, lines: int = 3) -> None:
        super().__init__()
        self._lines = lines
        self._room: MessageRoom | None = None
        self.result = TextLabel("notice")
        self.result.hide()
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result)
        layout.addWidget(self.error)

    def room(self) -> MessageRoom:
        """Return a new room for the messages; the first made holds them until another is used."""
        room = MessageRoom(self._lines)
        if self._room is None:
            self._move_to(room)
        return room

    def say(self, text: str, room: MessageRoom | None = None) -> None:
        """Show what was done, in ``room`` if given (an empty text hides it)."""
        self._move_to(room)
        self.result.setText(text)
        self.result.setAccessibleName(text)
        self.result.setVisible(bool(text))
        if text:
            self.error.show_message("")
            event = QAccessibleAnnouncementEvent(self.result, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
            page = self.parentWidget()
            while page is not None and not isinstance(page, ScrollPage):
                page = page.parentWidget()
            if page is not None:
                page.bring_into_view(self.result)

    def problem(self, text: str, room: MessageRoom | None = None) -> None:
        """Show what went wrong, in ``room`` if given (an empty text hides it)."""
        self._move_to(room)
        if text:
            self.result.hide()
        self.error.show_message(text)

    def clear(self) -> None:
        """Hide both."""
        self.say("")
        self.problem("")

    def _move_to(self, room: MessageRoom | None) -> None:
        if room is None or room is self._room:
            return
        if self._room is not None:
            self._room.box.removeWidget(self)
        room.hold(self)
        self.show()  # a widget given another parent is hidden until shown again
        self._room = room
