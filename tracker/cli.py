"""Command line: a thin layer over ``tracker.pipeline``.

Errors are one line on standard error (``tracker: error: ...``), never a traceback; exit
status 0 on success, 1 when no input could be used, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, NoReturn

from . import __version__
from .engine import CACHE_NAME, Options
from .extractor.dates import parse_published
from .models import Skipped, TrackerError
from .reconcile import DEFAULT_RATIO


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"tracker: error: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="tracker", description="Casualty figures from news articles, "
                     "as a table of claims with their sources and dates.")
    parser.add_argument("--version", action="version", version=f"tracker {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    common = _Parser(add_help=False)
    common.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files or folders (.txt .md .jsonl .json .csv)")
    common.add_argument("--published", default="", metavar="YYYY-MM-DD",
                        help="publication date for inputs that do not carry their own")
    common.add_argument("--outlet", default="", metavar="NAME",
                        help="outlet for inputs that do not name their own")
    common.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="extract on N processes (the output is the same as with one)")
    common.add_argument("--cache", metavar="FILE",
                        help="SQLite cache of articles already read (report: DIR/.tracker-cache.sqlite)")
    common.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="local processes, or a Dask cluster (the 'dask' extra)")
    common.add_argument("--scheduler", default="", metavar="ADDRESS",
                        help="the Dask scheduler to use (default: a local cluster of --jobs workers)")

    ext = commands.add_parser("extract", parents=[common], help="write the claims table (CSV)",
                              description="Write one row per casualty figure (claims.csv).")
    ext.add_argument("-o", "--output", metavar="FILE", help="claims CSV (default: standard output)")
    ext.add_argument("--articles", metavar="FILE",
                     help="also write every input with its status and claim count (CSV)")

    rep = commands.add_parser("report", parents=[common], help="write the whole report into a folder",
                              description="Write claims, articles, incidents and conflicts (CSV) "
                                          "into a report folder.")
    rep.add_argument("--out", required=True, metavar="DIR", help="the report folder")
    rep.add_argument("--ratio", type=_ratio, default=DEFAULT_RATIO, metavar="R",
                     help=f"figures more than R times apart diverge (default {DEFAULT_RATIO})")
    rep.add_argument("--force", action="store_true",
                     help="replace DIR even when it is not a previous report")
    rep.add_argument("-q", "--quiet", action="store_true",
                     help="no progress bar, skip notices or closing line (articles.csv lists the "
                          "skipped inputs; errors are still shown)")
    return parser


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _options(args: argparse.Namespace, default_cache: Path | None = None) -> Options:
    cache = Path(args.cache) if args.cache else default_cache
    return Options(jobs=args.jobs, cache=cache, engine=args.engine, scheduler=args.scheduler)


def _ratio(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 1:
        raise argparse.ArgumentTypeError("must be more than 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.published and parse_published(args.published) is None:
        parser.error(f"--published: not a date: {args.published!r} (use YYYY-MM-DD)")
    try:
        return _extract(args) if args.command == "extract" else _report(args)
    except TrackerError as err:
        print(f"tracker: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("tracker: error: interrupted", file=sys.stderr)
        return 130


def _warn(item: Skipped) -> None:
    where = item.path + (f":{item.line}" if item.line else "")
    print(f"tracker: skipped {where}: {item.reason}", file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    """Claims are written as each article is read, so memory stays flat however large the
    input; the file given with -o appears whole at the end (written beside it, then renamed)."""
    from .pipeline import Reader
    from .table import ClaimWriter, articles_frame, write_csv

    published = parse_published(args.published)
    reader = Reader(args.inputs, published.isoformat() if published else "", args.outlet,
                    on_skip=_warn, options=_options(args), find_copies=bool(args.articles))
    articles = []  # kept (without text) only for --articles: memory stays flat otherwise
    counts: dict[str, int] = {}
    used = 0
    try:
        with _output(args.output) as out:
            writer: ClaimWriter | None = None
            for article, claims in reader:
                writer = writer or ClaimWriter(out)
                writer.write(claims)
                used += 1
                if args.articles:
                    articles.append(replace(article, text=""))
                    counts[article.id] = counts.get(article.id, 0) + len(claims)
            if not used:
                raise TrackerError("no input could be used"
                                   + (f" ({len(reader.skipped)} skipped)" if reader.skipped else ""))
        if args.articles:
            copies = reader.copies()
            articles = [replace(a, copy_of=copies.get(a.id, "")) for a in articles]
            write_csv(articles_frame(articles, reader.skipped, counts), args.articles)
    except OSError as err:
        raise TrackerError(f"cannot write {err.filename}: {err.strerror}") from None
    return 0


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file that appears only once it is complete."""
    if not path:
        yield sys.stdout
        return
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _report(args: argparse.Namespace) -> int:
    from .pipeline import analyse, read_collection
    from .report import check_target, write_report

    check_target(Path(args.out), args.force)  # before anything is written there
    published = parse_published(args.published)
    options = _options(args, default_cache=Path(args.out) / CACHE_NAME)
    collection = read_collection(args.inputs, published.isoformat() if published else "", args.outlet,
                                 on_skip=None if args.quiet else _warn,
                                 progress=sys.stderr.isatty() and not args.quiet, options=options)
    if not collection.articles:
        raise TrackerError("no input could be used"
                           + (f" ({len(collection.skipped)} skipped)" if collection.skipped else ""))
    try:
        summary = write_report(collection, analyse(collection, args.ratio), args.out, args.force)
    except OSError as err:
        raise TrackerError(f"cannot write the report: {err.strerror or err}") from None
    if not args.quiet:
        print(f"tracker: {summary.articles} articles ({summary.skipped} skipped), {summary.claims} claims, "
              f"{summary.incidents} incidents, {summary.conflicts} conflicts -> {summary.folder}",
              file=sys.stderr)
    return 0
