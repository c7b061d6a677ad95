"""Start sterkblijven when the user logs in: per user, on Linux, macOS and Windows, removable.

Linux and other free desktops read ``~/.config/autostart/*.desktop`` (XDG Autostart), macOS reads
``~/Library/LaunchAgents/*.plist`` at login, and Windows runs the values of the current user's
``Run`` registry key. Nothing here needs administrator rights.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

ENTRY_NAME = "sterkblijven"
DESKTOP_FILE_NAME = "sterkblijven.desktop"
LAUNCH_AGENT_LABEL = "nl.sterkblijven.app"
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"
# Task Manager and Settings switch a Run entry off here without removing it from the Run key.
STARTUP_APPROVED_PATH = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"
XDG_SYSTEMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")

# Characters that make the Desktop Entry spec ask for a quoted argument, and those that must be
# escaped with a backslash inside the quotes.
_DESKTOP_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#`()")
_DESKTOP_ESCAPED_IN_QUOTES = frozenset('"`$\\')


class RunKey(Protocol):
    """The values of one registry key: the Windows ``Run`` key, or a stand-in in tests."""

    def get(self, name: str) -> str | None:
        """Return the text held under ``name``, or None when there is no such value."""
        ...

    def set(self, name: str, value: str) -> None:
        """Store ``value`` under ``name``, replacing what was there."""
        ...

    def delete(self, name: str) -> None:
        """Remove ``name``; a value that does not exist is already removed."""
        ...


class WindowsRunKey:
    """The current user's ``Run`` key, through ``winreg`` (which exists only on Windows).

    Each method checks the platform before importing ``winreg``: elsewhere that is an OSError
    like any other registry failure, and type checkers on other systems skip the Windows calls.
    """

    def get(self, name: str) -> str | None:
        """Return the command line stored under ``name``, or None when absent or switched off."""
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
                value, kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        if kind not in (winreg.REG_SZ, winreg.REG_EXPAND_SZ) or not isinstance(value, str):
            return None
        if self._switched_off(name):
            return None
        return value

    def set(self, name: str, value: str) -> None:
        """Store the command line, and undo an earlier switch-off in Task Manager or Settings."""
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        with winreg.CreateKeyEx(
            winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE
        ) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)
        # Asking for autostart in the app is a fresh choice: it outranks an old switch-off.
        self._delete_value(STARTUP_APPROVED_PATH, name)

    def delete(self, name: str) -> None:
        """Remove the command line and any switch-off note about it."""
        self._delete_value(RUN_KEY_PATH, name)
        self._delete_value(STARTUP_APPROVED_PATH, name)

    def _switched_off(self, name: str) -> bool:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, STARTUP_APPROVED_PATH) as key:
                state, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return False
        # Not documented by Microsoft: Task Manager and Settings write a first byte of 02 (on) or
        # 03 (off), then the time of the change; only the lowest bit is read.
        return isinstance(state, bytes) and len(state) > 0 and state[0] & 1 == 1

    def _delete_value(self, key_path: str, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry exists only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path, 0, winreg.KEY_SET_VALUE) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


class Autostart:
    """Whether this user's login starts ``command``, and switching that on or off."""

    def __init__(
        self,
        command: list[str],
        *,
        system: str | None = None,
        home: Path | None = None,
        registry: RunKey | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        if not command or not command[0]:
            raise ValueError("autostart needs a program to start")
        if any(unicodedata.category(char) == "Cc" for argument in command for char in argument):
            # No autostart format can hold them faithfully (plist XML cannot hold them at all).
            raise ValueError("a command to start at login cannot hold control characters")
        self.command = list(command)
        self.system = sys.platform if system is None else system
        self._home = home
        self._registry = registry
        self._environ: Mapping[str, str] = os.environ if environ is None else environ

    def supported(self) -> bool:
        """Return True when this system has a per-user autostart this class knows."""
        return self._is_xdg() or self.system in ("darwin", "win32")

    def enabled(self) -> bool:
        """Return True when login starts exactly this command.

        An entry that points elsewhere (say an old install location), that the user switched off
        in the desktop's own settings, or that cannot be read, does not count.
        """
        try:
            if self._is_xdg():
                return self._desktop_entry_enabled()
            if self.system == "darwin":
                return self._launch_agent_enabled()
            if self.system == "win32":
                return self._run_key().get(ENTRY_NAME) == _command_line(self.command)
        except OSError:
            return False
        return False

    def enable(self) -> None:
        """Make login start this command, replacing an older entry; raise OSError on failure."""
        if self._is_xdg():
            _write_atomically(self.desktop_file, self._desktop_entry().encode())
        elif self.system == "darwin":
            _write_atomically(self.launch_agent_file, self._launch_agent())
        elif self.system == "win32":
            self._run_key().set(ENTRY_NAME, _command_line(self.command))
        else:
            raise OSError(f"starting at login is not available on {self.system}")

    def disable(self) -> None:
        """Stop login from starting the app; nothing to remove is fine. Raise OSError on failure."""
        if self._is_xdg():
            self.desktop_file.unlink(missing_ok=True)
        elif self.system == "darwin":
            self.launch_agent_file.unlink(missing_ok=True)
        elif self.system == "win32":
            self._run_key().delete(ENTRY_NAME)

    @property
    def desktop_file(self) -> Path:
        """Return the XDG autostart file: in ``$XDG_CONFIG_HOME``, else ``~/.config``."""
        config_home = self._environ.get("XDG_CONFIG_HOME", "")
        # The XDG Base Directory spec says a relative path here is invalid and must be ignored.
        if not config_home or not Path(config_home).is_absolute():
            return self._home_dir() / ".config" / "autostart" / DESKTOP_FILE_NAME
        return Path(config_home) / "autostart" / DESKTOP_FILE_NAME

    @property
    def launch_agent_file(self) -> Path:
        """Return the macOS launch agent that launchd reads at login."""
        return self._home_dir() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def _is_xdg(self) -> bool:
        return self.system.startswith(XDG_SYSTEMS)

    def _home_dir(self) -> Path:
        if self._home is not None:
            return self._home
        try:
            return Path.home()
        except RuntimeError as error:  # no HOME and no user database entry
            raise OSError("cannot find the home folder") from error

    def _run_key(self) -> RunKey:
        if self._registry is None:
            self._registry = WindowsRunKey()
        return self._registry

    def _desktop_entry(self) -> str:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.5",
            "Name=sterkblijven",
            "Comment=Strength training at home",
            f"Exec={desktop_exec_value(self.command)}",
            # Once the program is gone the entry is skipped instead of failing at every login.
            f"TryExec={_desktop_string(self.command[0])}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        return "\n".join(lines) + "\n"

    def _desktop_entry_enabled(self) -> bool:
        try:
            text = self.desktop_file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            return False
        entry = _desktop_entry_keys(text)
        return (
            entry.get("Exec") == desktop_exec_value(self.command)
            and entry.get("Hidden", "false") != "true"
            and entry.get("X-GNOME-Autostart-enabled", "true") != "false"
        )

    def _launch_agent(self) -> bytes:
        import plistlib  # here, not at start: only macOS needs it, and only in the settings

        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
        }
        return plistlib.dumps(agent)

    def _launch_agent_enabled(self) -> bool:
        import plistlib
        from xml.parsers.expat import ExpatError

        try:
            with self.launch_agent_file.open("rb") as file:
                agent = plistlib.load(file)
        except (ValueError, ExpatError):  # not a property list
            return False
        return (
            isinstance(agent, dict)
            and agent.get("ProgramArguments") == self.command
            and agent.get("RunAtLoad") is True
            and agent.get("Disabled") is not True
        )


def launch_command() -> list[str]:
    """Return how to start this app: the frozen program itself, or Python running the package."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    executable = Path(sys.executable)
    # python.exe opens a console window beside the app at every login; pythonw.exe does not.
    windowless = executable.with_name("pythonw.exe")
    if executable.name.lower() == "python.exe" and windowless.is_file():
        return [str(windowless), "-m", "sterkblijven"]
    return [sys.executable, "-m", "sterkblijven"]


def desktop_exec_value(command: list[str]) -> str:
    """Return the ``Exec`` value for ``command``, quoted and escaped as the Desktop Entry spec asks.

    Arguments with reserved characters are quoted, with ``"``, backquote, ``$`` and backslash
    escaped inside the quotes; ``%`` is doubled so it is not read as a field code. The spec then
    applies the general string escapes on top, which double every backslash once more.
    """
    return _desktop_string(" ".join(_desktop_exec_argument(argument) for argument in command))


def _desktop_exec_argument(argument: str) -> str:
    argument = argument.replace("%", "%%")
    if argument and not _DESKTOP_RESERVED.intersection(argument):
        return argument
    escaped = "".join(
        f"\\{char}" if char in _DESKTOP_ESCAPED_IN_QUOTES else char for char in argument
    )
    return f'"{escaped}"'


def _desktop_string(value: str) -> str:
    # Control characters were refused up front, so the backslash is the only one to escape.
    return value.replace("\\", "\\\\")


def _desktop_entry_keys(text: str) -> dict[str, str]:
    """Return the keys of the ``[Desktop Entry]`` group, values as written."""
    keys: dict[str, str] = {}
    in_entry = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            in_entry = stripped == "[Desktop Entry]"
            continue
        key, separator, value = line.partition("=")
        if in_entry and separator:
            keys[key.strip()] = value.strip()
    return keys


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _command_line(command: list[str]) -> str:
    """Return the command quoted as Windows reads a command line."""
    import subprocess  # here, not at start: only Windows needs it

    return subprocess.list2cmdline(command)
