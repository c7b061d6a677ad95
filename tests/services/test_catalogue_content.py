"""The shipped catalogue: enough exercises, the whole body, both languages, all pictures."""

from __future__ import annotations

from sterkblijven import resources
from sterkblijven.domain.catalogue import LANGUAGES, Catalogue
from sterkblijven.domain.fitness import TESTS
from sterkblijven.domain.model import BodyRegion, EquipmentKind, Task


def test_catalogue_is_large_enough_and_covers_the_body(catalogue: Catalogue) -> None:
    """At least 16 exercises cover every body region and every everyday task."""
    assert len(catalogue.exercises) >= 16
    assert set().union(*(e.regions for e in catalogue.exercises)) == set(BodyRegion)
    assert {e.task for e in catalogue.exercises} == set(Task)


def test_every_equipment_kind_and_supported_variants_occur(catalogue: Catalogue) -> None:
    """Dumbbell, band and body-weight variants all exist, and most have a supported form."""
    kinds = {kind for e in catalogue.exercises for kind in e.equipment}
    assert kinds == set(EquipmentKind)
    supported = [e for e in catalogue.exercises if e.has_supported_variant]
    assert len(supported) >= len(catalogue.exercises) // 2


def test_every_exercise_has_both_languages_complete(catalogue: Catalogue) -> None:
    """Each exercise has Dutch and English text, with the same number of steps and variants."""
    for exercise in catalogue.exercises:
        nl, en = (exercise.texts[language] for language in LANGUAGES)
        assert len(nl.steps) == len(en.steps), exercise.id
        assert len(nl.mistakes) == len(en.mistakes), exercise.id
        assert set(nl.variants) == set(en.variants) == set(exercise.equipment), exercise.id
        assert (nl.supported is None) == (en.supported is None), exercise.id


def test_every_exercise_has_both_pictures(catalogue: Catalogue) -> None:
    """Start and end pictures exist for every exercise and test, and no picture is unused."""
    shipped = resources.picture_names()
    for exercise in catalogue.exercises:
        assert exercise.start_picture in shipped and exercise.end_picture in shipped
        assert exercise.start_picture != exercise.end_picture
    test_pictures = {test.picture for test in TESTS}
    assert catalogue.pictures() | test_pictures == shipped
    assert test_pictures <= shipped


# Word beginnings that describe standing or lying down, per language.
_NOT_SEATED = {
    "en": ("stand", "lie", "lying", "table", "bed"),
    "nl": ("sta", "lig", "tafel", "bed"),
}


def _not_seated_words(text: str, language: str) -> list[str]:
    words = "".join(c if c.isalpha() else " " for c in text.lower()).split()
    return [word for word in words if word.startswith(_NOT_SEATED[language])]


def test_the_seated_filter_offers_only_seated_ways(catalogue: Catalogue) -> None:
    """Every way the seated filter offers an exercise, with any equipment, is done seated."""
    for kind in (None, *EquipmentKind):
        kinds = None if kind is None else frozenset({kind})
        offered = catalogue.matching(kinds=kinds, seated_only=True)
        assert offered or kind is not None
        for exercise in offered:
            ways = exercise.seated_kinds if kind is None else {kind}
            assert ways and ways <= exercise.seated_kinds, exercise.id
            for language in LANGUAGES:
                text = exercise.texts[language]
                assert not _not_seated_words(text.setup, language), exercise.id
                for way in ways:
                    found = _not_seated_words(text.variants[way], language)
                    assert not found, (exercise.id, way, language, found)
