"""What the frozen bundle leaves out: Qt parts the app never loads.

Kept deliberately: QtOpenGL and QtOpenGLWidgets (pyqtgraph imports them), QtMultimedia and
QtNetwork (the tone, and QtTextToSpeech depends on QtMultimedia), QtSvg and QtPrintSupport
(pictures, reports and printing), and of Qt's own translations only Dutch.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

# Qt libraries, plugins and translations never loaded by the app. Matched against the path
# inside the bundle, with either slash.
_LEFT_OUT = [
    r"Qt6?(WebEngine|Quick|Qml|3D|Charts|DataVisualization|Graphs|Designer|Sql|Test|Bluetooth"
    r"|Nfc|Positioning|Location|Sensors|SerialPort|SerialBus|WebSockets|WebChannel|HttpServer"
    r"|RemoteObjects|Scxml|StateMachine|SpatialAudio|VirtualKeyboard|Help|NetworkAuth"
    r"|ShaderTools|PdfWidgets|Quick3D|Lottie|UiTools|Concurrent)",
    r"/plugins/(sqldrivers|qmltooling|designer|geoservices|position|sensors|canbus"
    r"|webview|scenegraph|renderers|sceneparsers|assetimporters|geometryloaders"
    r"|networkinformation|virtualkeyboard|generic|egldeviceintegrations"
    r"|tls)/",
    r"/qml/",
    # Ways to draw the screen that a desktop never uses (kiosk, framebuffer, remote).
    r"/plugins/platforms/lib(qeglfs|qlinuxfb|qvnc|qminimal|qminimalegl|qvkkhrdisplay)",
    r"Qt6?EglFs|Qt6?EglFSDeviceIntegration",
    # GTK's look pulls in much of GTK's stack; Qt's own Fusion style is what the app uses.
    r"/plugins/platformthemes/libqgtk3",
    # Image formats the app never reads: its pictures are SVG and PNG (built into Qt).
    r"/plugins/imageformats/(lib)?q(gif|tiff|webp|tga|wbmp|icns|pdf)",
    r"Qt6?Pdf\b|QtPdf\.",
    # FFmpeg plays and records media files. The app plays one short tone with QSoundEffect,
    # which Qt serves without a media backend.
    r"/plugins/multimedia/|FFmpegStub",
    r"/(lib)?(av(codec|format|util|device|filter)|sw(scale|resample))[-.]",
    r"/resources/qtwebengine",
    r"/libexec/",
    r"/translations/(?!qtbase_nl\.qm$)",
]
_PATTERN = re.compile("|".join(f"(?:{p})" for p in _LEFT_OUT))

# On Linux the bundle uses the desktop's own copies of the libraries every desktop has (the
# display, fonts, sound, printing, D-Bus, compression and the C++ runtime), as AppImage and
# Flatpak runtimes do: a bundled copy of these can clash with the system's drivers and
# services, and would double the size. The bundle keeps Python, SQLite, OpenSSL, Qt and
# numpy, whose versions the app depends on. .ci/run installs the same Debian packages.
_LINUX_SYSTEM = re.compile(
    r"^lib("
    r"X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xfixes|Xi|Xcursor|Xrandr|Xinerama|xcb[-\w]*"
    r"|xkbcommon|xkbcommon-x11|GL|GLX|GLdispatch|EGL|OpenGL|wayland-\w+|drm|gbm"
    r"|fontconfig|freetype|harfbuzz|graphite2|png16|jpeg|brotli\w*|expat|bz2|z|zstd|lz4|lzma"
    r"|glib-2\.0|gio-2\.0|gobject-2\.0|gmodule-2\.0|gthread-2\.0|pcre2-8|ffi|mount|blkid"
    r"|selinux|dbus-1|systemd|cap|cap-ng|gcrypt|gpg-error|md|bsd|uuid"
    r"|pulse|pulse-simple|pulsecommon-[\d.]+|asyncns|sndfile|FLAC|ogg|vorbis|vorbisenc|opus"
    r"|mpg123|mp3lame|apparmor"
    r"|cups|gnutls|p11-kit|unistring|idn2|nettle|hogweed|gmp|tasn1|avahi-\w+|gssapi_krb5"
    r"|krb5|krb5support|k5crypto|com_err|keyutils|resolv"
    r"|stdc\+\+|gcc_s"
    r")\.so[\d.]*$"
)


def host_provided(destination: str) -> bool:
    """Return True for a Linux library the bundle takes from the system instead."""
    return sys.platform.startswith("linux") and bool(_LINUX_SYSTEM.match(destination))


def keep(destination: str) -> bool:
    """Return True when a file belongs in the bundle."""
    return not _PATTERN.search("/" + destination.replace("\\", "/"))


def referenced(
    binaries: list[tuple[str, str, str]],
    get_imports: Callable[[str], Iterable[tuple[str, str | None]]] | None = None,
) -> list[tuple[str, str, str]]:
    """Return the binaries without the shared libraries nothing left in the bundle needs.

    PyInstaller gathers each library's dependencies before the list above is applied, so a
    plugin left out leaves its libraries behind (GTK's for the GTK look); this drops them.
    Libraries inside a package folder (Qt's, numpy's) are kept as they are: Qt loads plugins
    by name, not by a link.
    """
    if get_imports is None:
        from PyInstaller.depend.bindepend import get_imports

    def key(name: str) -> str:
        # get_imports gives a bare name on Linux, but a path (@rpath/...) on macOS, and Windows
        # file names ignore case.
        base = Path(name.replace("\\", "/")).name
        return base.casefold() if sys.platform == "win32" else base

    def candidate(destination: str, kind: str) -> bool:
        # Only a shared library at the top, which nothing may need any more. Python's own C
        # modules (EXTENSION) are loaded by import, never by a link, and always stay.
        top_level = "/" not in destination.replace("\\", "/")
        python = destination.lower().startswith(("libpython", "python", "vcruntime", "msvcp"))
        return kind == "BINARY" and top_level and not python

    by_name = {key(dest): src for dest, src, _kind in binaries}
    needed: set[str] = set()
    queue = [src for dest, src, kind in binaries if not candidate(dest, kind)]
    seen: set[str] = set()
    while queue:
        source = queue.pop()
        if source in seen:
            continue
        seen.add(source)
        for name, _path in get_imports(source):
            found = key(name)
            if found in by_name and found not in needed:
                needed.add(found)
                queue.append(by_name[found])
    return [
        entry for entry in binaries if not candidate(entry[0], entry[2]) or key(entry[0]) in needed
    ]
