"""Writing a report folder: claims.csv, articles.csv, incidents.csv, conflicts.csv, the
charts and summary.md.

The folder is written whole or not at all: everything goes to a temporary folder beside it,
which then takes the report's place, so a crash or Ctrl-C leaves the previous report as it
was. A folder that is not a tracker report is never replaced unless the caller forces it.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from .engine import CACHE_NAME
from .html_report import render_html
from .lock import DEFAULT_WAIT, report_lock
from .models import EARLIER, Claim, TrackerError
from .pipeline import Collection
from .reconcile import Conflict, Estimate, Reconciled, source_words
from .review import Applied
from .table import articles_frame, claims_frame, records_frame, write_csv

MARKER = ".tracker-report"  # a file that says "this folder is a report the tracker wrote"


@dataclass(frozen=True)
class ReportSummary:
    folder: Path
    articles: int
    skipped: int
    claims: int
    incidents: int
    conflicts: int


def write_report(
    collection: Collection, analysis: Reconciled, out: str | Path, force: bool = False,
    reviewed: Applied | None = None, inputs: Mapping[str, Path] | None = None, wait: float = DEFAULT_WAIT,
) -> ReportSummary:
    """Write the report files of ``collection`` into the folder ``out``. ``inputs`` are the
    user's files that made the report (``review.csv``, ``aliases.csv``): copied into it, so
    that a report says which decisions made it; ``reviewed`` says what the review did.

    One run at a time writes a folder (a second waits up to ``wait`` seconds). A write that
    fails raises a ``TrackerError`` naming the file and the reason; the previous report is
    then as it was and nothing is left beside it."""
    target = Path(out)
    with report_folder(target, force, wait):
        staged = _Staged(target)
        try:
            claims = claims_frame(analysis.claims, with_incident=True)
            write_csv(claims, staged("claims.csv"))
            write_csv(articles_frame(collection.articles, collection.skipped, claims), staged("articles.csv"))
            write_csv(records_frame(analysis.estimates, Estimate), staged("incidents.csv"))
            write_csv(records_frame(analysis.conflicts, Conflict), staged("conflicts.csv"))
            charts = draw_charts(analysis, staged("charts"))
            staged("summary.md").write_text(summary_markdown(analysis, charts, reviewed), encoding="utf-8")
            staged("report.html").write_text(render_html(collection, analysis, charts), encoding="utf-8")
            for name, path in sorted((inputs or {}).items()):
                shutil.copyfile(path, staged(name))
            staged(MARKER).write_text("written by tracker report\n", encoding="utf-8")
            if (target / CACHE_NAME).is_file():  # the cache outlives the report it sits in
                shutil.copy2(target / CACHE_NAME, staged(CACHE_NAME))
            staged.swap_in()
        except OSError as err:
            raise TrackerError(staged.cannot_write(err)) from None
        finally:
            staged.remove()
    return ReportSummary(target, len(collection.articles), len(collection.skipped), len(analysis.claims),
                         len(analysis.incidents), len(analysis.conflicts))


@contextlib.contextmanager
def report_folder(target: Path, force: bool = False, wait: float = DEFAULT_WAIT) -> Iterator[None]:
    """Hold the report folder ``target`` for one run: its lock (waiting up to ``wait``
    seconds for another run), then what killed runs left beside it cleared, then the check
    that it may be replaced."""
    with report_lock(target, wait):
        try:
            clear_leftovers(target)
            check_target(target, force)
        except OSError as err:
            raise TrackerError(f"cannot use {err.filename or target}: {err.strerror or err}") from None
        yield


def check_target(target: Path, force: bool) -> None:
    """Refuse a report folder that is a file, or a folder of something else (unless forced).
    A folder that holds only the tracker's cache is one a previous run started."""
    if target.exists() and not target.is_dir():
        raise TrackerError(f"{target} exists and is not a folder")
    if target.is_dir() and not force and not (target / MARKER).exists() \
            and any(not p.name.startswith(CACHE_NAME) for p in target.iterdir()):
        raise TrackerError(f"{target} is not empty and is not a tracker report; use --force to replace it")


class _Staged:
    """The staging folder beside the report, made on first use. The last path handed out is
    the file a failed write is about when the error names none (a full disk or a size limit
    met at a write or a close)."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.folder: Path | None = None
        self.current = target

    def __call__(self, name: str) -> Path:
        if self.folder is None:
            self.folder = _new_folder(self.target, "staging")
        self.current = self.folder / name
        return self.current

    def swap_in(self) -> None:
        _swap_in(self(""), self.target)

    def remove(self) -> None:
        if self.folder is not None:  # gone already once swapped in
            shutil.rmtree(self.folder, ignore_errors=True)

    def cannot_write(self, err: OSError) -> str:
        """One line: the file as the user will look for it (in the report folder), and why."""
        named = isinstance(err.filename, str)
        path = Path(err.filename) if named else self.current
        what = "a file in " if not named and path.is_dir() and path != self.folder else ""  # a chart
        if self.folder is not None and path.is_relative_to(self.folder):
            path = self.target / path.relative_to(self.folder)
        return f"cannot write {what}{path}: {err.strerror or err}"


def _new_folder(target: Path, kind: str) -> Path:
    """A new empty folder beside ``target``, ``.NAME.KIND~RANDOM``, with the permissions the
    user's umask gives (the report takes its place, so it is not left private to its owner
    as a temporary folder would be)."""
    while True:
        folder = target.parent / f".{target.name}.{kind}~{secrets.token_hex(4)}"
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue


def _leftovers(target: Path, kind: str) -> list[Path]:
    pattern = re.compile(rf"\.{re.escape(target.name)}\.{kind}~[0-9a-f]{{8}}")
    try:
        return sorted(p for p in target.parent.iterdir()
                      if pattern.fullmatch(p.name) and p.is_dir() and not p.is_symlink())
    except FileNotFoundError:
        return []


def clear_leftovers(target: Path) -> None:
    """What killed runs left beside ``target`` (called with its lock held, so no run that
    left them is alive): a staging folder is removed; a previous report moved aside for the
    swap is put back if the new one never took its place, and otherwise gives up the files
    the tracker did not write, as a finished swap does."""
    for staging in _leftovers(target, "staging"):
        shutil.rmtree(staging)
    for old in _leftovers(target, "old"):
        if not target.exists():
            os.replace(old, target)
            continue
        _carry_over(old, target)
        shutil.rmtree(old)


def _swap_in(staging: Path, target: Path) -> None:
    """Put the finished report in place; the old one is removed only once the new one is there."""
    if not target.exists():
        os.replace(staging, target)
        return
    old = _new_folder(target, "old")
    os.rmdir(old)
    os.replace(target, old)
    try:
        os.replace(staging, target)
    except BaseException:
        os.replace(old, target)
        raise
    _carry_over(old, target)
    shutil.rmtree(old, ignore_errors=True)


_OURS = frozenset({"claims.csv", "articles.csv", "incidents.csv", "conflicts.csv", "summary.md", MARKER,
                   CACHE_NAME, "charts", "review.csv", "aliases.csv", "report.html"})
_OUR_CHART = re.compile(r"(I[0-9a-f]{10}-[a-z]+|overview)\.png")


def _carry_over(old: Path, target: Path) -> None:
    """Move into the new report every file of the old folder the tracker did not write: a
    user's notes beside a report, or the contents of a folder replaced with --force, are
    never deleted."""
    was_report = (old / MARKER).exists()  # a folder replaced with --force holds nothing of ours
    for path in sorted(old.rglob("*")):
        relative = path.relative_to(old)
        top_level = len(relative.parts) == 1
        chart = relative.parts[0] == "charts" and (path.is_dir() or bool(_OUR_CHART.fullmatch(relative.name)))
        ours = relative.as_posix() == CACHE_NAME or (was_report and ((top_level and relative.name in _OURS)
                                                                   or chart))
        if ours or path.is_dir():
            continue
        destination = target / relative
        if destination.exists():
            destination = destination.with_name(destination.name + ".kept")
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, destination)


MAX_CHARTED = 40  # incidents with charts of their own; the rest are in the tables
CHARTED_SCOPES = frozenset({"whole", "area"})


def draw_charts(analysis: Reconciled, folder: Path) -> dict[str, list[Path]]:
    """incident id -> its chart files (names from the incident id and category only, never
    from article text); the overview is under the key "". Only the ``MAX_CHARTED`` incidents
    with the most disagreements and sources get charts: a report of thousands of incidents
    stays readable and quick, and its tables hold everything."""
    from .charts import chartable, overview_chart, save, sources_chart, toll_chart

    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for claim in analysis.claims:
        by_incident[claim.incident_id].append(claim)
    estimates: dict[tuple[str, str], list[Estimate]] = defaultdict(list)
    for e in analysis.estimates:
        estimates[(e.incident_id, e.category)].append(e)
    conflicts: dict[tuple[str, str], list[Conflict]] = defaultdict(list)
    for c in analysis.conflicts:
        conflicts[(c.incident_id, c.category)].append(c)
    out: dict[str, list[Path]] = defaultdict(list)
    shown = charted_incidents(analysis, by_incident)
    for incident in shown:
        claims = by_incident[incident]
        label = analysis.incidents.get(incident, incident)
        for category in sorted({c.category for c in claims}):
            # tolls of the whole and of parts of the area; days, groups and people told one by
            # one only where nothing else is given (they are in the tables)
            members = [c for c in claims if c.category == category and c.scope in CHARTED_SCOPES] \
                or [c for c in claims if c.category == category]
            if not chartable(members):
                continue
            key = (incident, category)
            figure = toll_chart(label, category, members, estimates[key], conflicts[key])
            out[incident].append(save(figure, folder / f"{incident}-{category}.png"))
        if len({c.source_key for c in claims if not c.individuals}) > 1:
            out[incident].append(save(sources_chart(label, claims), folder / f"{incident}-sources.png"))
    charted = set(shown)
    overview = [e for e in analysis.estimates if e.incident_id in charted]
    if overview:
        out[""].append(save(overview_chart(overview), folder / "overview.png"))
    return out


def charted_incidents(analysis: Reconciled, by_incident: dict[str, list[Claim]]) -> list[str]:
    """The incidents worth a chart, most disputed first: disagreements, sources, claims."""
    disputes = Counter(c.incident_id for c in analysis.conflicts)
    ranked = sorted(by_incident, key=lambda i: (-disputes[i], -len({c.source_key for c in by_incident[i]}),
                                                -len(by_incident[i]), i))
    return sorted(ranked[:MAX_CHARTED])


KIND_HEADINGS = {"government": "Government", "military_police": "Military and police",
                 "international": "International bodies", "ngo": "NGOs, monitors and researchers",
                 "medical": "Hospitals and medics", "armed_group": "Armed groups", "media": "Media",
                 "witness": "Witnesses and residents", "": "Others", "unattributed": "Outlets' own figures"}
ESTIMATES_RULE = (
    "Estimates: for each date, every source's latest toll of the whole incident (not a figure far "
    "below its own toll of the same moment) counts while it is current: until a later toll of any "
    "source is higher (for killed and injured), for at most 7 days once a newer toll exists, and no "
    "longer once the source that gave it lowered it (for every source that had repeated it by then). "
    "low is the smallest current figure, best their median (hedged figures left out while others "
    "remain), high the highest firm figure given so far, a figure for part of the area counting as "
    "a lower bound of the whole."
)


def summary_markdown(analysis: Reconciled, charts: dict[str, list[Path]],
                     reviewed: Applied | None = None) -> str:
    """A fact-checker's note per incident: per category, the estimate and who says what now
    (each source's latest figure, by kind of source), then the disagreements, most severe
    first, with both sentences quoted; and the charts."""
    lines = ["# Casualty figures: summary", "", ESTIMATES_RULE, ""]
    if reviewed is not None:
        unknown = ", ".join(str(d.line) for d in reviewed.unknown)
        lines += [f"Review (review.csv): {reviewed.applied} decisions applied"
                  + (f"; {len(reviewed.unknown)} rows name claims this run does not have (lines {unknown}), "
                     "not applied" if unknown else "") + ".", ""]
    if charts.get(""):
        lines += ["![All incidents: latest estimates](charts/overview.png)", ""]
    latest: dict[tuple[str, str], Estimate] = {}
    for e in sorted(analysis.estimates, key=lambda e: e.as_of):
        latest[(e.incident_id, e.category)] = e
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for c in analysis.claims:
        by_incident[c.incident_id].append(c)
    rows_of: dict[str, list[Estimate]] = defaultdict(list)
    for (i, _), e in sorted(latest.items()):
        rows_of[i].append(e)
    conflicts_of: dict[str, list[Conflict]] = defaultdict(list)
    for x in sorted(analysis.conflicts, key=lambda c: c.rank):
        conflicts_of[x.incident_id].append(x)
    incidents = sorted(analysis.incidents.items(), key=lambda kv: (kv[1], kv[0]))
    for incident, label in incidents:  # one pass over each incident's rows: a report of thousands stays quick
        rows, conflicts = rows_of[incident], conflicts_of[incident]
        lines += [f"## {_md(label)}", "", f"Incident `{incident}`.", ""]
        if rows:
            lines += ["| category | as of | low | best | high | sources (current) | latest figure |",
                      "|---|---|---|---|---|---|---|"]
            lines += [f"| {e.category} | {e.as_of} | {_n(e.low)} | {_n(e.best)} | {_n(e.high)} | "
                      f"{e.sources} ({e.current_sources}) | {_n(e.latest_value)} ({_md(e.latest_source)}) |"
                      for e in rows]
            lines.append("")
        words = source_words(by_incident[incident])  # each source's word, once per incident
        for category in sorted({c.category for c in words}):
            lines += _who_says_what(category, words)
        if conflicts:
            lines += [f"Disagreements ({len(conflicts)}), most severe first:", ""]
            for x in conflicts:
                kind = x.kind.replace("_", " ")
                times = f", x{x.ratio:g}" if x.ratio < float("inf") else ""  # a zero figure: no ratio
                lines += [f"- #{x.rank} **{kind}** ({x.category}{times}): {_md(x.note)}",
                          f"    - {_md(x.source_a)}: “{_md(x.sentence_a)}”",
                          f"    - {_md(x.source_b)}: “{_md(x.sentence_b)}”"]
        else:
            lines.append("No disagreements between sources.")
        lines.append("")
        lines += [f"![{_md(label)}: {path.stem.split('-', 1)[-1]}](charts/{path.name})"
                  for path in charts.get(incident, [])]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _who_says_what(category: str, claims: list[Claim]) -> list[str]:
    """Each source's latest toll of one category (``claims``: each source's word,
    ``reconcile.source_words``), grouped by kind of source."""
    from .reconcile import is_toll, wording

    latest: dict[str, Claim] = {}
    # of one day, a figure said to be earlier ("up from 1.5 million") before the day's own
    for c in sorted((c for c in claims if c.category == category and is_toll(c)),
                    key=lambda c: (c.as_of, c.as_of_basis != EARLIER, c.published, c.article_id, c.start)):
        latest[c.source_key] = c
    if not latest:
        return []
    lines = [f"Who says what now ({category}):", ""]
    by_kind: dict[str, list[Claim]] = defaultdict(list)
    for c in latest.values():
        by_kind[c.source_kind].append(c)
    for kind in KIND_HEADINGS:
        for c in sorted(by_kind.get(kind, []), key=lambda c: (c.speaker, c.claim_id)):
            hedge = " (hedged)" if c.hedged else ""
            # a figure the text gives as an earlier one ("the previous toll of 359") is not of its day
            when = "undated" if not c.as_of else f"before {c.as_of}" if c.as_of_basis == EARLIER \
                else f"as of {c.as_of}"
            lines.append(f"- {KIND_HEADINGS[kind]}: {_md(c.speaker)}, {wording(c)}{hedge} {when}")
    return [*lines, ""]


def _n(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _md(text: str) -> str:
    """Article text in Markdown: no markup, no links, no HTML."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text.replace("\n", " "))
