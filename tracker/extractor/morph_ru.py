"""Russian morphology through pymorphy3 (OpenCorpora dictionaries): what a word form is
(part of speech, case, number, gender, animacy) and the nominative of a source's name.

The analyser is loaded on the first Russian article (0.14 s, about 15 MB) and every word
form is analysed once per process (a dictionary cache): a Russian article repeats most of
its words. English articles never load it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_ANALYSER: list[Any] = []


def _analyser() -> Any:
    if not _ANALYSER:
        import pymorphy3

        _ANALYSER.append(pymorphy3.MorphAnalyzer())
    return _ANALYSER[0]


@dataclass(frozen=True)
class Form:
    """One reading of a word form: the likeliest one pymorphy3 gives."""

    pos: str  # NOUN, ADJF, VERB, PRTF, PREP ... ("" when unknown)
    case: str  # nomn, gent, datv, accs, ablt, loct ("" when none)
    number: str  # sing, plur
    gender: str  # masc, femn, neut
    animate: bool
    name: bool  # a first name, surname or patronymic
    cases: frozenset[str]  # the cases of every reading of the form
    lemma: str


_FORMS: dict[str, Form] = {}


def form(word: str) -> Form:
    """The likeliest reading of a word form (cached)."""
    key = word.lower()
    found = _FORMS.get(key)
    if found is None:
        parses = _analyser().parse(key)
        best = parses[0]
        tag = best.tag
        found = Form(str(tag.POS or ""), str(tag.case or ""), str(tag.number or ""), str(tag.gender or ""),
                     "anim" in tag, bool({"Name", "Surn", "Patr"} & set(tag.grammemes)),
                     frozenset(str(p.tag.case) for p in parses if p.tag.case), str(best.normal_form))
        _FORMS[key] = found
    return found


def nominative(words: list[str], case: str) -> list[str]:
    """A name read in ``case`` ("по данным Следственного комитета РФ": gent) put in the
    nominative, as a name is cited: "Следственный комитет РФ". The head noun and the
    adjectives before it change, and names in apposition after it ("главы МЧС Владимира
    Пучкова" -> "глава МЧС Владимир Пучков"); the words that depend on it ("РФ", "МЧС")
    stay. A word pymorphy3 cannot inflect stays as written."""
    if case == "nomn" or (words and words[0].isupper() and len(words[0]) > 1):
        return words  # as written; "МЧС Узбекистана": the abbreviation is the head, and does not decline
    parses = [_reading(w, case) for w in words]
    for k in range(len(words) - 1):
        if parses[k] is not None and parses[k].tag.POS == "NOUN" and parses[k + 1] is not None \
                and parses[k + 1].tag.POS == "NOUN":
            # "пожарным службам": a substantivised adjective before a noun is its adjective
            adjective = _reading(words[k], case, "ADJF")
            parses[k] = adjective if adjective is not None else parses[k]
    head = next((k for k, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"
                 and not words[k].isupper()), None)
    if head is None:
        return words
    head_tag = parses[head].tag
    number, gender = str(head_tag.number or "sing"), str(head_tag.gender or "")
    out = list(words)
    for k, parse in enumerate(parses):
        if parse is None or parse.tag.case != case or words[k].isupper():
            continue
        pos = parse.tag.POS
        if k < head and pos in ("ADJF", "PRTF"):
            wanted = {"nomn", number} | ({gender} if number == "sing" and gender else set())
        elif k == head or (k > head and {"Name", "Surn", "Patr"} & set(parse.tag.grammemes)):
            wanted = {"nomn", str(parse.tag.number or "sing")}
        else:
            continue
        changed = parse.inflect(wanted)
        if changed is not None:
            out[k] = _cased_like(str(changed.word), words[k])
    return out


def _reading(word: str, case: str, pos: str = "") -> Any:
    """The reading of ``word`` in ``case`` (and part of speech ``pos``, when given), else None."""
    if not word[:1].isalpha():
        return None
    return next((p for p in _analyser().parse(word.lower())
                 if p.tag.case == case and (not pos or pos == p.tag.POS)), None)


def _cased_like(new: str, old: str) -> str:
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new
