"""Saved web pages: the article's text and metadata, without the site around it.

trafilatura finds the article body and the page's metadata (htmldate gives the publication
date). Furniture that sits inside the body (donation boxes, "read more") survives any
extractor, so sentences that look like it never give claims (``extraction``).
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

_SKIPPED_ELEMENTS = frozenset("script style nav header footer aside noscript form".split())
_BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr td article section blockquote".split())
_MIN_FALLBACK_WORDS = 8


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str = ""
    published: str = ""
    outlet: str = ""
    url: str = ""


def read_html(html: str) -> Page | None:
    """The article of a page, or None when the page has no article body."""
    import trafilatura  # heavy import, only when a page is read

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
        )
    except (ValueError, TypeError, AttributeError):  # malformed markup trafilatura gives up on
        return None
    fields = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = str(fields.get("text") or "").strip() or _plain_text(html)
    if not text:
        return None
    return Page(
        text=text, title=str(fields.get("title") or ""), published=str(fields.get("date") or ""),
        outlet=str(fields.get("sitename") or ""), url=str(fields.get("url") or ""),
    )


def _plain_text(html: str) -> str:
    """The page's text without its tags, for pages the parser gives up on (nesting deeper than
    lxml allows, broken markup); a page with only a few words of it has no article body.
    The standard library's parser reads in one pass, however the tags nest."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    text = "\n".join(line for line in lines if line)
    return text if len(text.split()) >= _MIN_FALLBACK_WORDS else ""


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_ELEMENTS:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_ELEMENTS and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)
