"""Reading inputs: files and folders of articles, each article or skipped record accounted for.

``read_inputs`` yields an ``Article`` for every usable article and a ``Skipped`` for every
file, line or row that gave none, with the reason. It never raises for a bad file: one bad
input never stops the others.
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

from .dates import parse_published
from .models import Article, Skipped
from .text import clean_text

TEXT_SUFFIXES = frozenset({".txt", ".md"})
RECORD_SUFFIXES = frozenset({".jsonl", ".json", ".csv"})
SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES
MAX_FILE_BYTES = 50 * 1024 * 1024  # one article file larger than this is refused, not read
TEXT_FIELDS = ("text", "content", "body", "article_content")
DATE_FIELDS = ("published", "date", "dct")
OUTLET_FIELDS = ("outlet", "source")

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)

Item = Article | Skipped


def read_inputs(paths: list[str], published: str = "", outlet: str = "") -> Iterator[Item]:
    """Articles and skipped records from files and folders, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from read_file(file, file.relative_to(path).as_posix(), published, outlet)
        elif path.exists():
            yield from read_file(path, path.name, published, outlet)
        else:
            yield Skipped(raw, raw, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        st = os.stat(root)
        if (st.st_dev, st.st_ino) in seen:
            dirs[:] = []  # a symlink loop: this folder was read already
            continue
        seen.add((st.st_dev, st.st_ino))
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root, name)


def read_file(path: Path, article_id: str, published: str = "", outlet: str = "") -> Iterator[Item]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Skipped(article_id, str(path), f"unsupported file type '{suffix or path.name}'")
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Skipped(article_id, str(path), f"too large ({size} bytes; limit {MAX_FILE_BYTES})")
            return
        data = path.read_bytes()
    except OSError as err:
        yield Skipped(article_id, str(path), f"unreadable: {err.strerror or err}")
        return
    text, problem = decode(data)
    if text is None:
        yield Skipped(article_id, str(path), problem)
        return
    if suffix in TEXT_SUFFIXES:
        yield _text_article(text, article_id, str(path), published, outlet)
    elif suffix == ".jsonl":
        yield from _jsonl(text, str(path), published, outlet)
    elif suffix == ".json":
        yield from _json(text, str(path), published, outlet)
    else:
        yield from _csv(text, str(path), published, outlet)


def decode(data: bytes) -> tuple[str | None, str]:
    """(text, "") or (None, reason). UTF-8 (BOM or not), UTF-16 with a BOM, then cp1251 or
    latin-1 for legacy files: whichever reads as more letters."""
    if not data.strip():
        return None, "empty"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), ""
        except UnicodeDecodeError:
            return None, "undecodable UTF-16"
    if b"\x00" in data[:4096]:
        return None, "binary file"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    cyrillic = data.decode("cp1251", errors="replace")
    if _looks_cyrillic(cyrillic):
        return cyrillic, ""
    return data.decode("latin-1"), ""


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


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[m.end():]


def _text_article(text: str, article_id: str, path: str, published: str, outlet: str) -> Item:
    meta, body = _front_matter(text)
    body = clean_text(body)
    if not body.strip():
        return Skipped(article_id, path, "empty")
    return Article(
        id=article_id, text=body, title=meta.get("title", ""),
        published=_iso(meta.get("published") or meta.get("date")) or published,
        outlet=meta.get("outlet") or outlet, url=meta.get("url", ""), path=path,
    )


def _iso(value: object) -> str:
    date = parse_published(str(value)) if value not in (None, "") else None
    return date.isoformat() if date else ""


def _record(rec: dict[str, object], path: str, line: int, published: str, outlet: str) -> Item:
    rid = str(rec.get("id") or rec.get("doc_id") or f"{Path(path).name}:{line}")
    text = next((rec[f] for f in TEXT_FIELDS if isinstance(rec.get(f), str) and rec[f]), None)
    if text is None and isinstance(rec.get("html"), str):
        text = _strip_html(str(rec["html"]))
    if text is None:
        has_field = any(f in rec for f in (*TEXT_FIELDS, "html"))
        return Skipped(rid, path, "empty text" if has_field else "no text field", line)
    text = clean_text(str(text))
    if not text.strip():
        return Skipped(rid, path, "empty text", line)
    date = next((rec[f] for f in DATE_FIELDS if rec.get(f)), None)
    source = next((rec[f] for f in OUTLET_FIELDS if isinstance(rec.get(f), str) and rec[f]), None)
    return Article(
        id=rid, text=text, title=str(rec.get("title") or ""),
        published=_iso(date) or published, outlet=str(source or outlet),
        url=str(rec.get("url") or rec.get("uri") or ""), path=path, line=line,
    )


def _jsonl(text: str, path: str, published: str, outlet: str) -> Iterator[Item]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield Skipped(f"{Path(path).name}:{n}", path, f"malformed JSON: {err.msg}", n)
            continue
        if not isinstance(rec, dict):
            yield Skipped(f"{Path(path).name}:{n}", path, "not a JSON object", n)
            continue
        yield _record(rec, path, n, published, outlet)


def _json(text: str, path: str, published: str, outlet: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield Skipped(Path(path).name, path, f"malformed JSON: {err.msg} (line {err.lineno})")
        return
    records = data if isinstance(data, list) else [data]
    for n, rec in enumerate(records, 1):
        if isinstance(rec, dict):
            yield _record(rec, path, n, published, outlet)
        else:
            yield Skipped(f"{Path(path).name}:{n}", path, "not a JSON object", n)


def _csv(text: str, path: str, published: str, outlet: str) -> Iterator[Item]:
    reader = csv.DictReader(text.splitlines())
    fields = {f.strip().lower() for f in reader.fieldnames or []}
    if not fields & {*TEXT_FIELDS, "html"}:
        yield Skipped(Path(path).name, path, f"no text column (one of: {', '.join(TEXT_FIELDS)})")
        return
    for n, row in enumerate(reader, 2):
        rec = {(k or "").strip().lower(): v for k, v in row.items()}
        yield _record(rec, path, n, published, outlet)


_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.DOTALL | re.IGNORECASE)


def _strip_html(html: str) -> str:
    """Plain text of an HTML record (full page extraction comes with the HTML reader)."""
    import html as html_lib

    return html_lib.unescape(_TAGS.sub("\n", html))
