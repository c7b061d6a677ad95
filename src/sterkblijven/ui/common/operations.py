"""Plain-words explanations of problems with the data, shared by every screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sterkblijven.services.errors import DatabaseProblem, InputRefused
from sterkblijven.words.problems import database_problem
from sterkblijven.words.refusals import refusal

_T = TypeVar("_T")


def attempt(action: Callable[[], _T], show: Callable[[str], None]) -> tuple[bool, _T | None]:
    """Run a service call; a refusal or data problem is shown in plain words instead.

    Returns whether it succeeded, and its result. Nothing recorded before is touched.
    """
    try:
        result = action()
    except InputRefused as refused:
        show(refusal(refused.code, refused.limits))
        return False, None
    except DatabaseProblem as problem:
        show(database_problem(problem.code))
        return False, None
    show("")
    return True, result
