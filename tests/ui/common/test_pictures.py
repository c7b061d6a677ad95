"""Every exercise picture draws with Qt's SVG renderer, sharp at any size."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtSvg import QSvgRenderer

from sterkblijven import resources
from sterkblijven.domain.catalogue import Catalogue
from sterkblijven.ui.common.widgets import PictureView


def test_every_picture_is_a_valid_svg(catalogue: Catalogue) -> None:
    """Each start and end picture loads in QtSvg with a square-ish view box."""
    for name in sorted(catalogue.pictures()):
        renderer = QSvgRenderer(QByteArray(resources.picture(name)))
        assert renderer.isValid(), name
        box = renderer.viewBoxF()
        assert 0.5 <= box.height() / box.width() <= 2, name


def test_picture_view_keeps_proportions(qtbot: object) -> None:
    """A picture shown at a width gets the height its view box asks for."""
    view = PictureView()
    assert view.set_svg(resources.picture("sit_to_stand_start.svg"))
    view.set_display_width(300)
    assert view.width() == 300 and view.height() == 300
    assert not view.set_svg(b"<not svg")
