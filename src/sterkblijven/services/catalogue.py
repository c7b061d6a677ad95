"""Loading the exercise catalogue shipped with the app."""

from __future__ import annotations

import tomllib

from sterkblijven import resources
from sterkblijven.domain.catalogue import Catalogue, CatalogueError, build_catalogue


def load_catalogue() -> Catalogue:
    """Read and validate every catalogue file; a broken one raises CatalogueError."""
    entries = []
    for name, content in resources.catalogue_files():
        source = f"assets/catalogue/{name}"
        try:
            data = tomllib.loads(content.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise CatalogueError(source, "(file)", f"cannot be read: {error}") from None
        if data.get("id") != name.removesuffix(".toml"):
            raise CatalogueError(source, "id", "must match the file name")
        entries.append((source, data))
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
