"""The language of an article: stated (a record's `language`, front matter, `--language`)
or told from its opening.

The detection is cheap on purpose, since every article passes through it: an English
article (no Cyrillic letter in its opening, and English function words at least as common
as any other language's) is known after one regular-expression search and one pass over
at most ``_OPENING`` characters. Script first (Cyrillic or Latin letters), then the
letters only some Cyrillic alphabets have, then function words among the Latin-script
languages.
"""

from __future__ import annotations

import re

from . import lexicon_detect as ld

ENGLISH, RUSSIAN = ld.READ_LANGUAGES[:2]
_OPENING = 3000  # characters: enough words to count, little time
_GLANCE = 1000  # characters in which a few English function words settle it at once
_ENGLISH_AT_ONCE = 4
_ENGLISH = tuple(f" {word} " for word in sorted(ld.ENGLISH_MARKERS))  # counted with str.count: fast
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
_MIN_EVIDENCE = 8  # function words a language other than English needs before it is chosen
_SHORT = 400  # characters: an opening this short may be told by its letters too
_SHORT_EVIDENCE = 3  # function words and own letters such an opening needs
# word -> the languages it is a function word of: one look-up a word
_CODES: dict[str, tuple[str, ...]] = {}
for _code, _words in ld.LATIN_FUNCTION_WORDS.items():
    for _word in _words:
        _CODES[_word] = (*_CODES.get(_word, ()), _code)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language as far as the opening tells: "en", "ru", "uk",
    "fr", "es" ...; "en" when nothing clearly says otherwise (the tracker's first language)."""
    opening = text[:_OPENING]
    glance = opening[:_GLANCE]
    lowered = glance.lower()
    if sum(lowered.count(word) for word in _ENGLISH) >= _ENGLISH_AT_ONCE and _CYRILLIC.search(glance) is None:
        return ENGLISH  # most articles: a few substring counts, no word loop
    if _CYRILLIC.search(opening) is not None:
        cyrillic = _cyrillic_language(opening)
        if cyrillic:
            return cyrillic
    return _latin_language(opening)


def _cyrillic_language(opening: str) -> str:
    """The Cyrillic language of an opening written mostly in Cyrillic, else ""."""
    letters = [ch for ch in opening.lower() if ch.isalpha()]
    cyrillic = [ch for ch in letters if "\u0400" <= ch <= "\u04ff"]
    if len(cyrillic) * 2 < len(letters):
        return ""
    total = len(cyrillic)
    for code, own in ld.OTHER_CYRILLIC_LETTERS.items():
        if sum(ch in own for ch in cyrillic) * 100 >= total:  # at least 1 in 100 letters
            return code
    if not any(ch in ld.RUSSIAN_LETTERS for ch in cyrillic) and total > 200:
        return "bg"
    return "ru"


def _latin_language(opening: str) -> str:
    counts: dict[str, int] = dict.fromkeys(ld.LATIN_FUNCTION_WORDS, 0)
    for word in _LATIN_WORD.findall(opening.lower()):
        for code in _CODES.get(word, ()):
            counts[code] += 1
    english = counts.pop("en", 0)
    best = max(counts, key=lambda code: counts[code])
    if counts[best] >= _MIN_EVIDENCE and counts[best] > 2 * english:
        return best
    if english == 0 and len(opening) < _SHORT:
        # a short opening (a headline, a one-line note): its own letters count as evidence too
        lowered = opening.lower()
        scores = {code: counts[code] + sum(lowered.count(ch) for ch in ld.LATIN_LETTERS.get(code, ""))
                  for code in counts}
        best = max(scores, key=lambda code: scores[code])
        if scores[best] >= _SHORT_EVIDENCE:
            return best
    return "en"


def article_language(stated: str, text: str) -> str:
    """The language stated for an article, else the one its text shows."""
    return stated or detect_language(text)


def unread_reason(language: str) -> str:
    """Why an article in ``language`` gives no claims ("" when the tracker reads it)."""
    if language in ld.READ_LANGUAGES:
        return ""
    name = ld.LANGUAGE_NAMES.get(language, language)
    read = ", ".join(ld.LANGUAGE_NAMES[code] for code in ld.READ_LANGUAGES)
    return f"not read: the article is in {name} ({language}); the tracker reads {read}"
