"""Faults a real desk meets, made to happen: legacy files, a damaged cache, two runs at once,
a full disk, a killed run. Real where it can be (a file size limit set in a child process, a
second process holding the lock, SIGKILL of a running `tracker report`), patched where it
cannot (a full disk, an I/O error). Each test is named for its fault.

No assertion here is on elapsed time; the only waits are generous bounds on a lock or on a
child process reaching a known point.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import tracker.report
from tracker import Article, TrackerWarning
from tracker.cli import main
from tracker.engine import CACHE_NAME, Cache, Options, run
from tracker.ingest import read_file

Capsys = pytest.CaptureFixture[str]

# ---------------------------------------------------------------- legacy encodings

LEGACY = "Floods killed at least 37 people in Kaïrouan on Monday, the ministry said. Plus tard, au café"


def _read(path: Path) -> Article:
    (article,) = read_file(path, path.name)
    assert isinstance(article, Article), article
    return article


def test_a_short_latin1_file_with_accents_only_at_its_end(tmp_path: Path) -> None:
    text = "Floods killed at least 37 people on Monday, the ministry said in Gabes. Plus tard, au café"
    (tmp_path / "a.txt").write_bytes(text.encode("latin-1"))
    assert _read(tmp_path / "a.txt").text == text


def test_a_short_cp1252_file_with_typographic_quotes_and_dashes(tmp_path: Path) -> None:
    text = "\u201cAt least 37 people were killed\u201d \u2013 the ministry said in Kaïrouan\u2026 café"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    assert _read(tmp_path / "a.txt").text == text


def test_a_large_latin1_file_whose_only_accents_are_past_the_first_megabyte(tmp_path: Path) -> None:
    text = "Twelve people were injured on Monday, officials said.\n" * 25_000 + LEGACY
    (tmp_path / "a.txt").write_bytes(text.encode("latin-1"))
    assert _read(tmp_path / "a.txt").text.endswith(LEGACY)


def test_a_short_cp1251_file_is_still_read_as_cyrillic(tmp_path: Path) -> None:
    text = "В Оше погибли по меньшей мере 37 человек, сообщил минздрав."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1251"))
    assert _read(tmp_path / "a.txt").text == text


def test_a_utf8_file_with_one_stray_latin1_byte_keeps_its_utf8_letters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Kaïrouan, Sfax et Gabès: ".encode() + b"caf\xe9. " + LEGACY.encode())
    text = _read(tmp_path / "a.txt").text
    assert text.startswith("Kaïrouan, Sfax et Gabès: caf\ufffd. ") and text.endswith(LEGACY)


def test_a_utf8_collection_whose_sniff_window_cuts_a_character(tmp_path: Path) -> None:
    record = {"id": "x", "text": "Floods killed 37 people in Kaïrouan.", "published": "2020-01-01"}
    pad = {"id": "pad", "text": "é" * (1024 * 1024 // 2)}
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (pad, record)), "utf-8")
    assert path.read_bytes()[1024 * 1024 - 1:][:2] == "é".encode()  # the first megabyte ends inside it
    articles = [a for a in read_file(path, path.name) if isinstance(a, Article)]
    assert [a.text for a in articles] == [pad["text"], record["text"]]


# ---------------------------------------------------------------- the cache

STORY = ("Floods in {place} killed at least {n} people and forced {m} families from their homes on "
         "Monday, the interior ministry said. Rescuers said {k} people were still missing.\n")
PLACES = ("Derna", "Benghazi", "Sfax", "Gabes", "Tobruk", "Sirte", "Misrata", "Bayda")


def _inputs(folder: Path, n: int = 3, extra: int = 0) -> Path:
    """``n`` articles in ``folder`` (two incidents' worth of places), ``extra`` varying the figures."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(n):
        text = STORY.format(place=PLACES[k % len(PLACES)], n=10 + k + extra, m=200 + k, k=3 + k)
        (folder / f"{k:03d}.txt").write_text(f"---\npublished: 2023-09-{11 + k % 5:02d}\n---\n{text}")
    return folder


def _cli(argv: list[str], capsys: Capsys) -> tuple[int, list[str]]:
    code = main(argv)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.splitlines()


def _cached_articles(cache: Path) -> int:
    with contextlib.closing(sqlite3.connect(cache)) as db:
        return int(db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])


def _damaged_cache_is_set_aside(tmp_path: Path, capsys: Capsys, content: bytes) -> None:
    inputs, out = _inputs(tmp_path / "in"), tmp_path / "r"
    assert _cli(["report", str(inputs), "--out", str(out), "-q"], capsys)[0] == 0
    before = _digest(out)
    cache = out / CACHE_NAME
    cache.write_bytes(content)
    code, lines = _cli(["report", str(inputs), "--out", str(out), "-q"], capsys)
    assert code == 0
    assert len(lines) == 1 and lines[0].startswith(f"tracker: warning: the cache {cache} cannot be read")
    assert lines[0].endswith("set aside as .tracker-cache.sqlite.damaged, going on without it")
    assert (out / ".tracker-cache.sqlite.damaged").read_bytes() == content  # never deleted
    assert _digest(out) == before  # the same report as with a sound cache
    assert _cached_articles(cache) == 3  # a new cache, filled


def test_a_cache_file_of_another_program_is_set_aside(tmp_path: Path, capsys: Capsys) -> None:
    _damaged_cache_is_set_aside(tmp_path, capsys, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16)


def test_a_truncated_cache_is_set_aside(tmp_path: Path, capsys: Capsys) -> None:
    cache = tmp_path / "c.sqlite"
    list(run(_articles(400), Options(cache=cache)))  # a cache of many pages
    data = cache.read_bytes()
    assert len(data) > 8 * 4096
    _damaged_cache_is_set_aside(tmp_path, capsys, data[: len(data) // 2])


def test_a_cache_whose_first_page_is_overwritten_is_set_aside(tmp_path: Path,
                                                              capsys: Capsys) -> None:
    cache = tmp_path / "c.sqlite"
    list(run(_articles(50), Options(cache=cache)))
    data = cache.read_bytes()
    _damaged_cache_is_set_aside(tmp_path, capsys, data[:16] + b"\xff" * 4000 + data[4016:])


def test_a_database_of_another_program_at_the_cache_path_is_set_aside_unchanged(
    tmp_path: Path, capsys: Capsys
) -> None:
    other = tmp_path / "other.sqlite"
    with contextlib.closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE claims (id INTEGER PRIMARY KEY, amount REAL)")  # a name we use, not ours
        db.execute("INSERT INTO claims (amount) VALUES (12.5)")
        db.commit()
    _damaged_cache_is_set_aside(tmp_path, capsys, other.read_bytes())


def test_cache_rows_that_are_not_claims_set_the_cache_aside_part_way(tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    articles = _articles(5)
    expected = list(run(articles, Options()))
    list(run(articles, Options(cache=cache)))
    with contextlib.closing(sqlite3.connect(cache)) as db:
        db.execute("UPDATE claims SET data = '{not json'")
        db.commit()
    with pytest.warns(TrackerWarning, match="cannot be read .a damaged row"):
        assert list(run(articles, Options(cache=cache))) == expected
    assert (tmp_path / "c.sqlite.damaged").is_file()


def test_a_second_damaged_cache_does_not_overwrite_the_first_one_set_aside(tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    for n in (1, 2, 3):
        cache.write_bytes(f"damaged {n}".encode() * 100)
        with pytest.warns(TrackerWarning, match="set aside"):
            Cache(cache).close()
    names = {"c.sqlite.damaged": 1, "c.sqlite.damaged-2": 2, "c.sqlite.damaged-3": 3}
    assert {name: (tmp_path / name).read_bytes() for name in names} == \
        {name: f"damaged {n}".encode() * 100 for name, n in names.items()}


def test_a_hot_journal_goes_aside_with_its_damaged_cache(tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    cache.write_bytes(b"not a database" * 100)
    (tmp_path / "c.sqlite-journal").write_bytes(b"a journal of the damaged file")
    with pytest.warns(TrackerWarning, match="set aside"):
        Cache(cache).close()
    assert (tmp_path / "c.sqlite.damaged-journal").read_bytes() == b"a journal of the damaged file"
    assert not (tmp_path / "c.sqlite-journal").exists()  # never rolled back into the new cache
    assert _cached_articles(cache) == 0


def test_a_cache_a_killed_run_left_with_only_its_first_table_is_ours(tmp_path: Path) -> None:
    cache = tmp_path / "c.sqlite"
    with contextlib.closing(sqlite3.connect(cache)) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    with warnings.catch_warnings():
        warnings.simplefilter("error", TrackerWarning)
        list(run(_articles(3), Options(cache=cache)))
    assert _cached_articles(cache) == 3


def _child(code: str, *args: str) -> subprocess.Popen[str]:
    """A Python child that runs ``code``, says "ready" once it holds what it holds, and lets
    go when its standard input closes."""
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def _let_go(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.close()
    assert child.wait(timeout=60) == 0


HOLD_CACHE = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("ready", flush=True)
sys.stdin.read()
"""


def test_a_cache_locked_by_another_process_is_set_aside(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "c.sqlite"
    articles = _articles(5)
    list(run(articles, Options(cache=cache)))
    monkeypatch.setattr("tracker.engine.BUSY_SECONDS", 0.2)  # stuck for good, as far as the test goes
    holder = _child(HOLD_CACHE, str(cache))
    try:
        with pytest.warns(TrackerWarning, match="database is locked.*set aside"):
            assert list(run(articles, Options(cache=cache))) == list(run(articles, Options()))
    finally:
        _let_go(holder)
    assert (tmp_path / "c.sqlite.damaged").is_file() and _cached_articles(cache) == 5


FILE_SIZE_LIMIT = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from tracker.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _limited(limit: int, argv: list[str]) -> subprocess.CompletedProcess[str]:
    """``tracker ARGV`` in a child process that cannot write a file past ``limit`` bytes (the
    file size limit a quota or `ulimit -f` sets: writes past it fail with EFBIG)."""
    return subprocess.run([sys.executable, "-c", FILE_SIZE_LIMIT, str(limit), *argv], capture_output=True,
                          text=True, timeout=600)


def test_a_cache_that_cannot_grow_is_left_alone_and_the_run_goes_on(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", n=200)
    cache = tmp_path / "c.sqlite"
    done = _limited(20_000, ["extract", str(inputs), "--cache", str(cache)])  # stdout is a pipe
    assert done.returncode == 0, done.stderr
    (warning,) = done.stderr.splitlines()  # SQLite's reason for EFBIG: "disk I/O error"
    assert warning.startswith(f"tracker: warning: cannot use the cache {cache} (")
    assert warning.endswith("); going on without it")
    assert done.stdout == _stdout(["extract", str(inputs)])
    assert not (tmp_path / "c.sqlite.damaged").exists()



# ---------------------------------------------------------------- two runs at once

HOLD_LOCK = """
import sys
from pathlib import Path
from tracker.lock import report_lock
with report_lock(Path(sys.argv[1]), 0):
    print("ready", flush=True)
    sys.stdin.read()
"""


def _report(tmp_path: Path, capsys: Capsys, n: int = 3) -> tuple[Path, dict[str, str]]:
    """A finished report ``tmp_path/r`` with a note of the user's in it, and its digest."""
    out = tmp_path / "r"
    assert _cli(["report", str(_inputs(tmp_path / "first", n)), "--out", str(out), "-q"], capsys)[0] == 0
    (out / "notes.txt").write_text("my notes")
    return out, _digest(out)


def _nothing_beside(out: Path) -> None:
    """No lock file, staging folder or previous report left beside the report folder."""
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.")) == []


def test_a_second_run_stops_with_one_line_while_another_process_holds_the_lock(
    tmp_path: Path, capsys: Capsys
) -> None:
    out, before = _report(tmp_path, capsys)
    holder = _child(HOLD_LOCK, str(out))
    try:
        code, lines = _cli(["report", str(_inputs(tmp_path / "in", extra=5)), "--out", str(out), "-q",
                            "--wait", "0"], capsys)
    finally:
        _let_go(holder)
    assert code == 1
    assert lines == [f"tracker: error: another run (pid {holder.pid}) is writing {out}; waited 0 s for it "
                     "(--wait sets how long)"]
    assert _digest(out) == before
    _nothing_beside(out)


def test_a_second_run_waits_for_the_one_holding_the_lock(tmp_path: Path, capsys: Capsys,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    out, _ = _report(tmp_path, capsys)
    holder = _child(HOLD_LOCK, str(out))

    def first_run_ends(seconds: float) -> None:  # while the second run waits
        if holder.poll() is None:
            _let_go(holder)

    monkeypatch.setattr("tracker.lock._pause", first_run_ends)
    try:
        code, lines = _cli(["report", str(_inputs(tmp_path / "in", extra=5)), "--out", str(out), "-q",
                            "--wait", "600"], capsys)
    finally:
        first_run_ends(0)
    assert code == 0
    assert lines == [f"tracker: warning: another run (pid {holder.pid}) is writing {out}; waiting for it "
                     "(up to 600 s)"]
    assert (out / "notes.txt").read_text() == "my notes"
    _nothing_beside(out)


def test_two_real_runs_at_once_on_one_folder_leave_the_files_of_one_of_them(tmp_path: Path,
                                                                              capsys: Capsys) -> None:
    inputs = [_inputs(tmp_path / "a"), _inputs(tmp_path / "b", extra=100)]
    alone = []
    for k, folder in enumerate(inputs):
        assert _cli(["report", str(folder), "--out", str(tmp_path / f"alone{k}"), "-q"], capsys)[0] == 0
        alone.append(_digest(tmp_path / f"alone{k}"))
    out = tmp_path / "r"
    runs = [subprocess.Popen([sys.executable, "-m", "tracker", "report", str(folder), "--out", str(out), "-q",
                              "--wait", "600"], stderr=subprocess.PIPE, text=True) for folder in inputs]
    for child in runs:
        _, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
    assert _digest(out) in alone  # one run's report whole, never a mix of the two
    _nothing_beside(out)


def test_a_stale_lock_file_of_a_dead_process_is_taken_over(tmp_path: Path, capsys: Capsys) -> None:
    out, _ = _report(tmp_path, capsys)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    (tmp_path / ".r.lock").write_text(dead.stdout)
    assert _cli(["report", str(_inputs(tmp_path / "in", extra=5)), "--out", str(out), "-q", "--wait", "0"],
                capsys) == (0, [])
    _nothing_beside(out)


def test_without_flock_the_pid_in_the_lock_file_is_the_lock(tmp_path: Path, capsys: Capsys,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def no_locks(fd: int, operation: int) -> None:  # a network mount without a lock daemon
        raise OSError(errno.ENOLCK, os.strerror(errno.ENOLCK))

    out, _ = _report(tmp_path, capsys)
    monkeypatch.setattr("fcntl.flock", no_locks)
    holder = _child(HOLD_LOCK, str(out))  # writes its pid, then holds nothing the system knows of
    try:
        code, lines = _cli(["report", str(tmp_path / "first"), "--out", str(out), "--wait", "0"], capsys)
        assert code == 1 and f"another run (pid {holder.pid})" in lines[0]
    finally:
        _let_go(holder)
    (tmp_path / ".r.lock").write_text("999999999\n")  # a pid no process has
    assert _cli(["report", str(tmp_path / "first"), "--out", str(out), "-q", "--wait", "0"], capsys)[0] == 0
    _nothing_beside(out)


def test_two_spellings_of_one_report_folder_share_one_lock(tmp_path: Path, capsys: Capsys) -> None:
    out, _ = _report(tmp_path, capsys)
    (tmp_path / "link").symlink_to(tmp_path)
    holder = _child(HOLD_LOCK, str(tmp_path / "link" / "r"))
    try:
        code, lines = _cli(["report", str(tmp_path / "first"), "--out", str(out), "--wait", "0"], capsys)
    finally:
        _let_go(holder)
    assert code == 1 and lines[0].startswith(f"tracker: error: another run (pid {holder.pid})")


# ---------------------------------------------------------------- a killed run

PAUSED_RUN = """
import sys
import tracker.report
from tracker.cli import main

def pause(*args, **kwargs):  # the report half-written in its staging folder
    print("ready", flush=True)
    sys.stdin.read()

tracker.report.summary_markdown = pause
sys.exit(main(sys.argv[1:]))
"""

PAUSED_SWAP = """
import os, sys
from tracker.cli import main

target, real = os.path.abspath(sys.argv[1]), os.replace

def replace(source, destination):
    real(source, destination)
    if os.path.abspath(source) == target:  # the previous report moved aside, the new one not in yet
        print("ready", flush=True)
        sys.stdin.read()

os.replace = replace
sys.exit(main(sys.argv[2:]))
"""


def _staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.staging~*"))


def test_a_staging_folder_of_a_run_killed_with_sigkill_is_removed_by_the_next_run(
    tmp_path: Path, capsys: Capsys
) -> None:
    out, before = _report(tmp_path, capsys)
    child = _child(PAUSED_RUN, "report", str(_inputs(tmp_path / "in", extra=5)), "--out", str(out), "-q")
    child.kill()
    child.wait(timeout=60)
    assert _digest(out) == before  # the killed run changed nothing of the report
    assert len(_staging(out)) == 1  # but left its staging folder, and its lock file
    assert (tmp_path / ".r.lock").read_text() == f"{child.pid}\n"
    code, lines = _cli(["report", str(tmp_path / "in"), "--out", str(out), "-q", "--wait", "0"], capsys)
    assert (code, lines) == (0, [])
    assert (out / "notes.txt").read_text() == "my notes"
    _nothing_beside(out)


def test_a_run_killed_between_moving_the_old_report_aside_and_putting_the_new_one_in(
    tmp_path: Path, capsys: Capsys
) -> None:
    out, before = _report(tmp_path, capsys)
    child = _child(PAUSED_SWAP, str(out), "report", str(_inputs(tmp_path / "in", extra=5)), "--out", str(out),
                   "-q")
    child.kill()
    child.wait(timeout=60)
    assert not out.exists()  # the previous report is beside it, as .r.old~...
    (old,) = tmp_path.glob(".r.old~*")
    assert _digest(old) == before
    assert _cli(["report", str(tmp_path / "in"), "--out", str(out), "-q"], capsys) == (0, [])
    assert (out / "notes.txt").read_text() == "my notes"  # the user's file came back with it
    _nothing_beside(out)


def test_sigkill_of_a_real_run_at_whatever_point_it_reached(tmp_path: Path, capsys: Capsys) -> None:
    out, before = _report(tmp_path, capsys)
    child = subprocess.Popen([sys.executable, "-m", "tracker", "report", str(_inputs(tmp_path / "in", 40, 5)),
                              "--out", str(out), "-q"])
    for _ in range(6000):  # at most 10 minutes for it to start writing its report
        if _staging(out) or child.poll() is not None:
            break
        time.sleep(0.1)
    child.kill()
    child.wait(timeout=60)
    assert out.exists() or list(tmp_path.glob(".r.old~*"))  # the report, or the old one beside it
    assert _cli(["report", str(tmp_path / "first"), "--out", str(out), "-q"], capsys) == (0, [])
    assert _digest(out) == before
    _nothing_beside(out)


def test_sigterm_ends_a_run_as_ctrl_c_does(tmp_path: Path, capsys: Capsys) -> None:
    out, before = _report(tmp_path, capsys)
    child = _child(PAUSED_RUN, "report", str(_inputs(tmp_path / "in", extra=5)), "--out", str(out), "-q")
    child.send_signal(signal.SIGTERM)
    assert child.wait(timeout=60) == 128 + signal.SIGTERM
    assert _digest(out) == before
    _nothing_beside(out)  # its staging folder removed and its lock file too, by the run itself


# ---------------------------------------------------------------- a write that fails


def test_a_file_size_limit_met_while_writing_the_report(tmp_path: Path, capsys: Capsys) -> None:
    out, before = _report(tmp_path, capsys)
    done = _limited(20_000, ["report", str(_inputs(tmp_path / "in", 120)), "--out", str(out), "-q"])
    assert done.returncode == 1
    *notes, error = done.stderr.splitlines()  # the cache may meet the limit first, and say so
    assert error == f"tracker: error: cannot write {out / 'claims.csv'}: File too large"
    assert all(line.startswith("tracker: warning: cannot use the cache") for line in notes)
    assert _digest(out) == before
    _nothing_beside(out)


def _the_next_run_stops(tmp_path: Path, capsys: Capsys, out: Path, before: dict[str, str],
                        error: str) -> None:
    """Another report into ``out`` stops with exit status 1 and the one line ``error``; the
    report it was to replace is as it was, and nothing is left beside it."""
    code, lines = _cli(["report", str(_inputs(tmp_path / "in", extra=5)), "--out", str(out), "-q"], capsys)
    assert (code, lines) == (1, [f"tracker: error: {error}"])
    assert _digest(out) == before
    _nothing_beside(out)


def _failing_write(monkeypatch: pytest.MonkeyPatch, name: str, err: OSError) -> None:
    """Make the write of the report file ``name`` fail with ``err`` once half of it is written
    (with the file's own path in ``err``, as the system gives it, when ``err`` is a
    ``PermissionError``: the file is then never created)."""
    real = tracker.report.write_csv

    def write(frame: pd.DataFrame, path: Path) -> None:
        if path.name != name:
            return real(frame, path)
        if isinstance(err, PermissionError):
            raise PermissionError(err.errno, err.strerror, str(path))
        path.write_bytes(b"claim_id,article_id,publ")
        raise err

    monkeypatch.setattr("tracker.report.write_csv", write)


@pytest.mark.parametrize(
    ("err", "reason"),
    [(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "No space left on device"),
     (OSError(errno.EIO, os.strerror(errno.EIO)), "Input/output error")],
    ids=["disk full", "I/O error"],
)
def test_a_write_that_fails_half_way_through_a_report_file(tmp_path: Path, capsys: Capsys,
                                                           monkeypatch: pytest.MonkeyPatch, err: OSError,
                                                           reason: str) -> None:
    out, before = _report(tmp_path, capsys)
    _failing_write(monkeypatch, "conflicts.csv", err)
    _the_next_run_stops(tmp_path, capsys, out, before, f"cannot write {out / 'conflicts.csv'}: {reason}")


def test_a_report_file_that_cannot_be_created_for_want_of_permission(tmp_path: Path, capsys: Capsys,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = _report(tmp_path, capsys)
    _failing_write(monkeypatch, "claims.csv", PermissionError(errno.EACCES, os.strerror(errno.EACCES)))
    _the_next_run_stops(tmp_path, capsys, out, before,
                        f"cannot write {out / 'claims.csv'}: Permission denied")


def test_an_io_error_while_writing_a_chart(tmp_path: Path, capsys: Capsys,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = _report(tmp_path, capsys)

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr("matplotlib.figure.Figure.savefig", fail)
    _the_next_run_stops(tmp_path, capsys, out, before,
                        f"cannot write a file in {out / 'charts'}: Input/output error")


def test_an_io_error_while_putting_the_new_report_in_place(tmp_path: Path, capsys: Capsys,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = _report(tmp_path, capsys)
    real = os.replace

    def replace(source: str | Path, destination: str | Path) -> None:
        if Path(destination) == out and ".staging~" in str(source):
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(source), str(destination))
        real(source, destination)

    monkeypatch.setattr("os.replace", replace)
    _the_next_run_stops(tmp_path, capsys, out, before, f"cannot write {out}: Input/output error")


def test_a_report_folder_whose_parent_cannot_be_written(tmp_path: Path, capsys: Capsys,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.open

    def refuse(path: str, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        if str(path).startswith(str(tmp_path)) and flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path, flags, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("os.open", refuse)
    code, lines = _cli(["report", str(_inputs(tmp_path / "in")), "--out", str(tmp_path / "r"), "-q"], capsys)
    assert (code, lines) == (1, [f"tracker: error: cannot write {tmp_path / '.r.lock'}: Permission denied"])
    assert not (tmp_path / "r").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_report_folder_in_a_read_only_folder(tmp_path: Path, capsys: Capsys) -> None:
    inputs, parent = _inputs(tmp_path / "in"), tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o555)
    try:
        code, lines = _cli(["report", str(inputs), "--out", str(parent / "r"), "-q"], capsys)
    finally:
        parent.chmod(0o755)
    assert (code, lines) == (1, [f"tracker: error: cannot write {parent / '.r.lock'}: Permission denied"])


def test_a_report_folder_is_readable_as_the_umask_says(tmp_path: Path, capsys: Capsys) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    out, _ = _report(tmp_path, capsys)
    assert out.stat().st_mode & 0o777 == 0o777 & ~umask  # not a private temporary folder's 0o700


def test_extract_output_meets_a_file_size_limit(tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    done = _limited(20_000, ["extract", str(_inputs(tmp_path / "in", 120)), "-o", str(out)])
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"tracker: error: cannot write {out}: File too large"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]  # no partial file left


def test_extract_output_on_a_full_disk_names_the_file(tmp_path: Path, capsys: Capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: object, claims: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("tracker.table.ClaimWriter.write", full)
    for argv, name in ([["-o", str(tmp_path / "c.csv")], str(tmp_path / "c.csv")], [[], "standard output"]):
        code, lines = _cli(["extract", str(_inputs(tmp_path / "in")), *argv], capsys)
        assert (code, lines) == (1, [f"tracker: error: cannot write {name}: No space left on device"])
    assert not list(tmp_path.glob(".c.csv*"))


def test_extract_output_to_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_text()))
    reader.start()
    try:
        assert main(["extract", str(_inputs(tmp_path / "in")), "-o", str(pipe)]) == 0
    finally:
        reader.join(timeout=60)
    assert received[0].startswith("claim_id,") and stat.S_ISFIFO(pipe.stat().st_mode)


# ---------------------------------------------------------------- helpers


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{k:03d}", text=STORY.format(place=PLACES[k % len(PLACES)], n=k + 3, m=k + 2, k=k),
                    published="2020-03-04") for k in range(n)]


def _digest(folder: Path) -> dict[str, str]:
    """Every file of a report but its cache (which a run may fill), by content."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(CACHE_NAME)}


def _stdout(argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()
