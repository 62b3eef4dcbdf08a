"""Running the extraction over many articles: in batches, on several processes or a Dask
cluster, with a cache of articles already read.

Every engine gives the same claims in the same order as one process does: articles go in
batches, each batch comes back in order, and an article's claims depend on that article
alone. A batch is the unit of memory too: the input is read as it is consumed.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import itertools
import json
import os
import sqlite3
import warnings
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import astuple, dataclass, replace
from pathlib import Path
from typing import Any

from .extractor.extraction import extract_claims
from .extractor.language import article_language, unread_reason
from .models import Article, Claim, TrackerError, TrackerWarning

BATCH = 256
CACHE_NAME = ".tracker-cache.sqlite"  # a report folder's own cache
_HERE = Path(__file__).resolve().parent
# What the extractor digest hashes: every module of the extractor folder (the list the
# compiled build compiles too, see setup.py), and the records it makes.
# what the claims of an article depend on: the extractor, the records, the gazetteer and its data
_SOURCES = (*sorted((_HERE / "extractor").glob("*.py")), _HERE / "models.py", _HERE / "gazetteer.py",
            *sorted((_HERE / "data").glob("*")))

Result = list[Claim] | str  # the claims, or why the article could not be read


@dataclass
class Stats:
    """How many articles a run extracted, and how many it took from the cache."""

    extracted: int = 0
    cached: int = 0


@dataclass(frozen=True)
class Options:
    jobs: int = 1
    cache: Path | None = None
    engine: str = "local"  # "local" or "dask"
    scheduler: str = ""  # a Dask scheduler's address; empty: a local cluster


def extractor_version() -> str:
    """A digest of the extraction code and word lists: a cache made by other rules is void."""
    digest = hashlib.sha1()
    for path in _SOURCES:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def run(articles: Iterable[Article], options: Options = Options(),
        stats: Stats | None = None) -> Iterator[tuple[Article, Result]]:
    """(article, its claims or the reason it failed) for every article, in input order."""
    stats = stats if stats is not None else Stats()
    cache = Cache(options.cache) if options.cache else None
    with _Executor(options) as extract_batch:
        try:
            for batch in _batched(articles, BATCH):
                known = cache.get(batch) if cache else {}
                todo = [a for a in batch if _key(a) not in known]
                fresh = dict(zip((_key(a) for a in todo), extract_batch(todo), strict=True)) if todo else {}
                stats.extracted += len(todo)
                stats.cached += len(batch) - len(todo)
                if cache and fresh:
                    cache.put({k: v for k, v in fresh.items() if not isinstance(v, str)})
                for article in batch:
                    key = _key(article)
                    yield article, known[key] if key in known else fresh[key]
        finally:
            if cache:
                cache.close()


def extract_safely(article: Article) -> Result:
    """An article's claims; a bug in the extractor costs that article, not the run."""
    try:
        language = article_language(article.language, article.text)
        reason = unread_reason(language)
        if reason:
            return reason
        return extract_claims(replace(article, language=language))
    except Exception as err:
        return f"internal error, please report: {type(err).__name__}: {err}"


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


class _Executor:
    """A context giving a function that extracts a batch, on the engine asked for."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.pool: ProcessPoolExecutor | None = None
        self.client: Any = None

    def __enter__(self) -> Any:
        if self.options.engine == "dask":
            return self._dask()
        if self.options.jobs > 1:
            self.pool = ProcessPoolExecutor(self.options.jobs)
            pool = self.pool
            return lambda batch: list(pool.map(extract_safely, batch, chunksize=8))
        return lambda batch: [extract_safely(a) for a in batch]

    def _dask(self) -> Any:
        try:  # an optional extra: imported by name, typed as Any
            db: Any = importlib.import_module("dask.bag")
            distributed: Any = importlib.import_module("dask.distributed")
        except ImportError:
            raise TrackerError("the dask engine needs its extra: "
                               "pip install 'casualty-tracker[dask]'") from None
        if self.options.scheduler:
            self.client = distributed.Client(self.options.scheduler)
        else:
            cluster = distributed.LocalCluster(n_workers=max(self.options.jobs, 1), threads_per_worker=1,
                                               processes=True, dashboard_address=None)
            self.client = distributed.Client(cluster)

        def extract_batch(batch: list[Article]) -> list[Result]:
            bag = db.from_sequence(batch, npartitions=max(1, min(len(batch) // 32, 16)))
            return list(bag.map(extract_safely).compute(scheduler=self.client))

        return extract_batch

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        if self.client is not None:
            cluster = self.client.cluster
            self.client.close()
            if cluster is not None:
                cluster.close()


def _key(article: Article) -> str:
    # what an article's claims depend on: its id, text, date and outlet
    fields = "\0".join((article.id, article.published, article.outlet, article.language, article.text))
    return hashlib.sha1(fields.encode("utf-8", "surrogatepass")).hexdigest()


class Cache:
    """Claims of articles already read, in SQLite, keyed by the article's content and the
    extractor's version; a cache written by another version is emptied on opening.

    A cache is never what stops a run. One that cannot be read (damaged, truncated, another
    program's database, locked for ``BUSY_SECONDS``) is set aside as ``FILE.damaged``, never
    deleted, and a new one started; one that cannot be written (a full disk, no permission)
    is left as it is. Either way a one-line ``TrackerWarning`` says so and the run goes on,
    without the cache from then on if it failed part-way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db: sqlite3.Connection | None = None
        try:
            self.db = self._open()
        except _CACHE_ERRORS as err:
            if self._fail(err):
                with contextlib.suppress(*_CACHE_ERRORS):  # a new one; if not, "without it" holds
                    self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileNotFoundError), self.path.open("rb") as f:
            head = f.read(len(_SQLITE_HEADER))
            if head and head != _SQLITE_HEADER:  # not handed to SQLite, which would write beside it
                raise _Foreign("file is not a database")
        db = sqlite3.connect(self.path, timeout=BUSY_SECONDS)
        try:
            names = [name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            tables = {name: {c for (c,) in db.execute("SELECT name FROM pragma_table_info(?)", (name,))}
                      for name in names}
            if any(_TABLES.get(name) != columns for name, columns in tables.items()):
                raise _Foreign("not a tracker cache")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS claims (article TEXT PRIMARY KEY, data TEXT)")
            version = extractor_version()
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if row is None or row[0] != version:
                db.execute("DELETE FROM claims")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))
                db.commit()
        except BaseException:
            db.close()
            raise
        return db

    def get(self, batch: list[Article]) -> dict[str, Result]:
        if self.db is None:
            return {}
        keys = [_key(a) for a in batch]
        marks = ",".join("?" * len(keys))
        try:
            rows = self.db.execute(f"SELECT article, data FROM claims WHERE article IN ({marks})", keys)
            return {key: [Claim(*fields) for fields in json.loads(data)] for key, data in rows}
        except _CACHE_ERRORS as err:
            self._fail(err)
            return {}

    def put(self, results: dict[str, Result]) -> None:
        if self.db is None:
            return
        rows = [(key, json.dumps([astuple(c) for c in claims])) for key, claims in results.items()
                if not isinstance(claims, str)]
        try:
            self.db.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?)", rows)
            self.db.commit()
        except _CACHE_ERRORS as err:
            self._fail(err)

    def close(self) -> None:
        if self.db is not None:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            self.db = None

    def _fail(self, err: Exception) -> bool:
        """Stop using the cache and say why; set it aside when it is damaged. True when the
        path is free again for a new cache."""
        self.close()
        reason = _reason(err)
        if not _damaged(err):
            _warn(f"cannot use the cache {self.path} ({reason}); going on without it")
            return False
        try:
            aside = set_aside(self.path)
        except OSError as move:
            _warn(f"the cache {self.path} cannot be read ({reason}) nor set aside ({move.strerror}); "
                  "going on without it")
            return False
        _warn(f"the cache {self.path} cannot be read ({reason}); set aside as {aside.name}, "
              "going on without it")
        return True


BUSY_SECONDS = 10.0  # a cache locked longer than this is held by a stuck process, not a busy one
_TABLES = {"meta": {"key", "value"}, "claims": {"article", "data"}}
_DAMAGE = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_BUSY", "SQLITE_LOCKED"})
_SQLITE_HEADER = b"SQLite format 3\x00"
_SIDECARS = ("-journal", "-wal", "-shm")  # SQLite's files beside a database: they go with it


class _Foreign(sqlite3.DatabaseError):
    """A database of another program at the cache's path: never written into."""


_CACHE_ERRORS = (sqlite3.Error, OSError, ValueError, TypeError)  # the last two: rows not ours


def _damaged(err: Exception) -> bool:
    return isinstance(err, (_Foreign, ValueError, TypeError)) or \
        getattr(err, "sqlite_errorname", "") in _DAMAGE


def _reason(err: Exception) -> str:
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err) if isinstance(err, sqlite3.Error) else f"a damaged row: {err}"


def set_aside(path: Path) -> Path:
    """Rename ``path`` (and SQLite's journal files beside it) to the first free
    ``NAME.damaged``, ``NAME.damaged-2``, ...; nothing is overwritten."""
    n = 1
    while (aside := path.with_name(path.name + (".damaged" if n == 1 else f".damaged-{n}"))).exists():
        n += 1
    os.rename(path, aside)
    for suffix in _SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            os.rename(sidecar, aside.with_name(aside.name + suffix))
    return aside


def _warn(message: str) -> None:
    warnings.warn(TrackerWarning(message), stacklevel=3)
