"""report.html in a real browser: headless Chromium (Debian's ``chromium`` package) driven by
Playwright, which is told to use that executable and never downloads a browser of its own.

Skipped, with the reason, where Playwright or Chromium is missing; CI (.ci/run) installs
both and sets ``TRACKER_REQUIRE_BROWSER=1``, so there they always run. ``TRACKER_CHROMIUM``
names another Chromium executable.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .test_html_report import make_report

CHROMIUM = os.environ.get("TRACKER_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

MISSING = ""
try:
    from playwright.sync_api import Browser, ConsoleMessage, Page, Request, sync_playwright
except ImportError:  # the test extra is not installed
    MISSING = "Playwright is not installed (pip install -e '.[test]')"
if not MISSING and not Path(CHROMIUM).is_file():
    MISSING = f"no Chromium at {CHROMIUM} (apt-get install chromium)"
if MISSING and os.environ.get("TRACKER_REQUIRE_BROWSER") == "1":
    raise RuntimeError(f"TRACKER_REQUIRE_BROWSER=1, but {MISSING}")  # CI: never skipped there
pytestmark = pytest.mark.skipif(bool(MISSING), reason=MISSING)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_report(tmp_path_factory.mktemp("browser"))


class Visit:
    """A page opened on the report, with what it logged, fetched and tried to pop up."""

    def __init__(self, browser: Browser, report: Path, javascript: bool = True) -> None:
        self.context = browser.new_context(java_script_enabled=javascript,
                                           viewport={"width": 1280, "height": 900})
        self.page: Page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("request", self._request)
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.page.goto((report / "report.html").as_uri(), wait_until="load")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{message.type}: {message.text}")

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)


@pytest.fixture
def visit(browser: Browser, report: Path) -> Iterator[Visit]:
    opened = Visit(browser, report)
    yield opened
    opened.context.close()


def test_the_page_loads_without_errors_or_network(visit: Visit, report: Path) -> None:
    assert visit.errors == []
    folder = report.resolve().as_uri() + "/"
    assert visit.requests, "the page itself was requested"
    assert all(url.startswith(folder) for url in visit.requests), visit.requests
    assert any(url.endswith(".png") for url in visit.requests), "the charts load from charts/"
    broken = visit.page.evaluate("[...document.images].filter(i => !i.complete || !i.naturalWidth).length")
    assert broken == 0
    assert visit.page.title() == "Casualty figures: evidence report"


def test_clicking_a_disagreement_shows_both_sentences_with_the_figures_marked(visit: Visit) -> None:
    dispute = visit.page.locator("details.dispute", has_text="3.33")
    quotes = dispute.locator("blockquote")
    assert quotes.count() == 2
    assert not quotes.first.is_visible()
    dispute.locator("summary").click()
    assert quotes.first.is_visible() and quotes.last.is_visible()
    assert quotes.first.locator("mark").inner_text() == "At least 12 people"
    assert quotes.last.locator("mark").inner_text() == "40 people"
    assert "<script>alert(1)</script>" in quotes.first.inner_text()  # the article's text, as text


def test_a_link_to_a_disagreement_opens_it(browser: Browser, report: Path) -> None:
    first = Visit(browser, report)
    dispute_id = first.page.locator("details.dispute").first.get_attribute("id")
    first.page.goto((report / "report.html").as_uri() + f"#{dispute_id}")
    assert first.page.locator(f"details#{dispute_id}").evaluate("d => d.open")
    first.context.close()


def _figures(page: Page, table: str) -> list[int]:
    cells = page.locator(f"{table} tbody tr:visible td:nth-child(2)")
    return [int(v) for v in cells.evaluate_all("cells => cells.map(c => c.dataset.sort)")]


def test_sorting_and_filtering_the_claims_table(visit: Visit) -> None:
    table = "article.incident:has(h3:text-is('Osh clashes')) table.claims"
    page = visit.page
    header = page.locator(f"{table} thead th", has_text="Figure").locator("button")
    header.click()
    assert _figures(page, table) == [37, 77, 90, 300, 500]
    assert page.locator(f"{table} thead th", has_text="Figure").get_attribute("aria-sort") == "ascending"
    header.click()
    assert _figures(page, table) == [500, 300, 90, 77, 37]
    form = page.locator(f"form.filters[data-table='{page.locator(table).get_attribute('id')}']")
    form.locator("select[data-filter=category]").select_option("injured")
    assert _figures(page, table) == [500, 300]
    assert form.locator("output").inner_text() == "2 of 5 claims shown"
    form.locator("select[data-filter=category]").select_option("")
    form.locator("select[data-filter=source]").select_option("Health Ministry")
    assert sorted(_figures(page, table)) == [37, 77, 500]
    form.locator("input[data-filter=from]").fill("2010-06-13")
    assert _figures(page, table) == [77]


def test_the_hostile_article_stays_text(visit: Visit) -> None:
    page = visit.page
    assert visit.dialogs == []
    assert page.evaluate("document.scripts.length") == 1
    handlers = page.evaluate(
        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))"
        ".filter(n => n.startsWith('on'))")
    assert handlers == []
    assert page.locator("a[href^='javascript' i], a[href^='data' i]").count() == 0
    assert page.locator("img:not([src^='charts/'])").count() == 0
    text = page.locator("body").inner_text()
    assert "<script>alert('event')</script>" in text  # an incident label from a record
    assert "<b onmouseover=alert(1)>Evil</b>" in text  # an outlet
    assert "bad<img src=x onerror=alert(4)>.txt" in text  # a skipped file's name


def test_the_page_reads_with_javascript_off(browser: Browser, report: Path) -> None:
    off = Visit(browser, report, javascript=False)
    page = off.page
    assert page.locator("form.filters").first.is_hidden()  # controls that would do nothing
    assert page.locator("table.claims tbody tr:visible").count() == 7
    page.locator("details.dispute summary").first.click()  # <details> opens without script
    assert page.locator("details.dispute blockquote").first.is_visible()
    off.context.close()


def test_the_print_style_hides_the_controls(visit: Visit) -> None:
    visit.page.emulate_media(media="print")
    assert visit.page.locator("form.filters").first.is_hidden()
    assert visit.page.locator("nav").is_hidden()
