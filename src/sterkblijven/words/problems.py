"""Plain-words explanations of problems with the data or the program, shared by every screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

# Calls read translate(CONTEXT, "...") literally, so pyside6-lupdate can find the texts.
translate = QCoreApplication.translate


def database_problem(code: str, *, at_start: bool = False) -> str:
    """Return what went wrong with the data, and what the person can do.

    ``at_start`` is for the data that could not be opened at all, rather than one change that
    could not be saved while the program runs.
    """
    texts = {
        "not_writable": QCoreApplication.translate(
            "Messages",
            "Your data cannot be saved because the data folder is read-only. Nothing that was "
            "saved before is lost. Ask your carer to check the folder.",
        ),
        "disk_full": QCoreApplication.translate(
            "Messages",
            "Your data cannot be saved because the disk is full. Nothing that was saved before "
            "is lost. Make room on the computer and try again.",
        ),
        "damaged": QCoreApplication.translate(
            "Messages",
            "The data file is damaged and cannot be read. It has not been changed or deleted. "
            "Your carer can restore a backup from the data folder.",
        ),
        "foreign": QCoreApplication.translate(
            "Messages",
            "The data file belongs to another program and cannot be used. It has not been "
            "changed. Start with another data folder.",
        ),
        "newer_version": QCoreApplication.translate(
            "Messages",
            "The data was saved by a newer version of this program. Please install the newest "
            "version. Your data has not been changed.",
        ),
        "half_migrated": QCoreApplication.translate(
            "Messages",
            "An update of sterkblijven was cut off half-way, for instance by a power cut, so "
            "the data cannot be used as it is. It has not been deleted. Put back the backup "
            "made just before the update: everything saved before the update is in it.",
        ),
        "missing": QCoreApplication.translate(
            "Messages",
            "The data file is gone or empty, but a backup or a part of the data is still "
            "there. Put a backup back, or start afresh. Nothing has been deleted.",
        ),
        "upgrade_failed": QCoreApplication.translate(
            "Messages",
            "This version of sterkblijven cannot bring your data up to date. Your data has not "
            "been changed. Ask your carer to install the version you had before, and to report "
            "this problem.",
        ),
        "locked": QCoreApplication.translate(
            "Messages",
            "Another program is using the data file, so sterkblijven cannot use it now. Nothing "
            "that was saved before is lost. Close that program (or restart the computer) and "
            "try again.",
        ),
        "connection_lost": QCoreApplication.translate(
            "Messages",
            "The connection with the practice server was lost, so this could not be saved. What "
            "you filled in is still on the screen, and nothing saved before is lost. Check the "
            "network, then tap the button again to save it again.",
        ),
        "not_replaced": QCoreApplication.translate(
            "Messages",
            "The backup could not take the place of your data, because another program has the "
            "data file open (a virus scanner, for instance). Nothing was changed. Wait a minute "
            "and try again. If it happens again, restart the computer first.",
        ),
        "server_older": QCoreApplication.translate(
            "Messages",
            "The practice's server has an older version of the data than this program. Nothing "
            "was changed. Ask the administrator of the practice to update the server.",
        ),
        "server_newer": QCoreApplication.translate(
            "Messages",
            "The practice's server has a newer version of the data than this program. Nothing "
            "was changed. Ask the administrator of the practice to install the newest version "
            "of sterkblijven on this computer.",
        ),
        "another_carers_client": QCoreApplication.translate(
            "Messages",
            "Someone in this file is already a client of another carer on the practice's "
            "server, so nothing was read in. Ask the administrator of the practice to make "
            "them your client.",
        ),
        "login_failed": QCoreApplication.translate(
            "Messages",
            "The user name or the password is not right. Check them and try again. If you "
            "forgot your password, ask the administrator of the practice.",
        ),
        "server_unreachable": QCoreApplication.translate(
            "Messages",
            "The practice's server does not answer. Check that this computer is connected to "
            "the internet or the practice's network, and try again. Nothing was lost.",
        ),
        "server_unchecked": QCoreApplication.translate(
            "Messages",
            "sterkblijven did not connect, because it cannot check that the address is really "
            "the practice's server. Nothing was sent. Ask the administrator of the practice for "
            "the address and the certificate file of the server.",
        ),
    }
    if at_start:
        texts["unusable"] = QCoreApplication.translate(
            "Messages",
            "sterkblijven cannot open the data file. Nothing has been changed. Restart the "
            "computer and start sterkblijven again. If this keeps happening, ask your carer "
            "for help.",
        )
    return texts.get(
        code,
        QCoreApplication.translate(
            "Messages",
            "Something went wrong with the data. Nothing that was saved before is lost. Please "
            "try again.",
        ),
    )


def cannot_save_there() -> str:
    """Return the message for a file that cannot be written where the person chose."""
    return QCoreApplication.translate(
        "Messages",
        "The file cannot be saved there. Choose another place, for instance your Documents folder.",
    )


def folder_problem(code: str, folder: Path) -> str:
    """Return why the app cannot start on a data folder it cannot write in, naming the folder."""
    if code == "disk_full":
        text = QCoreApplication.translate(
            "Messages",
            "sterkblijven cannot start, because the disk that holds your data is full:\n{folder}\n"
            "Nothing was changed or lost. Make room on the computer (or ask your carer to), then "
            "start sterkblijven again.",
        )
    else:
        text = QCoreApplication.translate(
            "Messages",
            "sterkblijven cannot start, because it cannot save anything in the folder that holds "
            "your data:\n{folder}\nNothing was changed or lost. Ask your carer to solve this, so "
            "that sterkblijven can save in this folder again. Then start sterkblijven again.",
        )
    return text.format(folder=str(folder))


def already_open() -> str:
    """Return the message for a second start while the first does not answer."""
    return QCoreApplication.translate(
        "Messages",
        "sterkblijven is already open on this computer, but it does not answer. Close it (or "
        "restart the computer), then start sterkblijven again. Nothing was changed.",
    )


def catalogue_problem(source: str, field: str, problem: str) -> str:
    """Return the message shown when the exercise list that came with the app is broken."""
    return QCoreApplication.translate(
        "Messages",
        "The list of exercises that came with the program is damaged, so it cannot start. "
        "Please reinstall the program. Your own data is safe.\n\nFile: {source}\nField: "
        "{field}\nProblem: {problem}",
    ).format(source=source, field=field, problem=problem)
