"""The same article twice, and wire copies.

The same file read twice (two inputs that overlap) or the same record twice (same id, same
text) is one article: the second is skipped as a duplicate of the first (``pipeline``). Two
articles of their own (other files, other record ids) whose texts are identical or
near-identical, as when one agency story is republished by several outlets, are both kept,
and the later one (by id) names the first in ``copy_of``, so that five outlets relaying one
wire figure can count as one source.

Near-identical means a Jaccard similarity of at least ``NEAR`` between the articles' sets of
five-word shingles, estimated from bottom-k sketches (the ``SKETCH`` smallest shingle hashes
of each article, a few hundred bytes however long the article). Candidates are the earlier
articles that share several of the ``ANCHORS`` smallest hashes, so the cost per article stays
flat however many came before, and so does the memory per article.
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from array import array
from collections import Counter
from dataclasses import dataclass

NEAR = 0.8
SHINGLE = 5
ANCHORS = 8  # near-identical articles share most of their 8 smallest shingle hashes
SKETCH = 96
MIN_SHARED_ANCHORS = 3
MAX_CANDIDATES = 20
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Sketch:
    """What is kept of an article's text to find its copies: a few hundred bytes."""

    digest: str  # of its words: identical texts have the same
    hashes: array[int]  # the SKETCH smallest shingle hashes, sorted


def sketch(text: str) -> Sketch:
    words = _WORDS.findall(text.lower())
    digest = hashlib.sha1(" ".join(words).encode()).hexdigest()
    shingles = {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode())
                for i in range(max(0, len(words) - SHINGLE + 1))}
    return Sketch(digest, array("I", sorted(heapq.nsmallest(SKETCH, shingles))))


def link_copies(sketches: list[tuple[str, Sketch]]) -> dict[str, str]:
    """article id -> the first article (in the order given) it copies, for identical and
    near-identical texts. Only originals are remembered: every copy points to the first."""
    exact: dict[str, str] = {}
    anchors: dict[int, list[str]] = {}
    originals: dict[str, Sketch] = {}
    copies: dict[str, str] = {}
    for article_id, this in sketches:
        first = exact.get(this.digest)
        if first is None:
            shared = Counter(c for a in this.hashes[:ANCHORS] for c in anchors.get(a, ()))
            first = next((c for c, n in shared.most_common(MAX_CANDIDATES) if n >= MIN_SHARED_ANCHORS
                          and similarity(this.hashes, originals[c].hashes) >= NEAR), None)
        if first is not None:
            copies[article_id] = first
            continue
        exact[this.digest] = article_id
        originals[article_id] = this
        for a in this.hashes[:ANCHORS]:
            anchors.setdefault(a, []).append(article_id)
    return copies


def similarity(a: array[int], b: array[int]) -> float:
    """Jaccard similarity estimated from two bottom-k sketches (exact for short texts)."""
    union = set(a) | set(b)
    k = min(SKETCH, len(union))
    both = set(a) & set(b)
    return sum(1 for h in heapq.nsmallest(k, union) if h in both) / k if k else 0.0
