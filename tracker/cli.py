"""Command line: a thin layer over ``tracker.pipeline``.

Errors are one line on standard error (``tracker: error: ...``), never a traceback; exit
status 0 on success, 1 when no input could be used, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, NoReturn

from . import __version__
from .engine import CACHE_NAME, Options
from .extractor.dates import parse_published
from .lock import DEFAULT_WAIT
from .models import Skipped, TrackerError, TrackerWarning
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
    common.add_argument("--language", default="", metavar="CODE", type=_language,
                        help="language (ISO 639-1: en, ru) of inputs that do not state theirs; "
                             "default: detected per article")
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
    rep.add_argument("--review", metavar="FILE",
                     help="a fact-checker's decisions to apply (CSV: claim_id,field,value; field is drop "
                          "or a claims column: category, value, low, high, qualifier, source, via, as_of, "
                          "scope); copied into the report")
    rep.add_argument("--aliases", metavar="FILE",
                     help="source names that are one source (CSV: name,same_as); copied into the report")
    rep.add_argument("--force", action="store_true",
                     help="replace DIR even when it is not a previous report")
    rep.add_argument("--wait", type=_seconds, default=DEFAULT_WAIT, metavar="SECONDS",
                     help="how long to wait for another run writing DIR before stopping "
                          f"(default {DEFAULT_WAIT:g})")
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


def _language(text: str) -> str:
    """--language: a two-letter ISO 639-1 code ("ru", "RU", "ru-RU")."""
    code = text.strip().lower().replace("_", "-").split("-")[0]
    if not code:
        return ""
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise argparse.ArgumentTypeError(f"not a language code: {text!r} (use ISO 639-1, e.g. en, ru)")
    return code


def _options(args: argparse.Namespace, default_cache: Path | None = None) -> Options:
    cache = Path(args.cache) if args.cache else default_cache
    return Options(jobs=args.jobs, cache=cache, engine=args.engine, scheduler=args.scheduler)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None


def _seconds(text: str) -> float:
    value = _number(text)
    if not 0 <= value < float("inf"):
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _ratio(text: str) -> float:
    value = _number(text)
    if not value > 1:
        raise argparse.ArgumentTypeError("must be more than 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.published and parse_published(args.published) is None:
        parser.error(f"--published: not a date: {args.published!r} (use YYYY-MM-DD)")
    try:
        with _one_line_warnings(), _terminate_as_interrupt():
            return _extract(args) if args.command == "extract" else _report(args)
    except TrackerError as err:
        print(f"tracker: error: {err}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as err:  # the system's refusal, where no step above put it in words
        where = f"{err.filename}: " if err.filename else ""
        print(f"tracker: error: {where}{err.strerror or err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tracker: error: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        print("tracker: error: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM


class _Terminated(BaseException):
    """SIGTERM, raised where the run is: not an ``Exception``, which an article's extraction
    would take for a bug in that article."""


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (`kill`, a scheduler's time limit) ends a run as Ctrl-C does: its staging folder
    removed, its lock released, the previous report as it was."""

    def stop(signum: int, frame: object) -> None:
        raise _Terminated

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def _one_line_warnings() -> Iterator[None]:
    """The tracker's own warnings (a damaged cache set aside) as one line each, every time."""
    with warnings.catch_warnings():
        shown = warnings.showwarning

        def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
            if issubclass(category, TrackerWarning):
                print(f"tracker: warning: {message}", file=sys.stderr)
            else:
                shown(message, category, *args, **kwargs)

        warnings.simplefilter("always", TrackerWarning)
        warnings.showwarning = show
        yield


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
                    on_skip=_warn, options=_options(args), find_copies=bool(args.articles),
                    language=args.language)
    articles = []  # kept (without text) only for --articles: memory stays flat otherwise
    counts: dict[str, int] = {}
    used = 0
    name = args.output or "standard output"
    with _output(args.output) as out:
        writer: ClaimWriter | None = None
        for article, claims in reader:
            with _writing(name):
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
        with _writing(args.articles):
            write_csv(articles_frame(articles, reader.skipped, counts), args.articles)
    return 0


@contextlib.contextmanager
def _writing(name: str) -> Iterator[None]:
    """A failed write as one line naming the file the user gave (a full disk or a size limit
    met at a write or a close names no file of its own)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as err:
        raise TrackerError(f"cannot write {name}: {err.strerror or err}") from None


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or a file that appears only once it is complete."""
    if not path:
        yield sys.stdout
        with _writing("standard output"):
            sys.stdout.flush()  # here, not at exit, where a full disk is a traceback
        return
    target = Path(path)
    into = target.exists() and not target.is_file()  # /dev/null, a named pipe: never replaced
    partial = target if into else target.with_name(f".{target.name}.partial")
    try:
        with _writing(path):
            out = partial.open("w", encoding="utf-8", newline="")
        try:
            yield out
        finally:
            with _writing(path):
                out.close()
        if not into:
            with _writing(path):
                os.replace(partial, target)
    finally:
        if not into:
            partial.unlink(missing_ok=True)


def _report(args: argparse.Namespace) -> int:
    """The whole run holds the report folder (its lock, taken before anything is written
    there): a second run on it waits, and never mixes its files with this one's."""
    from .pipeline import analyse, read_collection
    from .report import report_folder, write_report
    from .review import apply_review, read_aliases, read_review

    out = Path(args.out)
    with report_folder(out, args.force, args.wait):
        decisions = read_review(args.review) if args.review else None
        aliases = read_aliases(args.aliases) if args.aliases else None
        published = parse_published(args.published)
        options = _options(args, default_cache=out / CACHE_NAME)
        collection = read_collection(args.inputs, published.isoformat() if published else "", args.outlet,
                                     on_skip=None if args.quiet else _warn,
                                     progress=sys.stderr.isatty() and not args.quiet, options=options,
                                     language=args.language)
        if not collection.articles:
            raise TrackerError("no input could be used"
                               + (f" ({len(collection.skipped)} skipped)" if collection.skipped else ""))
        reviewed = None
        if decisions is not None:
            reviewed = apply_review(collection.claims, decisions)
            collection = replace(collection, claims=reviewed.claims)
            for d in reviewed.unknown:
                print(f"tracker: review {args.review}:{d.line}: no claim {d.claim_id} in this run "
                      f"(its article changed or is gone); row not applied", file=sys.stderr)
        inputs = {"review.csv": Path(args.review) if args.review else None,
                  "aliases.csv": Path(args.aliases) if args.aliases else None}
        summary = write_report(collection, analyse(collection, args.ratio, aliases), out, args.force,
                               reviewed=reviewed, inputs={k: v for k, v in inputs.items() if v},
                               wait=args.wait)
    if not args.quiet:
        print(f"tracker: {summary.articles} articles ({summary.skipped} skipped), {summary.claims} claims, "
              f"{summary.incidents} incidents, {summary.conflicts} conflicts -> {summary.folder}",
              file=sys.stderr)
    return 0
