"""The program's own log in the data folder, the hook for uncaught errors, and the helpdesk file.

Only what the program did is written: its start and stop, its versions, errors with the place in
the code where they happened, and Qt's warnings. Never what a person did or said: no names, no
pain scores, test results or typed text. Nothing is ever sent anywhere; a carer may choose to
mail the helpdesk file. Plain Python: the Qt side passes in what only Qt knows.
"""

from __future__ import annotations

import contextlib
import errno
import io
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Mapping
from datetime import datetime
from io import TextIOWrapper
from pathlib import Path
from types import TracebackType

from sterkblijven import __version__
from sterkblijven.paths import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, write_private_files

# What Qt says, as plain warnings without a logging category of their own, on a machine without
# a sound server or audio device, or without a speech engine. The app then works the same,
# silently, and the screen shows every cue; the words would only alarm someone who started it
# from a terminal. They are kept out of the terminal and noted once in the log (see quiet_start).
NO_SOUND_OR_VOICE: tuple[str, ...] = (
    "PulseAudioService:",
    "QSoundEffect:",
    "Error loading text-to-speech plug-in",
)

# Messages about the machine, not the app: the offscreen platform, and a machine without an
# audio device or voice (a sound effect then ends in an error state; the visible cue still shows).
HARMLESS: tuple[str, ...] = (
    "This plugin does not support propagateSizeHints()",
    "QStandardPaths: XDG_RUNTIME_DIR not set",
    "PulseAudioService: pa_context_connect() failed",
    "QSoundEffect: playback of this format is not supported on the selected audio device",
    "Error loading text-to-speech plug-in",
)

LOGGER_NAME = "sterkblijven"
LOG_NAME = "sterkblijven.log"
# A few hundred KiB in all: years of starts and the odd error, small enough to mail.
LOG_BYTES = 200 * 1024
LOG_BACKUPS = 2
# The longest Qt message kept; longer ones are about the program's internals, cut short.
LONGEST_MESSAGE = 500
LEFT_OUT = "(text left out)"

# Why messages are left out: an exception's text can hold what a person typed or recorded.
# int("Riet") says "invalid literal for int() with base 10: 'Riet'", a KeyError shows its key,
# a database error its parameters (names, pain scores), the app's own InputRefused and
# DatabaseProblem their details, and a file error the name of the file the person chose. So
# the log keeps the type and the frames (file, line, function), which are the program's own,
# and the text only of these built-in exceptions, whose text Python composes from the
# program's names and types, never from data. The type must match exactly: a subclass may
# word its text differently. A file error keeps its error number and the system's words for
# it, without the file name; the app's own exceptions keep their ``code``, a word from the
# program (such as "name_too_long"), never the person's input.
_TEXT_FROM_CODE: frozenset[type[BaseException]] = frozenset(
    {
        AttributeError,
        ImportError,
        IndexError,
        ModuleNotFoundError,
        NameError,
        NotImplementedError,
        RecursionError,
        TypeError,
        UnboundLocalError,
        ZeroDivisionError,
    }
)
_CODE_WORD = re.compile(r"[a-z][a-z0-9_]{0,39}")
# A quoted path in a Qt message (a file the person chose to save) is left out.
_QUOTED_PATH = re.compile(r"""(["'])[^"'\n]*[/\\][^"'\n]*\1""")
# The longest chain of causes followed; a longer one is a loop or not worth reading.
_LONGEST_CHAIN = 10
_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


class Scrubber:
    """Replaces the home folder with ~ and the data folder with <data>: paths can name people."""

    def __init__(self, data_root: Path, home: Path) -> None:
        names: dict[str, str] = {}
        for folder, short in ((home, "~"), (data_root, "<data>")):
            if len(folder.parts) < 2:  # "/" or "C:\": replacing it would empty every path
                continue
            for variant in (folder, _resolved(folder)):
                names[str(variant)] = short
                names[variant.as_posix()] = short
        # The longest first, so that a data folder inside the home folder becomes "<data>".
        ordered = sorted(names, key=len, reverse=True)
        flags = re.IGNORECASE if os.name == "nt" else 0
        self._shorts = {name.casefold() if flags else name: names[name] for name in ordered}
        self._pattern = (
            re.compile("|".join(re.escape(name) for name in ordered), flags) if ordered else None
        )
        self._folded = bool(flags)

    def __call__(self, text: str) -> str:
        """Return the text with those folders shortened."""
        if self._pattern is None:
            return text
        return self._pattern.sub(self._short, text)

    def _short(self, found: re.Match[str]) -> str:
        name = found.group(0)
        return self._shorts[name.casefold() if self._folded else name]


def _resolved(folder: Path) -> Path:
    try:
        return folder.resolve()
    except OSError:
        return folder


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log file its owner alone can read, whatever the umask."""

    def _open(self) -> TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        handle = os.open(self.baseFilename, flags, PRIVATE_FILE_MODE)
        with contextlib.suppress(OSError):  # a file left by an older version, or copied in
            os.chmod(self.baseFilename, PRIVATE_FILE_MODE)
        return open(handle, "a", encoding=self.encoding, errors=self.errors)


class DiagnosticLog:
    """The program's log file in the data folder: what the program did, never what a person did."""

    def __init__(self, folder: Path, scrub: Scrubber) -> None:
        self.folder = folder
        self.file = folder / LOG_NAME
        self.scrub = scrub
        self.logger = logging.getLogger(LOGGER_NAME)
        self._handler: logging.Handler | None = None

    def open(self) -> None:
        """Start writing; a log that cannot be written is no reason to stop the program."""
        self.close()
        self.logger.setLevel(logging.INFO)
        # Nothing goes on to the root logger, where a library's set-up could print or send it.
        self.logger.propagate = False
        try:
            self.folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
            os.chmod(self.folder, PRIVATE_DIR_MODE)
            handler: logging.Handler = _PrivateRotatingFile(
                self.file, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        except OSError:
            # Without a handler, Python would print warnings to the console instead.
            handler = logging.NullHandler()
        self.logger.addHandler(handler)
        self._handler = handler

    def close(self) -> None:
        """Stop writing, and let go of the file (also one opened before, in this process)."""
        for handler in list(self.logger.handlers):
            self.logger.removeHandler(handler)
            handler.close()
        self._handler = None

    def flush(self) -> None:
        """Write out what is waiting."""
        if self._handler is not None:
            self._handler.flush()

    def files(self) -> list[Path]:
        """Return the log files, the newest first."""
        names = [LOG_NAME] + [f"{LOG_NAME}.{number}" for number in range(1, LOG_BACKUPS + 1)]
        return [self.folder / name for name in names if (self.folder / name).is_file()]

    def started(self, about: Mapping[str, str]) -> None:
        """Note the start, with the versions and system the program runs on."""
        facts = {**program_facts(), **about}
        self.logger.info(
            "start: %s", self.scrub(", ".join(f"{name} {value}" for name, value in facts.items()))
        )

    def stopped(self) -> None:
        """Note the stop."""
        self.logger.info("stop")

    def note(self, text: str) -> None:
        """Note something the program did, in the program's own words (never a person's)."""
        self.logger.info("%s", self.scrub(text))

    def qt_message(self, level: str, text: str) -> None:
        """Note a warning from Qt, with any quoted path left out."""
        text = _QUOTED_PATH.sub(r"\1<path>\1", text[:LONGEST_MESSAGE])
        self.logger.warning("Qt %s: %s", level, self.scrub(text))

    def repeated(self, error: BaseException, count: int) -> None:
        """Note that an error logged before came again from the same place."""
        name = _full_name(type(error))
        self.logger.error("the same error again: %s times in all (%s)", count, name)

    def uncaught(self, error: BaseException, where: str = "") -> None:
        """Note an error nobody caught: its type and frames, without what it may say of a person."""
        place = f" in {where}" if where else ""
        self.logger.error("uncaught error%s\n%s", place, describe(error, self.scrub))


def about_machine(message: str) -> bool:
    """Return True for Qt's words about a machine without sound or voice (not about the app)."""
    return message.startswith(NO_SOUND_OR_VOICE)


class MachineNotes:
    """Notes each message about missing sound or voice in the log once, however often it comes."""

    def __init__(self) -> None:
        self._noted: set[str] = set()

    def take(self, message: str) -> bool:
        """Return True when the message is about the machine: it is then noted, not printed.

        The log's file is opened a little after Qt has started; a message that comes before
        that is noted the next time it comes, so it is not lost.
        """
        if not about_machine(message):
            return False
        logger = logging.getLogger(LOGGER_NAME)
        if message not in self._noted and logger.handlers:
            self._noted.add(message)
            # Info, not warning: nothing is wrong with the app, and without a log file open
            # Python prints only warnings to the terminal.
            logger.info("no sound or voice on this machine: %s", message[:LONGEST_MESSAGE])
        return True


def open_log(data_root: Path, logs: Path, *, home: Path | None = None) -> DiagnosticLog:
    """Return the log in the data folder's ``logs``, open for writing."""
    log = DiagnosticLog(logs, Scrubber(data_root, Path.home() if home is None else home))
    log.open()
    return log


def describe(error: BaseException, scrub: Callable[[str], str]) -> str:
    """Return an error's traceback as Python prints it, leaving out texts that may hold data."""
    lines: list[str] = []
    for index, (link, how) in enumerate(_chain(error)):
        if index and how:
            lines += ["", how, ""]
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f'  File "{scrub(frame.filename)}", line {frame.lineno}, in {frame.name}')
        kind = type(link)
        name = kind.__qualname__ if kind.__module__ == "builtins" else _full_name(kind)
        text = safe_text(link)
        lines.append(f"{name}: {scrub(text)}" if text else name)
    return "\n".join(lines)


def safe_text(error: BaseException) -> str:
    """Return what of an error's text can be written down without risk of a person's data."""
    try:
        text = str(error)
    except Exception:  # an error whose text itself fails says nothing more
        text = ""
    if not text or type(error) in _TEXT_FROM_CODE:
        return text
    if isinstance(error, OSError) and error.errno is not None:
        name = errno.errorcode.get(error.errno, str(error.errno))
        return f"[{name}] {error.strerror or ''}".strip()
    code = getattr(error, "code", None)
    own = type(error).__module__.split(".", 1)[0] == "sterkblijven"
    if own and isinstance(code, str) and _CODE_WORD.fullmatch(code):
        return f"code {code} {LEFT_OUT}"
    return LEFT_OUT


def _full_name(kind: type[BaseException]) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def _chain(error: BaseException) -> list[tuple[BaseException, str]]:
    """Return the error and its causes, the first cause first, each with what led to it."""
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(chain) < _LONGEST_CHAIN:
        seen.add(id(current))
        earlier: BaseException | None = None
        how = ""
        if current.__cause__ is not None:
            earlier, how = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            earlier, how = current.__context__, _CONTEXT
        chain.append((current, how))
        current = earlier
    chain.reverse()
    return chain


def install_excepthook(log: DiagnosticLog, on_crash: Callable[[], None]) -> Callable[[], None]:
    """Log every uncaught error (also in a thread), then call ``on_crash``; return the undo.

    The hooks found are still called, so a console (when there is one) still shows the error;
    ``on_crash`` is called on the thread where the error happened. An error that comes again
    from the same place (a timer, painting) is told once and logged once, then only counted:
    a dialog after every Close would lock the person out, and a flood would push the start of
    the log out of the helpdesk file.
    """
    previous = sys.excepthook
    previous_thread_hook = threading.excepthook
    seen: Counter[tuple[str, ...]] = Counter()

    def first_time(error: BaseException, where: str) -> bool:
        place = _place(error)
        seen[place] += 1
        if seen[place] == 1:
            _note(log, error, where)
        elif _round(seen[place]):
            with contextlib.suppress(Exception):
                log.repeated(error, seen[place])
        return seen[place] == 1

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in a console: no error at all
            previous(kind, error, trace)
            return
        new = first_time(error, "")
        if previous is not sys.__excepthook__ or sys.stderr is not None:
            previous(kind, error, trace)
        if new:
            _tell(log, on_crash)

    def thread_hook(arguments: threading.ExceptHookArgs) -> None:
        error = arguments.exc_value
        new = True
        if error is not None:
            name = arguments.thread.name if arguments.thread is not None else "a thread"
            new = first_time(error, f"thread {name}")
        previous_thread_hook(arguments)
        if new:
            _tell(log, on_crash)

    sys.excepthook = hook
    threading.excepthook = thread_hook

    def undo() -> None:
        # Another hook put on top since keeps its place; it calls this one, which passes on.
        if sys.excepthook is hook:
            sys.excepthook = previous
        if threading.excepthook is thread_hook:
            threading.excepthook = previous_thread_hook

    return undo


def _place(error: BaseException) -> tuple[str, ...]:
    """Return where an error came from: its type and the frames it passed, not its text."""
    frames = traceback.extract_tb(error.__traceback__)
    return (_full_name(type(error)), *(f"{f.filename}:{f.lineno}" for f in frames))


def _round(count: int) -> bool:
    """Return True for 10, 100, 1000 ...: the counts a repeated error is noted at."""
    return count >= 10 and str(count).strip("0") == "1"


def _note(log: DiagnosticLog, error: BaseException, where: str) -> None:
    # An error while noting one (a full disk) must not hide the first, nor the dialog.
    with contextlib.suppress(Exception):
        log.uncaught(error, where)


def _tell(log: DiagnosticLog, on_crash: Callable[[], None]) -> None:
    # Late in the program's end the window may be gone; that is noted, not raised in the hook.
    try:
        on_crash()
    except Exception as error:
        _note(log, error, "telling of an error")


def program_facts() -> dict[str, str]:
    """Return the versions and system that plain Python can tell."""
    return {
        "sterkblijven": __version__,
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "SQLAlchemy": _distribution_version("SQLAlchemy", "sqlalchemy"),
        # Not platform.node() nor uname(): the computer's name is often its owner's.
        "OS": platform.platform(),
    }


def _distribution_version(distribution: str, module: str) -> str:
    import importlib.metadata  # only when the machine is described: it is slow to load

    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        # A frozen app may ship without the package's metadata; the loaded module knows.
        loaded = sys.modules.get(module)
        return str(getattr(loaded, "__version__", "unknown"))


def helpdesk_bundle(
    path: Path, log: DiagnosticLog, about: Mapping[str, str], now: datetime
) -> None:
    """Write one zip file for the helpdesk: the logs, versions and system, nothing of the data.

    The file is its owner's only and appears whole or not at all; OSError when it cannot be.
    """
    log.flush()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr(_entry("about.txt", now), _about_text(about, now, log.scrub))
        for file in log.files():
            bundle.writestr(_entry(f"logs/{file.name}", now), file.read_bytes())
    write_private_files({path: buffer.getvalue()})
    log.note("a file for the helpdesk was written")


def _entry(name: str, now: datetime) -> zipfile.ZipInfo:
    entry = zipfile.ZipInfo(name, now.timetuple()[:6])
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.external_attr = PRIVATE_FILE_MODE << 16  # unpacked, still its owner's only
    return entry


def _about_text(about: Mapping[str, str], now: datetime, scrub: Callable[[str], str]) -> str:
    lines = [
        "sterkblijven: information for the helpdesk",
        f"written: {now:%Y-%m-%d %H:%M}",
        "",
        *(f"{name}: {value}" for name, value in {**program_facts(), **about}.items()),
        "",
        "This file holds the program's own log and the versions above. It holds nothing from",
        "the data: no names, no training, pain or test results, no typed text.",
    ]
    return scrub("\n".join(lines) + "\n")
