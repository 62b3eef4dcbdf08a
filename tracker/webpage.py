"""Saved web pages: the article's text and metadata, without the site around it.

trafilatura finds the article body and the page's metadata (htmldate gives the publication
date). Furniture that sits inside the body (donation boxes, "read more") survives any
extractor, so sentences that look like it never give claims (``extract``).
"""

from __future__ import annotations

from dataclasses import dataclass


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
    if doc is None:
        return None
    fields = doc if isinstance(doc, dict) else doc.as_dict()
    text = str(fields.get("text") or "").strip()
    if not text:
        return None
    return Page(
        text=text, title=str(fields.get("title") or ""), published=str(fields.get("date") or ""),
        outlet=str(fields.get("sitename") or ""), url=str(fields.get("url") or ""),
    )
