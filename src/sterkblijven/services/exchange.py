"""Export of everything to a JSON document or CSV tables, and import of a JSON export.

The document format is described in docs/export-format.md. Using it::

    exchange = Exchange(database, paths.backups, datetime.now)
    exchange.write_json(Path("riet.json"), trainee_id)   # or everyone with no trainee_id
    exchange.write_csv(Path("export"))                   # sessions, sets, tests, check-ins
    exchange.write_csv(Path("export"), dutch=True)       # the same for a Dutch spreadsheet
    exchange.write_fhir(Path("riet-fhir.json"))          # test results as a FHIR R4 Bundle
    plan = exchange.read(Path("riet.json"))              # checks everything, writes nothing
    for person in plan.conflicts:                        # the same person, or named alike
        ...                                              # ask: replace, keep both or skip
    summary = exchange.apply(plan, {0: Conflict.KEEP_BOTH})

``read`` raises ImportRefused with a code (see domain/exchange/schema.py). An incoming person is
"already here" when someone here has their UUID (the same person, exported from here or read in
before), or else the same name and birth year. ``apply`` writes a verified backup first, then
everything in one transaction; if the backup fails, nothing is imported. It finds the people to
replace by their UUID, never by a database id: SQLite gives a freed id to the next row, which may
be a person just read in. Files are written whole or not at all, readable by their owner only.
App-wide settings (language, text size, the carer PIN) belong to the computer and are not
exported.
"""

from __future__ import annotations

import codecs
import csv
import enum
import hashlib
import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import BinaryIO, TextIO

from sterkblijven import __version__
from sterkblijven.domain.backups import BackupKind
from sterkblijven.domain.exchange import spreadsheet_nl
from sterkblijven.domain.exchange.fhir import write_bundle
from sterkblijven.domain.exchange.lines import NotAsWritten
from sterkblijven.domain.exchange.matching import distinct_name, name_key, person_key
from sterkblijven.domain.exchange.reader import iter_document, iter_file
from sterkblijven.domain.exchange.schema import (
    MAX_FILE_BYTES,
    MAX_VALUES,
    Cancelled,
    ImportRefused,
    PersonData,
    set_count,
)
from sterkblijven.domain.exchange.writer import (
    CSV_COLUMNS,
    Progress,
    Stop,
    StreamedPerson,
    Watch,
    Written,
    csv_rows,
    write_document,
)
from sterkblijven.domain.model import Trainee, new_person_uuid
from sterkblijven.services.backups import free_backup_path
from sterkblijven.services.export_files import staged_file, staged_folder
from sterkblijven.storage import Database, Transaction
from sterkblijven.storage import repositories as repo
from sterkblijven.storage.exchange import writing as store
from sterkblijven.storage.exchange.reading import count_people, stream_people
from sterkblijven.storage.repositories import NotFound

# A UTF-8 byte order mark tells spreadsheet programs how the CSV text is encoded.
CSV_ENCODING = "utf-8-sig"


class Conflict(enum.StrEnum):
    """What to do with an incoming person who is already here."""

    REPLACE = "replace"  # remove the person here with all their data, then add the incoming one
    KEEP_BOTH = "keep_both"  # add the incoming one beside them, under a name that tells them apart
    SKIP = "skip"  # leave the incoming one out


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote."""

    people: int
    sessions: int
    sets: int
    tests: int
    files: tuple[Path, ...]


@dataclass(frozen=True, slots=True)
class PersonHere:
    """The trainee here that an incoming person matched, as they were when the file was read."""

    uuid: str
    name: str
    birth_year: int
    same_uuid: bool  # the same person; else only named alike, with the same birth year


@dataclass(frozen=True, slots=True)
class IncomingPerson:
    """One person in a file to import; ``here`` is who they match here, if anyone."""

    index: int
    name: str
    birth_year: int
    sessions: int
    sets: int
    tests: int
    here: PersonHere | None

    @property
    def conflicts(self) -> bool:
        """Return True when this person seems to be here already."""
        return self.here is not None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """A checked file, ready to import: who is in it, and how to know the file again.

    The records are not kept: a practice's file holds hundreds of thousands. ``apply`` reads
    them again, one person at a time, from the same file, known by its SHA-256 and checked
    again against the year it was read in.
    """

    source: Path
    people: tuple[IncomingPerson, ...]
    fingerprint: str = field(default="", repr=False, compare=False)
    year: int = field(default=0, repr=False, compare=False)
    # Read from disk as used (the app's own layout), or else whole.
    streamed: bool = field(default=False, repr=False, compare=False)

    @property
    def conflicts(self) -> tuple[IncomingPerson, ...]:
        """Return the incoming people who match a trainee already here."""
        return tuple(person for person in self.people if person.conflicts)


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did; ``backup`` is the copy made first (None for non-SQLite databases)."""

    added: int
    replaced: int
    skipped: int
    sessions: int
    sets: int
    tests: int
    backup: Path | None


class Exchange:
    """Exports trainees to JSON, CSV or FHIR, and imports a JSON export.

    ``zone`` is the time zone the stored local moments were taken in, for the offsets FHIR
    needs; None is the computer's own.
    """

    def __init__(
        self,
        database: Database,
        backups: Path,
        clock: Callable[[], datetime],
        zone: tzinfo | None = None,
    ) -> None:
        self._database = database
        self._backups = backups
        self._clock = clock
        self._zone = zone

    def export_text(self, trainee_id: int | None = None) -> str:
        """Return the JSON document of one trainee, or of everyone; NotFound for an unknown id."""
        out = io.StringIO()
        with self._database.transaction() as tx:
            watch = Watch(count_people(tx, trainee_id), None, None)
            write_document(out, stream_people(tx, trainee_id), __version__, watch)
        return out.getvalue()

    def write_json(
        self,
        path: Path,
        trainee_id: int | None = None,
        *,
        progress: Progress | None = None,
        stop: Stop | None = None,
    ) -> ExportSummary:
        """Write the JSON document to ``path`` person by person, in memory a page at a time.

        It goes to a file beside ``path`` that replaces it only once complete and on disk.
        ``progress`` hears (people done, people in all); ``stop`` is asked between records and
        True raises Cancelled, with ``path`` as it was and no file left behind.
        """
        return self._write_text(
            path,
            trainee_id,
            lambda text, people, watch: write_document(text, people, __version__, watch),
            progress,
            stop,
        )

    def write_csv(
        self,
        folder: Path,
        trainee_id: int | None = None,
        *,
        progress: Progress | None = None,
        stop: Stop | None = None,
        dutch: bool = False,
    ) -> ExportSummary:
        """Write sessions.csv, sets.csv, tests.csv and checkins.csv into ``folder``.

        With ``dutch`` the tables are those of spreadsheet_nl instead: Dutch names and words,
        semicolons and a decimal comma. They are written into a folder beside ``folder``, which
        becomes ``folder`` (or whose files replace those in it) only once all four are
        complete; see write_json for the rest.
        """
        names = tuple(spreadsheet_nl.COLUMNS if dutch else CSV_COLUMNS)
        delimiter = spreadsheet_nl.DELIMITER if dutch else ","
        rows = spreadsheet_nl.dutch_rows if dutch else csv_rows
        with self._database.transaction() as tx, staged_folder(folder, names) as files:
            watch = Watch(count_people(tx, trainee_id), progress, stop)
            texts = {
                name: io.TextIOWrapper(file, encoding=CSV_ENCODING, newline="")
                for name, file in files.items()
            }
            writers = {name: csv.writer(text, delimiter=delimiter) for name, text in texts.items()}
            written = Written()
            for name, row in rows(stream_people(tx, trainee_id), watch, written):
                writers[name].writerow(row)
            for text in texts.values():
                text.flush()
                text.detach()
        return _export_summary(written, tuple(folder / name for name in names))

    def write_fhir(
        self,
        path: Path,
        trainee_id: int | None = None,
        *,
        progress: Progress | None = None,
        stop: Stop | None = None,
    ) -> ExportSummary:
        """Write the functional test results as a FHIR R4 Bundle to ``path``, person by person.

        The Bundle holds a Patient per person and their results as Observations (see
        domain/exchange/fhir.py); written whole or not at all, as write_json.
        """
        made_at = self._clock()
        return self._write_text(
            path,
            trainee_id,
            lambda text, people, watch: write_bundle(text, people, made_at, watch, self._zone),
            progress,
            stop,
        )

    def _write_text(
        self,
        path: Path,
        trainee_id: int | None,
        write: Callable[[TextIO, Iterable[StreamedPerson], Watch], Written],
        progress: Progress | None,
        stop: Stop | None,
    ) -> ExportSummary:
        """Write one UTF-8 text file person by person: whole and on disk, or not at all."""
        with self._database.transaction() as tx, staged_file(path) as file:
            watch = Watch(count_people(tx, trainee_id), progress, stop)
            text = io.TextIOWrapper(file, encoding="utf-8", newline="", write_through=False)
            written = write(text, stream_people(tx, trainee_id), watch)
            text.flush()
            text.detach()
        return _export_summary(written, (path,))

    def read(
        self, path: Path, *, progress: Progress | None = None, stop: Stop | None = None
    ) -> ImportPlan:
        """Read and check a JSON export and match its people with those here; write nothing.

        ``progress`` hears how far the file is read (bytes of all); ``stop`` is asked between
        two people, and True raises Cancelled. A file as the app writes it is read from disk
        person by person and record by record; any other is read whole.
        """
        watch = Watch(0, progress, stop)
        year = self._clock().year
        with self._database.transaction() as tx:
            by_uuid = repo.trainees_by_uuid(tx)
        by_key: dict[tuple[str, int], PersonHere] = {}
        for person_uuid, trainee in by_uuid.items():
            # With two matches, the oldest profile is the one meant.
            here = PersonHere(person_uuid, trainee.name, trainee.birth_year, same_uuid=False)
            by_key.setdefault(person_key(trainee.name, trainee.birth_year), here)
        with _open(path) as file:
            fingerprint, size = _fingerprint(file, path)
            if fingerprint:
                try:
                    file.seek(0)
                    records = iter_file(file, size, year, watch=watch)
                    people = _incoming(records, by_uuid, by_key)
                    return ImportPlan(path, people, fingerprint, year, streamed=True)
                except NotAsWritten:
                    pass  # laid out otherwise: read whole, as it always was
            data = _whole_file(file, path)
        fingerprint = hashlib.sha256(data).hexdigest()
        records = iter_document(data, year, watch=watch)
        del data  # the reader lets go of the bytes once it has the text
        return ImportPlan(path, _incoming(records, by_uuid, by_key), fingerprint, year)

    def records(self, plan: ImportPlan, watch: Watch | None = None) -> Iterator[PersonData]:
        """Yield the plan's people with their records, read again from its file one by one.

        Refuses (ImportRefused, "damaged") a file changed since it was read: what was asked
        was about the file as it was then. Each person is to be used before the next is asked
        for: their lists are read from the file as they are gone through.
        """
        if not plan.streamed:
            with _open(plan.source) as file:
                data = _whole_file(file, plan.source)
            if hashlib.sha256(data).hexdigest() != plan.fingerprint:
                raise _changed(plan)
            records = iter_document(data, plan.year, watch=watch)
            del data
            return records
        if _fingerprint_of(plan.source) != plan.fingerprint:
            raise _changed(plan)
        # Opened only once gone through; apply checks the file again before it keeps anything.
        return _streamed(plan, watch)

    def apply(
        self,
        plan: ImportPlan,
        choices: Mapping[int, Conflict] | None = None,
        *,
        progress: Progress | None = None,
        stop: Stop | None = None,
    ) -> ImportSummary:
        """Import the plan's people after a verified backup, all in one transaction.

        ``choices`` maps a person's index to what to do; every conflict needs one (ValueError
        otherwise). A choice for a person without a conflict is allowed: SKIP leaves them out.
        Someone added beside a person here with the same UUID (keep both, or a replace that
        found the person here changed) gets a new UUID: they are two people from now on.
        ``progress`` hears (people written, people to write); ``stop`` is asked before each
        person and before the end, and True raises Cancelled with the data as it was.
        """
        decided = {index: Conflict(choice) for index, choice in (choices or {}).items()}
        indexes = {person.index for person in plan.people}
        if set(decided) - indexes:
            raise ValueError("the choices do not match the plan's people")
        undecided = [person.index for person in plan.conflicts if person.index not in decided]
        if undecided:
            raise ValueError(f"no choice for the people already here at {undecided}")
        wanted = [p for p in plan.people if decided.get(p.index) is not Conflict.SKIP]
        skipped = len(plan.people) - len(wanted)
        if not wanted:
            return ImportSummary(0, 0, skipped, 0, 0, 0, None)
        watch = Watch(len(wanted), progress, stop)
        # Read again before anything is written: a file changed or gone since is refused here.
        records = self.records(plan, Watch(0, None, stop))
        target = free_backup_path(self._backups, BackupKind.BEFORE_IMPORT, self._clock())
        backup = self._database.backup(target)
        added = replaced = 0
        # On a practice's server a replaced person is archived, not deleted (as a removal is).
        archived_at = self._clock() if self._database.is_server else None
        watch.done(0)
        # Cancelled, or a refusal of the file read again, rolls back everyone written so far.
        try:
            with self._database.transaction() as tx:
                names = {
                    person_uuid: trainee.name
                    for person_uuid, trainee in repo.trainees_by_uuid(tx).items()
                }
                # Only someone who was here before this import may be replaced: a person just
                # read in may carry the UUID of the one they replaced, as two people in a file
                # may match the same person here.
                read_in: set[str] = set()
                done = 0
                for person, record in zip(plan.people, records, strict=True):
                    watch.check()
                    choice = decided.get(person.index)
                    if choice is Conflict.SKIP:
                        continue
                    if done:
                        watch.done(done)
                    done += 1
                    name = record["name"]
                    here = person.here
                    if (
                        choice is Conflict.REPLACE
                        and here is not None
                        and here.uuid not in read_in
                        and _remove(tx, here, archived_at)
                    ):
                        replaced += 1
                        # Removed or archived, they no longer hold the UUID (see
                        # archive_trainee).
                        del names[here.uuid]
                    else:
                        added += 1
                        if choice is Conflict.KEEP_BOTH and _name_taken(name, names.values()):
                            name = distinct_name(name, names.values())
                    if record["uuid"] in names:
                        record = record.copy()
                        record["uuid"] = new_person_uuid()
                    store.add_person(tx, record, name, watch.check)
                    names[record["uuid"]] = name
                    read_in.add(record["uuid"])
                    del record  # one person's records at a time
                watch.check()
                if plan.streamed and _fingerprint_of(plan.source) != plan.fingerprint:
                    # Read from disk as it was written in: changed meanwhile, it is not what
                    # was asked about.
                    raise _changed(plan)
        except NotAsWritten:
            # Read from disk as it is written in: its layout changed since it was read.
            raise _changed(plan) from None
        watch.done(len(wanted))
        return ImportSummary(
            added=added,
            replaced=replaced,
            skipped=skipped,
            sessions=sum(person.sessions for person in wanted),
            sets=sum(person.sets for person in wanted),
            tests=sum(person.tests for person in wanted),
            backup=backup,
        )


def _incoming(
    records: Iterator[PersonData],
    by_uuid: Mapping[str, Trainee],
    by_key: Mapping[tuple[str, int], PersonHere],
) -> tuple[IncomingPerson, ...]:
    """Return who is in the file, each matched with who they are here, if anyone."""
    people = []
    for index, record in enumerate(records):
        same = by_uuid.get(record["uuid"])
        match = (
            PersonHere(record["uuid"], same.name, same.birth_year, same_uuid=True)
            if same is not None
            else by_key.get(person_key(record["name"], record["birth_year"]))
        )
        people.append(
            IncomingPerson(
                index=index,
                name=record["name"],
                birth_year=record["birth_year"],
                sessions=len(record["sessions"]),
                sets=set_count(record),
                tests=len(record["tests"]),
                here=match,
            )
        )
        del record
    return tuple(people)


def _streamed(plan: ImportPlan, watch: Watch | None) -> Iterator[PersonData]:
    with _open(plan.source) as file:
        yield from iter_file(file, os.fstat(file.fileno()).st_size, plan.year, watch=watch)


def _changed(plan: ImportPlan) -> ImportRefused:
    return ImportRefused("damaged", f"{plan.source}: changed since it was read")


def _open(path: Path) -> BinaryIO:
    """Open a file to import; refuse one that is missing, unreadable or too large to read in."""
    try:
        file = path.open("rb")
    except FileNotFoundError:
        raise ImportRefused("not_found", str(path)) from None
    except OSError as error:  # a folder, no permission, a device error
        raise ImportRefused("unreadable", f"{path}: {error.strerror or error}") from None
    try:
        # Asked before reading: the file may be large.
        if os.fstat(file.fileno()).st_size > MAX_FILE_BYTES:
            raise ImportRefused("too_large", f"{path}: over {MAX_FILE_BYTES} bytes")
    except BaseException:
        file.close()
        raise
    return file


def _whole_file(file: BinaryIO, path: Path) -> bytes:
    """Return an open file's bytes, read from its start no further than the limit."""
    try:
        file.seek(0)
        data = _read_up_to(file, MAX_FILE_BYTES + 1)
    except OSError as error:  # a folder, no permission, a device error
        raise ImportRefused("unreadable", f"{path}: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportRefused("too_large", f"{path}: over {MAX_FILE_BYTES} bytes")
    return data


def _read_up_to(file: BinaryIO, limit: int) -> bytes:
    # Read in pieces: one read of the limit would take that much memory for any file.
    parts = []
    left = limit
    while left > 0:
        part = file.read(min(left, _CHUNK))
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


_CHUNK = 1 << 20  # bytes read from disk at a time


def _fingerprint(file: BinaryIO, path: Path) -> tuple[str, int]:
    """Return the SHA-256 of an open file and its length, reading it a piece at a time.

    The fingerprint is "" for a file that can only be read whole: text that is not UTF-8 or
    too many values, which the whole reading refuses with its own message.
    """
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    values = 1
    size = 0
    text = True
    try:
        file.seek(0)
        while part := file.read(_CHUNK):
            digest.update(part)
            size += len(part)
            values += part.count(b",") + part.count(b"[") + part.count(b"{")
            if text:
                try:
                    decoder.decode(part)
                except UnicodeDecodeError:
                    text = False
    except OSError as error:
        raise ImportRefused("unreadable", f"{path}: {error.strerror or error}") from None
    if size > MAX_FILE_BYTES:
        raise ImportRefused("too_large", f"{path}: over {MAX_FILE_BYTES} bytes")
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        text = False
    readable = text and values <= MAX_VALUES
    return (digest.hexdigest() if readable else "", size)


def _fingerprint_of(path: Path) -> str:
    with _open(path) as file:
        return _fingerprint(file, path)[0]


def _remove(tx: Transaction, here: PersonHere, archived_at: datetime | None = None) -> bool:
    """Remove the trainee an incoming person matched, found by UUID, with all their data.

    With ``archived_at`` (on a practice's server) the trainee is archived instead, their
    records kept. Returns False when that trainee is gone, or was renamed or changed since the
    file was read: the question asked was about them as they were then.
    """
    trainee = repo.find_trainee_by_uuid(tx, here.uuid)
    if trainee is None or trainee.id is None:
        return False
    if person_key(trainee.name, trainee.birth_year) != person_key(here.name, here.birth_year):
        return False
    if archived_at is not None:
        repo.archive_trainee(tx, trainee.id, archived_at)
        return True
    repo.remove_trainee(tx, trainee.id)
    # The database removes their records; do it now, before the new rows go in.
    tx.flush()
    return True


def _name_taken(name: str, names: Iterable[str]) -> bool:
    return name_key(name) in {name_key(other) for other in names}


def _export_summary(written: Written, files: tuple[Path, ...]) -> ExportSummary:
    return ExportSummary(written.people, written.sessions, written.sets, written.tests, files)


__all__ = [
    "Cancelled",
    "Conflict",
    "Exchange",
    "ExportSummary",
    "ImportPlan",
    "ImportRefused",
    "ImportSummary",
    "IncomingPerson",
    "NotFound",
    "PersonHere",
    "Progress",
    "Stop",
]
