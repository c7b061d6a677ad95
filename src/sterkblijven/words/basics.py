"""Everyday words: numbers, dates, loads, bands, tasks, targets and weekdays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from sterkblijven.domain.model import BandColour, EquipmentKind, Load, Measure, Task

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


ZERO_WIDTH_SPACE = "\u200b"


def number(value: float) -> str:
    """Return a number with the decimal sign of the current language (2,5 in Dutch)."""
    return QLocale().toString(float(value), "g", 6)


def date_text(day: date) -> str:
    """Return a date in words, such as 'zaterdag 21 november 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def day_and_month_text(day: date) -> str:
    """Return a near date in words without its year, such as 'donderdag 10 december'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def path_text(path: object) -> str:
    """Return a file or folder path that may wrap after each separator, for narrow labels."""
    text = str(path)
    for separator in ("/", "\\", "-", "_"):
        text = text.replace(separator, separator + ZERO_WIDTH_SPACE)
    return text


def current_language() -> str:
    """Return the language the interface speaks now."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def task_name(task: Task) -> str:
    """Return the everyday task in words."""
    names = {
        Task.CHAIR_RISE: translate("Wording", "Standing up from a chair"),
        Task.STAIRS: translate("Wording", "Climbing stairs"),
        Task.CARRYING: translate("Wording", "Carrying shopping"),
        Task.BALANCE: translate("Wording", "Balance"),
    }
    return names[task]


def band_colour_name(colour: BandColour) -> str:
    """Return a band colour in words."""
    names = {
        BandColour.TAN: translate("Wording", "tan"),
        BandColour.YELLOW: translate("Wording", "yellow"),
        BandColour.RED: translate("Wording", "red"),
        BandColour.GREEN: translate("Wording", "green"),
        BandColour.BLUE: translate("Wording", "blue"),
        BandColour.BLACK: translate("Wording", "black"),
        BandColour.SILVER: translate("Wording", "silver"),
        BandColour.GOLD: translate("Wording", "gold"),
        BandColour.OTHER: translate("Wording", "other"),
    }
    return names[colour]


def band_name(colour: BandColour, label: str) -> str:
    """Return how a band is called: its own name, or its colour."""
    if label:
        return label
    return translate("Wording", "{colour} band").format(colour=band_colour_name(colour))


def load_text(load: Load) -> str:
    """Return the load in plain words: 'dumbbells of 2 kg', 'red band', 'no weights'."""
    if load.kind is EquipmentKind.DUMBBELL and load.kg is not None:
        return translate("Wording", "dumbbells of {kg} kg").format(kg=number(load.kg))
    if load.kind is EquipmentKind.BAND and load.band is not None:
        name = band_name(load.band.colour, load.band.label)
        return (
            translate("Wording", "{band}, doubled").format(band=name) if load.band_doubled else name
        )
    if load.kind is EquipmentKind.BAND:
        return translate("Wording", "a band")
    return translate("Wording", "no weights")


def equipment_name(kind: EquipmentKind) -> str:
    """Return the kind of equipment in words, as a heading."""
    names = {
        EquipmentKind.BODYWEIGHT: translate("Wording", "Without weights"),
        EquipmentKind.DUMBBELL: translate("Wording", "With dumbbells"),
        EquipmentKind.BAND: translate("Wording", "With a band"),
    }
    return names[kind]


def target_text(measure: Measure, low: int, high: int, beginner: bool = False) -> str:
    """Return the target of a set in words; beginners stop short of failure."""
    if measure is Measure.REPS and beginner:
        return translate(
            "Wording", "{low} to {high} times, stopping when you could still do 2 or 3"
        ).format(low=low, high=high)
    if measure is Measure.SECONDS:
        return translate("Wording", "hold {low} to {high} seconds").format(low=low, high=high)
    if measure is Measure.STEPS:
        return translate("Wording", "{low} to {high} steps").format(low=low, high=high)
    return translate(
        "Wording", "{low} to {high} times, until you cannot do one more with good form"
    ).format(low=low, high=high)


def count_text(count: int, measure: Measure) -> str:
    """Return a count with its unit: '22 times', '15 seconds', '12 steps'."""
    if measure is Measure.SECONDS:
        return translate("Wording", "{count} seconds").format(count=count)
    if measure is Measure.STEPS:
        return translate("Wording", "{count} steps").format(count=count)
    return translate("Wording", "{count} times").format(count=count)


def weekday_name(day: int) -> str:
    """Return the name of a weekday, Monday being 0."""
    names = (
        translate("Wording", "Monday"),
        translate("Wording", "Tuesday"),
        translate("Wording", "Wednesday"),
        translate("Wording", "Thursday"),
        translate("Wording", "Friday"),
        translate("Wording", "Saturday"),
        translate("Wording", "Sunday"),
    )
    return names[day]


def month_text(day: date) -> str:
    """Return a month and year in words, such as 'maart 2026'."""
    return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")


def short_date(day: date) -> str:
    """Return a date as '3 March 2026'."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")
