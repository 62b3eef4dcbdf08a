"""Faults a real desk meets, made to happen: legacy files, a damaged cache, two runs at once,
a full disk, a killed run. Real where it can be (a file size limit set in a child process, a
second process holding the lock, SIGKILL of a running `tracker report`), patched where it
cannot (a full disk, an I/O error). Each test is named for its fault.

No assertion here is on elapsed time; the only waits are generous bounds on a lock or on a
child process reaching a known point.
"""

from __future__ import annotations

import json
from pathlib import Path

from tracker import Article
from tracker.ingest import read_file

# ---------------------------------------------------------------- legacy encodings

LEGACY = "Floods killed at least 37 people in Kaïrouan on Monday, the ministry said. Plus tard, au café"


def _read(path: Path) -> Article:
    (article,) = read_file(path, path.name)
    assert isinstance(article, Article), article
    return article


def test_a_short_latin1_file_with_accents_only_at_its_end(tmp_path: Path) -> None:
    text = "Floods killed at least 37 people on Monday, the ministry said in Gabes. Plus tard, au café"
    (tmp_path / "a.txt").write_bytes(text.encode("latin-1"))
    assert _read(tmp_path / "a.txt").text == text


def test_a_short_cp1252_file_with_typographic_quotes_and_dashes(tmp_path: Path) -> None:
    text = "\u201cAt least 37 people were killed\u201d \u2013 the ministry said in Kaïrouan\u2026 café"
    (tmp_path / "a.txt").write_bytes(text.encode("cp1252"))
    assert _read(tmp_path / "a.txt").text == text


def test_a_large_latin1_file_whose_only_accents_are_past_the_first_megabyte(tmp_path: Path) -> None:
    text = "Twelve people were injured on Monday, officials said.\n" * 25_000 + LEGACY
    (tmp_path / "a.txt").write_bytes(text.encode("latin-1"))
    assert _read(tmp_path / "a.txt").text.endswith(LEGACY)


def test_a_short_cp1251_file_is_still_read_as_cyrillic(tmp_path: Path) -> None:
    text = "В Оше погибли по меньшей мере 37 человек, сообщил минздрав."
    (tmp_path / "a.txt").write_bytes(text.encode("cp1251"))
    assert _read(tmp_path / "a.txt").text == text


def test_a_utf8_file_with_one_stray_latin1_byte_keeps_its_utf8_letters(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Kaïrouan, Sfax et Gabès: ".encode() + b"caf\xe9. " + LEGACY.encode())
    text = _read(tmp_path / "a.txt").text
    assert text.startswith("Kaïrouan, Sfax et Gabès: caf\ufffd. ") and text.endswith(LEGACY)


def test_a_utf8_collection_whose_sniff_window_cuts_a_character(tmp_path: Path) -> None:
    record = {"id": "x", "text": "Floods killed 37 people in Kaïrouan.", "published": "2020-01-01"}
    pad = {"id": "pad", "text": "é" * (1024 * 1024 // 2)}
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (pad, record)), "utf-8")
    assert path.read_bytes()[1024 * 1024 - 1:][:2] == "é".encode()  # the first megabyte ends inside it
    articles = [a for a in read_file(path, path.name) if isinstance(a, Article)]
    assert [a.text for a in articles] == [pad["text"], record["text"]]
