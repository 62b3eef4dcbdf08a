"""Charts of how tolls moved and how far sources are apart (matplotlib, PNG).

Each function returns a matplotlib ``Figure`` (the notebook shows it inline); ``save`` writes
it with fixed metadata, so the same report draws the same bytes.

- ``toll_chart``: one incident and category over time, one series per independent source,
  marker shape by qualifier, ranges as bars, vague amounts as spans, the low-high band of
  the estimates, disagreements marked and labelled, a log scale past a twentyfold spread.
- ``sources_chart``: one incident, the latest figure of each source side by side, per category.
- ``overview_chart``: every incident and category of a report, best with its low-high range.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from .models import Claim
from .reconcile import Conflict, Estimate, source_words
from .reconcile import figure as _figure

MARKERS = {"exact": "o", "at_least": "^", "more_than": "^", "about": "D", "at_most": "v"}
QUALIFIER_NAMES = {"o": "exact", "^": "lower bound (at least, more than)",
                   "D": "approximate (about)", "v": "upper bound (up to)"}
CUMULATIVE = frozenset({"killed", "injured"})
KIND_LABELS = {"contradiction": "contradiction", "divergence": "divergence",
               "part_exceeds_whole": "part > whole", "decrease": "decrease"}
LOG_SPREAD = 20  # a toll chart past this spread of figures has a log scale
ONE_DAY_MARGIN = 1.5  # days shown either side of a chart whose figures are all of one day
ORDERS_OF_MAGNITUDE = 100  # the latest-figure chart stays linear from zero below this spread
MAX_ANNOTATIONS = 6
HUB_CONFLICTS = 3  # a figure in this many of a chart's disagreements is ringed, not joined by lines
FAR_GAP_DAYS = 60  # a toll chart leaves out figures given this long after the others ...
FAR_GAP_SPAN = 4  # ... and this many times the span of the others' days; it lists them
MAX_LATER = 4  # figures such a chart lists
MAX_SERIES = 8  # sources a chart names; the others are grey points
OTHERS = "other sources"
MAX_OVERVIEW_ROWS = 60
_STYLE: Any = {"font.size": 10, "axes.titlesize": 12, "axes.spines.top": False, "axes.spines.right": False,
          "svg.hashsalt": "tracker", "font.family": "DejaVu Sans"}


def save(figure: Figure, path: Path) -> Path:
    """Write a PNG with no creation date or software version in it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100, metadata={"Software": None}, bbox_inches="tight")
    return path


def _day(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10]) if len(iso) >= 10 else None
    except ValueError:
        return None


def _who(c: Claim) -> str:
    return c.speaker or c.source or c.outlet or "unnamed outlet"


def _drawn(c: Claim) -> bool:
    """A figure a toll chart draws: dated, with a figure, no breakdown of another, and no
    projection without a number ("the toll might reach thousands": claims.csv keeps it, a
    vague forecast; "could reach 20,000" is drawn, hedged)."""
    return bool(_day(c.as_of)) and _figure(c) is not None and not c.part_of and not _vague_forecast(c)


def _vague_forecast(c: Claim) -> bool:
    return c.forecast and c.qualifier == "vague"


def chartable(claims: list[Claim]) -> bool:
    """Worth a toll chart: figures on more than one date or from more than one source."""
    dated = [c for c in claims if _drawn(c)]
    return len({c.as_of[:10] for c in dated}) > 1 or len({c.source_key for c in dated}) > 1


def toll_chart(label: str, category: str, claims: list[Claim], estimates: list[Estimate],
               conflicts: list[Conflict]) -> Figure:
    """How one incident's toll of one category moved, source by source."""
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(10, 5.5))
        ax = fig.subplots()
        dated = sorted((c for c in claims if _drawn(c)), key=lambda c: (c.as_of, c.claim_id))
        _band(ax, estimates)
        series = _series(dated)
        colours = matplotlib.colormaps["tab10"]
        handles: list[Line2D] = []
        xs = [_point(c)[0] for c in dated]
        width = max(0.3, (max(xs) - min(xs)) / 120) if xs else 0.3  # a vague span stays visible
        for n, (name, members) in enumerate(series):
            colour = "0.65" if name == OTHERS else colours(n % 10)
            handles.append(_plot_series(ax, name, members, colour, category in CUMULATIVE and name != OTHERS,
                                        width))
        _mark_conflicts(ax, conflicts, {c.claim_id: c for c in dated})
        values = [v for c in dated for v in (c.low, c.value, c.high) if v]
        # the scale follows the figures sources gave, not a vague amount's made-up bounds
        # ("thousands" is 1,000 to 9,999 only to be drawn)
        firm = [v for c in dated if c.qualifier != "vague" for v in (c.low, c.value, c.high) if v] or values
        spread = max(firm) / max(min(firm), 1) if firm else 1
        if spread > LOG_SPREAD:
            ax.set_yscale("log")
        else:  # a linear axis from zero, its figures written out ("2,800,000", not "2.8 1e6")
            ax.set_ylim(bottom=0, top=max(values, default=1) * 1.1)
            ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: f"{y:,.0f}"))
        ax.xaxis_date()
        days = sorted({_point(c)[0] for c in dated})
        cut = _far_later(days)
        if cut is not None:
            # the first weeks stay readable: the figures given long after are listed, not drawn
            # on an axis that would squeeze the weeks of reports into its left edge
            ax.set_xlim(days[0] - ONE_DAY_MARGIN, cut + max(ONE_DAY_MARGIN, (cut - days[0]) * 0.08))
            later = [c for c in dated if _point(c)[0] > cut]
            ax.text(0.99, 0.02, "Later, off the chart:\n" + "\n".join(
                f"{c.as_of[:10]}  {_point(c)[1]:,.0f}  {_short(_who(c), 30)}" for c in later[-MAX_LATER:])
                + (f"\n(and {len(later) - MAX_LATER} more)" if len(later) > MAX_LATER else ""),
                transform=ax.transAxes, ha="right", va="bottom", fontsize=8, color="0.3",
                bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": "0.8"})
            days = [d for d in days if d <= cut]
        if days and days[-1] - days[0] < 1:
            # figures of one day: that day and one either side, by date, never its hours
            ax.set_xlim(days[0] - ONE_DAY_MARGIN, days[-1] + ONE_DAY_MARGIN)
            ax.xaxis.set_major_locator(mdates.DayLocator())  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))  # type: ignore[no-untyped-call]
        else:
            locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
        ax.set_ylabel(f"people {category}" + (f" (log scale: {spread:,.0f} times apart)"
                                              if spread > LOG_SPREAD else ""))
        ax.set_title(f"{label}: {category}, as reported by each source")
        ax.grid(axis="y", alpha=0.3)
        ax.legend(handles=handles + _keys(dated, bool(estimates)), loc="upper left",
                  bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
        return fig


def _keys(dated: list[Claim], band: bool) -> list[Line2D]:
    """Legend entries for what the marks mean, only for marks the chart shows."""
    keys = [Line2D([], [], marker=m, linestyle="", color="0.3", label=name)
            for m, name in QUALIFIER_NAMES.items() if any(MARKERS.get(c.qualifier) == m for c in dated)]
    if any(c.qualifier == "range" for c in dated):
        keys.append(Line2D([], [], marker="|", markersize=14, markeredgewidth=3, linestyle="", color="0.3",
                           label="range (between ... and ...)"))
    if any(c.qualifier == "vague" for c in dated):
        keys.append(Line2D([], [], color="0.3", linewidth=8, alpha=0.3,
                           label="vague amount (dozens, hundreds)"))
    if any(c.hedged for c in dated):
        keys.append(Line2D([], [], marker="o", markerfacecolor="white", linestyle="", color="0.3",
                           label="hedged (may have, feared)"))
    if band:
        keys.append(Line2D([], [], color="0.6", linewidth=8, alpha=0.3, label="low-high estimate"))
    return keys


def _series(dated: list[Claim]) -> list[tuple[str, list[Claim]]]:
    """The sources of a chart, most figures first: the first ``MAX_SERIES`` by name, the rest
    together as "other sources". Two sources never share a name in a legend."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in dated:
        groups[c.source_key or _who(c)].append(c)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    named = _unique_names([members for _, members in ordered[:MAX_SERIES]])
    out = list(zip(named, [members for _, members in ordered[:MAX_SERIES]], strict=True))
    rest = [c for _, members in ordered[MAX_SERIES:] for c in members]
    if rest:
        out.append((OTHERS, sorted(rest, key=lambda c: (c.as_of, c.claim_id))))
    return out


def _unique_names(groups: list[list[Claim]]) -> list[str]:
    names: list[str] = []
    for members in groups:
        name = _short(_who(members[-1]))
        n = 2
        while name in names:
            name, n = f"{_short(_who(members[-1]), 34)} ({n})", n + 1
        names.append(name)
    return names


def _x(day: dt.date) -> float:
    """A date as matplotlib's axis number (the axis shows it as a date)."""
    return float(mdates.date2num(day))  # type: ignore[no-untyped-call]


def _point(c: Claim) -> tuple[float, float]:
    """(x, y) of a claim the chart shows: its day and its figure (both known by then)."""
    day, figure = _day(c.as_of), _figure(c)
    assert day is not None and figure is not None
    return _x(day), figure


def _plot_series(ax: Axes, name: str, members: list[Claim], colour: Any, cumulative: bool,
                 width: float) -> Line2D:
    firm = [_point(c) for c in members if c.qualifier not in ("range", "vague")]
    if len(firm) > 1 and name != OTHERS:  # the others are points: their figures are no one line
        ax.plot([x for x, _ in firm], [y for _, y in firm], color=colour, alpha=0.6,
                drawstyle="steps-post" if cumulative else "default", linewidth=1.5)
    for c in members:
        x, y = _point(c)
        if c.qualifier == "range" and c.low is not None and c.high is not None:
            ax.vlines(x, c.low, c.high, color=colour, linewidth=3, alpha=0.8)
        elif c.qualifier == "vague" and c.low is not None and c.high is not None:
            ax.fill_between([x - width, x + width], c.low, c.high, color=colour, alpha=0.3, linewidth=0)
        else:
            ax.plot([x], [y], marker=MARKERS.get(c.qualifier, "o"), color=colour, markersize=8,
                    markerfacecolor="white" if c.hedged else colour, linestyle="")
    suffix = " (part of the area)" if all(c.scope == "area" for c in members) else ""
    return Line2D([], [], color=colour, marker="o", label=name + suffix)


def _far_later(days: list[float]) -> float | None:
    """The last day of a chart's reports when the figures after it came long after them (a
    report a year on, after weeks of daily counts): a gap of more than ``FAR_GAP_DAYS`` and more
    than ``FAR_GAP_SPAN`` times the span of the reports before it; else None."""
    if len(days) < 3:
        return None
    gaps = [(days[k + 1] - days[k], k) for k in range(len(days) - 1)]
    gap, k = max(gaps)
    span = max(days[k] - days[0], 1.0)
    return days[k] if k >= 1 and gap > FAR_GAP_DAYS and gap > FAR_GAP_SPAN * span else None


def _band(ax: Axes, estimates: list[Estimate]) -> None:
    rows = sorted((_x(d), float(e.low), float(e.high)) for e in estimates for d in [_day(e.as_of)]
                  if d and e.low is not None and e.high is not None)
    if not rows:
        return
    xs = [x for x, _, _ in rows] + [rows[-1][0] + 0.5]
    lows = [lo for _, lo, _ in rows] + [rows[-1][1]]
    highs = [hi for _, _, hi in rows] + [rows[-1][2]]
    ax.fill_between(xs, lows, highs, step="post", color="0.6", alpha=0.2, linewidth=0)


def _mark_conflicts(ax: Axes, conflicts: list[Conflict], claims: dict[str, Claim]) -> None:
    shown = sorted(conflicts, key=lambda c: (-c.ratio, c.conflict_id))[:MAX_ANNOTATIONS]
    # a figure that disagrees with several others is ringed and says so, no fan of lines to it
    ends = Counter(end for c in shown for end in (c.claim_a, c.claim_b))
    hubs = {end for end, n in ends.items() if n >= HUB_CONFLICTS and end in claims}
    for hub in sorted(hubs):
        x, y = _point(claims[hub])
        ax.plot([x], [y], marker="o", markersize=16, markerfacecolor="none", markeredgecolor="crimson",
                markeredgewidth=1.5, linestyle="")
        ax.annotate(f"disagrees with {ends[hub]} sources", xy=(x, y), xytext=(10, -16),
                    textcoords="offset points", fontsize=8, color="crimson")
    n = -1
    for conflict in shown:
        a, b = claims.get(conflict.claim_a), claims.get(conflict.claim_b)
        if a is None or b is None or conflict.claim_a in hubs or conflict.claim_b in hubs:
            continue
        n += 1
        (xa, ya), (xb, yb) = _point(a), _point(b)
        ax.plot([xa, xb], [ya, yb], color="crimson", linestyle=":", linewidth=1.2)
        later = (xb, yb) if xb >= xa else (xa, ya)
        ax.annotate(f"{KIND_LABELS.get(conflict.kind, conflict.kind)} x{conflict.ratio:g}",
                    xy=later, xytext=(8, 10 + 14 * n), textcoords="offset points",
                    fontsize=8, color="crimson",
                    arrowprops={"arrowstyle": "-", "color": "crimson", "linewidth": 0.6})


def _short(text: str, width: int = 38) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def sources_chart(label: str, claims: list[Claim]) -> Figure:
    """The latest toll of each source, per category (tolls of the whole, and of parts of the
    area hatched), as bars with the interval they allow."""
    latest: dict[str, dict[str, Claim]] = defaultdict(dict)
    for c in sorted(source_words(claims), key=lambda c: (c.as_of, c.claim_id)):
        if _figure(c) is not None and not c.part_of and c.scope in ("whole", "area") \
                and not _vague_forecast(c):
            # a source's part of the area is a bar of its own: it never hides the source's whole toll
            latest[c.category][f"{c.source_key or _who(c)}\0{c.scope}"] = c
    for category, by_source in latest.items():  # the sources with the largest figures, at most MAX_SERIES
        kept = sorted(by_source.items(), key=lambda kv: (-(_figure(kv[1]) or 0), kv[0]))[:MAX_SERIES]
        latest[category] = dict(kept)
    categories = sorted(latest)
    rows = sum(len(latest[k]) for k in categories)
    height = 1.2 + 0.45 * max(rows, 1) + 0.6 * len(categories)
    ratios = [max(len(latest[k]), 1) for k in categories] or [1]
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(10, height))
        axes = fig.subplots(len(categories) or 1, 1, squeeze=False, gridspec_kw={"height_ratios": ratios})
        for ax, category in zip(axes[:, 0], categories, strict=False):
            members = sorted(latest[category].values(), key=lambda c: _figure(c) or 0)
            names = [f"{_short(_who(c))}{' (part)' if c.scope == 'area' else ''} · {c.as_of}"
                     for c in members]
            figures = [_figure(c) or 0 for c in members]
            colours = ["#b8b8b8" if c.hedged or c.qualifier == "vague" else "#4c72b0" for c in members]
            bars = ax.barh(names, figures, color=colours)
            for bar, c in zip(bars, members, strict=True):
                if c.scope == "area":
                    bar.set_hatch("//")
                figure = _figure(c) or 0
                low = c.low if c.low is not None else figure
                y = bar.get_y() + bar.get_height() / 2
                end = figure
                if c.high is not None and c.high != low:
                    ax.hlines(y, low, c.high, color="black", linewidth=1.5)
                    end = max(end, c.high)
                elif c.high is None and c.qualifier in ("at_least", "more_than"):
                    end = figure * 1.15 + 1  # open to the right: an arrow past the bar
                    ax.annotate("", xy=(end, y), xytext=(figure, y), arrowprops={"arrowstyle": "->"})
                ax.text(end, y, f"  {_describe(c)}", va="center", fontsize=8)
            spread = max(figures) / max(min(figures), 1) if figures else 1
            if spread > ORDERS_OF_MAGNITUDE:
                ax.set_xscale("log")
                ax.set_xlabel(f"people {category} (log scale: the figures are {spread:,.0f} times apart)",
                              fontsize=8)
            else:
                ax.set_xlim(left=0)
                ax.set_xlabel(f"people {category} (linear scale from zero)", fontsize=8)
            ax.set_title(f"{category}", loc="left", fontsize=10)
            ax.margins(x=0.25)
        fig.suptitle(f"{label}: latest figure of each source", fontsize=12)
        fig.tight_layout()
        return fig


def _describe(c: Claim) -> str:
    if c.qualifier == "range":
        return f"{c.low:,}-{c.high:,}"
    if c.qualifier == "vague":
        return f"{c.term} ({c.low:,}-{c.high:,})"
    prefix = {"at_least": "≥", "more_than": ">", "about": "~", "at_most": "≤"}.get(c.qualifier, "")
    return f"{prefix}{c.value:,}" + (" (hedged)" if c.hedged else "")


def overview_chart(estimates: list[Estimate]) -> Figure:
    """Every incident and category: the latest best estimate with its low-high range."""
    latest: dict[tuple[str, str], Estimate] = {}
    for e in sorted(estimates, key=lambda e: e.as_of):
        latest[(e.label, e.category)] = e
    rows = sorted(latest.values(), key=lambda e: (e.label, e.category))[:MAX_OVERVIEW_ROWS]
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(10, 1.5 + 0.4 * max(len(rows), 1)))
        ax = fig.subplots()
        names = [f"{_short(e.label, 30)} · {e.category}" for e in rows]
        y = list(range(len(rows)))
        best = [float(e.best if e.best is not None else e.low or 0) for e in rows]
        ax.scatter(best, y, color="#4c72b0", zorder=3, label="best")
        for yi, e in zip(y, rows, strict=True):
            if e.low is not None and e.high is not None:
                ax.hlines(yi, max(e.low, 0.9), max(e.high, 1), color="0.4", linewidth=2)
            best_text = f"{e.best:,}" if e.best is not None else "no best figure"
            ax.text(max(e.high or 0, e.best or 0, 1), yi,
                    f"  {best_text} ({_n(e.low)} to {_n(e.high)}), {e.sources} "
                    f"source{'s' if e.sources != 1 else ''}, as of {e.as_of}", va="center", fontsize=8)
        ax.set_yticks(y, names)
        ax.invert_yaxis()
        values = [v for e in rows for v in (e.low, e.high) if v]
        if values and max(values) / max(min(values), 1) > LOG_SPREAD:
            ax.set_xscale("log")
        ax.margins(x=0.3)
        ax.set_xlabel("people (latest best estimate, line: low to high)")
        ax.set_title("All incidents: latest estimates")
        fig.tight_layout()
        return fig


def _n(value: int | None) -> str:
    return "?" if value is None else f"{value:,}"
