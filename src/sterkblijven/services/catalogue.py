"""Loading the exercise catalogue and the functional tests' protocols shipped with the app."""

from __future__ import annotations

import functools
import tomllib
from typing import Any

from sterkblijven import resources
from sterkblijven.domain.catalogue import Catalogue, CatalogueError, build_catalogue
from sterkblijven.domain.precautions import Precautions, build_precautions
from sterkblijven.domain.protocols import FitnessProtocols, build_protocols


def load_catalogue() -> Catalogue:
    """Read and validate every catalogue file; a broken one raises CatalogueError."""
    entries = _entries("assets/catalogue", resources.catalogue_files())
    catalogue = build_catalogue(entries)
    if len(catalogue.exercises) == 0:
        raise CatalogueError("assets/catalogue", "(folder)", "holds no exercises")
    shipped = resources.picture_names()
    for exercise in catalogue.exercises:
        for field in ("start_picture", "end_picture"):
            name = getattr(exercise, field)
            if name not in shipped:
                raise CatalogueError(
                    f"assets/catalogue/{exercise.id}.toml", field, f"picture {name} is missing"
                )
    return catalogue


def load_protocols() -> FitnessProtocols:
    """Read and validate every test protocol file; a broken or missing one raises CatalogueError."""
    folder = "assets/protocols"
    return build_protocols(folder, _entries(folder, resources.protocol_files()))


@functools.cache
def load_precautions() -> Precautions:
    """Read and validate every movement precaution file, once; a broken one raises CatalogueError.

    Each file's ``code`` must match its name, as an exercise's id does.
    """
    folder = "assets/precautions"
    entries = []
    for name, content in resources.precaution_files():
        source = f"{folder}/{name}"
        data = _parse(source, content)
        if data.get("code") != name.removesuffix(".toml"):
            raise CatalogueError(source, "code", "must match the file name")
        entries.append((source, data))
    precautions = build_precautions(entries)
    if not precautions.items:
        raise CatalogueError(folder, "(folder)", "holds no precautions")
    return precautions


def _parse(source: str, content: bytes) -> dict[str, Any]:
    try:
        return tomllib.loads(content.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CatalogueError(source, "(file)", f"cannot be read: {error}") from None


def _entries(folder: str, files: list[tuple[str, bytes]]) -> list[tuple[str, dict[str, Any]]]:
    entries = []
    for name, content in files:
        source = f"{folder}/{name}"
        data = _parse(source, content)
        if data.get("id") != name.removesuffix(".toml"):
            raise CatalogueError(source, "id", "must match the file name")
        entries.append((source, data))
    return entries
