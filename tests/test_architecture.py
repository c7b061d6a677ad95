"""The shape of the code: no import cycles, and no module too large to find one's way in."""

from __future__ import annotations

from pathlib import Path

import grimp

import sterkblijven

SOURCE = Path(sterkblijven.__file__).parent
LONGEST_MODULE_LINES = 600


def import_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Return the groups of modules that import one another in a circle (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(edges[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return cycles


def test_the_cycle_finder_finds_a_circle() -> None:
    """A circle of three modules is found, and a straight chain is not one."""
    circle = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert import_cycles(circle) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_no_modules_import_each_other_in_a_circle() -> None:
    """No module of the app imports itself again through others, type-only imports included."""
    graph = grimp.build_graph("sterkblijven")
    own = {module for module in graph.modules if module.startswith("sterkblijven")}
    edges = {
        module: {m for m in graph.find_modules_directly_imported_by(module) if m in own}
        for module in own
    }
    assert import_cycles(edges) == []


def test_no_module_is_longer_than_a_room_should_be() -> None:
    """Every module (migrations aside) stays under 600 lines: one job each, easy to find."""
    long = {
        str(path.relative_to(SOURCE)): lines
        for path in SOURCE.rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > LONGEST_MODULE_LINES
    }
    assert long == {}
