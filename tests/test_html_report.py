"""report.html without a browser: what the page holds, escaping, links, the figure marked in
its sentence, the same bytes every run, and the limit for a large report.
(tests/test_browser.py opens the page in Chromium.)"""

from __future__ import annotations

import html
import json
import re
import tomllib
from fnmatch import fnmatch
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.cli import main
from tracker.html_report import Quote, describe, quote, render_html, safe_url
from tracker.models import Claim
from tracker.pipeline import analyse, read_collection

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "ministry.txt": ("Clashes in the city", "2010-06-12", "Test Wire", "https://example.org/ministry",
                     "Fighting in the city killed at least 37 people and wounded about 500, "
                     "the Health Ministry said on Saturday."),
    "leader.txt": ("Leader gives a higher toll", "2010-06-12", "Test Daily", "",
                   "A community leader said 90 people were killed on Saturday."),
    "later.txt": ("Toll rises", "2010-06-13", "Test Wire", "",
                  "By Sunday the toll had risen to 77, the Health Ministry said. "
                  "A doctor said 300 people were injured on Sunday."),
}
HOSTILE = {
    "id": "<img src=x onerror=alert(1)>", "title": "<script>alert('title')</script>",
    "url": "javascript:alert(1)", "outlet": "<b onmouseover=alert(1)>Evil</b>", "published": "2010-06-12",
    "event": "<script>alert('event')</script>",
    "text": "<script>alert(1)</script> At least 12 people were killed, the <img src=x onerror=alert(2)> "
            "ministry said on Saturday. <a href=\"javascript:alert(3)\">More</a>: a doctor said 40 people "
            "were killed on Saturday.",
}
HOSTILE_FILE = "bad<img src=x onerror=alert(4)>.txt"


def write_articles(folder: Path) -> Path:
    """Three articles of one event with disagreements, a hostile record and a hostile file name."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (title, published, outlet, url, text) in ARTICLES.items():
        front = f"---\ntitle: {title}\npublished: {published}\noutlet: {outlet}\nevent: Osh clashes\n"
        (folder / name).write_text(front + (f"url: {url}\n" if url else "") + "---\n" + text + "\n",
                                   encoding="utf-8")
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    (folder / HOSTILE_FILE).write_bytes(b"binary\x00\x01")
    return folder


def make_report(tmp_path: Path, name: str = "report") -> Path:
    out = tmp_path / name
    assert main(["report", str(write_articles(tmp_path / "in")), "--out", str(out), "-q"]) == 0
    return out


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    return (make_report(tmp_path_factory.mktemp("html")) / "report.html").read_text(encoding="utf-8")


class _Tags(HTMLParser):
    """Every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_the_page_holds_incidents_disagreements_claims_and_articles(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>") and page.endswith("</html>\n")
    assert "Osh clashes" in page and "How the figures and estimates are made" in page
    assert "Who says what now" in page and "Disagreements, most severe first" in page
    # the ministry and the leader disagree twice (37 and 90, then 90 and 77): one flag per pair of sources
    assert page.count('<details class="dispute') == 3
    assert "Contradiction" in page and "Divergence" in page
    assert "<mark>at least 37 people</mark>" in page and "<mark>90 people</mark>" in page
    assert "skipped:</strong> binary file" in page  # a skipped input, with its reason
    assert 'href="https://example.org/ministry"' in page
    tags = _tags(page)
    assert [t for t, _ in tags].count("h1") == 1 and [t for t, _ in tags].count("h3") == 2  # one per incident
    images = [attrs for t, attrs in tags if t == "img"]
    assert images and all(len(str(attrs.get("alt") or "")) > 20 for attrs in images), "charts have alt texts"
    assert "@media print" in page
    ids = [attrs["id"] for _, attrs in tags if attrs.get("id")]
    assert len(ids) == len(set(ids)), "element ids are unique"
    links = {str(attrs["href"])[1:] for tag, attrs in _tags(page) if tag == "a"
             and str(attrs.get("href", "")).startswith("#")}
    assert links <= set(ids), "every link inside the page has its target"


def test_article_text_file_names_and_records_are_escaped(page: str) -> None:
    tags = _tags(page)
    assert [t for t, _ in tags].count("script") == 1  # the page's own
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")], "no event handler attribute"
    assert all(not str(attrs.get("href", "")).lower().startswith(("javascript", "data"))
               for _, attrs in tags)
    assert all(re.fullmatch(r"charts/[\w-]+\.png", str(attrs.get("src"))) for t, attrs in tags if t == "img")
    for text in ("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<b onmouseover=alert(1)>",
                 "<script>alert('event')</script>", "<img src=x onerror=alert(4)>"):
        assert text not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#39;event&#39;)&lt;/script&gt;" in page  # the incident's label
    assert "bad&lt;img src=x onerror=alert(4)&gt;.txt" in page  # the skipped file's name


def test_the_page_loads_nothing_from_elsewhere(page: str) -> None:
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    rules = html.unescape(policy.group(1))
    assert "default-src 'none'" in rules and "'unsafe-inline'" not in rules
    for tag, attrs in _tags(page):
        for name in ("src", "href"):
            value = str(attrs.get(name) or "")
            if value and tag != "a":
                assert value.startswith("charts/"), (tag, value)
    assert "@import" not in page and "url(" not in page and "@font-face" not in page


def test_the_same_input_gives_the_same_page(tmp_path: Path) -> None:
    one = make_report(tmp_path, "one") / "report.html"
    two = make_report(tmp_path, "two") / "report.html"
    assert one.read_bytes() == two.read_bytes()
    assert "two" not in one.read_text(encoding="utf-8").split("<main>")[0]  # no folder name, no date


@pytest.mark.parametrize(("url", "kept"), [
    ("https://example.org/a?b=1&c=2", True), ("http://example.org", True), ("HTTPS://EXAMPLE.ORG/", True),
    ("javascript:alert(1)", False), (" JavaScript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("data:text/html,<script>alert(1)</script>", False), ("vbscript:x", False), ("//example.org", False),
    ("file:///etc/passwd", False), ("https://", False), ("http://exa mple.org", False), ("", False),
    ("http://[::1", False),
])
def test_only_http_addresses_become_links(url: str, kept: bool) -> None:
    assert bool(safe_url(url)) is kept


def _claim(sentence: str, start: int, end: int, surface: str = "") -> Claim:
    return Claim("c1", "a", "2010-06-12", "", "killed", "killed", 37, 37, None, "at_least", "", "",
                 "2010-06-12", "", sentence, start, end, surface=surface)


def test_the_figure_is_marked_from_its_span_in_the_text() -> None:
    text = "Headline. At least 37 were killed. Later 37 were killed."
    at = text.index("37 were killed. Later") - len("At least ")
    claim = _claim("At least 37 were killed.", at, at + len("At least 37"), "At least 37")
    assert quote(claim, text) == Quote("", "At least 37", " were killed.")
    second = text.rindex("37")
    later = _claim("Later 37 were killed.", second, second + 2, "37")
    assert quote(later, text).figure == "37" and quote(later, text).before == "Later "


def test_without_the_text_the_figure_phrase_is_found_when_it_is_unambiguous() -> None:
    sentence = "Some 37 were killed and 37 wounded."
    first = _claim(sentence, 5005, 5007, "37")  # past the kept opening of the article
    assert quote(first, "", [5005]).figure == ""  # one claim, two places: mark nothing
    assert quote(first, "", [5005, 5024]) == Quote("Some ", "37", " were killed and 37 wounded.")
    second = _claim(sentence, 5024, 5026, "37")
    assert quote(second, "", [5005, 5024]).before == "Some 37 were killed and "
    assert quote(_claim(sentence, 5005, 5007), "").figure == ""  # no figure phrase known
    assert quote(_claim(sentence, 3, 1, "37"), "short").figure == ""  # a span that makes no sense


@given(st.text(max_size=40), st.text(max_size=40), st.integers(-5, 60), st.integers(-5, 60),
       st.text(max_size=5))
def test_marking_never_raises_and_never_changes_the_sentence(
    text: str, sentence: str, start: int, end: int, surface: str
) -> None:
    q = quote(_claim(sentence, start, end, surface), text, [start])
    assert q.before + q.figure + q.after == sentence


def test_describe_reads_as_the_text_says() -> None:
    claim = _claim("", 0, 0)
    assert describe(claim) == ("at least 37", "37")


def test_a_large_report_shows_the_most_disputed_incidents_in_full_and_lists_the_others(
    tmp_path: Path,
) -> None:
    collection = read_collection([str(write_articles(tmp_path / "in"))])
    analysis = analyse(collection)
    limited = render_html(collection, analysis, {}, full_claims=3, max_tabled=1)
    assert limited.count('<table class="claims sortable"') == 1
    assert "only the 1 most disputed incidents (most disagreements, then sources, then claims) are shown " \
        "in full" in limited
    assert limited.count('<article class="incident"') == 1
    assert limited.count('<article class="incident compact"') == 1
    assert 'id="others"' in limited
    ids = {attrs["id"] for _, attrs in _tags(limited) if attrs.get("id")}
    assert {str(attrs["href"])[1:] for tag, attrs in _tags(limited) if tag == "a"
            and str(attrs.get("href", "")).startswith("#")} <= ids
    full = render_html(collection, analysis, {})
    assert full.count('<table class="claims sortable"') == 2 and 'id="others"' not in full


def test_the_package_data_ships_the_template() -> None:
    """A non-editable install gets the files of tracker/templates (pyproject's package-data)."""
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]["tracker"]
    folder = ROOT / "tracker" / "templates"
    files = sorted(p.relative_to(ROOT / "tracker").as_posix() for p in folder.iterdir())
    assert "templates/report.html.j2" in files
    assert all(any(fnmatch(f, g) for g in globs) for f in files), files
