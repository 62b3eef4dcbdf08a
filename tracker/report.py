"""Writing a report folder: claims.csv, articles.csv, incidents.csv, conflicts.csv, the
charts and summary.md.

The folder is written whole or not at all: everything goes to a temporary folder beside it,
which then takes the report's place, so a crash or Ctrl-C leaves the previous report as it
was. A folder that is not a tracker report is never replaced unless the caller forces it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .engine import CACHE_NAME
from .html_report import render_html
from .models import Claim, TrackerError
from .pipeline import Collection
from .reconcile import Conflict, Estimate, Reconciled
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
    collection: Collection, analysis: Reconciled, out: str | Path, force: bool = False
) -> ReportSummary:
    """Write the report files of ``collection`` into the folder ``out``."""
    target = Path(out)
    check_target(target, force)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        claims = claims_frame(analysis.claims, with_incident=True)
        write_csv(claims, staging / "claims.csv")
        write_csv(articles_frame(collection.articles, collection.skipped, claims), staging / "articles.csv")
        write_csv(records_frame(analysis.estimates, Estimate), staging / "incidents.csv")
        write_csv(records_frame(analysis.conflicts, Conflict), staging / "conflicts.csv")
        charts = draw_charts(analysis, staging / "charts")
        (staging / "summary.md").write_text(summary_markdown(analysis, charts), encoding="utf-8")
        (staging / "report.html").write_text(render_html(collection, analysis, charts), encoding="utf-8")
        (staging / MARKER).write_text("written by tracker report\n", encoding="utf-8")
        if (target / CACHE_NAME).is_file():  # the cache outlives the report it sits in
            shutil.copy2(target / CACHE_NAME, staging / CACHE_NAME)
        _swap_in(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ReportSummary(target, len(collection.articles), len(collection.skipped), len(analysis.claims),
                         len(analysis.incidents), len(analysis.conflicts))


def check_target(target: Path, force: bool) -> None:
    """Refuse a report folder that is a file, or a folder of something else (unless forced).
    A folder that holds only the tracker's cache is one a previous run started."""
    if target.exists() and not target.is_dir():
        raise TrackerError(f"{target} exists and is not a folder")
    if target.is_dir() and not force and not (target / MARKER).exists() \
            and any(p.name != CACHE_NAME for p in target.iterdir()):
        raise TrackerError(f"{target} is not empty and is not a tracker report; use --force to replace it")


def _swap_in(staging: Path, target: Path) -> None:
    """Put the finished report in place; the old one is removed only once the new one is there."""
    if not target.exists():
        os.replace(staging, target)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old.", dir=target.parent))
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
                   CACHE_NAME, "charts", "report.html"})
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
            members = [c for c in claims if c.category == category and not c.individuals] \
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


def summary_markdown(analysis: Reconciled, charts: dict[str, list[Path]]) -> str:
    """Per incident: the latest low / best / high per category, the sources, the disagreements
    in plain sentences, and the charts."""
    lines = ["# Casualty figures: summary", ""]
    if charts.get(""):
        lines += ["![All incidents: latest estimates](charts/overview.png)", ""]
    latest: dict[tuple[str, str], Estimate] = {}
    for e in sorted(analysis.estimates, key=lambda e: e.as_of):
        latest[(e.incident_id, e.category)] = e
    incidents = sorted(analysis.incidents.items(), key=lambda kv: (kv[1], kv[0]))
    for incident, label in incidents:
        rows = [e for (i, _), e in sorted(latest.items()) if i == incident]
        conflicts = [c for c in analysis.conflicts if c.incident_id == incident]
        lines += [f"## {_md(label)}", "", f"Incident `{incident}`.", ""]
        if rows:
            lines += ["| category | as of | low | best | high | sources | latest figure |",
                      "|---|---|---|---|---|---|---|"]
            lines += [f"| {e.category} | {e.as_of} | {_n(e.low)} | {_n(e.best)} | {_n(e.high)} | "
                      f"{e.sources} | {_n(e.latest_value)} ({_md(e.latest_source)}) |" for e in rows]
            lines.append("")
        if conflicts:
            lines += [f"Disagreements ({len(conflicts)}):", ""]
            lines += [f"- **{c.kind.replace('_', ' ')}** ({c.category}, x{c.ratio:g}): {_md(c.note)}"
                      for c in conflicts]
        else:
            lines.append("No disagreements between sources.")
        lines.append("")
        lines += [f"![{_md(label)}: {path.stem.split('-', 1)[-1]}](charts/{path.name})"
                  for path in charts.get(incident, [])]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _n(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _md(text: str) -> str:
    """Article text in Markdown: no markup, no links, no HTML."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text.replace("\n", " "))
