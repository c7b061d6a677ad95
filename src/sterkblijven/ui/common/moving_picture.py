"""One exercise picture that moves slowly between the start and the end position."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from sterkblijven.ui.common.widgets import PictureView

# A design choice: 2 s per position is slow enough to see each one and calm to watch, and it
# stays far below the three flashes a second that can unsettle people (WCAG 2.3.1).
FRAME_MS = 2000
CAPTION_PADDING = 4


class MovingPicture(PictureView):
    """Shows the start position, then the end position, and so on, with its name on it.

    The start shows first and stays until the timer ticks, so a screenshot is always the
    same. The timer runs only while the picture is on screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frames: tuple[bytes, bytes] = (b"", b"")
        self._frame = 0
        self._captions = ("", "")
        self._name = ""
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.advance)

    def set_frames(self, start: bytes, end: bytes) -> bool:
        """Show the start position; return False when either picture cannot be drawn."""
        self._frames = (start, end)
        loaded_end = self.set_svg(end)
        self._frame = 0
        loaded_start = self.set_svg(start)
        if self.isVisible():
            self.timer.start()  # a new exercise shows its start for a whole frame
        return loaded_start and loaded_end

    def set_names(self, captions: tuple[str, str], name: str) -> None:
        """Set the words on each position and the exercise's name, for eyes and ears."""
        self._captions = captions
        self._name = name
        self.setFixedSize(self.sizeHint())  # room for the words above the picture
        self._show_name()

    def frame(self) -> int:
        """Return 0 while the start position shows, 1 for the end position."""
        return self._frame

    def advance(self) -> None:
        """Show the other position."""
        self._frame = 1 - self._frame
        self.set_svg(self._frames[self._frame])
        self._show_name()

    def _show_name(self) -> None:
        caption = self._captions[self._frame]
        self.setAccessibleName(f"{caption}: {self._name}" if self._name else caption)
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        """Start moving once on screen."""
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop the timer: a picture out of sight wakes nothing up."""
        super().hideEvent(event)
        self.timer.stop()

    def caption_height(self) -> int:
        """Return the height of the strip above the picture that says which position shows."""
        return QFontMetrics(self._caption_font()).height() + 2 * CAPTION_PADDING

    def _caption_font(self) -> QFont:
        # At large text the words could be wider than a small picture: shrink them to fit
        # rather than cut them off. The wider caption sets the size, so nothing jumps.
        font = QFont(self.font())
        widest = max(self._captions, key=lambda text: QFontMetrics(font).horizontalAdvance(text))
        while QFontMetrics(font).horizontalAdvance(widest) > super().sizeHint().width():
            if font.pixelSize() > 8:
                font.setPixelSize(font.pixelSize() - 1)
            elif font.pointSizeF() > 6:
                font.setPointSizeF(font.pointSizeF() - 1)
            else:
                break
        return font

    def sizeHint(self) -> QSize:
        """Return the picture's size, with room above it for the words."""
        picture = super().sizeHint()
        if not any(self._captions):
            return picture
        return QSize(picture.width(), picture.height() + self.caption_height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw which position shows, and below it the picture, so the words hide nothing."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        strip = self.caption_height() if any(self._captions) else 0
        painter.setFont(self._caption_font())
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            QRectF(0, 0, self.width(), strip),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._captions[self._frame],
        )
        self.render_picture(painter, QRectF(0, strip, self.width(), self.height() - strip))
        painter.end()
