"""Numbers that are not counts of people: money, percentages, ages, times, dates, labels
("Route 46", "Image 5 of 8"), phone numbers and compounds ("500-pound"). Judged from the
words right around the number, before any grammar is tried."""

from __future__ import annotations

from . import lexicon as lx
from .numbers import Amount
from .text import Token, numbers_listed_before


def is_noise(tokens: list[Token], amount: Amount) -> bool:
    """Money, percentages, ages, times, dates, labels, phone numbers, compounds."""
    return _noise_before(tokens, amount) or _noise_after(tokens, amount)


def _noise_before(tokens: list[Token], amount: Amount) -> bool:
    if amount.start == 0:
        return False
    first, prev = tokens[amount.start], tokens[amount.start - 1]
    before = tokens[amount.start - 2] if amount.start > 1 else None
    nxt = tokens[amount.end] if amount.end < len(tokens) else None
    if prev.lower in lx.CURRENCY_SIGNS or prev.lower in lx.MONTHS or prev.lower == "#":
        return True
    if prev.lower in lx.NUMBER_LABELS and first.kind == "num":
        return True
    if any(t.lower in {"ages", "aged"} for t in tokens[max(0, amount.start - 4):amount.start]) \
            or _in_age_list(tokens, amount.start):
        return True  # "ages 2 and 4", "ages 22, 26, 29 and 37"
    corrects = before is not None and before.lower in lx.CORRECTION_OPENERS  # ", not 64", "78 and not 79"
    if prev.lower == "no" or (prev.lower == "not" and not corrects):
        return True  # "no one died", "not 64 years old": a negation
    if prev.lower == "both" and first.kind == "num":
        return True  # "Elijah and Shakur, both 16, were killed"
    if prev.lower in {"was", "is"} and amount.start > 1 and tokens[amount.start - 2].lower == "who" \
            and nxt is not None and nxt.kind == "punct":
        return True  # "the grandmother, who was 46, was shot"
    if before is None:
        return False
    if prev.lower == "." and before.lower in lx.MONTHS:
        return True  # "Dec. 25"
    if before.lower == "." and amount.start > 2 and tokens[amount.start - 3].is_capitalized:
        before = tokens[amount.start - 3]  # "David Morris Jr., 22,"
    if prev.lower == "of" and before.lower in lx.KIN_NOUNS:
        return True  # "a mother of three"
    if prev.lower == "of" and before.lower in lx.PERSON_NOUNS and nxt is not None \
            and nxt.lower in lx.HOUSEHOLD_UNITS:
        return True  # "seven members of one family": whose members, not how many families
    if _out_of(tokens, amount.start):
        return True  # "four people out of the 75 inside were shot": 75 were not
    if prev.lower == "of" and before.kind == "num" and first.kind == "num":
        return True  # "Image 1 of 5", "page 2 of 10"
    listed = amount.start > 2 and tokens[amount.start - 3].lower == "," and before.kind == "num"
    if prev.lower == "and" and listed and nxt is not None and nxt.lower in {",", ")"}:
        return True  # "her sons, 7 and 8, were hurt": a list of ages
    named = before.is_capitalized or before.lower in lx.PERSON_NOUNS
    if prev.lower == "," and first.kind == "num" and named \
            and nxt is not None and nxt.lower in {",", "and", "of", ")", ".", ";", "-", "–", "—"}:
        return True  # "Lamont Jones, 33, and ...", "the other man, 31, was": an age in apposition
    return prev.lower in {"-", "/", ":", "."} and prev.end == first.start and before.kind == "num"
    # 570-7244, 6/14, 10:30


def _out_of(tokens: list[Token], start: int) -> bool:
    """Is the amount at start the whole after "N out of (the)"? It counts those present."""
    k = start - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].lower != "out":
        return False
    return any(t.kind == "num" or t.lower in lx.UNITS for t in tokens[max(0, k - 5):k - 1])


def _noise_after(tokens: list[Token], amount: Amount) -> bool:
    end = amount.end
    if end >= len(tokens):
        return False
    first, nxt = tokens[amount.start], tokens[end]
    nxt2 = tokens[end + 1] if end + 1 < len(tokens) else None
    after = tokens[end + 2] if end + 2 < len(tokens) else None
    if nxt.lower in lx.TIME_WORDS and nxt.lower in lx.ORDINALS and nxt2 is not None \
            and nxt2.lower in lx.PERSON_NOUNS:
        return False  # "a second man", not "a second"
    if nxt.lower in {"%", "percent", "per", "pc"} or nxt.lower in lx.TIME_WORDS:
        return True
    if nxt.lower in lx.MONTHS and first.kind == "num" and not (
            nxt.lower in lx.MODAL_MONTHS and not nxt.is_capitalized):
        return True  # 27 June; not "5,000 may have died"
    if nxt.lower in lx.AGE_WORDS or nxt.lower.endswith("-year-old"):
        return True
    if nxt.lower in {"-", "/", ":"} and nxt.start == tokens[end - 1].end and nxt2 is not None \
            and nxt2.start == nxt.end and amount.kind != "range":
        return True  # 20-year-old, 500-pound, 9-1-1, 24/7, 10:30
    if nxt.kind == "word" and nxt.start == tokens[end - 1].end and tokens[end - 1].kind == "num":
        return True  # 1st, 9mm, 3D
    if nxt.lower == "years" and nxt2 is not None and nxt2.lower == "old":
        return True
    if nxt.lower in {"and", "or", "to"} and nxt2 is not None and nxt2.kind == "num" and after is not None \
            and (after.lower in lx.AGE_WORDS or after.lower == "-" or after.lower == "years"):
        return True  # "were 14 and 15-years-old", "ages 2 to 4 years"
    # "one of the biggest evacuations", "one of the world's most powerful typhoons", "one of its deadliest"
    return first.lower == "one" and nxt.lower == "of" and nxt2 is not None and nxt2.lower in lx.DETERMINERS \
        and any(_superlative(t.lower) for t in tokens[end + 2:end + 5])


def _superlative(word: str) -> bool:
    return word in lx.SUPERLATIVE_WORDS or (len(word) > 5 and word.endswith("est"))


def _in_age_list(tokens: list[Token], start: int) -> bool:
    """Is the number at ``start`` in a list of numbers that "ages"/"aged" opens ("the victims,
    ages 22, 26, 29 and 37, were taken to hospitals": none of them a count)?"""
    k, numbers = numbers_listed_before(tokens, start)
    return numbers > 0 and k >= 0 and tokens[k].lower in lx.AGE_LIST_WORDS
