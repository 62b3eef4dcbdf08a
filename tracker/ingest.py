"""Reading inputs: files and folders of articles, each article or skipped record accounted for.

``read_inputs`` yields an ``Article`` for every usable article and a ``Skipped`` for every
file, line or row that gave none, with the reason. It never raises for a bad file: one bad
input never stops the others. Record files (JSON Lines, CSV) are streamed, so a collection
of any size is read in bounded memory; a single article file over ``MAX_FILE_BYTES`` is
refused with that reason.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO

from .extractor.dates import parse_published
from .extractor.text import clean_text
from .metadata import (
    DAY_FIRST,
    MONTH_FIRST,
    dateline,
    front_matter,
    is_ambiguous,
    numeric_order,
    record_date,
    url_date,
)
from .models import Article, Skipped, TrackerWarning
from .webpage import read_html

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".jsonl", ".json", ".csv"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
MAX_FILE_BYTES = 50 * 1024 * 1024  # one article (or JSON array) file larger than this is refused
MAX_RECORD_CHARS = 10 * 1024 * 1024  # one JSON line or CSV cell larger than this is refused
TEXT_FIELDS = ("text", "content", "body", "article_content")
DATE_FIELDS = ("published", "date", "dct")
TITLE_FIELDS = ("title", "headline", "article_title")
OUTLET_FIELDS = ("outlet", "source")
_SNIFF_BYTES = 1024 * 1024  # a collection's encoding is decided on its first megabyte
_LETTERS_BYTES = 64 * 1024  # Cyrillic or Latin letters: decided from the first non-ASCII byte on
_NOT_ARTICLES = frozenset({"readme", "license", "licence", "changelog"})  # in folders only

Item = Article | Skipped


def read_inputs(paths: list[str], published: str = "", outlet: str = "") -> Iterator[Item]:
    """Articles and skipped records from files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                article_id = file.relative_to(path).as_posix()
                if file.stem.lower() in _NOT_ARTICLES:
                    yield Skipped(article_id, str(file), "a folder's README, not an article")
                    continue
                folder = file.parent.relative_to(path).as_posix()
                for item in read_file(file, article_id, published, outlet):
                    yield replace(item, event=item.event or folder) \
                        if isinstance(item, Article) and folder != "." else item
        elif path.exists() or path.is_symlink():
            yield from read_file(path, path.name, published, outlet)
        else:
            yield Skipped(raw, raw, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    """Files below ``folder``, sorted, each folder once (a symlink loop is read once)."""
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)


def read_file(path: Path, article_id: str, published: str = "", outlet: str = "") -> Iterator[Item]:
    """The articles of one file; a file that gives none gives a ``Skipped`` saying why."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Skipped(article_id, str(path), f"unsupported file type '{suffix or path.name}'")
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and suffix not in {".jsonl", ".csv"}:
            reason = f"too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})"
            yield Skipped(article_id, str(path), reason)
            return
        streamed = suffix in {".jsonl", ".csv"}
        with path.open("rb") as f:  # an article file whole; a collection's opening window
            head = f.read(_SNIFF_BYTES) if streamed else f.read()
            whole = not streamed or len(head) < _SNIFF_BYTES or not f.read(1)
    except OSError as err:
        yield Skipped(article_id, str(path), f"unreadable: {err.strerror or err}")
        return
    if not head.strip():
        yield Skipped(article_id, str(path), "empty")
        return
    encoding, problem = sniff_encoding(head, whole)
    if problem:
        yield Skipped(article_id, str(path), problem)
        return
    if streamed:
        yield from _records(path, suffix, encoding, published, outlet)
        return
    text = head.decode(encoding, errors="replace")  # replaced: stray bytes in a UTF-8 file
    if suffix in TEXT_SUFFIXES:
        yield _text_article(text, article_id, str(path), published, outlet)
    elif suffix in HTML_SUFFIXES:
        yield _html_article(text, article_id, str(path), published, outlet)
    else:
        yield from _json(text, str(path), published, outlet)


def sniff_encoding(data: bytes, whole: bool = True) -> tuple[str, str]:
    """(encoding, "") or ("", reason) from a file's bytes (``whole``) or its opening window:
    UTF-8 (BOM or not), UTF-16 with a BOM, then cp1251, cp1252 or latin-1 for legacy files,
    whichever reads as words. Decided on the whole file, so that accented letters at the end
    of a short Latin-1 file are not taken for a UTF-8 character cut by the window."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", ""
    if b"\x00" in data[:4096]:
        return "", "binary file"
    try:
        data.decode("utf-8-sig")
        return "utf-8-sig", ""
    except UnicodeDecodeError as err:
        if not whole and err.reason == "unexpected end of data":  # a character cut by the window
            return "utf-8-sig", ""
    letters, errors = _utf8_letters_and_errors(data)  # legacy text almost never forms a letter
    if letters and letters >= errors:  # UTF-8 with a few stray or cut bytes
        return "utf-8-sig", ""
    first = _NON_ASCII.search(data)
    window = data[first.start() if first else 0:][:_LETTERS_BYTES]  # where the letters are
    if _looks_cyrillic(window.decode("cp1251", errors="replace")):
        return "cp1251", ""
    try:
        data.decode("cp1252")  # latin-1 with typographic quotes and dashes in 0x80-0x9f
        return "cp1252", ""
    except UnicodeDecodeError:
        return "latin-1", ""


_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _utf8_letters_and_errors(data: bytes) -> tuple[int, int]:
    """How many non-ASCII characters ``data`` holds in UTF-8, and how many byte sequences
    of it are not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    errors = replaced - data.count("\ufffd".encode())
    return len(text) - len(text.encode("ascii", errors="ignore")) - replaced, errors


def _looks_cyrillic(text: str) -> bool:
    """Cyrillic words are runs of non-ASCII letters; Western European text has one accented
    letter among ASCII ones ("café"). Count which kind the non-ASCII letters are."""
    runs = isolated = 0
    for i, ch in enumerate(text):
        if ch.isascii() or not ch.isalpha():
            continue
        neighbours = text[max(0, i - 1):i] + text[i + 1:i + 2]
        if any(n.isalpha() and not n.isascii() for n in neighbours):
            runs += 1
        else:
            isolated += 1
    return runs > isolated


# ---------------------------------------------------------------- one article per file


def _text_article(text: str, article_id: str, path: str, published: str, outlet: str) -> Item:
    meta, body = front_matter(text)
    item = _article(article_id, body, path, None, meta.get("title", ""),
                    meta.get("published") or meta.get("date") or "", meta.get("outlet", ""),
                    meta.get("url", ""), published, outlet)
    if isinstance(item, Article) and (meta.get("event") or meta.get("language")):
        item = replace(item, event=meta.get("event") or item.event,
                       language=_language(meta.get("language", "")))
    return item


def _html_article(html: str, article_id: str, path: str, published: str, outlet: str) -> Item:
    page = read_html(html)
    if page is None:
        return Skipped(article_id, path, "no article body found in the page")
    return _article(article_id, page.text, path, None, page.title, page.published, page.outlet,
                    page.url, published, outlet)


def _article(article_id: str, body: str, path: str, line: int | None, title: str, date: object,
             own_outlet: str, url: str, published: str, outlet: str,
             read_date: Callable[[object], str] | None = None) -> Item:
    """An article from its parts: its own metadata first, then a dateline, then the day its
    address gives it ("/2014/05/14/"), then the defaults."""
    text = clean_text(body)
    if not text.strip():
        return Skipped(article_id, path, "empty text", line)
    stated = dateline(text, published)
    return Article(
        id=article_id, text=text, title=title.strip(),
        published=(read_date or _one_date(path))(date) or stated.published or url_date(url) or published,
        outlet=own_outlet.strip() or stated.outlet or outlet, url=url, path=path, line=line,
    )


def _iso(value: object) -> str:
    date = parse_published(str(value)) if value not in (None, "") else None
    return date.isoformat() if date else ""


class _FileDates:
    """The dates of one file's records: ISO, or as ``metadata.record_date`` reads them. A
    numeric date that does not show its order ("5/7/15") takes the order the file's other
    dates show ("8/24/13": month first), read from the whole file the first time one is met;
    where they show none, or both, it is left unread, and a warning says so once."""

    def __init__(self, path: str, values: Callable[[], Iterator[str]] | None = None) -> None:
        self.path, self.values = path, values
        self.order: str | None = None  # None: not looked for yet
        self.warned = False

    def __call__(self, value: object) -> str:
        if value in (None, ""):
            return ""
        text = str(value)
        iso = _iso(text)
        if iso:
            return iso
        ambiguous = is_ambiguous(text)
        if ambiguous and self.order is None:
            self.order = self._order()
        day = record_date(text, self.order or "")
        if not day and ambiguous and not self.warned:
            self.warned = True
            warnings.warn(TrackerWarning(
                f"{self.path}: dates such as {text!r} may be day/month or month/day and the file's other "
                "dates do not tell; they were left unread (write them as YYYY-MM-DD)"), stacklevel=2)
        return day

    def _order(self) -> str:
        shown = {numeric_order(v) for v in (self.values() if self.values else ())} - {""}
        return next(iter(shown)) if shown in ({DAY_FIRST}, {MONTH_FIRST}) else ""


def _one_date(path: str) -> _FileDates:
    """The dates of a file of one article: its own date field only."""
    return _FileDates(path)


# ---------------------------------------------------------------- record files


def _record(rec: dict[str, object], path: str, line: int, published: str, outlet: str,
            dates: _FileDates | None = None) -> Item:
    rid = str(rec.get("id") or rec.get("doc_id") or f"{Path(path).name}:{line}")
    text = next((rec[f] for f in TEXT_FIELDS if isinstance(rec.get(f), str) and rec[f]), None)
    title = str(next((rec[f] for f in TITLE_FIELDS if rec.get(f)), ""))
    url = str(rec.get("url") or rec.get("uri") or "")
    date = next((rec[f] for f in DATE_FIELDS if rec.get(f)), None)
    source = next((str(rec[f]) for f in OUTLET_FIELDS if isinstance(rec.get(f), str) and rec[f]), "")
    if text is None and isinstance(rec.get("html"), str) and rec["html"]:
        page = read_html(str(rec["html"]))
        if page is None:
            return Skipped(rid, path, "no article body found in the html field", line)
        text, title = page.text, title or page.title
        date, source = date or page.published, source or page.outlet
    if text is None:
        has_field = any(f in rec for f in (*TEXT_FIELDS, "html"))
        reason = "empty text" if has_field else f"no text field (one of: {', '.join(TEXT_FIELDS)}, html)"
        return Skipped(rid, path, reason, line)
    item = _article(rid, str(text), path, line, title, date, source, url, published, outlet, dates)
    event, language = rec.get("event"), rec.get("language")
    if isinstance(item, Article) and (event or language):
        item = replace(item, event=str(event or ""), language=_language(str(language or "")))
    return item


def _language(code: str) -> str:
    """A stated language as its ISO 639-1 code: "RU", "ru-RU", "ru_RU" -> "ru"."""
    return code.strip().lower().replace("_", "-").split("-")[0]


def _records(path: Path, suffix: str, encoding: str, published: str, outlet: str) -> Iterator[Item]:
    try:
        dates = _FileDates(str(path), lambda: _date_values(path, suffix, encoding))
        with path.open(encoding=encoding, errors="replace", newline="") as f:
            yield from (_jsonl(f, str(path), published, outlet, dates) if suffix == ".jsonl"
                        else _csv(f, str(path), published, outlet, dates))
    except OSError as err:
        yield Skipped(path.name, str(path), f"unreadable: {err.strerror or err}")


def _date_values(path: Path, suffix: str, encoding: str) -> Iterator[str]:
    """The date fields of a record file's records, read again from its start (unreadable
    records give none)."""
    with path.open(encoding=encoding, errors="replace", newline="") as f:
        if suffix == ".jsonl":
            for line in f:
                try:
                    rec = json.loads(line) if len(line) <= MAX_RECORD_CHARS else None
                except json.JSONDecodeError:
                    continue
                if isinstance(rec, dict):
                    yield _date_field(rec)
            return
        csv.field_size_limit(MAX_RECORD_CHARS)
        try:
            for row in csv.DictReader(f):
                yield _date_field({(k or "").strip().lower(): v for k, v in row.items()})
        except csv.Error:
            return


def _date_field(rec: dict[str, object]) -> str:
    return str(next((rec[f] for f in DATE_FIELDS if rec.get(f)), ""))


def _jsonl(f: IO[str], path: str, published: str, outlet: str, dates: _FileDates) -> Iterator[Item]:
    name = Path(path).name
    for n, line in enumerate(f, 1):
        if not line.strip():
            continue
        if len(line) > MAX_RECORD_CHARS:
            yield Skipped(f"{name}:{n}", path, f"line too long ({len(line):,} characters)", n)
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(f"{name}:{n}", path, f"malformed JSON: {err.msg}", n)
            continue
        if not isinstance(rec, dict):
            yield Skipped(f"{name}:{n}", path, "not a JSON object", n)
            continue
        yield _record(rec, path, n, published, outlet, dates)


def _json(text: str, path: str, published: str, outlet: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Skipped(Path(path).name, path, f"malformed JSON: {err.msg} (line {err.lineno})")
        return
    records = data if isinstance(data, list) else [data]
    dates = _FileDates(path, lambda: (_date_field(r) for r in records if isinstance(r, dict)))
    for n, rec in enumerate(records, 1):
        if isinstance(rec, dict):
            yield _record(rec, path, n, published, outlet, dates)
        else:
            yield Skipped(f"{Path(path).name}:{n}", path, "not a JSON object", n)


def _csv(f: IO[str], path: str, published: str, outlet: str, dates: _FileDates) -> Iterator[Item]:
    csv.field_size_limit(MAX_RECORD_CHARS)
    reader = csv.DictReader(f)
    try:
        fields = {(name or "").strip().lower() for name in reader.fieldnames or []}
    except csv.Error as err:
        yield Skipped(Path(path).name, path, f"malformed CSV: {err}")
        return
    if not fields & {*TEXT_FIELDS, "html"}:
        yield Skipped(Path(path).name, path, f"no text column (one of: {', '.join(TEXT_FIELDS)}, html)")
        return
    row_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            where = reader.line_num
            yield Skipped(f"{Path(path).name}:{where}", path, f"malformed CSV: {err}", where)
            continue
        row_number += 1
        rec = {(k or "").strip().lower(): v for k, v in row.items()}
        yield _record(rec, path, row_number, published, outlet, dates)

