"""Faults a real desk meets, made to happen: legacy files, a damaged cache, two runs at once,
a full disk, a killed run. Real where it can be (a file size limit set in a child process, a
second process holding the lock, SIGKILL of a running `tracker report`), patched where it
cannot (a full disk, an I/O error). Each test is named for its fault.

No assertion here is on elapsed time; the only waits are generous bounds on a lock or on a
child process reaching a known point.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

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


def _inputs(folder: Path, n: int = 8, extra: int = 0) -> Path:
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
    assert _cached_articles(cache) == 8  # a new cache, filled


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
