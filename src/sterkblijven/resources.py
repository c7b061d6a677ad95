"""The one way to find the app's own files, also when it is frozen into an installer."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

PACKAGE = "sterkblijven"


def _folder(*parts: str) -> Traversable:
    folder = resources.files(PACKAGE)
    for part in parts:
        folder = folder / part
    return folder


def _toml_files(folder: Traversable) -> list[tuple[str, bytes]]:
    entries = [item for item in folder.iterdir() if item.name.endswith(".toml")]
    return [(item.name, item.read_bytes()) for item in sorted(entries, key=lambda i: i.name)]


def catalogue_files() -> list[tuple[str, bytes]]:
    """Return (file name, content) of every catalogue entry, sorted by name."""
    return _toml_files(_folder("assets", "catalogue"))


def protocol_files() -> list[tuple[str, bytes]]:
    """Return (file name, content) of every functional test's protocol, sorted by name."""
    return _toml_files(_folder("assets", "protocols"))


def precaution_files() -> list[tuple[str, bytes]]:
    """Return (file name, content) of every movement precaution, sorted by name."""
    return _toml_files(_folder("assets", "precautions"))


def picture(name: str) -> bytes:
    """Return the content of an exercise picture; raise FileNotFoundError if it is missing."""
    item = _folder("assets", "pictures") / name
    if not item.is_file():
        raise FileNotFoundError(f"assets/pictures/{name}")
    return item.read_bytes()


def app_icon() -> bytes:
    """Return the app's icon as SVG."""
    return (_folder("assets", "icon") / "sterkblijven.svg").read_bytes()


def picture_names() -> set[str]:
    """Return the names of every picture shipped with the app."""
    return {item.name for item in _folder("assets", "pictures").iterdir() if item.is_file()}


def style_template(name: str) -> str:
    """Return a style sheet template from assets/styles."""
    return (_folder("assets", "styles") / name).read_text(encoding="utf-8")


def translation(language: str) -> bytes | None:
    """Return the compiled translation of the app for a language, if there is one."""
    item = _folder("i18n", f"sterkblijven_{language}.qm")
    return item.read_bytes() if item.is_file() else None
