"""The CSV tables for a Dutch spreadsheet: Dutch file and column names, words, decimal comma.

Excel and LibreOffice set to Dutch read a CSV file with semicolons between the cells and a
comma in numbers, and take UTF-8 only after a byte order mark. These tables hold the same
records as the international ones (see writer.CSV_COLUMNS), in Dutch: each code becomes the
word it stands for, yes/no becomes ja/nee, and a number gets its decimal comma. Exercises keep
the code the catalogue knows them by. Both forms are described in docs/export-format.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

from sterkblijven.domain.exchange.writer import (
    CSV_COLUMNS,
    StreamedPerson,
    Watch,
    Written,
    csv_rows,
)

DELIMITER = ";"

# Each international table's Dutch file name.
FILE_NAMES: dict[str, str] = {
    "sessions.csv": "trainingen.csv",
    "sets.csv": "sets.csv",
    "tests.csv": "testuitslagen.csv",
    "checkins.csv": "vragen-dag-erna.csv",
}

_YES_NO = {"true": "ja", "false": "nee"}
_STATUS = {
    "in_progress": "bezig",
    "finished": "afgemaakt",
    "ended_early": "eerder gestopt",
    "closed": "niet afgemaakt, later gesloten",
}
_EQUIPMENT = {"bodyweight": "eigen gewicht", "dumbbell": "halter", "band": "elastiek"}
_PLACES = {
    "knee": "knie",
    "hip": "heup",
    "back": "rug",
    "shoulder": "schouder",
    "hand_or_wrist": "hand of pols",
    "neck": "nek",
    "elsewhere": "ergens anders",
}
_SIGNALS = {
    "sharp_pain": "scherpe pijn",
    "swelling_or_warmth": "zwelling of warmte",
    "locking_or_giving_way": "op slot of zwikken",
}
_JOINTS = {"better": "beter", "same": "hetzelfde", "worse": "slechter"}
# A band without a label of its own is named by its colour.
_COLOURS = {
    "tan": "beige",
    "yellow": "geel",
    "red": "rood",
    "green": "groen",
    "blue": "blauw",
    "black": "zwart",
    "silver": "zilver",
    "gold": "goud",
}
TESTS: dict[str, str] = {
    "chair_stand_30s": "opstaan uit een stoel in 30 seconden",
    "arm_curl_30s": "arm buigen met een halter in 30 seconden",
    "step_test_2min": "stappen op de plaats in 2 minuten",
    "up_and_go_8ft": "opstaan, 2,44 m lopen en weer zitten",
    "timed_up_and_go": "opstaan, 3 m lopen en weer zitten (Timed Up and Go)",
    "five_times_sit_to_stand": "5 keer opstaan uit een stoel",
}
UNITS: dict[str, str] = {
    "chair_stand_30s": "keer",
    "arm_curl_30s": "keer",
    "step_test_2min": "stappen",
    "up_and_go_8ft": "seconden",
    "timed_up_and_go": "seconden",
    "five_times_sit_to_stand": "seconden",
}


def _text(cell: str) -> str:
    return cell


def _number(cell: str) -> str:
    if not cell or cell.startswith("'"):
        return cell
    whole, point, fraction = cell.partition(".")
    if not point or fraction.strip("0") == "":
        return whole
    return f"{whole},{fraction}"


def _word(words: Mapping[str, str]) -> Callable[[str], str]:
    return lambda cell: words.get(cell, cell)


def _words(words: Mapping[str, str]) -> Callable[[str], str]:
    # Lists were joined with ";"; in Dutch they read as words with commas between.
    return lambda cell: ", ".join(words.get(part, part) for part in cell.split(";") if part)


# Per table: (Dutch column name, how its cell is put) for each international column.
_LAYOUT: dict[str, tuple[tuple[str, Callable[[str], str]], ...]] = {
    "sessions.csv": (
        ("Persoon", _text),
        ("Begonnen", _text),
        ("Klaar", _text),
        ("Afloop", _word(_STATUS)),
        ("Sets gedaan", _number),
        ("Notitie", _text),
        ("Van papier ingevoerd", _word(_YES_NO)),
    ),
    "sets.csv": (
        ("Persoon", _text),
        ("Training begonnen", _text),
        ("Oefening (code)", _text),
        ("Setnummer", _number),
        ("Materiaal", _word(_EQUIPMENT)),
        ("Gewicht (kg)", _number),
        ("Elastiek", _word(_COLOURS)),
        ("Elastiek dubbel", _word(_YES_NO)),
        ("Herhalingen", _number),
        ("Tot het niet meer ging", _word(_YES_NO)),
        ("Inspanning (0-10)", _number),
        ("Pijn (0-10)", _number),
        ("Plek van de pijn", _word(_PLACES)),
        ("Stopsignalen", _words(_SIGNALS)),
        ("Vastgelegd", _text),
        ("Ongedaan gemaakt", _word(_YES_NO)),
    ),
    "tests.csv": (
        ("Persoon", _text),
        ("Test", _word(TESTS)),
        ("Uitslag", _number),
        ("Gedaan op", _text),
        ("Armen nodig", _word(_YES_NO)),
        ("Halter (kg)", _number),
        ("Notitie", _text),
    ),
    "checkins.csv": (
        ("Persoon", _text),
        ("Training begonnen", _text),
        ("Beantwoord", _text),
        ("Gewrichten", _word(_JOINTS)),
        ("Lang stijf in de ochtend", _word(_YES_NO)),
        ("Plekken", _words(_PLACES)),
        ("Pijn in de nacht", _word(_YES_NO)),
    ),
}
_TEST_COLUMN = CSV_COLUMNS["tests.csv"].index("test_id")
_VALUE_COLUMN = CSV_COLUMNS["tests.csv"].index("value")
UNIT_COLUMN = "Eenheid"


def _columns(name: str) -> tuple[str, ...]:
    columns = [column for column, _put in _LAYOUT[name]]
    if name == "tests.csv":
        # The unit, after the result it belongs to: a count or seconds, by test.
        columns.insert(_VALUE_COLUMN + 1, UNIT_COLUMN)
    return tuple(columns)


COLUMNS: dict[str, tuple[str, ...]] = {FILE_NAMES[name]: _columns(name) for name in _LAYOUT}


def dutch_rows(
    people: Iterable[StreamedPerson], watch: Watch, written: Written
) -> Iterator[tuple[str, list[str]]]:
    """Yield each Dutch CSV row with the name of its file: every header first, then records."""
    headed: set[str] = set()
    for name, row in csv_rows(people, watch, written):
        dutch = FILE_NAMES[name]
        if name not in headed:  # each table's first row is its header
            headed.add(name)
            yield dutch, list(COLUMNS[dutch])
            continue
        cells = [put(cell) for (_column, put), cell in zip(_LAYOUT[name], row, strict=True)]
        if name == "tests.csv":
            cells.insert(_VALUE_COLUMN + 1, UNITS.get(row[_TEST_COLUMN], ""))
        yield dutch, cells
