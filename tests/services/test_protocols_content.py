"""The shipped test protocols: every test has its steps in Dutch and English, read from files."""

from __future__ import annotations

import pytest

from sterkblijven import resources
from sterkblijven.domain.catalogue import LANGUAGES, CatalogueError
from sterkblijven.domain.fitness import TESTS
from sterkblijven.services.catalogue import load_protocols


def test_every_test_has_steps_in_both_languages() -> None:
    """Each of the six tests has Dutch and English steps, as many in each, none left English."""
    protocols = load_protocols()
    assert list(protocols.by_test) == [test.id for test in TESTS]
    for test in TESTS:
        nl, en = (protocols.steps(test.id, language) for language in LANGUAGES)
        assert len(nl) >= 2 and len(nl) == len(en), test.id
        assert all(step.strip() for step in (*nl, *en)), test.id
        assert not set(nl) & set(en), test.id  # a Dutch step is never the English one


def test_one_file_per_test_named_after_it() -> None:
    """The folder holds one file for each test id, and nothing else."""
    names = [name for name, _content in resources.protocol_files()]
    assert sorted(names) == sorted(f"{test.id}.toml" for test in TESTS)


@pytest.mark.parametrize(
    ("content", "field"),
    [
        (b'id = "chair_stand_30s"\n[nl\n', "(file)"),
        (b"\xff\xfe", "(file)"),
        (b'id = "another_test"\n', "id"),
    ],
)
def test_a_broken_file_is_refused_with_its_name(
    monkeypatch: pytest.MonkeyPatch, content: bytes, field: str
) -> None:
    """Unreadable TOML, or an id other than the file's name, names the file and the field."""
    files = resources.protocol_files()
    name = files[0][0]
    monkeypatch.setattr(resources, "protocol_files", lambda: [(name, content), *files[1:]])
    with pytest.raises(CatalogueError) as caught:
        load_protocols()
    assert caught.value.source == f"assets/protocols/{name}"
    assert caught.value.field == field


def test_a_missing_file_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the file of one test the protocols do not load: that test would have no steps."""
    files = resources.protocol_files()
    monkeypatch.setattr(resources, "protocol_files", lambda: files[1:])
    with pytest.raises(CatalogueError, match=files[0][0].removesuffix(".toml")):
        load_protocols()
