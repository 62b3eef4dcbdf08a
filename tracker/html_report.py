"""The evidence report: ``report.html``, one page a fact-checker reads.

Every figure stands next to the sentence it came from, with the figure highlighted: an
overview of the incidents, then per incident its estimates, charts, each source's latest
figure, the disagreements ranked (both sentences side by side) and a claims table that sorts
and filters; then every input article with its status and claims.

The page is self-contained: CSS and JavaScript inline, charts read from the report's own
``charts/`` folder, and a Content-Security-Policy that lets the browser run only the page's
own script and style (by their hashes) and fetch nothing from elsewhere. Every text from an
article, a file name or a record goes through Jinja2's autoescape, and only ``http(s)``
addresses become links. The same report gives the same bytes: nothing depends on the clock
or on the order of the inputs.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from .models import Article, Claim, Skipped
from .pipeline import Collection
from .reconcile import Conflict, Estimate, Reconciled, source_words

# Past this many claims, only the most disputed incidents get a claims table (the others keep
# their estimates and disagreements; their claims are listed under their articles and are all
# in claims.csv): the page of thousands of incidents stays quick to open.
FULL_CLAIMS = 3_000
MAX_TABLED = 100
MAX_DISPUTES = 20  # disagreements shown with their sentences per incident; the rest are counted
SEVERITY = {"contradiction": 0, "part_exceeds_whole": 1, "decrease": 2, "divergence": 3}
KIND_NAMES = {"contradiction": "Contradiction", "part_exceeds_whole": "Part exceeds whole",
              "decrease": "Decrease", "divergence": "Divergence"}
_QUALIFIED = {"at_least": "at least {}", "more_than": "more than {}", "about": "about {}",
              "at_most": "up to {}"}
_SAFE_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}")
_NOT_IN_URL = re.compile(r"[\s\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Quote:
    """A sentence cut around its figure; ``figure`` is empty when it could not be located."""

    before: str
    figure: str
    after: str


@dataclass
class ArticleView:
    id: str
    anchor: str
    path: str
    title: str
    published: str
    outlet: str
    url: str  # an http(s) address, or empty: nothing else becomes a link
    status: str
    claims: list[ClaimView] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimView:
    claim: Claim
    anchor: str
    figure: str  # "at least 124"
    sort_value: str  # the figure as a number, for sorting
    who: str  # the source as written, or the outlet
    kind: str  # source_kind, where the claims carry one
    scope: str
    quote: Quote
    article: ArticleView | None
    tabled: bool  # the claim has a row in a claims table (its anchor exists)


@dataclass(frozen=True)
class DisputeView:
    conflict: Conflict
    rank: int
    kind_name: str
    a: ClaimView | None
    b: ClaimView | None


@dataclass(frozen=True)
class ChartView:
    src: str
    alt: str  # what the chart shows, with the latest estimate it ends on
    caption: str


@dataclass(frozen=True)
class IncidentView:
    id: str
    label: str
    first: str
    last: str
    latest: list[Estimate]  # the latest estimate of each category
    estimates: list[Estimate]  # by date; only the latest ones for an incident without a claims table
    dated: int  # rows of incidents.csv for this incident
    charts: list[ChartView]
    now: list[ClaimView]  # each source's latest figure of each category
    disputes: list[DisputeView]
    disputes_total: int
    sources: int
    claims: list[ClaimView]
    tabled: bool
    articles: list[ArticleView]
    # "full": everything, with the claims table; in a large report the others are "compact"
    # (latest figures and disagreements) or, with one source and no disagreement, a "line"
    mode: str


def render_html(collection: Collection, analysis: Reconciled, charts: dict[str, list[Path]],
                full_claims: int = FULL_CLAIMS, max_tabled: int = MAX_TABLED) -> str:
    """The page of a report; ``charts`` maps incident ids to their files in the report's
    ``charts/`` folder (the overview under ""), as ``report.draw_charts`` returns them. Past
    ``full_claims`` claims, only the ``max_tabled`` most disputed incidents get a claims table."""
    articles = _article_views(collection.articles, collection.skipped)
    texts = {a.id: a.text for a in collection.articles}
    by_article = {a.id: a for a in articles if a.status == "ok"}
    claims = sorted(analysis.claims,
                    key=lambda c: (c.incident_id, c.as_of, c.article_id, c.start, c.category))
    tabled = _tabled_incidents(analysis, claims, full_claims, max_tabled)
    views = _claim_views(claims, texts, by_article, tabled)
    for view in views.values():
        if view.article is not None:
            view.article.claims.append(view)
    for article in articles:
        article.claims.sort(key=lambda v: (v.claim.start, v.claim.end, v.claim.category))
    incidents = _incident_views(analysis, views, charts, tabled)
    css, script = _asset("report.css"), _asset("report.js")
    page = _environment().get_template("report.html.j2").render(
        incidents=incidents, articles=articles, overview_chart=bool(charts.get("")),
        claims=len(analysis.claims), conflicts=len(analysis.conflicts),
        used=len(collection.articles), skipped=len(collection.skipped),
        limited=len(tabled) < len(incidents), full=[i for i in incidents if i.mode == "full"],
        compact=[i for i in incidents if i.mode == "compact"],
        lines=[i for i in incidents if i.mode == "line"],
        max_disputes=MAX_DISPUTES, css=css, script=script,
        csp=f"default-src 'none'; img-src 'self' file: data:; style-src '{_digest(css)}'; "
            f"script-src '{_digest(script)}'; base-uri 'none'; form-action 'none'",
    )
    return page.rstrip("\n") + "\n"


# ---------------------------------------------------------------- articles and claims


def _article_views(articles: list[Article], skipped: list[Skipped]) -> list[ArticleView]:
    anchors = _Anchors("a-")
    views = [ArticleView(a.id, anchors.new(a.id), a.path, a.title, a.published, a.outlet, safe_url(a.url),
                         "ok") for a in sorted(articles, key=lambda a: (a.id, a.path, a.line or 0))]
    views += [ArticleView(s.id, anchors.new(s.id), s.path + (f":{s.line}" if s.line else ""), "", "", "", "",
                          s.reason) for s in sorted(skipped, key=lambda s: (s.id, s.path, s.line or 0))]
    return views


def _claim_views(claims: list[Claim], texts: dict[str, str], articles: dict[str, ArticleView],
                 tabled: set[str]) -> dict[str, ClaimView]:
    anchors = _Anchors("c-")
    siblings: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for c in claims:
        siblings[(c.article_id, c.sentence, c.surface)].add(c.start)
    out: dict[str, ClaimView] = {}
    for c in claims:
        figure, sort_value = describe(c)
        starts = sorted(siblings[(c.article_id, c.sentence, c.surface)])
        out[c.claim_id] = ClaimView(
            claim=c, anchor=anchors.new(c.claim_id), figure=figure, sort_value=sort_value, who=speaker(c),
            kind=str(getattr(c, "source_kind", "") or ""), scope=scope(c),
            quote=quote(c, texts.get(c.article_id, ""), starts),
            article=articles.get(c.article_id), tabled=c.incident_id in tabled)
    return out


def quote(claim: Claim, text: str = "", starts: list[int] | None = None) -> Quote:
    """The claim's sentence with its figure marked. The figure is found from its span in the
    article's text where the text still holds the sentence; else as the figure phrase inside
    the sentence, when the claims of that sentence and phrase (``starts``, their start
    offsets) match its occurrences one to one. Anything less certain marks nothing."""
    sentence, start, end = claim.sentence, claim.start, claim.end
    n = len(sentence)
    if text and 0 <= start < end <= len(text) and end - start <= n:
        at = text.find(sentence, max(0, end - n), start + n)  # a sentence holding [start, end)
        if at != -1:
            return Quote(sentence[:start - at], sentence[start - at:end - at], sentence[end - at:])
    surface = claim.surface
    if surface:
        found = [m.start() for m in re.finditer(re.escape(surface), sentence)]
        ordered = starts if starts is not None else [start]
        if len(found) == len(ordered) and start in ordered:
            at = found[ordered.index(start)]
            return Quote(sentence[:at], sentence[at:at + len(surface)], sentence[at + len(surface):])
    return Quote(sentence, "", "")


def describe(claim: Claim) -> tuple[str, str]:
    """The figure as people read it ("at least 124", "12–99 (vague)") and a number to sort by."""
    def n(v: int | None) -> str:
        return "?" if v is None else f"{v:,}"

    if claim.qualifier == "range":
        text = f"{n(claim.low)}–{n(claim.high)}"
    elif claim.qualifier == "vague":  # "dozens": the interval it allows
        text = f"{n(claim.low)}–{n(claim.high)} (vague)" if claim.high is not None \
            else f"{n(claim.low)} or more (vague)"
    else:
        text = _QUALIFIED.get(claim.qualifier, "{}").format(n(claim.value))
    if claim.unit != "people":
        text += f" {claim.unit}"
    if claim.hedged:
        text += " (hedged)"
    number = next((v for v in (claim.value, claim.low, claim.high) if v is not None), None)
    return text, "" if number is None else str(number)


def speaker(claim: Claim) -> str:
    """Who gave a figure: the name the report gives its source (one for all the names a source
    goes by; an unattributed figure's outlet or site), else the source as written."""
    return claim.speaker or claim.source or claim.outlet or "the article itself"


def scope(claim: Claim) -> str:
    """The claim's ``scope`` where claims carry one; else what the older fields say of it."""
    given = str(getattr(claim, "scope", "") or "")
    if given:
        return given
    if claim.individuals:
        return "individual"
    if claim.part_of:
        return "group"
    return "area" if claim.partial else "whole"


def safe_url(url: str) -> str:
    """``url`` when it is an http(s) address with a host and no spaces or control characters,
    else empty: a ``javascript:`` or ``data:`` address never becomes a link."""
    url = url.strip()
    if not url or _NOT_IN_URL.search(url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


# ---------------------------------------------------------------- incidents


def _tabled_incidents(analysis: Reconciled, claims: list[Claim], full_claims: int,
                      max_tabled: int) -> set[str]:
    """Incidents that get a claims table: all of them in a report of up to ``full_claims``
    claims, else the ``max_tabled`` most disputed (disagreements, sources, claims)."""
    by_incident: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_incident[c.incident_id].append(c)
    incidents = set(analysis.incidents) | set(by_incident)
    if len(claims) <= full_claims:
        return incidents
    disputes = Counter(c.incident_id for c in analysis.conflicts)
    ranked = sorted(incidents, key=lambda i: (-disputes[i], -len({c.source_key for c in by_incident[i]}),
                                              -len(by_incident[i]), i))
    return set(ranked[:max_tabled])


def _incident_views(analysis: Reconciled, views: dict[str, ClaimView], charts: dict[str, list[Path]],
                    tabled: set[str]) -> list[IncidentView]:
    claims: dict[str, list[ClaimView]] = defaultdict(list)
    for view in views.values():
        claims[view.claim.incident_id].append(view)
    estimates: dict[str, list[Estimate]] = defaultdict(list)
    for e in sorted(analysis.estimates, key=lambda e: (e.incident_id, e.category, e.as_of)):
        estimates[e.incident_id].append(e)
    disputes: dict[str, list[DisputeView]] = defaultdict(list)
    for rank, conflict in enumerate(_ranked(analysis.conflicts), start=1):
        disputes[conflict.incident_id].append(DisputeView(
            conflict, int(getattr(conflict, "rank", 0) or rank), KIND_NAMES.get(conflict.kind, conflict.kind),
            views.get(conflict.claim_a), views.get(conflict.claim_b)))
    out = []
    for incident in sorted(set(analysis.incidents) | set(claims)):
        label = analysis.incidents.get(incident, incident)
        members = claims[incident]
        latest: dict[str, Estimate] = {}
        for e in estimates[incident]:
            latest[e.category] = e  # in date order: the last one wins
        days = sorted(v.claim.as_of for v in members if v.claim.as_of)
        found = sorted(disputes[incident], key=lambda d: (d.rank, d.conflict.conflict_id))
        out.append(IncidentView(
            id=incident, label=label, first=days[0] if days else "", last=days[-1] if days else "",
            latest=[latest[k] for k in sorted(latest)], dated=len(estimates[incident]),
            estimates=estimates[incident] if incident in tabled else [latest[k] for k in sorted(latest)],
            charts=[_chart(path, label, latest) for path in charts.get(incident, [])],
            now=_latest_by_source(members), disputes=found[:MAX_DISPUTES], disputes_total=len(found),
            sources=len({v.claim.source_key or v.who for v in members}),
            claims=members, tabled=incident in tabled,
            articles=sorted({id(v.article): v.article for v in members if v.article}.values(),
                            key=lambda a: (a.published, a.id)),
            mode=_mode(incident in tabled, len(found), len({v.claim.source_key or v.who for v in members})),
        ))
    return sorted(out, key=lambda i: (i.label, i.id))


def _mode(tabled: bool, disputes: int, sources: int) -> str:
    if tabled:
        return "full"
    return "compact" if disputes or sources > 1 else "line"


def _ranked(conflicts: list[Conflict]) -> list[Conflict]:
    """Most severe first: the conflicts' own ``rank`` where they carry one; else a
    contradiction before a part above its whole, a decrease and a divergence, then the ratio."""
    return sorted(conflicts, key=lambda c: (int(getattr(c, "rank", 0) or 0), SEVERITY.get(c.kind, 9),
                                            -c.ratio, c.conflict_id))


def _latest_by_source(members: list[ClaimView]) -> list[ClaimView]:
    """Each independent source's latest figure of each category (breakdowns left out; people
    counted one by one only where no toll is given)."""
    latest: dict[tuple[str, str], ClaimView] = {}
    tolls = {v.claim.category for v in members if not v.claim.individuals and not v.claim.part_of}
    words = {c.claim_id for c in source_words(v.claim for v in members)}
    members = [v for v in members if v.claim.claim_id in words]
    for v in sorted(members, key=lambda v: (v.claim.as_of, v.claim.published, v.claim.article_id,
                                            v.claim.start)):
        c = v.claim
        if c.part_of or (c.individuals and c.category in tolls):
            continue
        latest[(c.category, c.source_key or v.who)] = v
    return sorted(latest.values(), key=lambda v: (v.kind, v.claim.category, v.who.lower(), v.claim.claim_id))


def _chart(path: Path, label: str, latest: dict[str, Estimate]) -> ChartView:
    what = path.stem.split("-", 1)[-1]
    src = f"charts/{path.name}"
    if what == "sources":
        return ChartView(src, f"{label}: the latest figure of each source, per category, as bars.",
                         "The latest figure of each source.")
    e = latest.get(what)
    alt = f"{label}: people {what} over time, one line per source"
    if e is not None:
        alt += (f"; the latest estimate, as of {e.as_of}, is best {_n(e.best)}, low {_n(e.low)}, "
                f"high {_n(e.high)}, from {e.sources} source{'s' if e.sources != 1 else ''}")
    return ChartView(src, alt + ".", f"People {what}, as reported by each source (grey band: low to high).")


def _n(value: int | None) -> str:
    return "–" if value is None else f"{value:,}"


def _ratio(value: float) -> str:
    """"×2.14"; nothing for a ratio that says nothing (1, or a zero figure's infinity)."""
    return f"×{value:g}" if 1 < value < float("inf") else ""


# ---------------------------------------------------------------- plumbing


class _Anchors:
    """Unique, safe element ids: the name itself when it is a plain identifier, else a digest."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.seen: set[str] = set()

    def new(self, name: str) -> str:
        base = self.prefix + (name if _SAFE_ID.fullmatch(name)
                              else hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:12])
        anchor, n = base, 1
        while anchor in self.seen:
            n += 1
            anchor = f"{base}-{n}"
        self.seen.add(anchor)
        return anchor


def _asset(name: str) -> str:
    return (resources.files("tracker") / "templates" / name).read_text(encoding="utf-8")


def _digest(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("tracker", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["n"] = _n
    env.filters["ratio"] = _ratio
    return env
