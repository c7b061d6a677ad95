"""Backups and files in words: when a backup was made, and why an import or restore failed."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.exchange.schema import MAX_FILE_BYTES, MAX_PEOPLE
from sterkblijven.words.basics import date_text, number
from sterkblijven.words.problems import database_problem

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def moment_text(moment: datetime) -> str:
    """Return a moment in words, such as 'zaterdag 21 november 2026 om 14:05'."""
    clock = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("Data", "{date} at {time}").format(
        date=date_text(moment.date()), time=clock
    )


def backup_kind_text(kind: BackupKind) -> str:
    """Return why a backup was made, in plain words."""
    texts = {
        BackupKind.DAILY: QCoreApplication.translate("Data", "the daily backup"),
        BackupKind.WEEKLY: QCoreApplication.translate("Data", "the weekly backup"),
        BackupKind.AFTER_SESSION: QCoreApplication.translate("Data", "after a session"),
        BackupKind.MANUAL: QCoreApplication.translate("Data", "made by hand"),
        BackupKind.BEFORE_MIGRATION: QCoreApplication.translate(
            "Data", "before an update of the program"
        ),
        BackupKind.BEFORE_REMOVAL: QCoreApplication.translate("Data", "before someone was removed"),
        BackupKind.BEFORE_IMPORT: QCoreApplication.translate("Data", "before a file was read in"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate(
            "Data", "before a backup was put back"
        ),
        BackupKind.SET_ASIDE: QCoreApplication.translate(
            "Data", "damaged data, set aside for a fresh start"
        ),
    }
    return texts[kind]


def import_problem(code: str) -> str:
    """Return why a file cannot be read in, in plain words; nothing was changed."""
    texts = {
        "not_found": QCoreApplication.translate("Data", "The file cannot be found."),
        "unreadable": QCoreApplication.translate("Data", "The file cannot be read."),
        "not_json": QCoreApplication.translate(
            "Data", "This is not a file saved by sterkblijven. Choose the file that ends in .json."
        ),
        "foreign": QCoreApplication.translate(
            "Data", "This file was not saved by sterkblijven, so it cannot be read in."
        ),
        "cut_short": QCoreApplication.translate(
            "Data",
            "This file of sterkblijven is not complete: it stops half-way, perhaps because the "
            "disk was full or the USB stick was pulled out too soon. Save the data again, or "
            "choose another file.",
        ),
        "newer_version": QCoreApplication.translate(
            "Data",
            "This file was saved by a newer version of sterkblijven. Install the newest version "
            "first.",
        ),
        "damaged": QCoreApplication.translate(
            "Data", "The file is damaged: part of it is missing or wrong."
        ),
        "empty": QCoreApplication.translate("Data", "The file holds no one to read in."),
        "too_large": QCoreApplication.translate(
            "Data",
            "The file is too large to read in. A file may hold at most {people} people and "
            "{size} MB.",
        ).format(people=number(MAX_PEOPLE), size=number(MAX_FILE_BYTES // (1024 * 1024))),
        "same_person_twice": QCoreApplication.translate(
            "Data",
            "The file holds the same person twice, so it is not clear which one to read in.",
        ),
    }
    text = texts.get(code, texts["damaged"])
    return QCoreApplication.translate("Data", "{problem} Nothing was changed.").format(problem=text)


def restore_problem(code: str) -> str:
    """Return why a backup cannot be put back, in plain words; nothing was changed."""
    texts = {
        "not_found": QCoreApplication.translate("Data", "The backup cannot be found."),
        "damaged": QCoreApplication.translate(
            "Data", "This backup is damaged or is not a backup of sterkblijven."
        ),
        "foreign": QCoreApplication.translate("Data", "This file is not a backup of sterkblijven."),
        "same_file": QCoreApplication.translate(
            "Data", "This file is the data itself, not a backup."
        ),
        "half_migrated": QCoreApplication.translate(
            "Data",
            "This backup was made while an update was cut off half-way, so it cannot be put "
            "back. Choose an older one.",
        ),
    }
    if code in texts:
        return QCoreApplication.translate("Data", "{problem} Nothing was changed.").format(
            problem=texts[code]
        )
    return database_problem(code)
