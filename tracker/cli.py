"""Command line: a thin layer over ``tracker.pipeline``.

Errors are one line on standard error (``tracker: error: ...``), never a traceback; exit
status 0 on success, 1 when no input could be used, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import __version__
from .dates import parse_published
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
    from .pipeline import extract
    from .table import articles_frame, write_csv

    published = parse_published(args.published)
    frame, articles, skipped = extract(
        args.inputs, published.isoformat() if published else "", args.outlet, on_skip=_warn
    )
    if not articles:
        raise TrackerError("no input could be used" + (f" ({len(skipped)} skipped)" if skipped else ""))
    try:
        write_csv(frame, args.output or sys.stdout)
        if args.articles:
            write_csv(articles_frame(articles, skipped, frame), args.articles)
    except OSError as err:
        raise TrackerError(f"cannot write {err.filename}: {err.strerror}") from None
    return 0


def _report(args: argparse.Namespace) -> int:
    from .pipeline import analyse, read_collection
    from .report import write_report

    published = parse_published(args.published)
    collection = read_collection(args.inputs, published.isoformat() if published else "", args.outlet,
                                 on_skip=None if args.quiet else _warn,
                                 progress=sys.stderr.isatty() and not args.quiet)
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
