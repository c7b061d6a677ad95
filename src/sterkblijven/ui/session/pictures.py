"""The exercise's pictures: one moving between the positions, or the two still, sized to fit."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QWidget

from sterkblijven.ui.common.moving_picture import MovingPicture
from sterkblijven.ui.common.widgets import PictureView, TextLabel, clear_layout, widgets_in

PICTURE_MIN_PX = 150  # below this a picture cannot be read from a chair


def put_pictures(layout: QBoxLayout, start: bytes, end: bytes, *, moving: bool) -> None:
    """Show one picture moving between the start and end position, or the two side by side."""
    clear_layout(layout)
    if moving:
        picture = MovingPicture()
        picture.set_frames(start, end)
        layout.addWidget(picture)
    else:
        for content in (start, end):
            still = PictureView()
            still.set_svg(content)
            layout.addWidget(still)
    layout.addStretch(1)


def fit_pictures(
    layout: QBoxLayout,
    body: QBoxLayout,
    viewport: QWidget,
    above: Sequence[TextLabel],
    shown: bool,
) -> None:
    """Size the pictures in ``layout`` to a third of the window, within the height left.

    ``above`` are the texts of ``body`` that come before the pictures; at large text the
    pictures shrink, not below a readable size, so that the texts and pictures all fit.
    """
    pictures = [w for w in widgets_in(layout) if isinstance(w, PictureView)]
    if not pictures:
        return
    largest = max(PICTURE_MIN_PX, viewport.window().height() // 3)
    size = largest
    if shown and viewport.height() > 0:
        margins = body.contentsMargins()
        width = viewport.width() - margins.left() - margins.right()
        used = margins.top() + sum(
            label.heightForWidth(width) + body.spacing()
            for label in above
            if not label.isHidden() and label.text()
        )
        # The words on a moving picture take a strip above it.
        used += max(
            (p.caption_height() for p in pictures if isinstance(p, MovingPicture)), default=0
        )
        size = min(largest, max(PICTURE_MIN_PX, viewport.height() - used))
        across = width if len(pictures) == 1 else (width - layout.spacing()) // 2
        size = min(size, across)
    for picture in pictures:
        picture.set_display_width(size)
