"""Engines and cache: the same claims on one process, several, or a Dask cluster; a re-run
reads only what changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tracker import Article
from tracker.cli import main
from tracker.engine import Cache, Options, run
from tracker.pipeline import Reader

DATA = Path(__file__).resolve().parent.parent / "data"


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{k:03d}", text=f"Floods forced {k + 2} families to flee. At least {k + 3} people "
                                         f"were killed on Monday, the ministry said.", published="2020-03-04")
            for k in range(n)]


def _claims(options: Options) -> list[tuple[str, list[object]]]:
    return [(a.id, [c for c in (r if isinstance(r, list) else [])]) for a, r in run(_articles(300), options)]


def test_processes_give_the_same_claims_in_the_same_order() -> None:
    assert _claims(Options(jobs=2)) == _claims(Options(jobs=1))


def test_cli_jobs_give_byte_identical_files(tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        assert main(["extract", str(DATA), "-o", str(tmp_path / f"claims{jobs}.csv"), "--jobs", jobs]) == 0
        out = tmp_path / f"report{jobs}"
        assert main(["report", str(DATA), "--out", str(out), "-q", "--jobs", jobs]) == 0
    assert (tmp_path / "claims1.csv").read_bytes() == (tmp_path / "claims2.csv").read_bytes()
    for name in ("claims.csv", "incidents.csv", "conflicts.csv", "articles.csv"):
        assert (tmp_path / "report1" / name).read_bytes() == (tmp_path / "report2" / name).read_bytes()


def test_streamed_extract_writes_what_the_table_writes(tmp_path: Path) -> None:
    from tracker import extract, write_csv

    assert main(["extract", str(DATA), "-o", str(tmp_path / "streamed.csv")]) == 0
    frame, _, _ = extract([str(DATA)])
    write_csv(frame, tmp_path / "table.csv")
    streamed = sorted((tmp_path / "streamed.csv").read_text().splitlines()[1:])
    assert streamed == sorted((tmp_path / "table.csv").read_text().splitlines()[1:])


def test_a_rerun_reads_only_the_new_article(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for k, article in enumerate(_articles(40)):
        (folder / f"{k:03d}.txt").write_text(article.text)
    cache = tmp_path / "cache.sqlite"
    first = Reader([str(folder)], "2020-03-04", options=Options(cache=cache))
    before = list(first)
    (folder / "new.txt").write_text("Three people were injured in a second blast on Tuesday.")
    second = Reader([str(folder)], "2020-03-04", options=Options(cache=cache))
    after = list(second)
    assert (first.stats.extracted, first.stats.cached) == (40, 0)
    assert (second.stats.extracted, second.stats.cached) == (1, 40)
    assert [c for _, cs in after for c in cs][:len(before) * 2] == [c for _, cs in before for c in cs]


def test_another_extractor_version_empties_the_cache(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    list(run(_articles(5), Options(cache=path)))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 5
        db.execute("UPDATE meta SET value = 'an older extractor' WHERE key = 'version'")
    Cache(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM claims").fetchone()[0] == 0


def test_the_report_keeps_its_cache_across_runs(tmp_path: Path) -> None:
    out = tmp_path / "report"
    assert main(["report", str(DATA), "--out", str(out), "-q"]) == 0
    assert (out / ".tracker-cache.sqlite").is_file()
    assert main(["report", str(DATA), "--out", str(out), "-q"]) == 0
    assert (out / ".tracker-cache.sqlite").is_file()


def test_dask_engine_on_a_local_cluster_gives_the_same_claims() -> None:
    pytest.importorskip("dask.distributed")
    assert _claims(Options(engine="dask", jobs=1)) == _claims(Options())
