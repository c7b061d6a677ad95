"""What the frozen bundle keeps and leaves out, and the icon files the installers use."""

from __future__ import annotations

import struct
import sys
import tomllib
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

import check_bundle
import make_icons
import trim

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "sterkblijven"


@pytest.mark.parametrize(
    "needed",
    [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6",
        "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/lib/libQt6Svg.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "sterkblijven/assets/pictures/sit_to_stand_start.svg",
    ],
)
def test_what_the_app_loads_stays_in_the_bundle(needed: str) -> None:
    """Qt's core, sound, speech, OpenGL, printing, platform plugins and Dutch stay."""
    assert trim.keep(needed)


@pytest.mark.parametrize(
    "unused",
    [
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "PySide6/Qt/lib/libavcodec.so.61",
        "PySide6\\avcodec-61.dll",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    ],
)
def test_what_the_app_never_loads_is_left_out(unused: str) -> None:
    """Web engine, Quick, PDF viewing, FFmpeg, GTK's look, other formats and languages go."""
    assert not trim.keep(unused)


def test_only_linux_takes_desktop_libraries_from_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On Linux X11, fonts, sound and printing come from the desktop; Python, SQLite stay."""
    monkeypatch.setattr(trim.sys, "platform", "linux")
    for system in ("libX11.so.6", "libfontconfig.so.1", "libpulse.so.0", "libcups.so.2"):
        assert trim.host_provided(system), system
    for bundled in ("libpython3.11.so.1.0", "libsqlite3.so.0", "libcrypto.so.3"):
        assert not trim.host_provided(bundled), bundled
    monkeypatch.setattr(trim.sys, "platform", "win32")
    assert not trim.host_provided("libX11.so.6")


def test_the_windows_icon_holds_every_size_as_png() -> None:
    """The .ico directory lists 16 to 256 pixels, each pointing at a PNG image."""
    images = {size: f"png-{size}".encode() for size in make_icons.ICO_SIZES}
    data = make_icons.ico(images)
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(images))
    for index, size in enumerate(sorted(images)):
        width, _height, _colours, _zero, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        assert width == (0 if size == 256 else size)
        assert data[offset : offset + length] == images[size]


def test_the_mac_icon_holds_every_apple_type() -> None:
    """The .icns file is one container of the typed PNG images, with correct lengths."""
    images = {size: f"png-{size}".encode() for _, size in make_icons.ICNS_TYPES}
    data = make_icons.icns(images)
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = (
            data[position : position + 4],
            struct.unpack(">I", data[position + 4 : position + 8])[0],
        )
        kinds.append(kind)
        position += length
    assert kinds == [kind for kind, _ in make_icons.ICNS_TYPES]


def test_only_unreferenced_top_libraries_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """C modules stay, linked libraries stay (any case or path form), unlinked ones go."""
    links: dict[str, set[tuple[str, str | None]]] = {
        "src/_ctypes.pyd": {("LIBFFI-8.dll", None)},
        "src/QtGui.so": {("@rpath/libcrypto.3.dylib", None)},
    }
    monkeypatch.setattr(trim.sys, "platform", "win32")
    binaries = [
        ("_ctypes.pyd", "src/_ctypes.pyd", "EXTENSION"),
        ("libffi-8.dll", "src/libffi-8.dll", "BINARY"),
        ("PySide6/QtGui.so", "src/QtGui.so", "BINARY"),
        ("libcrypto.3.dylib", "src/libcrypto.3.dylib", "BINARY"),
        ("libcairo-2.dll", "src/libcairo-2.dll", "BINARY"),
        ("python311.dll", "src/python311.dll", "BINARY"),
    ]
    kept = {entry[0] for entry in trim.referenced(binaries, lambda s: links.get(s, set()))}
    assert kept == {
        "_ctypes.pyd",
        "libffi-8.dll",
        "PySide6/QtGui.so",
        "libcrypto.3.dylib",
        "python311.dll",
    }


def test_every_asset_is_listed_as_package_data() -> None:
    """Each file the app reads from assets/, the test protocols too, matches a package-data glob."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = pyproject["tool"]["setuptools"]["package-data"]["sterkblijven"]
    assets = [path for path in (PACKAGE / "assets").rglob("*") if path.is_file()]
    assert any(path.parent.name == "protocols" for path in assets)
    for path in assets:
        relative = path.relative_to(PACKAGE)
        assert any(relative.match(pattern) for pattern in globs), relative


def test_the_bundle_check_wants_every_protocol(tmp_path: Path) -> None:
    """A bundle without the test protocols is reported as missing them, file by file."""
    (tmp_path / "_internal" / "sterkblijven").mkdir(parents=True)
    missing = check_bundle.missing_parts(tmp_path)
    for path in (PACKAGE / "assets" / "protocols").glob("*.toml"):
        assert str(Path("_internal", "sterkblijven", "assets", "protocols", path.name)) in missing


def test_the_bundle_check_wants_every_movement_precaution(tmp_path: Path) -> None:
    """A bundle without the movement precautions is reported as missing them, file by file."""
    (tmp_path / "_internal" / "sterkblijven").mkdir(parents=True)
    missing = check_bundle.missing_parts(tmp_path)
    shipped = sorted((PACKAGE / "assets" / "precautions").glob("*.toml"))
    assert shipped
    for path in shipped:
        assert str(Path("_internal", "sterkblijven", "assets", "precautions", path.name)) in missing
