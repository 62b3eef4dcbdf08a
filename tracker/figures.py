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

from . import lexicon as lx
from .numbers import Amount, parse_amount
from .text import Token

# Words that can start an amount; everything else is skipped without parsing.
_STARTS = (
    frozenset(lx.UNITS) | frozenset(lx.TENS) | frozenset(lx.SINGLE_WORDS)
    | frozenset(lx.VAGUE_UNITS) | frozenset(lx.VAGUE_TENS) | frozenset(lx.VAGUE_MULTIPLIERS)
    | {"between", "half", "dozen"}
)
_QUALIFIER_MAX_WORDS = max(len(k.split()) for k in lx.QUALIFIERS_BEFORE)
_PREPOSITIONS = frozenset("in on at near from by for with during after before since into "
                          "across over under inside outside against amid".split())


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure found in a sentence's tokens."""

    first: int  # token index where the phrase starts (qualifier included)
    last: int  # token index after the phrase (head noun included)
    category: str
    term: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    unit: str = "people"
    hedged: bool = False
    parent: int | None = None  # index, in the sentence's figures, of the figure it breaks down
    subset: bool = False


def find_figures(tokens: list[Token], earlier: str = "") -> list[Figure]:
    """Every casualty figure in one sentence's tokens, in reading order. ``earlier`` is the
    category of the article's last figure before this sentence, for "three of the victims"."""
    figures: list[Figure] = []
    pending: list[int] = []  # subsets whose category the next figure gives ("were among 22")
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.kind != "num" and tok.lower not in _STARTS and tok.lower.split("-")[0] not in _STARTS:
            i += 1
            continue
        amount = parse_amount(tokens, i)
        if amount is None or _is_noise(tokens, amount):
            i += 1
            continue
        figure = _read_figure(tokens, amount, figures, earlier)
        if figure is None:
            i = amount.start + 1
            continue
        if figure.category == "?" and figure.subset:
            pending.append(len(figures))
        elif pending and not figure.subset:
            for k in pending:
                figures[k] = replace(figures[k], category=figure.category, parent=len(figures))
            pending.clear()
        figures.append(figure)
        i = max(amount.end, figure.last)
    return [f for f in figures if f.category != "?"]


# ---------------------------------------------------------------- noise


def _is_noise(tokens: list[Token], amount: Amount) -> bool:
    """Money, percentages, ages, times, dates, years, labels, phone numbers, compounds."""
    return _noise_before(tokens, amount) or _noise_after(tokens, amount) or _is_year(tokens, amount)


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
    if any(t.lower in {"ages", "aged"} for t in tokens[max(0, amount.start - 4):amount.start]):
        return True  # "ages 2 and 4"
    if prev.lower in {"no", "not"}:
        return True  # "no one died": a negation, not a figure
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
    if prev.lower == "," and first.kind == "num" and before.is_capitalized and nxt is not None \
            and nxt.lower in {",", "and", "of", ")", "."}:
        return True  # "Lamont Jones, 33, and ...": an age in apposition
    return prev.lower in {"-", "/", ":", "."} and prev.end == first.start and before.kind == "num"
    # 570-7244, 6/14, 10:30


def _noise_after(tokens: list[Token], amount: Amount) -> bool:
    end = amount.end
    if end >= len(tokens):
        return False
    first, nxt = tokens[amount.start], tokens[end]
    nxt2 = tokens[end + 1] if end + 1 < len(tokens) else None
    after = tokens[end + 2] if end + 2 < len(tokens) else None
    if nxt.lower in {"%", "percent", "per", "pc"} or nxt.lower in lx.TIME_WORDS:
        return True
    if nxt.lower in lx.MONTHS and first.kind == "num":
        return True  # 27 June
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
    return first.lower == "one" and nxt.lower == "of" and nxt2 is not None and nxt2.lower == "the" \
        and after is not None and (after.lower.endswith("est") or after.lower == "most")
    # "one of the biggest evacuations"


def _is_year(tokens: list[Token], amount: Amount) -> bool:
    if amount.kind != "exact" or not tokens[amount.start].year():
        return False
    head = _head(tokens, amount.end)
    return head is None or tokens[head].lower not in lx.PERSON_NOUNS


# ---------------------------------------------------------------- one figure


def _read_figure(tokens: list[Token], amount: Amount, found: list[Figure], earlier: str) -> Figure | None:
    first = _qualifier_start(tokens, amount.start)
    qualifier = _qualifier(tokens, first, amount)
    last = amount.end
    after = _after_qualifier(tokens, last)
    if after:
        qualifier = after[0] if amount.kind == "exact" else qualifier
        last += after[1]
    value, low, high = _interval(amount, qualifier)

    # "three of them", "six of the victims": a breakdown of a group named before.
    referent = _referent(tokens, last)
    head = _head(tokens, last if referent is None else referent[1])
    unit = "people"
    term = ""
    category = ""
    if head is not None:
        word = tokens[head].lower
        if word in lx.NOISE_NOUNS or (head + 1 < len(tokens) and tokens[head + 1].lower in lx.NOISE_NOUNS):
            return None  # "40 houses", "one of the family dogs"
        if word in lx.HOUSEHOLD_UNITS:
            unit = lx.HOUSEHOLD_UNITS[word]
        if word in lx.CASUALTY_HEADS and amount.kind != "single" and _followed_by_person(tokens, head):
            # "3,000 displaced people returned": the casualty word is an adjective of the head
            post = predicate_after(tokens, head + 2)
            if post is None or post[3]:
                category, term = lx.CASUALTY_HEADS[word], tokens[head].text
            head += 1
        elif word in lx.CASUALTY_HEADS and (amount.kind != "single" or _next_is_be(tokens, head + 1)):
            post = predicate_after(tokens, head + 1)
            if post is None or post[3]:  # "98 evacuees were killed": the verb says what happened
                category, term = lx.CASUALTY_HEADS[word], tokens[head].text
    if amount.kind == "single" and not _singular_head_ok(tokens, head, amount):
        return None
    head_end = (head + 1) if head is not None else (referent[1] if referent else last)
    while head_end < len(tokens) and tokens[head_end].lower in lx.PERSON_NOUNS \
            and tokens[head_end].lower not in lx.PREDICATES \
            and tokens[head_end].lower not in lx.CASUALTY_HEADS \
            and head is not None and tokens[head].lower in lx.PERSON_NOUNS:
        head_end += 1
    if head is None and referent is None and amount.kind == "single":
        return None
    if head is None and referent is None:
        head_end = _skip_unknown_nouns(tokens, head_end)

    hedged = False
    subset = referent is not None or _opened_as_breakdown(tokens, first)
    pending_parent = False
    if not category:
        post = predicate_after(tokens, head_end)
        if post is not None:
            category, term, hedged, among = post
            if among == "next":
                pending_parent, subset = True, True
            elif among == "group":
                subset = True
    if not category:
        pre = _verb_before(tokens, first, head, head_end)
        if pre is not None:
            category, term = pre
    if not category and head is not None and any(t.lower == "lives" for t in tokens[head:head_end]):
        return None
    if not category:
        toll = _toll_before(tokens, first) or _toll_after(tokens, head_end)
        if toll is not None:
            category, term = toll
    if not category and referent is not None and referent[0]:
        category, term = referent[0], tokens[referent[1] - 1].text
    if not category and subset and found:
        category, term = found[-1].category, found[-1].term
    if not category and referent is not None and earlier in {"killed", "injured"}:
        category, term = earlier, tokens[referent[1] - 1].text  # "three of the victims"
    if not category and _continues_list(tokens, first, found):
        category, term, subset = found[-1].category, found[-1].term, found[-1].subset
    if not category and _earlier_figure(tokens, first, found):
        category, term = found[-1].category, found[-1].term
    if not category and pending_parent:
        category = "?"
    if not category:
        return None
    if head is not None and tokens[head].lower in lx.NOISE_NOUNS:
        return None
    if category == "displaced" and head is not None and tokens[head].lower in lx.PERPETRATORS:
        return None  # "two suspects fled": an escape, not a displacement
    hedged = hedged or _hedged_before(tokens, first)
    parent = None
    if subset and not pending_parent:
        parent = next((k for k in range(len(found) - 1, -1, -1) if not found[k].subset), None)
        if parent is None and not found:
            subset = referent is not None or subset
    return Figure(first, head_end, category, term, value, low, high, qualifier, unit,
                  hedged, parent, subset)


def _qualifier_start(tokens: list[Token], start: int) -> int:
    for size in range(_QUALIFIER_MAX_WORDS, 0, -1):
        if start - size < 0:
            continue
        phrase = " ".join(t.lower for t in tokens[start - size:start])
        if phrase in lx.QUALIFIERS_BEFORE:
            return start - size
    return start


def _qualifier(tokens: list[Token], first: int, amount: Amount) -> str:
    if amount.kind == "vague":
        return "vague"
    if amount.kind == "range":
        return "range"
    if first < amount.start:
        return lx.QUALIFIERS_BEFORE[" ".join(t.lower for t in tokens[first:amount.start])]
    return "exact"


def _after_qualifier(tokens: list[Token], end: int) -> tuple[str, int] | None:
    for size in (2, 1):
        phrase = " ".join(t.lower for t in tokens[end:end + size])
        if len(tokens[end:end + size]) == size and phrase in lx.QUALIFIERS_AFTER:
            return lx.QUALIFIERS_AFTER[phrase], size
    return None


def _interval(amount: Amount, qualifier: str) -> tuple[int | None, int | None, int | None]:
    """(value, low, high) as the contract wants them for each qualifier."""
    if amount.kind in ("vague", "range"):
        return None, amount.low, amount.high
    value = amount.value
    if qualifier in ("at_least", "more_than"):
        return value, value, None
    if qualifier == "about":
        return value, None, None
    if qualifier == "at_most":
        return value, None, value
    return value, value, value


def _referent(tokens: list[Token], end: int) -> tuple[str, int] | None:
    """("category or empty", index after) for "of them", "of the dead", "of those killed"."""
    if end >= len(tokens) or tokens[end].lower != "of":
        return None
    j = end + 1
    if j < len(tokens) and tokens[j].lower in {"the", "those"}:
        if tokens[j].lower == "those" and j + 1 < len(tokens) and tokens[j + 1].lower in lx.PREDICATES:
            return lx.PREDICATES[tokens[j + 1].lower], j + 2
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
        if word in lx.PERSON_NOUNS or word in lx.CASUALTY_HEADS or word in lx.HOUSEHOLD_UNITS:
            return j
        if word in lx.NOISE_NOUNS:
            return j
        if tok.kind == "num" and j + 2 < len(tokens) and tokens[j + 1].lower == "-" \
                and tokens[j + 2].lower in lx.AGE_WORDS:
            after = tokens[j + 3].lower if j + 3 < len(tokens) else ""
            if after in lx.AUX_WORDS or after in _PREPOSITIONS or after in lx.PREDICATES or not after:
                return j + 2  # "a 15-year-old was shot": the age names the person
            j += 3  # "a 47-year-old man"
            skipped += 1
            continue
        if tok.kind != "word" or word in lx.AUX_WORDS or word in lx.PREDICATES \
                or word in _PREPOSITIONS or word in {"and", "or", "but", "of", "as"} \
                or word in lx.ACTIVE_VERBS or word in lx.BREAKDOWN_OPENERS or word in lx.DETERMINERS:
            break
        if _demonym(tok):
            return j  # "12 Palestinians", "Uzbeks"
        j += 1
        skipped += 1
    return None


def _skip_unknown_nouns(tokens: list[Token], j: int) -> int:
    """Past up to three words the lexicons do not know ("70 Takfiri terrorists were slain")."""
    k = j
    while k < len(tokens) and k - j < 3 and tokens[k].kind == "word" and _unknown(tokens[k].lower):
        k += 1
    return k if k < len(tokens) and tokens[k].lower in lx.AUX_WORDS | lx.PREDICATES.keys() else j


def _unknown(word: str) -> bool:
    return not (word in lx.AUX_WORDS or word in lx.PREDICATES or word in lx.ACTIVE_VERBS
                or word in _PREPOSITIONS or word in lx.DETERMINERS or word in lx.NOISE_NOUNS
                or word in {"and", "or", "but", "of", "as", "than"})


def _next_is_be(tokens: list[Token], j: int) -> bool:
    """"a body was found" is a death; "dropping a body off" is not."""
    return j < len(tokens) and tokens[j].lower in lx.BE_WORDS


def _followed_by_person(tokens: list[Token], head: int) -> bool:
    if head + 1 >= len(tokens):
        return False
    nxt = tokens[head + 1]
    return nxt.lower in lx.PERSON_NOUNS or _demonym(nxt)


def _demonym(tok: Token) -> bool:
    """"Palestinians", "Uzbeks", "Syrians": people named by where they are from."""
    word = tok.lower
    return tok.is_capitalized and word.endswith("s") and len(word) > 3 and not word.endswith("ss") \
        and word not in lx.VAGUE_UNITS and word not in lx.CASUALTY_HEADS and word not in lx.NOISE_NOUNS \
        and word not in lx.PREDICATES


def _singular_head_ok(tokens: list[Token], head: int | None, amount: Amount) -> bool:
    if head is None:
        return False
    word = tokens[head].lower
    if tokens[amount.start].lower == "both":
        return word in lx.PERSON_NOUNS and word not in lx.SINGULAR_PERSONS
    return word in lx.SINGULAR_PERSONS or word in lx.AGE_WORDS


def _opened_as_breakdown(tokens: list[Token], first: int) -> bool:
    """"including 13 children", "among them six", "among which 67 children"."""
    for back in (1, 2):
        k = first - back
        if k < 0:
            return False
        word = tokens[k].lower
        if word in lx.BREAKDOWN_OPENERS:
            return True
        if back == 1 and word not in {"them", "whom", "which", "those", "these"}:
            return False
    return False


def predicate_after(tokens: list[Token], j: int) -> tuple[str, str, bool, str] | None:
    """(category, term, hedged, among) for a predicate that follows the figure.

    ``among`` is "group" for "were among the dead", "next" for "were among 22 people
    killed" (the category comes from the figure after), else "".
    """
    hedged = False
    steps = 0
    if _interrupted(tokens, j):
        jumped = _jump_aside(tokens, j)
        if jumped is None:
            return None
        j = jumped
    passive = False
    while j < len(tokens) and steps < 7:
        tok = tokens[j]
        word = tok.lower
        passive = passive or word in lx.BE_WORDS
        if word in lx.NEGATIONS or word in lx.UNREAL:
            return None  # "no one was killed", "will be booked", "would have died"
        if word in lx.HEDGE_WORDS:
            hedged = True
        if word == "among" and steps:
            rest = tokens[j + 1:j + 4]
            for k, t in enumerate(rest):
                if lx.REFERENT_NOUNS.get(t.lower):
                    return lx.REFERENT_NOUNS[t.lower], t.text, hedged, "group"
                if t.lower in lx.PREDICATES and k:
                    return lx.PREDICATES[t.lower], t.text, hedged, "group"
            if rest and (rest[0].kind == "num" or rest[0].lower in lx.QUALIFIERS_BEFORE
                         or rest[0].lower.split()[0] in {"at", "more", "some", "about", "nearly"}):
                return "?", "", hedged, "next"
            return None
        if word == "shot":
            return _shot(tokens, j, hedged, passive)
        if word in {"fatally", "mortally"} and (j + 1 == len(tokens) or tokens[j + 1].kind == "punct"):
            return "killed", tok.text, hedged, ""  # "four people were shot, one fatally"
        if word in lx.PREDICATE_PHRASES:
            follow, category = lx.PREDICATE_PHRASES[word]
            for t in tokens[j + 1:j + 6]:
                if t.lower in lx.NOT_CASUALTY_WORDS:
                    break  # "taken into protective custody", "fled the scene"
                if t.lower in follow:
                    category = category or lx.TAKEN_TO.get(t.lower, "injured")
                    if any(w.lower in {"fatal", "mortal"} for w in tokens[j + 1:j + 6]):
                        category = "killed"  # "suffering fatal injuries"
                    if category == "injured" and _same_person_died(tokens, j + 1):
                        category = "killed"  # "taken to hospital, where he died"
                    return category, f"{tok.text} {t.text}", hedged, ""
        if word in lx.PREDICATES:
            if word in lx.ACTIVE_VERBS and not passive and _has_object(tokens, j + 1):
                return None  # "two men killed a guard": active, the figure is the killers
            if any(t.lower in lx.NOT_CASUALTY_WORDS for t in tokens[j + 1:j + 3]):
                return None  # "fled the scene", "fled on foot"
            category = lx.PREDICATES[word]
            if category == "injured" and (_fatally(tokens, j) or _same_person_died(tokens, j + 1)):
                category = "killed"
            return category, tok.text, hedged, ""
        if word in lx.AUX_WORDS or (word.endswith("ly") and tok.kind == "word"):
            j += 1
            steps += 1
            continue
        if passive and word.endswith("ed") and j + 2 < len(tokens):
            # "were rounded up and executed", "were abducted and killed"
            k = j + 1 + (tokens[j + 1].lower in {"up", "out", "off", "down"})
            if k + 1 < len(tokens) and tokens[k].lower == "and" and tokens[k + 1].lower in lx.PREDICATES:
                j = k + 1
                continue
        return None
    return None


def _jump_aside(tokens: list[Token], j: int) -> int | None:
    """Index of the verb after an aside that starts at j: "130 people, including 67 children,
    were killed", "35 civilians mostly children were killed", "11,000 people from the town
    of Bria fled". None when another clause's verb comes first."""
    opener = tokens[j].lower
    aside = opener in lx.BREAKDOWN_OPENERS or opener in {",", "("}
    reach = 16 if opener in {",", "("} else 12 if aside else 10
    place = opener in lx.PLACE_PREPOSITIONS or opener == "from"
    for k in range(j + 1, min(j + reach, len(tokens))):
        word = tokens[k].lower
        if word in {"were", "was", "have", "had", "are", "has"}:
            return k
        verb = word in lx.PREDICATES or word in lx.PREDICATE_PHRASES
        if verb and (place or tokens[k - 1].lower == ","):
            return k  # "160,000 people, mainly women and children, fled the capital"
        if word in {".", ";", ":"} or word in lx.SAY_VERBS or verb or word in lx.ACTIVE_VERBS:
            return None  # the verb there belongs to another clause
        if place and (word in lx.CLAUSE_BREAKS or word in {"where", "when", "and", "but"}
                      or word in lx.FRAME_VERBS
                      or tokens[k].kind == "num"):
            return None  # "in the town where displaced families live", "in Aleppo left 11 dead"
    return None


def _interrupted(tokens: list[Token], j: int) -> bool:
    """Does a breakdown, a coordinated figure or an "of" phrase stand between figure and verb?"""
    if j >= len(tokens):
        return False
    word = tokens[j].lower
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if word in lx.BREAKDOWN_OPENERS or word in lx.INTERRUPTERS or word == "(":
        return True
    if word in {",", "-", "–", "—"} and nxt is not None and nxt.lower in lx.BREAKDOWN_OPENERS:
        return True
    if word == "and" and nxt is not None and (nxt.kind == "num" or nxt.lower in lx.UNITS
                                              or nxt.lower in lx.SINGLE_WORDS):
        return True
    if word == "and" and any(t.lower in lx.PERSON_NOUNS for t in tokens[j + 1:j + 4]):
        return True  # "2,100 fighters and family members were evacuated"
    if word == "," and nxt is not None and nxt.kind == "word":
        return True  # "150 people, the whole population of the town, were displaced"
    if word in lx.PLACE_PREPOSITIONS or word == "from":
        return True  # "104,000 people in Bima city were displaced"
    return word == "of" and nxt is not None and nxt.lower not in lx.REFERENT_NOUNS


def _has_object(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return False
    tok = tokens[j]
    if tok.lower in {"their", "its"} and j + 1 < len(tokens) and tokens[j + 1].lower in lx.HOME_WORDS:
        return False  # "10,000 people evacuated their homes": they left, nobody else was hit
    return tok.lower in lx.DETERMINERS or tok.lower in {"him", "her", "them", "himself", "herself",
                                                       "someone", "anyone"} \
        or tok.kind == "num" or tok.is_capitalized


def _same_person_died(tokens: list[Token], j: int) -> bool:
    """"a juvenile injured in a shooting on Monday has died", "was taken to a hospital, where
    he died": the wounded person died, as long as nobody else (another person, a figure)
    becomes the subject in between."""
    for k in range(j, min(j + 16, len(tokens))):
        tok = tokens[k]
        word = tok.lower
        if word in {"died", "dies"} or (word == "dead" and tokens[k - 1].lower in lx.DEAD_AFTER):
            return True
        if word in lx.PRONOUNS and tokens[k - 1].lower in {"where", "and", ",", "but", "then"}:
            continue  # the same person, named again
        if word == "but" and k + 1 < len(tokens) and tokens[k + 1].lower in lx.BE_WORDS:
            continue  # "was rushed to a hospital but was dead on arrival"
        if word in lx.PERSON_NOUNS or word in lx.PRONOUNS or word in {";", "."} or tok.kind == "num" \
                or word in lx.UNITS or word in {"but", "while"}:
            return False
    return False


def _dies_later(tokens: list[Token], j: int) -> bool:
    return any(lx.PREDICATES.get(t.lower) == "killed" for t in tokens[j:])


def _fatally(tokens: list[Token], j: int) -> bool:
    return any(t.lower in {"fatally", "mortally"} for t in tokens[max(0, j - 2):j])


def _shot(tokens: list[Token], j: int, hedged: bool, passive: bool) -> tuple[str, str, bool, str] | None:
    """"shot dead", "shot and killed", "fatally shot": killed; "was shot in the leg": injured,
    unless the sentence says the person died. Plain "shot" is left alone: it counts the
    killed and the wounded together."""
    nxt = [t.lower for t in tokens[j + 1:j + 5]]
    if nxt[:1] == ["dead"] or nxt[:2] == ["to", "death"] or _fatally(tokens, j):
        return "killed", "shot dead", hedged, ""
    if nxt[:1] == ["and"] and len(nxt) > 1 and nxt[1] in lx.PREDICATES:
        return lx.PREDICATES[nxt[1]], f"shot and {nxt[1]}", hedged, ""
    if passive and nxt[:1] == ["in"] and any(w in lx.BODY_PARTS for w in nxt[1:4]):
        return ("killed" if _dies_later(tokens, j) else "injured"), "shot", hedged, ""
    if nxt[:1] and nxt[0] in {"himself", "herself", "themselves"}:
        fatal = any(t.lower in {"fatal", "fatally", "mortal"} for t in tokens[j + 2:j + 10])
        if fatal or _same_person_died(tokens, j + 2):
            return "killed", "shot", hedged, ""
        return lx.SHOT, "shot", hedged, ""
    if _has_object(tokens, j + 1) or (nxt[:1] == ["at"] and not passive):
        return None  # "two men shot a guard", "gunmen shot at the crowd"
    if _alive_after(tokens, j + 1):
        return "injured", "shot", hedged, ""  # "were shot and are in stable condition"
    return lx.SHOT, "shot", hedged, ""


def _alive_after(tokens: list[Token], j: int) -> bool:
    """Does the rest of the clause say the people shot are alive and hurt?"""
    words = [t.lower for t in tokens[j:j + 12]]
    for k, word in enumerate(words):
        if word in {";", "."} or word in lx.PREDICATES and lx.PREDICATES[word] == "killed":
            return False
        if word in lx.ALIVE_CUES or (word in {"suffered", "suffering", "sustained"}
                                     and any(w in {"injuries", "wounds", "wound", "injury"}
                                             for w in words[k + 1:k + 5])):
            return True
    return False


def _verb_before(tokens: list[Token], first: int, head: int | None, head_end: int) -> tuple[str, str] | None:
    """An active verb whose object the figure is: "killing 12", "left 56 injured"."""
    k = first - 1
    while k >= 0 and first - k <= 3 and (
            tokens[k].lower in {"a", "total", "another", "the", "an"}
            or (tokens[k].lower == "of" and k > 0 and tokens[k - 1].lower == "total")):
        k -= 1
    if k < 0:
        return None
    verb = tokens[k].lower
    if verb in {"were", "was", "are", "is"}:
        return _inverted(tokens, k)
    if verb in lx.ACTIVE_VERBS or verb in lx.SHOOT_VERBS:
        if k > 0 and tokens[k - 1].lower in {"the", "were", "was", "been", "be", "are", "is"}:
            return None  # "the injured 3", "were killed 3 ...": not an object
        if verb in lx.SHOOT_VERBS:
            return ("killed", tokens[k].text) if _fatally(tokens, k) else (lx.SHOT, tokens[k].text)
        return active_category(tokens, k), tokens[k].text
    if verb in {"sent", "sending", "sends"}:
        words = [t.lower for t in tokens[head_end:head_end + 4]]
        if words[:1] == ["to"] and any(w in {"hospital", "hospitals"} for w in words[1:]):
            return "injured", "sent to hospital"  # "sent five people to the hospital"
    if verb in lx.FRAME_VERBS:
        if head is not None and any(t.lower == "lives" for t in tokens[head:head_end]) \
                and verb.startswith("claim"):
            return "killed", f"{tokens[k].text} lives"
        for t in tokens[head_end:head_end + 4]:
            if t.lower in lx.PREDICATES:
                return lx.PREDICATES[t.lower], t.text
            if t.lower not in {"more", "others", "other", "people", "to", "from", "their", "homes",
                               "also", "seriously", "critically"}:
                break
    if verb == "of" and k >= 2 and tokens[k - 1].lower in {"lives", "life"} \
            and tokens[k - 2].lower in {"the", "claimed", "claiming", "took", "taking", "cost"}:
        return "killed", "lives"
    if verb == "of" and k >= 1 and tokens[k - 1].lower in lx.OF_NOUNS:
        return lx.OF_NOUNS[tokens[k - 1].lower], tokens[k - 1].text
    return None


def _inverted(tokens: list[Token], k: int) -> tuple[str, str] | None:
    """"Also injured in the attack were three men", "Killed were two guards": the predicate
    opens the clause and the figure follows "were"."""
    for back in range(k - 1, max(-1, k - 7), -1):
        word = tokens[back].lower
        if word in {",", ";", ".", ":"} or tokens[back].kind == "num":
            return None
        if word in lx.PREDICATES and (back == 0 or tokens[back - 1].lower in {"also", "were", ",", "and"}
                                      or tokens[back - 1].kind == "punct" or tokens[back].is_capitalized):
            return lx.PREDICATES[word], tokens[back].text
    return None


def active_category(tokens: list[Token], k: int) -> str:
    """Category of the active verb at k; "fatally wounding" kills."""
    category = lx.ACTIVE_VERBS[tokens[k].lower]
    return "killed" if category == "injured" and _fatally(tokens, k) else category


def _toll_before(tokens: list[Token], first: int) -> tuple[str, str] | None:
    """"the death toll rose to 46", "number of people killed reached 50"."""
    k = first - 1
    linked = False
    while k >= 0 and first - k <= 8:
        word = tokens[k].lower
        if word in lx.TOLL_NOUNS and (linked or word == "toll"):
            if word == "toll":
                before = tokens[k - 1].lower if k else ""
                return lx.TOLL_NOUNS.get(before, "killed"), "death toll" if before == "death" else "toll"
            if first - k > 1 and _toll_linked(tokens, k + 1, first):
                return lx.TOLL_NOUNS[word], tokens[k].text
            return None
        if (tokens[k].kind == "num" or word in lx.UNITS) and k >= 1 and tokens[k - 1].lower == "from":
            k -= 2  # "rose from 38 to 46"
            continue
        if word not in lx.TOLL_LINKS:
            break
        linked = True
        k -= 1
    if not linked or not _toll_linked(tokens, k + 1, first):
        return None
    # "the death toll from the attacks on Aleppo rose to 12": the toll stands further back
    for back in range(k, max(-1, k - 20), -1):
        word = tokens[back].lower
        if word in {",", ";", ":", ".", "(", ")"} or tokens[back].kind == "num":
            return None
        if word == "toll":
            before = tokens[back - 1].lower if back else ""
            return lx.TOLL_NOUNS.get(before, "killed"), "death toll" if before == "death" else "toll"
    return None


def _toll_linked(tokens: list[Token], start: int, end: int) -> bool:
    """"deaths rose to 40", "number of dead stood at 12": a verb of amount, not "injury to"."""
    return any(t.lower in lx.TOLL_VERBS for t in tokens[start:end])


def _toll_after(tokens: list[Token], j: int) -> tuple[str, str] | None:
    """"brought to 49 the number killed", "... 12, the death toll"."""
    words = [t.lower for t in tokens[j:j + 7]]
    if words[:2] == ["the", "total"]:
        words = ["the", *words[2:]]
    if words[:1] == ["the"] and len(words) > 2:
        if words[1] == "number":
            for w in words[2:]:
                if w in lx.TOLL_NOUNS:
                    return lx.TOLL_NOUNS[w], w
        if "toll" in words[1:3]:
            return ("injured" if words[1] == "injury" else "killed"), "toll"
    return None


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
