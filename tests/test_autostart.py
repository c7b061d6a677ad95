"""Starting at login: the XDG desktop file, the macOS launch agent and the Windows Run value."""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from pathlib import Path
from types import TracebackType

import pytest

from sterkblijven.autostart import Autostart, WindowsRunKey, launch_command

COMMAND = ["/usr/bin/python3", "-m", "sterkblijven"]
AWKWARD_COMMAND = [
    "/home/Anne-Marie/Mijn Programma's/sterk blijven/bin/python",
    "-m",
    "sterkblijven",
    '--label=say "hoi" & $HOME `x` 100% \\ done',
    "",
]
OLD_COMMAND = ["/opt/old-install/sterkblijven"]
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
APPROVED_KEY = r"Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"


class FakeRunKey:
    """A Run key kept in a dict, which can be told to refuse writes."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.refuse = False

    def get(self, name: str) -> str | None:
        """Return the stored value, if any."""
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        """Store a value, unless refusing."""
        if self.refuse:
            raise PermissionError("access denied")
        self.values[name] = value

    def delete(self, name: str) -> None:
        """Remove a value if present."""
        if self.refuse:
            raise PermissionError("access denied")
        self.values.pop(name, None)


def linux(tmp_path: Path, command: list[str] = COMMAND, **environ: str) -> Autostart:
    """Return autostart as a Linux desktop with its home folder in the test's folder."""
    return Autostart(command, system="linux", home=tmp_path / "home", environ=environ)


def mac(tmp_path: Path, command: list[str] = COMMAND) -> Autostart:
    """Return autostart as a Mac with its home folder in the test's folder."""
    return Autostart(command, system="darwin", home=tmp_path / "home")


def windows(registry: FakeRunKey, command: list[str] = COMMAND) -> Autostart:
    """Return autostart as Windows with a registry kept in memory."""
    return Autostart(command, system="win32", registry=registry)


def desktop_entry(path: Path) -> dict[str, str]:
    """Return the keys of a desktop file's only group, checking its header line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:])


def split_exec(value: str) -> list[str]:
    """Return the arguments an Exec value stands for, read as the Desktop Entry spec says."""
    string_escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    chars = iter(value)
    text = "".join(string_escapes[next(chars)] if char == "\\" else char for char in chars)
    arguments: list[str] = []
    current: list[str] | None = None  # None between arguments
    chars = iter(text)
    for char in chars:
        if char == " ":
            if current is not None:
                arguments.append("".join(current))
            current = None
            continue
        current = [] if current is None else current
        if char == '"':
            for inner in chars:
                if inner == '"':
                    break
                current.append(next(chars) if inner == "\\" else inner)
        else:
            current.append(char)
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def test_linux_enable_writes_an_xdg_autostart_entry(tmp_path: Path) -> None:
    """Enabling writes ~/.config/autostart/sterkblijven.desktop that runs the command."""
    starter = linux(tmp_path)
    starter.enable()
    path = tmp_path / "home" / ".config" / "autostart" / "sterkblijven.desktop"
    assert starter.desktop_file == path
    entry = desktop_entry(path)
    assert entry["Type"] == "Application"
    assert entry["Name"] == "sterkblijven"
    assert entry["Exec"] == "/usr/bin/python3 -m sterkblijven"
    assert entry["TryExec"] == "/usr/bin/python3"
    assert entry["Terminal"] == "false"
    assert entry["X-GNOME-Autostart-enabled"] == "true"
    assert starter.enabled()
    assert os.listdir(path.parent) == ["sterkblijven.desktop"]


def test_linux_disable_removes_the_entry_and_tolerates_its_absence(tmp_path: Path) -> None:
    """Disabling deletes the file; disabling again, or before any enable, is fine."""
    starter = linux(tmp_path)
    starter.disable()
    starter.enable()
    starter.disable()
    assert not starter.desktop_file.exists()
    assert not starter.enabled()
    starter.disable()


def test_linux_exec_quotes_spaces_quotes_and_specials(tmp_path: Path) -> None:
    """Arguments with spaces, quotes, $, backquote, % and backslash come back unchanged."""
    starter = linux(tmp_path, AWKWARD_COMMAND)
    starter.enable()
    exec_value = desktop_entry(starter.desktop_file)["Exec"]
    assert exec_value.startswith(
        '"/home/Anne-Marie/Mijn Programma\'s/sterk blijven/bin/python" -m '
    )
    assert r'"--label=say \\"hoi\\" & \\$HOME \\`x\\` 100%% \\\\ done"' in exec_value
    assert exec_value.endswith(' ""')
    assert split_exec(exec_value) == AWKWARD_COMMAND
    assert starter.enabled()


def test_linux_entry_for_another_command_is_not_enabled_and_gets_replaced(
    tmp_path: Path,
) -> None:
    """An entry from an old install location does not count; enabling overwrites it."""
    linux(tmp_path, OLD_COMMAND).enable()
    starter = linux(tmp_path)
    assert not starter.enabled()
    starter.enable()
    assert starter.enabled()
    assert not linux(tmp_path, OLD_COMMAND).enabled()


@pytest.mark.parametrize("switch_off", ["X-GNOME-Autostart-enabled=false", "Hidden=true"])
def test_linux_entry_switched_off_by_the_desktop_is_not_enabled(
    tmp_path: Path, switch_off: str
) -> None:
    """The desktop's own 'do not start' marks make the entry count as off."""
    starter = linux(tmp_path)
    starter.enable()
    text = starter.desktop_file.read_text(encoding="utf-8")
    text = text.replace("X-GNOME-Autostart-enabled=true\n", "") + switch_off + "\n"
    starter.desktop_file.write_text(text, encoding="utf-8")
    assert not starter.enabled()
    starter.enable()
    assert starter.enabled()


def test_linux_unreadable_entry_is_not_enabled(tmp_path: Path) -> None:
    """A desktop file that is not text, or a folder in its place, counts as off."""
    starter = linux(tmp_path)
    starter.desktop_file.parent.mkdir(parents=True)
    starter.desktop_file.write_bytes(b"\xff\xfe\x00garbage")
    assert not starter.enabled()
    starter.desktop_file.unlink()
    starter.desktop_file.mkdir()
    assert not starter.enabled()


def test_xdg_config_home_is_honoured(tmp_path: Path) -> None:
    """An absolute XDG_CONFIG_HOME holds the autostart folder instead of ~/.config."""
    config = tmp_path / "elsewhere"
    starter = linux(tmp_path, XDG_CONFIG_HOME=str(config))
    starter.enable()
    assert (config / "autostart" / "sterkblijven.desktop").is_file()
    assert not (tmp_path / "home" / ".config").exists()
    assert starter.enabled()


def test_relative_xdg_config_home_is_ignored(tmp_path: Path) -> None:
    """A relative XDG_CONFIG_HOME is invalid by the spec, so ~/.config is used."""
    starter = linux(tmp_path, XDG_CONFIG_HOME="relative/config")
    assert starter.desktop_file == (
        tmp_path / "home" / ".config" / "autostart" / "sterkblijven.desktop"
    )


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="folder permissions do not bind root"
)
def test_read_only_autostart_folder_raises_oserror(tmp_path: Path) -> None:
    """A folder the user may not write to ends in OSError, and leaves nothing behind."""
    starter = linux(tmp_path)
    folder = starter.desktop_file.parent
    folder.mkdir(parents=True)
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            starter.enable()
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


def test_file_in_place_of_the_folder_raises_oserror(tmp_path: Path) -> None:
    """When the autostart folder cannot be made, enable raises OSError."""
    starter = linux(tmp_path)
    starter.desktop_file.parent.parent.mkdir(parents=True)
    starter.desktop_file.parent.write_text("not a folder", encoding="utf-8")
    with pytest.raises(OSError):
        starter.enable()
    assert not starter.enabled()


def test_failed_write_keeps_the_old_entry_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the final rename fails, the old file stays whole and the temporary file is removed."""
    linux(tmp_path, OLD_COMMAND).enable()
    starter = linux(tmp_path)
    old_text = starter.desktop_file.read_text(encoding="utf-8")

    def refuse(source: str, target: str) -> None:
        raise PermissionError("read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        starter.enable()
    assert starter.desktop_file.read_text(encoding="utf-8") == old_text
    assert os.listdir(starter.desktop_file.parent) == ["sterkblijven.desktop"]


@pytest.mark.parametrize("system", ["linux", "freebsd14", "darwin", "win32"])
def test_known_systems_are_supported(system: str) -> None:
    """Linux and the BSDs (XDG), macOS and Windows have a per-user autostart."""
    assert Autostart(COMMAND, system=system, registry=FakeRunKey()).supported()


def test_unsupported_system_reports_it_and_enable_raises_oserror(tmp_path: Path) -> None:
    """On a system without a known autostart, enable raises OSError; disable does nothing."""
    starter = Autostart(COMMAND, system="sunos5", home=tmp_path)
    assert not starter.supported()
    assert not starter.enabled()
    with pytest.raises(OSError):
        starter.enable()
    starter.disable()
    assert list(tmp_path.iterdir()) == []


def test_mac_enable_writes_a_launch_agent(tmp_path: Path) -> None:
    """Enabling writes ~/Library/LaunchAgents/nl.sterkblijven.app.plist that runs at login."""
    starter = mac(tmp_path)
    starter.enable()
    path = tmp_path / "home" / "Library" / "LaunchAgents" / "nl.sterkblijven.app.plist"
    assert starter.launch_agent_file == path
    with path.open("rb") as file:
        agent = plistlib.load(file)
    assert agent == {
        "Label": "nl.sterkblijven.app",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
    }
    assert starter.enabled()


def test_mac_disable_removes_the_agent_and_tolerates_its_absence(tmp_path: Path) -> None:
    """Disabling deletes the plist; disabling when there is none is fine."""
    starter = mac(tmp_path)
    starter.disable()
    starter.enable()
    starter.disable()
    assert not starter.launch_agent_file.exists()
    assert not starter.enabled()
    starter.disable()


def test_mac_keeps_awkward_arguments_exactly(tmp_path: Path) -> None:
    """Program arguments are a list in the plist, so spaces and quotes need no quoting."""
    starter = mac(tmp_path, AWKWARD_COMMAND)
    starter.enable()
    assert plistlib.loads(starter.launch_agent_file.read_bytes())["ProgramArguments"] == (
        AWKWARD_COMMAND
    )
    assert starter.enabled()


def test_mac_agent_for_another_command_is_not_enabled_and_gets_replaced(tmp_path: Path) -> None:
    """An agent from an old install location does not count; enabling overwrites it."""
    mac(tmp_path, OLD_COMMAND).enable()
    starter = mac(tmp_path)
    assert not starter.enabled()
    starter.enable()
    assert starter.enabled()


@pytest.mark.parametrize(
    "content",
    [
        b"not a plist",
        b"<?xml version='1.0'?><plist><dict>",
        plistlib.dumps(["a", "list"]),
        plistlib.dumps({"ProgramArguments": COMMAND, "RunAtLoad": True, "Disabled": True}),
        plistlib.dumps({"ProgramArguments": COMMAND, "RunAtLoad": False}),
    ],
)
def test_mac_damaged_or_disabled_agent_is_not_enabled(tmp_path: Path, content: bytes) -> None:
    """A plist that cannot be read, or that does not run at load, counts as off."""
    starter = mac(tmp_path)
    starter.launch_agent_file.parent.mkdir(parents=True)
    starter.launch_agent_file.write_bytes(content)
    assert not starter.enabled()


def test_windows_enable_sets_the_run_value() -> None:
    """Enabling stores the command line under 'sterkblijven' in the Run key."""
    registry = FakeRunKey()
    command = [r"C:\Program Files\sterkblijven\sterkblijven.exe"]
    starter = windows(registry, command)
    starter.enable()
    assert registry.values == {"sterkblijven": r'"C:\Program Files\sterkblijven\sterkblijven.exe"'}
    assert starter.enabled()


def test_windows_quotes_spaces_and_quotes_for_the_command_line() -> None:
    """The value is quoted as Windows programs split their command line."""
    registry = FakeRunKey()
    command = [r"C:\Users\Anne Marie\venv\Scripts\pythonw.exe", "-m", "sterkblijven", 'a "b" c\\']
    windows(registry, command).enable()
    assert registry.values["sterkblijven"] == (
        r'"C:\Users\Anne Marie\venv\Scripts\pythonw.exe" -m sterkblijven "a \"b\" c\\"'
    )
    assert registry.values["sterkblijven"] == subprocess.list2cmdline(command)


def test_windows_disable_removes_the_value_and_tolerates_its_absence() -> None:
    """Disabling deletes the value; disabling when there is none is fine."""
    registry = FakeRunKey()
    starter = windows(registry)
    starter.disable()
    starter.enable()
    starter.disable()
    assert registry.values == {}
    assert not starter.enabled()


def test_windows_value_for_another_command_is_not_enabled_and_gets_replaced() -> None:
    """A Run value from an old install location does not count; enabling overwrites it."""
    registry = FakeRunKey()
    registry.values["sterkblijven"] = subprocess.list2cmdline(OLD_COMMAND)
    starter = windows(registry)
    assert not starter.enabled()
    starter.enable()
    assert starter.enabled()
    assert registry.values["sterkblijven"] == subprocess.list2cmdline(COMMAND)


def test_windows_registry_refusal_raises_oserror() -> None:
    """A registry that refuses the change ends in OSError from enable and disable."""
    registry = FakeRunKey()
    registry.refuse = True
    starter = windows(registry)
    with pytest.raises(OSError):
        starter.enable()
    with pytest.raises(OSError):
        starter.disable()
    assert not starter.enabled()


@pytest.mark.parametrize("command", [[], [""], ["/usr/bin/python3", "line\nbreak"]])
def test_commands_that_cannot_be_written_are_refused(command: list[str]) -> None:
    """An empty command, or one with control characters, is a mistake in the caller."""
    with pytest.raises(ValueError):
        Autostart(command, system="linux")


class FakeKeyHandle:
    """An open registry key: the values of one key path."""

    def __init__(self, values: dict[str, tuple[object, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKeyHandle:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None


class FakeWinreg:
    """The few ``winreg`` calls the Run key uses, over a dict of key paths."""

    HKEY_CURRENT_USER = "HKEY_CURRENT_USER"
    KEY_SET_VALUE = 0x2
    REG_SZ = 1
    REG_EXPAND_SZ = 2
    REG_BINARY = 3

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[object, int]]] = {}

    def OpenKey(self, root: str, path: str, reserved: int = 0, access: int = 0) -> FakeKeyHandle:
        """Open an existing key."""
        assert root == self.HKEY_CURRENT_USER
        if path not in self.keys:
            raise FileNotFoundError(path)
        return FakeKeyHandle(self.keys[path])

    def CreateKeyEx(self, root: str, path: str, reserved: int, access: int) -> FakeKeyHandle:
        """Open a key, creating it when missing."""
        assert root == self.HKEY_CURRENT_USER
        return FakeKeyHandle(self.keys.setdefault(path, {}))

    def QueryValueEx(self, key: FakeKeyHandle, name: str) -> tuple[object, int]:
        """Return a value and its type."""
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name]

    def SetValueEx(
        self, key: FakeKeyHandle, name: str, reserved: int, kind: int, value: object
    ) -> None:
        """Store a value."""
        key.values[name] = (value, kind)

    def DeleteValue(self, key: FakeKeyHandle, name: str) -> None:
        """Delete a value that must exist."""
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


@pytest.fixture
def fake_winreg(monkeypatch: pytest.MonkeyPatch) -> FakeWinreg:
    """Pretend to be Windows with an empty registry, for the real Run key code."""
    registry = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    monkeypatch.setattr(sys, "platform", "win32")
    return registry


def test_windows_run_key_stores_reads_and_deletes(fake_winreg: FakeWinreg) -> None:
    """The winreg-backed Run key keeps a text value under the current user's Run key."""
    run_key = WindowsRunKey()
    assert run_key.get("sterkblijven") is None
    run_key.delete("sterkblijven")
    run_key.set("sterkblijven", '"C:\\Apps\\sterkblijven.exe"')
    assert fake_winreg.keys[RUN_KEY] == {
        "sterkblijven": ('"C:\\Apps\\sterkblijven.exe"', FakeWinreg.REG_SZ)
    }
    assert run_key.get("sterkblijven") == '"C:\\Apps\\sterkblijven.exe"'
    run_key.delete("sterkblijven")
    assert run_key.get("sterkblijven") is None
    run_key.delete("sterkblijven")


def test_windows_run_key_honours_and_clears_a_task_manager_switch_off(
    fake_winreg: FakeWinreg,
) -> None:
    """An entry switched off in Task Manager reads as absent; enabling again switches it on."""
    run_key = WindowsRunKey()
    run_key.set("sterkblijven", "app.exe")
    switched_off = bytes([3, 0, 0, 0]) + bytes(8)
    fake_winreg.keys[APPROVED_KEY] = {"sterkblijven": (switched_off, FakeWinreg.REG_BINARY)}
    assert run_key.get("sterkblijven") is None
    fake_winreg.keys[APPROVED_KEY]["sterkblijven"] = (bytes([2]) + bytes(11), FakeWinreg.REG_BINARY)
    assert run_key.get("sterkblijven") == "app.exe"
    fake_winreg.keys[APPROVED_KEY]["sterkblijven"] = (switched_off, FakeWinreg.REG_BINARY)
    run_key.set("sterkblijven", "app.exe")
    assert fake_winreg.keys[APPROVED_KEY] == {}
    assert run_key.get("sterkblijven") == "app.exe"


def test_windows_run_key_ignores_values_that_are_not_text(fake_winreg: FakeWinreg) -> None:
    """A Run value of another registry type is not this app's entry."""
    fake_winreg.keys[RUN_KEY] = {"sterkblijven": (b"\x00", FakeWinreg.REG_BINARY)}
    assert WindowsRunKey().get("sterkblijven") is None


def test_windows_run_key_elsewhere_raises_oserror(monkeypatch: pytest.MonkeyPatch) -> None:
    """Away from Windows the real Run key fails with OSError, so callers handle one kind."""
    monkeypatch.setattr(sys, "platform", "linux")
    with pytest.raises(OSError):
        WindowsRunKey().get("sterkblijven")
    assert not Autostart(COMMAND, system="win32").enabled()


def test_launch_command_runs_the_package_with_this_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """From source, login starts this Python with -m sterkblijven."""
    monkeypatch.delattr(sys, "frozen", raising=False)
    python = tmp_path / "bin" / "python3"
    monkeypatch.setattr(sys, "executable", str(python))
    assert launch_command() == [str(python), "-m", "sterkblijven"]


def test_launch_command_is_the_program_itself_when_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed (frozen) app is started by its own executable, without arguments."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", r"C:\Program Files\sterkblijven\sterkblijven.exe")
    assert launch_command() == [r"C:\Program Files\sterkblijven\sterkblijven.exe"]


def test_launch_command_prefers_windowless_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """On Windows pythonw.exe is used when present, so no console window opens at login."""
    monkeypatch.delattr(sys, "frozen", raising=False)
    (tmp_path / "pythonw.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python.exe"))
    assert launch_command() == [str(tmp_path / "pythonw.exe"), "-m", "sterkblijven"]
