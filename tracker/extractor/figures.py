"""Casualty figures inside one sentence: the amount, what it counts, what happened to them.

A figure is an amount (``numbers.parse_amount``) whose phrase the grammar ties to a
casualty, in one of these shapes, safest first:

- the head is the casualty itself: "22 dead", "100,000 refugees", "12 bodies";
- a predicate follows: "12 people were killed", "three remain missing", "a man died";
- an active verb precedes: "killing at least 124", "police arrested 15 protesters";
- a frame verb wraps it: "left 56 people injured", "claimed 30 lives";
- a toll names it: "the death toll rose to 46", "brought to 49 the number killed";
- it breaks another down: "including 13 children", "six of them", "were among the dead".

Anything else (money, ages, times, years, houses, troops sent) never reaches a claim,
because no shape accepts it or a noise check rejects it first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..models import Count, Qualifier, Reading
from . import lexicon as lx
from .noise import is_noise
from .numbers import Amount, parse_amount
from .predicates import PREPOSITIONS, closed_aside, predicate_after, toll_after, toll_before, verb_before
from .text import Token

# Words that can start an amount; everything else is skipped without parsing.
_STARTS = (
    frozenset(lx.UNITS) | frozenset(lx.TENS) | frozenset(lx.SINGLE_WORDS)
    | frozenset(lx.VAGUE_UNITS) | frozenset(lx.VAGUE_TENS) | frozenset(lx.VAGUE_MULTIPLIERS)
    | {"between", "half", "dozen"}
)
_QUALIFIER_MAX_WORDS = max(len(k.split()) for k in lx.QUALIFIERS_BEFORE)
_QUALIFIER_LAST_WORDS = frozenset(k.split()[-1] for k in lx.QUALIFIERS_BEFORE)


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure found in a sentence's tokens."""

    first: int  # token index where the phrase starts (qualifier included)
    last: int  # token index after the phrase (head noun included)
    # None while the figure after it is to say ("six civilians were among at least 22
    # killed"); find_figures returns none of those
    category: Reading | None
    term: str
    count: Count
    unit: str = "people"
    hedged: bool = False
    parent: int | None = None  # index, in the sentence's figures, of the figure it breaks down
    subset: bool = False
    individual: bool = False  # one person the text names or describes ("a man", "Maria Lopez")


def find_figures(tokens: list[Token], earlier: Reading | None = None) -> list[Figure]:
    """Every casualty figure in one sentence's tokens, in reading order. ``earlier`` is the
    category of the article's last figure before this sentence, for "three of the victims"."""
    figures: list[Figure] = []
    pending: list[int] = []  # subsets whose category the next figure gives ("were among 22")
    aside: tuple[int, int] | None = None  # (end, figure) of an aside that breaks a figure down
    i = 0  # the first token not yet read
    for start in _amount_starts(tokens):
        if start < i:
            continue
        amount = parse_amount(tokens, start)
        if amount is None or is_noise(tokens, amount) or _is_year(tokens, amount):
            i = start + 1
            continue
        figure = _read_figure(tokens, amount, figures, earlier)
        if figure is None:
            i = amount.start + 1
            continue
        if aside is not None and figure.first < aside[0]:
            # "five people, two men and three women, were hurt": parts of the five
            whole = figures[aside[1]]
            figure = replace(figure, subset=True, parent=aside[1],
                             category=whole.category if whole.category is not None else figure.category)
        else:
            end = closed_aside(tokens, figure.last)
            aside = None if end is None else (end, len(figures))
        if figure.category is None and figure.subset:
            pending.append(len(figures))
        elif pending and not figure.subset:
            for k in pending:
                figures[k] = replace(figures[k], category=figure.category, parent=len(figures))
            pending.clear()
        figures.append(figure)
        i = max(amount.end, figure.last)
    # "including a child", "a girl was among the dead": who was among them, not a count the
    # text gives (no numeral); the whole it describes is the claim
    keep = [f.category is not None
            and not (f.subset and f.individual and tokens[f.first].lower in {"a", "an"}) for f in figures]
    return _kept(figures, keep)


def _kept(figures: list[Figure], keep: list[bool]) -> list[Figure]:
    """The figures to keep, their parents renumbered (a parent left out leaves none)."""
    if all(keep):
        return figures
    index: dict[int, int] = {}
    for old, kept in enumerate(keep):
        if kept:
            index[old] = len(index)
    return [replace(f, parent=index.get(f.parent) if f.parent is not None else None)
            for f, kept in zip(figures, keep, strict=True) if kept]


def _amount_starts(tokens: list[Token]) -> list[int]:
    """Where an amount may start: a numeral or a number word ("twenty-four" too). One pass
    with a comprehension; the parser then reads only these."""
    return [k for k, tok in enumerate(tokens) if tok.kind == "num" or tok.lower in _STARTS
            or ("-" in tok.lower and tok.lower.split("-")[0] in _STARTS)]


# ---------------------------------------------------------------- noise


def _is_year(tokens: list[Token], amount: Amount) -> bool:
    if amount.kind != "exact" or not tokens[amount.start].year():
        return False
    head = _head(tokens, amount.end)
    return head is None or tokens[head].lower not in lx.PERSON_NOUNS


# ---------------------------------------------------------------- one figure


def _read_figure(tokens: list[Token], amount: Amount, found: list[Figure],
                 earlier: Reading | None) -> Figure | None:
    first = _qualifier_start(tokens, amount.start)
    qualifier = _qualifier(tokens, first, amount)
    last = amount.end
    after = _after_qualifier(tokens, last)
    if after:
        qualifier = after[0] if amount.kind == "exact" else qualifier
        last += after[1]
    count = _count(amount, qualifier)
    value = count.value

    # "three of them", "six of the victims": a breakdown of a group named before.
    referent = _referent(tokens, last)
    head = _head(tokens, last if referent is None else referent[1])
    unit = "people"
    term = ""
    category: Reading | None = None
    if head is not None:
        word = tokens[head].lower
        if word in lx.NOISE_NOUNS or (head + 1 < len(tokens) and tokens[head + 1].lower in lx.NOISE_NOUNS):
            return None  # "40 houses", "one of the family dogs"
        if word in {"body", "bodies"} and head > 0 and tokens[head - 1].lower in lx.NOT_CORPSE_BEFORE:
            return None  # "a transitional government body"
        if word in lx.HOUSEHOLD_UNITS:
            unit = lx.HOUSEHOLD_UNITS[word]
        if word in lx.CASUALTY_HEADS and (amount.kind != "single" or _another(tokens, amount)) \
                and _followed_by_person(tokens, head):
            # "3,000 displaced people returned": the casualty word is an adjective of the head
            post = predicate_after(tokens, head + 2)
            if post is None or post.among:
                category, term = lx.CASUALTY_HEADS[word], tokens[head].text
            head += 1
        elif word in lx.CASUALTY_HEADS and (amount.kind != "single" or _next_is_be(tokens, head + 1)
                                            or _another(tokens, amount)):
            post = predicate_after(tokens, head + 1)
            if post is None or post.among:  # "98 evacuees were killed": the verb says what happened
                category, term = lx.CASUALTY_HEADS[word], tokens[head].text
    if amount.kind == "single" and not _singular_head_ok(tokens, head, amount):
        return None
    head_end = (head + 1) if head is not None else (referent[1] if referent else last)
    while head_end < len(tokens) and tokens[head_end].lower in lx.PERSON_NOUNS \
            and tokens[head_end].lower not in lx.PREDICATES \
            and tokens[head_end].lower not in lx.CASUALTY_HEADS \
            and head is not None and tokens[head].lower in lx.PERSON_NOUNS:
        head_end += 1
    if head is None and referent is None and amount.kind == "single" and not _another_was(tokens, amount):
        return None
    if head is None and referent is None:
        head_end = _skip_unknown_nouns(tokens, head_end)

    hedged = False
    subset = referent is not None or _opened_as_breakdown(tokens, first)
    pending_parent = False
    if not category:
        post = predicate_after(tokens, head_end)
        if post is not None and post.sheltered and not _civilians(tokens, head):
            post = None  # "two soldiers were in the camp": being in a camp displaces civilians only
        if post is not None:
            category, term, hedged = post.category, post.term, post.hedged
            if post.among == "next":
                pending_parent, subset = True, True
            elif post.among == "group":
                subset = True
    if not category:
        pre = verb_before(tokens, first, head, head_end)
        if pre is not None:
            category, term = pre
    if not category and head is not None and any(t.lower == "lives" for t in tokens[head:head_end]):
        return None
    if not category:
        toll = toll_before(tokens, first) or toll_after(tokens, head_end)
        if toll is not None:
            category, term = toll
    if not category and referent is not None and referent[0]:
        category, term = referent[0], tokens[referent[1] - 1].text
    if not category and subset and found:
        category, term = found[-1].category, found[-1].term
    if not category and referent is not None and (earlier == "killed" or earlier == "injured") \
            and _copula_or_end(tokens, referent[1]):
        category, term = earlier, tokens[referent[1] - 1].text  # "three of the victims were children"
    if _continues_list(tokens, first, found) and (category is None or category == found[-1].category) \
            and not any(t.lower in lx.OTHER_WORDS for t in tokens[first:head_end]):
        # "including a child and a woman were killed": the woman is a part too
        category, term, subset = found[-1].category, term or found[-1].term, found[-1].subset
    if not category and _earlier_figure(tokens, first, found):
        category, term = found[-1].category, found[-1].term
    if not category and not pending_parent:
        return None
    if head is not None and tokens[head].lower in lx.NOISE_NOUNS:
        return None
    if category == "displaced" and any(t.lower in lx.PERPETRATORS for t in tokens[first:head_end + 2]):
        return None  # "two suspects fled", "two fleeing suspects": an escape, not a displacement
    hedged = hedged or _hedged_before(tokens, first)
    parent = None
    if subset and not pending_parent:
        parent = next((k for k in range(len(found) - 1, -1, -1) if not found[k].subset), None)
        if parent is None and not found:
            subset = referent is not None or subset
    individual = amount.kind == "single" or (value == 1 and head is not None
                                             and tokens[head].lower in lx.SINGULAR_PERSONS)
    return Figure(first, head_end, category, term, count, unit, hedged, parent, subset,
                  individual and value == 1)


def _qualifier_start(tokens: list[Token], start: int) -> int:
    if start == 0 or tokens[start - 1].lower not in _QUALIFIER_LAST_WORDS:
        return start
    for size in range(_QUALIFIER_MAX_WORDS, 0, -1):
        if start - size < 0:
            continue
        phrase = " ".join(t.lower for t in tokens[start - size:start])
        if phrase in lx.QUALIFIERS_BEFORE:
            return start - size
    return start


def _qualifier(tokens: list[Token], first: int, amount: Amount) -> Qualifier:
    if amount.kind == "vague":
        return "vague"
    if amount.kind == "range":
        return "range"
    if first < amount.start:
        return lx.QUALIFIERS_BEFORE[" ".join(t.lower for t in tokens[first:amount.start])]
    return "exact"


def _after_qualifier(tokens: list[Token], end: int) -> tuple[Qualifier, int] | None:
    for size in (2, 1):
        phrase = " ".join(t.lower for t in tokens[end:end + size])
        if len(tokens[end:end + size]) == size and phrase in lx.QUALIFIERS_AFTER:
            return lx.QUALIFIERS_AFTER[phrase], size
    return None


def _count(amount: Amount, qualifier: Qualifier) -> Count:
    if amount.kind == "vague":
        return Count.between(amount.low, amount.high, "vague")
    if amount.kind == "range":
        return Count.between(amount.low, amount.high, "range")
    return Count.stated(amount.value, qualifier)


def _referent(tokens: list[Token], end: int) -> tuple[Reading | None, int] | None:
    """(category or None, index after) for "of them", "of the dead", "of those killed"."""
    if end >= len(tokens) or tokens[end].lower != "of":
        return None
    j = end + 1
    if j < len(tokens) and tokens[j].lower in {"the", "those"}:
        if tokens[j].lower == "those" and j + 1 < len(tokens) and tokens[j + 1].lower in lx.PREDICATES:
            return lx.PREDICATES[tokens[j + 1].lower], j + 2
        if tokens[j].lower == "those" and j + 1 < len(tokens) and tokens[j + 1].lower == "shot":
            return lx.SHOT, j + 2  # "three of those shot": hit, killed or not
        j += 1
    if j < len(tokens) and tokens[j].lower in lx.REFERENT_NOUNS:
        word = tokens[j].lower
        if word in {"the", "those"}:
            return None
        return lx.REFERENT_NOUNS[word], j + 1
    return None


def _head(tokens: list[Token], j: int) -> int | None:
    """Index of the noun the amount counts, skipping "of", "the" and up to four modifiers."""
    if j < len(tokens) and tokens[j].lower == "of":
        j += 1
        if j < len(tokens) and tokens[j].lower == "the":
            j += 1
    skipped = 0
    while j < len(tokens) and skipped <= 4:
        tok = tokens[j]
        word = tok.lower
        if word in lx.HOUSEHOLD_UNITS and j + 1 < len(tokens) and tokens[j + 1].lower in lx.PERSON_NOUNS:
            j += 1  # "two of the family members": people, not families
            continue
        if word in lx.PERSON_NOUNS or word in lx.CASUALTY_HEADS or word in lx.HOUSEHOLD_UNITS:
            if word == "other":  # "two other gunshot victims": the noun after it is the head
                later = _head(tokens, j + 1)
                if later is not None and later - j <= 3 and tokens[later].lower not in lx.NOISE_NOUNS:
                    return later
            return j
        if word in lx.ORDINALS and j + 1 < len(tokens) and tokens[j + 1].lower in lx.PERSON_NOUNS:
            j += 1  # "a second man": an ordinal, not "a second" of time
            continue
        if word in lx.NOISE_NOUNS:
            return j
        if tok.kind == "num" and j + 2 < len(tokens) and tokens[j + 1].lower == "-" \
                and tokens[j + 2].lower in lx.AGE_WORDS:
            after = tokens[j + 3].lower if j + 3 < len(tokens) else ""
            if after in lx.AUX_WORDS or after in PREPOSITIONS or after in lx.PREDICATES or not after:
                return j + 2  # "a 15-year-old was shot": the age names the person
            j += 3  # "a 47-year-old man"
            skipped += 1
            continue
        if word in lx.UNITS or word in lx.TENS:
            break  # "2016 Two medics": another amount starts
        if word in {"and", "or"} and skipped and any(
                t.lower in lx.PERSON_NOUNS or t.lower in lx.CASUALTY_HEADS for t in tokens[j + 1:j + 3]):
            j += 1  # "70 Syrian regime and rebel fighters", "new and repeated displacements"
            continue
        if tok.kind != "word" or word in lx.AUX_WORDS or word in lx.PREDICATES \
                or word in PREPOSITIONS or word in {"and", "or", "but", "of", "as"} \
                or word in lx.ACTIVE_VERBS or word in lx.BREAKDOWN_OPENERS or word in lx.DETERMINERS:
            break
        if _demonym(tok) and j + 1 < len(tokens) and tokens[j + 1].lower in lx.PERSON_NOUNS:
            j += 1  # "35 ISIS militants", "Syrian Kurds fighters": the noun after is the head
            skipped += 1
            continue
        if _demonym(tok) and (j == 0 or not tokens[j - 1].is_capitalized or tokens[j - 1].lower in lx.COMPASS
                              or tokens[j - 1].lower.endswith(("an", "i", "ish", "ese"))):
            return j  # "12 Palestinians", "Syrian Kurds"; not "Joe Hawkins"
        j += 1
        skipped += 1
    return None


def _skip_unknown_nouns(tokens: list[Token], j: int) -> int:
    """Past up to three words the lexicons do not know ("70 Takfiri terrorists were slain")."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].kind == "word" and _unknown(tokens[k].lower) \
            and (not tokens[k].is_capitalized or _demonym(tokens[k])):  # never a name: "5 Joe Hawkins"
        k += 1
    verb = tokens[k].lower if k < len(tokens) else ""
    return k if verb in lx.AUX_WORDS or verb in lx.PREDICATES else j


def _unknown(word: str) -> bool:
    return not (word in lx.AUX_WORDS or word in lx.PREDICATES or word in lx.ACTIVE_VERBS
                or word in PREPOSITIONS or word in lx.DETERMINERS or word in lx.NOISE_NOUNS
                or word in {"and", "or", "but", "of", "as", "than"})


def _copula_or_end(tokens: list[Token], j: int) -> bool:
    return j >= len(tokens) or tokens[j].kind == "punct" or tokens[j].lower in lx.BE_WORDS


def _next_is_be(tokens: list[Token], j: int) -> bool:
    """"a body was found" is a death; "dropping a body off" is not."""
    return j < len(tokens) and tokens[j].lower in lx.BE_WORDS


def _followed_by_person(tokens: list[Token], head: int) -> bool:
    if head + 1 >= len(tokens):
        return False
    nxt = tokens[head + 1]
    return nxt.lower in lx.PERSON_NOUNS or _demonym(nxt)


def _civilians(tokens: list[Token], head: int | None) -> bool:
    """People a camp or a shelter displaces: "residents", "families", "Iraqis", or a bare number
    ("3,000 were in shelters"); not soldiers."""
    return head is None or tokens[head].lower in lx.SHELTERED_HEADS or _demonym(tokens[head])


def _demonym(tok: Token) -> bool:
    """"Palestinians", "Uzbeks", "Syrians": people named by where they are from."""
    word = tok.lower
    return tok.is_capitalized and word.endswith(("s", "ese")) and len(word) > 3 and not word.endswith("ss") \
        and word not in lx.VAGUE_UNITS and word not in lx.CASUALTY_HEADS and word not in lx.NOISE_NOUNS \
        and word not in lx.PREDICATES


def _another(tokens: list[Token], amount: Amount) -> bool:
    return tokens[amount.start].lower == "another"


def _another_was(tokens: list[Token], amount: Amount) -> bool:
    """"two were killed and another was wounded": "another" stands for one more person."""
    return _another(tokens, amount) and _next_is_be(tokens, amount.end)


def _singular_head_ok(tokens: list[Token], head: int | None, amount: Amount) -> bool:
    if head is None:
        return _another_was(tokens, amount)
    word = tokens[head].lower
    if tokens[amount.start].lower == "both":
        return word in lx.PERSON_NOUNS and word not in lx.SINGULAR_PERSONS
    if _another(tokens, amount) and head == amount.end and word in lx.CASUALTY_HEADS:
        return True  # "one person was killed and another injured"
    return word in lx.SINGULAR_PERSONS or word in lx.AGE_WORDS


def _opened_as_breakdown(tokens: list[Token], first: int) -> bool:
    """"including 13 children", "among them six", "among which 67 children"."""
    for back in (1, 2):
        k = first - back
        if k < 0:
            return False
        word = tokens[k].lower
        if word in {"among", "amongst"} and k > 0 and tokens[k - 1].lower in lx.BE_WORDS:
            return False  # "six civilians were among at least 22 killed": 22 is the whole
        if word in lx.BREAKDOWN_OPENERS:
            return True
        if back == 1 and word not in {"them", "whom", "which", "those", "these"}:
            return False
    return False


def _continues_list(tokens: list[Token], first: int, found: list[Figure]) -> bool:
    """"including 11 health workers and 23 members of the public": 23 is a part too."""
    if not found or not found[-1].subset or first < 1:
        return False
    k = first - 1
    if tokens[k].lower in {"and", ","}:
        return found[-1].last >= k - 1
    return False


def _earlier_figure(tokens: list[Token], first: int, found: list[Figure]) -> bool:
    """"rose to 46, up from 38": an earlier figure of the same toll."""
    return bool(found) and first >= 1 and tokens[first - 1].lower == "from" \
        and found[-1].last >= first - 8


def _hedged_before(tokens: list[Token], first: int) -> bool:
    return any(t.lower in lx.HEDGE_WORDS for t in tokens[max(0, first - 3):first])
