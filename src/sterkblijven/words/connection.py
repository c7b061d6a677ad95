"""What the app says about a practice's server: the form, a failed login, the connection.

These are read by carers at a practice, who are addressed with "u" in Dutch.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def form_problem(code: str) -> str:
    """Return what is missing or wrong in the server form, in plain words."""
    texts = {
        "no_address": translate(
            "Connection", "Please fill in the address of the server, or the folder of its socket."
        ),
        "bad_port": translate(
            "Connection", "The port is a number from 1 to 65535. Usually it is 5432."
        ),
        "no_database": translate("Connection", "Please fill in the name of the database."),
        "no_user": translate("Connection", "Please fill in your user name."),
        "no_password": translate("Connection", "Please fill in your password."),
        "no_certificate": translate(
            "Connection",
            "Please choose the practice's certificate file. The administrator of the practice "
            "gives you this file.",
        ),
        "certificate_missing": translate(
            "Connection",
            "The certificate file cannot be found. Choose the file again, or ask the "
            "administrator of the practice for it.",
        ),
    }
    return texts.get(code, "")


def login_problem(code: str) -> str:
    """Return why connecting to the server did not work, and what to do about it."""
    texts = {
        "login_failed": translate(
            "Connection",
            "The server does not accept this user name and password (or the database name). "
            "Check them and try again. Forgotten your password? Ask the administrator of the "
            "practice for a new one.",
        ),
        "server_unreachable": translate(
            "Connection",
            "There is no server at this address, or it cannot be reached now. Check the "
            "address, the port and the network connection, and try again.",
        ),
        "server_older": translate(
            "Connection",
            "The server has an older version of sterkblijven's data than this program. Ask "
            "the administrator of the practice to update the server. Nothing has been changed.",
        ),
        "server_newer": translate(
            "Connection",
            "The server has a newer version of sterkblijven's data than this program. Ask the "
            "administrator of the practice to install the newest version of sterkblijven on "
            "this computer. Nothing has been changed.",
        ),
    }
    return texts.get(
        code,
        translate(
            "Connection",
            "Connecting to the server did not work. Check the details and try again. If it "
            "keeps happening, ask the administrator of the practice.",
        ),
    )


def no_keyring() -> str:
    """Return the words for a computer that cannot keep the password."""
    return translate(
        "Connection",
        "This computer has no safe place to keep the password, so it is not remembered. You "
        "will be asked for it at each start.",
    )


def status(connected: bool) -> str:
    """Return the quiet line at the bottom of the window in server mode."""
    if connected:
        return translate("Connection", "Connected to the practice server")
    return translate(
        "Connection", "No connection to the practice server; what you fill in stays on screen"
    )
