"""Casualty figures inside one sentence: the amount, what it counts, what happened to them.

A figure is an amount (``numbers.parse_amount``) that no noise check rejects (money, ages,
times, years: ``noise.is_noise``). Its phrase (``Phrase``: the qualifier, the noun counted,
"of them") is then read by the rules of the table at the end of this module, in order;
the table is the specification:

1. ``VETOES``: the phrase counts no people, whatever the verbs say ("40 houses", "a
   government body", "a second"). First, because no reading can save such a phrase.
2. ``READERS``: the first that reads a category wins. The order is the safest evidence
   first: the casualty word itself ("22 dead", "3,000 displaced people"), then a predicate
   after the figure ("12 people were killed"), an active verb before it ("killing 124",
   "left 56 injured"), a toll it names ("the death toll rose to 46"), and last the readings
   borrowed from other figures ("three of the dead", "including 13 children", "three of the
   victims", "up from 38"). A reader may also read a phrase as no figure at all
   (``lives_without_verb``: "30 lives" with no verb that takes them).
3. ``OVERRIDES``: each may change the reading, or reject it, after the readers: the next
   item of a breakdown list is a part of the same figure ("including a child and a woman"),
   and displaced suspects are an escape. They come last because they correct readings of
   any reader.

A claim's ``rule`` column is the name of the rule that read its category (or of the last
override that changed it); the sentence-level rule ``aside_part`` (parts in an aside take
the category of their whole) and the rules in people.py and extraction.py name themselves.
A new dimension of a figure (scope: whole / area / period / group / individual) gets its
own table of the same three stages over the same ``Phrase``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from .. import gazetteer as gz
from ..models import Count, Qualifier, Reading
from . import lexicon as lx
from .noise import is_noise
from .numbers import Amount, parse_amount
from .predicates import (
    PREPOSITIONS,
    Predicate,
    closed_aside,
    predicate_after,
    toll_after,
    toll_before,
    verb_before,
)
from .text import Token, bracket_owners

T = TypeVar("T")

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
    rule: str = ""  # the name of the rule that read its category (READERS, OVERRIDES, people.py)
    forecast: bool = False  # hedged as a projection ("the toll could reach 10,000"), not a guess


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
        if aside is not None and figure.first < aside[0] and figure.rule != _BRACKETED:
            # "five people, two men and three women, were hurt": parts of the five (not "249
            # (official tally 167)": a count beside it)
            whole = figures[aside[1]]
            figure = replace(figure, subset=True, parent=aside[1])
            if whole.category is not None:
                figure = replace(figure, category=whole.category, rule="aside_part")
        else:
            end = closed_aside(tokens, figure.last)
            aside = None if end is None else (end, len(figures))
        spread = _spread(figures[-1], figure) if figures else None
        if spread is not None:
            figures[-1] = spread
            i = max(amount.end, figure.last)
            continue
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
    return _kept(_bracketed_breakdowns(tokens, figures), keep)


def _bracketed_breakdowns(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """"a total of 5,006 dead and 10,194 injured (1,039 deaths in Kathmandu, 250 in
    Bhaktapur)": figures in brackets that open right after a figure break down the figure of
    their category before the brackets."""
    owners = bracket_owners(tokens) if len(figures) > 1 else None
    if owners is None:
        return figures
    ends = {f.last for f in figures}
    out = list(figures)
    opened = -1  # the "(" of the breakdown the figures are in
    for k, f in enumerate(figures):
        bracket = owners[f.first]
        if bracket >= 0 and bracket in ends:
            opened = bracket
        if bracket < 0 or bracket != opened or f.subset or f.rule == _BRACKETED:
            continue  # (not "249 (official tally 167)": another count of the same)
        whole = next((j for j in range(k - 1, -1, -1) if figures[j].last <= opened
                      and figures[j].category == f.category and not figures[j].subset), None)
        if whole is not None:
            out[k] = replace(f, subset=True, parent=whole)
    return out


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
    """A number that writes a year ("in 2000"), not a count: no person it counts, no casualty
    word right after it ("over 2000 missing"), no qualifier of an amount before it ("about
    2000")."""
    if amount.kind != "exact" or not tokens[amount.start].year():
        return False
    start, end = amount.start, amount.end
    before = tokens[start - 1].lower if start else ""
    if end < len(tokens) and tokens[end].lower in lx.CASUALTY_HEADS and before not in lx.YEAR_PREPOSITIONS:
        return False  # "about 2000 missing", "1900 dead"; not "since 2000 dead bodies were found"
    if before in lx.COUNT_QUALIFIER_WORDS or (
            before == "than" and start >= 2 and tokens[start - 2].lower in lx.COMPARATIVE_COUNTS):
        return False  # "over 2000", "nearly 1900", "more than 2000": an amount
    head = _head(tokens, amount.end)
    return head is None or tokens[head].lower not in lx.PERSON_NOUNS


# ---------------------------------------------------------------- one figure


def _read_figure(tokens: list[Token], amount: Amount, found: list[Figure],
                 earlier: Reading | None) -> Figure | None:
    phrase = _phrase(tokens, amount, found, earlier)
    read, rule = CATEGORY.read(phrase)
    if read is None or read is NOT_A_FIGURE:
        return None
    subset = phrase.subset if read.subset is None else read.subset
    parent = None
    if subset and not read.pending:
        parent = next((k for k in range(len(found) - 1, -1, -1) if not found[k].subset), None)
    count = phrase.count
    head = phrase.head
    individual = amount.kind == "single" or (count.value == 1 and head is not None
                                             and tokens[head].lower in lx.SINGULAR_PERSONS)
    hedged = read.hedged or _hedged_before(tokens, phrase.first)
    return Figure(phrase.first, phrase.head_end, read.category, read.term, count, phrase.unit,
                  hedged, parent, subset, individual and count.value == 1, rule,
                  forecast=hedged and _projected(tokens, phrase.first))


@dataclass(frozen=True, slots=True)
class Phrase:
    """What the rules read: an amount and the words around it, before any category."""

    tokens: list[Token]
    amount: Amount
    found: list[Figure]  # the sentence's figures before this one
    earlier: Reading | None  # the category of the article's last figure before this sentence
    first: int  # where the phrase starts (its qualifier included)
    count: Count
    referent: tuple[Reading | None, int] | None  # "of them", "of the dead": (its category, end)
    noun: int | None  # the first noun after the amount: the head, or a casualty adjective before it
    adjective: bool  # noun is a casualty adjective of the head after it ("3,000 displaced people")
    head: int | None  # the noun the amount counts
    head_end: int  # where the phrase ends (after the head and the nouns it takes)
    unit: str  # people, families, households
    subset: bool  # the phrase opens as a breakdown ("including 13 children", "six of them")


@dataclass(frozen=True, slots=True)
class Read:
    """What a reader says of a phrase: its category and the words that say it."""

    category: Reading | None  # None: the figure after it says ("were among 22 people killed")
    term: str
    hedged: bool = False
    subset: bool | None = None  # None: as the phrase says
    pending: bool = False  # a part of the figure after it, which gives its category and whole


NOT_A_FIGURE = Read(None, "")  # a reader's verdict that the phrase counts no casualties


def _phrase(tokens: list[Token], amount: Amount, found: list[Figure], earlier: Reading | None) -> Phrase:
    first = _qualifier_start(tokens, amount.start)
    qualifier = _qualifier(tokens, first, amount)
    last = amount.end
    after = _after_qualifier(tokens, last)
    if after:
        qualifier = after[0] if amount.kind == "exact" else qualifier
        last += after[1]
    referent = _referent(tokens, last)  # "three of them", "six of the victims"
    noun = _head(tokens, last if referent is None else referent[1])
    head = noun
    adjective = False
    unit = "people"
    if noun is not None:
        word = tokens[noun].lower
        unit = lx.HOUSEHOLD_UNITS.get(word, unit)
        adjective = word in lx.CASUALTY_HEADS and (amount.kind != "single" or _another(tokens, amount)) \
            and _followed_by_person(tokens, noun)
        head = noun + 1 if adjective else noun
    head_end = (head + 1) if head is not None else (referent[1] if referent else last)
    while head_end < len(tokens) and tokens[head_end].lower in lx.PERSON_NOUNS \
            and tokens[head_end].lower not in lx.PREDICATES \
            and tokens[head_end].lower not in lx.CASUALTY_HEADS \
            and head is not None and tokens[head].lower in lx.PERSON_NOUNS:
        head_end += 1
    if head is None and referent is None:
        head_end = _skip_unknown_nouns(tokens, head_end)
    subset = referent is not None or _opened_as_breakdown(tokens, first)
    return Phrase(tokens, amount, found, earlier, first, _count(amount, qualifier), referent, noun,
                  adjective, head, head_end, unit, subset)


# ---------------------------------------------------------------- vetoes


def _noise_head(p: Phrase) -> bool:
    """"40 houses", "one of the family dogs": the amount counts things, not people."""
    return p.noun is not None and (p.tokens[p.noun].lower in lx.NOISE_NOUNS or (
        p.noun + 1 < len(p.tokens) and p.tokens[p.noun + 1].lower in lx.NOISE_NOUNS)) \
        and _cases_of(p) is None  # "32 cases of enforced disappearances" count people


def _event_head(p: Phrase) -> bool:
    """"two 6.3-magnitude quakes", "the three trains": the amount counts the events, not people.
    Past measures and modifiers ("6.3-magnitude", "powerful"), up to a noun of the event, unless a
    person or casualty noun follows it ("two quake victims")."""
    tokens = p.tokens
    j = p.amount.end
    for _ in range(_EVENT_HEAD_REACH):
        if j >= len(tokens):
            return False
        word = tokens[j].lower
        if word in lx.EVENT_COUNT_NOUNS:
            nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
            # "two explosions killed dozens": the events are the verb's subject
            return nxt in lx.ACTIVE_VERBS or (
                nxt not in lx.PERSON_NOUNS and nxt not in lx.CASUALTY_HEADS and nxt not in lx.TOLL_NOUNS)
        if word in lx.PERSON_NOUNS or word in lx.CASUALTY_HEADS or word in lx.AUX_WORDS \
                or word in lx.PREDICATES or word in PREPOSITIONS or word in {"and", "or", ",", "of"}:
            return False
        j += 1
    return False


_EVENT_HEAD_REACH = 5  # tokens from an amount to the event noun it counts ("6.3 - magnitude quakes")


def _government_body(p: Phrase) -> bool:
    """"a transitional government body": an institution, not a corpse."""
    return p.noun is not None and p.tokens[p.noun].lower in lx.CORPSE_NOUNS and p.noun > 0 \
        and p.tokens[p.noun - 1].lower in lx.NOT_CORPSE_BEFORE


def _body_parts(p: Phrase) -> bool:
    """"158 body parts were recovered": fragments, not people (one person may be many of them)."""
    return p.noun is not None and p.tokens[p.noun].lower in lx.CORPSE_NOUNS and p.noun + 1 < len(p.tokens) \
        and p.tokens[p.noun + 1].lower in lx.FRAGMENT_NOUNS


def _none_of(p: Phrase) -> bool:
    """"none of the nearly 300 passengers were hurt": the figure counts who was spared."""
    before = [t.lower for t in p.tokens[max(0, p.first - 3):p.first]]
    return any(before[k] in lx.SPARED_WORDS and before[k + 1] == "of" for k in range(len(before) - 1))


def _counted_before(p: Phrase) -> bool:
    """"one of these two died", "of those 40, twelve were children": a share "of" people
    counted before points back to them (not "those 200 passengers were missing")."""
    return p.first > 1 and p.tokens[p.first - 1].lower in lx.ANAPHORIC_DETERMINERS \
        and p.tokens[p.first - 2].lower == "of"


def _all_but(p: Phrase) -> bool:
    """"all but one of the fatalities have been identified", "all but two were rescued": the
    figure counts the exception, no figure of what the sentence says."""
    tokens = p.tokens
    return any(p.first >= size and " ".join(t.lower for t in tokens[p.first - size:p.first])
               in lx.EXCEPTION_OPENERS for size in (2, 3))


def _question(p: Phrase) -> bool:
    """"Could the difference of 1,100 deaths be due to the storm?": a question asserts no
    figure (a quotation's question ends its sentence with the speaker, not "?")."""
    tokens = p.tokens
    return len(tokens) > 1 and tokens[-1].text == "?" and tokens[0].lower in lx.QUESTION_OPENERS


def _single_not_a_person(p: Phrase) -> bool:
    """"a", "an", "another", "both" count people only before a person noun ("a man was
    killed", "both victims"), or as "another was wounded"."""
    return p.amount.kind == "single" and not _singular_head_ok(p.tokens, p.head, p.amount)


# ---------------------------------------------------------------- readers


def _labelled(p: Phrase) -> Read | None:
    """A fact box's line, a casualty label then a colon and its figure ("People killed: 501",
    "Deaths: 60", "Injured: 672"): the label opens the line."""
    tokens, colon = p.tokens, p.first - 1
    if colon < 1 or tokens[colon].text != ":" or colon > _LABEL_WORDS:
        return None
    words = [t.lower for t in tokens[:colon]]
    if not all(t.kind == "word" for t in tokens[:colon]):
        return None
    last = words[-1]
    category = lx.PREDICATES.get(last) or lx.CASUALTY_HEADS.get(last) or lx.TOLL_NOUNS.get(last)
    if category is None or not all(w in lx.LABEL_WORDS for w in words[:-1]):
        return None
    return Read(category, tokens[colon - 1].text)


_LABEL_WORDS = 3  # words of a fact box's label ("Number of people killed" is four: not read)


def _bracketed_toll(p: Phrase) -> Read | None:
    """"at 249 (official tally 167)", "240 missing (official figure: 191)": a count of the same
    thing set in brackets right after a figure, in that figure's category. The brackets hold
    only the count's noun, its modifiers and the figure."""
    tokens, k = p.tokens, p.first - 1
    if k >= 0 and tokens[k].text == ":":
        k -= 1
    if k < 1 or tokens[k].lower not in lx.SET_COUNT_NOUNS or p.head is not None \
            or p.head_end >= len(tokens) or tokens[p.head_end].text != ")":
        return None
    noun = tokens[k]
    while k >= 1 and tokens[k - 1].kind == "word" and p.first - k < _BRACKET_WORDS:
        k -= 1
    if k < 1 or tokens[k - 1].text != "(" or not p.found:
        return None
    between = tokens[p.found[-1].last:k - 1]
    if len(between) > _BRACKET_WORDS or any(t.kind != "word" for t in between):
        return None  # the brackets open right after a figure's clause ("240 were missing (...)")
    return Read(p.found[-1].category, noun.text, subset=False)  # beside the figure before, no part of it


_BRACKET_WORDS = 4  # words of a bracketed count's name ("the official death tally")
_BRACKETED = "bracketed_toll"


def _casualty_adjective(p: Phrase) -> Read | None:
    """"3,000 displaced people", "two wounded men": the casualty word before the head, unless
    a predicate after says what happened ("3,000 displaced people returned" is still read so)."""
    if not p.adjective or p.noun is None:
        return None
    post = predicate_after(p.tokens, p.noun + 2)
    category = lx.CASUALTY_HEADS[p.tokens[p.noun].lower]
    if post is None or post.among or _dead_to_hospital(category, post):
        # "218 dead bodies were admitted to the hospital": the dead, not the injured admitted
        return Read(category, p.tokens[p.noun].text)
    return None


def _dead_to_hospital(category: str, post: Predicate) -> bool:
    """The dead a predicate of the injured takes to hospital ("150 dead were taken to hospitals",
    "218 dead bodies were admitted to the hospital"): still the dead."""
    return category == "killed" and post.category == "injured" \
        and any(w in lx.HOSPITALS for w in post.term.lower().split())


def _casualty_head(p: Phrase) -> Read | None:
    """"22 dead", "100,000 refugees", "a body was found"; "98 evacuees were killed" is read by
    its verb."""
    if p.noun is None or p.adjective:
        return None
    word = p.tokens[p.noun].lower
    if word not in lx.CASUALTY_HEADS or not (p.amount.kind != "single" or _next_is_be(p.tokens, p.noun + 1)
                                             or _another(p.tokens, p.amount)):
        return None
    if p.noun + 1 < len(p.tokens) and p.tokens[p.noun + 1].lower in lx.THING_COMPOUND_NOUNS:
        return None  # "1,000 body bags": things
    first = p.amount.start
    if first >= 2 and p.tokens[first - 1].lower == "of" and p.tokens[first - 2].lower in lx.CORPSE_NOUNS:
        return None  # "the bodies of 79 refugees": the dead, whoever they were
    if lx.CASUALTY_HEADS[word] == "displaced" and _active_verb(p) is not None:
        return None  # "claimed the lives of 650 refugees", "killing 12 refugees": the verb says
    post = predicate_after(p.tokens, p.noun + 1)
    if post is not None and post.among and lx.CASUALTY_HEADS[word] in lx.PEOPLE_OF_A_FATE:
        return None  # "13 refugees were among the 178 people killed": people who died, the figure after says
    # "150 dead were taken to hospitals": the dead, not the injured of "taken to hospital"
    if post is None or post.among or _dead_to_hospital(lx.CASUALTY_HEADS[word], post) \
            or _another_figure_follows(p.tokens, p.noun + 1):
        # "reported 25 dead and 383 others were injured": the predicate is the other figure's
        return Read(lx.CASUALTY_HEADS[word], p.tokens[p.noun].text)
    return None


def _cases_of(p: Phrase) -> Read | None:
    """"627 instances of arrests of protestors", "32 cases of enforced disappearances": a
    count of cases of a casualty, in that casualty's category."""
    tokens, noun = p.tokens, p.amount.end
    if noun >= len(tokens) or tokens[noun].lower not in lx.CASE_NOUNS:
        return None
    for k in range(noun + 1, min(len(tokens), noun + 1 + _CASES_OF_REACH)):
        word = tokens[k].lower
        if k == noun + 1 and word != "of":
            return None
        if word in lx.OF_NOUNS:
            return Read(lx.OF_NOUNS[word], tokens[k].text)
    return None


_CASES_OF_REACH = 5  # tokens from "cases" to its casualty ("cases of enforced or involuntary disappearances")


def _another_figure_follows(tokens: list[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j].lower == "and" and tokens[j + 1].kind == "num"


def _victims_listed(p: Phrase) -> Read | None:
    """"Among those killed were four students", "the dead included two nurses", "among the
    victims was a doctor": the figure lists who the victims were, a sub-group of them, never
    a toll. "the victims" take the category of the article's figure before (else killed)."""
    listed = victims_listed_before(p.tokens, p.first)
    if listed is None:
        return None
    category, term = listed
    if category is None:
        before = p.found[-1].category if p.found else p.earlier
        category = before if before in {"killed", "injured"} else "killed"
    return Read(category, term, subset=True)


def victims_listed_before(tokens: list[Token], first: int) -> tuple[Reading | None, str] | None:
    """(category or None for "the victims", the noun) when the words before ``first`` list the
    victims: "among the dead were", "among those who died was", "those killed included"."""
    k = first - 1
    if k < 2:
        return None
    verb = tokens[k].lower
    if verb not in lx.LISTING_COPULAS and verb not in lx.LISTING_VERBS:
        return None
    noun = tokens[k - 1].lower
    m = k - 2  # the determiner
    if noun in lx.PREDICATES and tokens[m].lower == "who" and m >= 1:
        m -= 1  # "those who died"
    if tokens[m].lower not in lx.LISTED_DETERMINERS:
        return None
    if noun in lx.REFERENT_NOUNS and noun not in lx.LISTED_DETERMINERS and noun not in {"them", "whom"}:
        category: Reading | None = lx.REFERENT_NOUNS[noun]  # "the dead", "the victims"
    elif noun in lx.PREDICATES and tokens[m].lower == "those":
        category = lx.PREDICATES[noun]  # "those killed", "those who died"
    else:
        return None
    if verb in lx.LISTING_COPULAS and not (m >= 1 and tokens[m - 1].lower in {"among", "amongst"}):
        return None  # "the dead were 45": a toll; "among the dead were 45 children": a part
    return category, tokens[k - 1].text


def _predicate(p: Phrase) -> Read | None:
    """"12 people were killed", "three remain missing", "were among the dead"."""
    post = predicate_after(p.tokens, p.head_end)
    if post is not None and _another_figures_verb(p):
        return None  # "killed 1,500 people and 25,000 were displaced": the verb before is this one's
    if post is None or (post.sheltered and not _civilians(p.tokens, p.head)):
        return None  # "two soldiers were in the camp": being in a camp displaces civilians only
    if p.first and p.tokens[p.first - 1].lower in lx.LOAD_VERBS and p.head_end < len(p.tokens) \
            and p.tokens[p.head_end].lower not in lx.LOAD_FATE_OPENERS:
        # "men who survived a trawler carrying hundreds of migrants were arrested": its load (not
        # "carrying 132 people, all of whom were killed", "carrying 12 soldiers who were killed")
        return None
    if post.among == "next":
        return Read(post.category, post.term, post.hedged, subset=True, pending=True)
    if post.category == "missing" and _rescued(p.tokens, p.first):
        return NOT_A_FIGURE  # "rescuers freed 12 people trapped in a lift": found, not missing
    if post.category != "killed" and _bodies_of(p.tokens, p.first):
        return None  # "the bodies of 200 miners who were trapped": the dead, read by the noun before
    return Read(post.category, post.term, post.hedged, subset=True if post.among == "group" else None)


def _rescued(tokens: list[Token], first: int) -> bool:
    """The figure at ``first`` is the object of a verb of rescue ("rescued", "pulled out")."""
    k = first - 1
    while k >= 0 and first - k < _RESCUE_REACH and tokens[k].lower in lx.RESCUE_PARTICLES:
        k -= 1  # "pulled out", "brought out alive"
    return k >= 0 and tokens[k].lower in lx.RESCUE_VERBS


_RESCUE_REACH = 3  # tokens from a verb of rescue to its object ("pulled out alive")


def _bodies_of(tokens: list[Token], first: int) -> bool:
    """"the bodies of nearly 200 miners": the figure counts corpses."""
    return first >= 2 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in lx.CORPSE_WORDS


def _arrived(p: Phrase) -> Read | None:
    """"About 3,900 Kosovars arrived in Macedonia", "409,000 Rohingyas have crossed into
    Bangladesh": a people that arrives in, or crosses into, a place has fled to it."""
    size = p.count.value if p.count.value is not None else p.count.low
    if size is None or size < _ARRIVAL_CROWD or p.head is None or not _a_people(p.tokens[p.head]):
        return None  # "two Americans arrived in Paris": travellers
    tokens, k = p.tokens, p.head_end
    for _ in range(_ARRIVAL_AUX):
        if k < len(tokens) and (tokens[k].lower in lx.AUX_WORDS or tokens[k].lower in lx.PERFECT_AUX):
            k += 1
    if k >= len(tokens) or tokens[k].lower not in lx.FLIGHT_ARRIVAL_VERBS:
        return None
    where = [t.lower for t in tokens[k + 1:k + 1 + _ARRIVAL_PLACE_REACH]]
    if any(w in lx.FLIGHT_ARRIVAL_PREPOSITIONS for w in where) or "border" in where:
        return Read("displaced", tokens[k].text)
    return None


def _a_people(tok: Token) -> bool:
    """A people by its name: a demonym in the plural ("Syrians", "Kosovars") or a people with no
    state of its own ("Rohingyas")."""
    return tok.is_capitalized and (
        gz.country_of_demonym(tok.text) is not None or tok.lower in lx.PEOPLES)


_ARRIVAL_AUX = 3  # "have now already arrived"
_ARRIVAL_CROWD = 100  # a people arriving in hundreds or more has fled; a few are travellers
_ARRIVAL_PLACE_REACH = 3  # tokens from the verb to "in", "into" or "the border"


def _another_figures_verb(p: Phrase) -> bool:
    """The predicate after "and" and a second figure is that figure's when a verb or a toll
    before this figure reads it ("the toll rose to 158 and 6,000 were injured")."""
    tokens, j = p.tokens, p.head_end
    if not _another_figure_follows(tokens, j):
        return False
    return verb_before(tokens, p.first, p.head, p.head_end) is not None \
        or toll_before(tokens, p.first) is not None


def _active_verb(p: Phrase) -> Read | None:
    """"killing at least 124", "police arrested 15 protesters", "left 56 people injured"."""
    pre = verb_before(p.tokens, p.first, p.head, p.head_end)
    return None if pre is None else Read(*pre)


def _object_continues(p: Phrase) -> Read | None:
    """"killed 13 U.S. troops and at least 170 Afghans": the next object of the verb that read
    the figure just before, when it counts people ("and 3 horses" does not)."""
    tokens, found, first = p.tokens, p.found, p.first
    if not found or first < 1 or tokens[first - 1].lower not in {"and", ","} \
            or found[-1].last != first - 1 or found[-1].rule not in _OBJECT_RULES or p.head is None \
            or not (tokens[p.head].lower in lx.PERSON_NOUNS or _demonym(tokens[p.head])):
        return None
    return Read(found[-1].category, found[-1].term)


def _lives_without_verb(p: Phrase) -> Read | None:
    """"30 lives" with no verb that takes them ("saved 30 lives"): no casualties."""
    if p.head is not None and any(t.lower in lx.LIVES for t in p.tokens[p.head:p.head_end]):
        return NOT_A_FIGURE
    return None


def _toll(p: Phrase) -> Read | None:
    """"the death toll rose to 46", "brought to 49 the number killed", "46, the toll"."""
    if _moves_to(p):
        return None  # "the toll rose from 37 to 77": 37 is the figure it moved from (_toll_moved_from)
    toll = toll_before(p.tokens, p.first) or toll_after(p.tokens, p.head_end)
    if toll is None:
        return None
    # "the toll could reach 10,000": a forecast, not a count
    forecast = any(t.lower in lx.HEDGE_WORDS for t in p.tokens[max(0, p.first - _FORECAST_WINDOW):p.first])
    return Read(*toll, hedged=forecast)


_FORECAST_WINDOW = 4  # tokens before a toll's figure that may hold its modal ("could reach")


def _true_figure(p: Phrase) -> Read | None:
    """"the true figure could be closer to 2,000", "the real number may be 5,000": a speaker's
    estimate of the toll before it, in that toll's category (else killed for a toll noun), hedged
    when a modal says it."""
    tokens = p.tokens
    k = p.first - 1
    modal = False
    while k >= 1 and p.first - k <= _TRUE_FIGURE_REACH and tokens[k].lower in lx.TRUE_FIGURE_LINKS:
        modal = modal or tokens[k].lower in lx.HEDGE_WORDS or tokens[k].lower in lx.MODALS
        k -= 1
    if k < 1 or k == p.first - 1 or tokens[k].lower not in lx.TRUE_FIGURE_NOUNS \
            or tokens[k - 1].lower not in lx.TRUE_FIGURE_ADJECTIVES:
        return None
    # the sentence's figure before it, else its toll noun ("the number of dead is far higher than
    # the official total of 79"), else the article's figure before, else the toll the sentence
    # names after it ("The new figure is 253, ... from the previous toll of 359")
    before: Reading | None = p.found[-1].category if p.found else next(
        (lx.TOLL_NOUNS[t.lower] for t in reversed(tokens[:k]) if t.lower in lx.TOLL_NOUNS), p.earlier)
    if before is None and any(t.lower in lx.TOLL_HEADS for t in tokens[p.amount.end:]):
        before = "killed"
    adjective = tokens[k - 1].lower
    named = p.earlier is not None or any(t.lower in lx.TOLL_HEADS or t.lower in lx.TOLL_NOUNS for t in tokens)
    if adjective in lx.UPDATED_FIGURE_ADJECTIVES and not (named and _bare_amount(tokens, p.amount.end)):
        # "the latest figure is 300 millimetres", "the new figure is 400 million more": an update
        # is a toll's only after a figure or in a sentence that names the toll, of a bare amount
        return None
    if before is None:
        return None
    return Read(before, tokens[k].text, hedged=modal)


def _bare_amount(tokens: list[Token], end: int) -> bool:
    """No noun of another thing after the amount ending at ``end``: the sentence or its clause
    ends, or a casualty word or a person follows ("253, which is", "40 dead")."""
    if end >= len(tokens) or tokens[end].kind == "punct":
        return True
    word = tokens[end].lower
    return word in lx.CASUALTY_HEADS or word in lx.PERSON_NOUNS or word in lx.PREDICATES


def _spread_to(p: Phrase) -> Read | None:
    """"from at least 30 dead to more than 60", "from 120 wounded to 140": the far end of a
    spread, a bare amount after "to" whose near end, opened by "from", counts the category."""
    tokens, found, first = p.tokens, p.found, p.first
    if not found or p.head is not None or first < 1 or tokens[first - 1].lower != "to":
        return None
    near = found[-1]
    if near.last != first - 1 or near.first < 1 or tokens[near.first - 1].lower != "from" \
            or near.category is None or not _bare_amount(tokens, p.amount.end):
        return None
    return Read(near.category, near.term)


def _spread(near: Figure, far: Figure) -> Figure | None:
    """"from 120 wounded to 140": two plain ends make one range; "from at least 30 dead to more
    than 60" stays two figures, each with its qualifier."""
    if far.rule != _SPREAD or near.count.qualifier != "exact" or far.count.qualifier != "exact" \
            or near.count.value is None or far.count.value is None or not near.count.value < far.count.value:
        return None
    return replace(near, last=far.last, count=Count.between(near.count.value, far.count.value, "range"))


_SPREAD = "spread_to"
_OBJECT = "object_continues"
_OBJECT_RULES = frozenset({"active_verb", _OBJECT})  # the rules that read a verb's object
_TRUE_FIGURE_REACH = 5  # tokens between "the true figure" and its amount ("could be closer to")


def _referent_category(p: Phrase) -> Read | None:
    """"three of the dead", "two of those killed"."""
    if p.referent is None or not p.referent[0]:
        return None
    return Read(p.referent[0], p.tokens[p.referent[1] - 1].text)


def _part_of_previous(p: Phrase) -> Read | None:
    """"including 13 children", "six of them": a part of the figure before, in its category."""
    if not (p.subset and p.found):
        return None
    return Read(p.found[-1].category, p.found[-1].term)


def _victims_before(p: Phrase) -> Read | None:
    """"three of the victims were children": the victims of the article's figure before."""
    if p.referent is None or not (p.earlier == "killed" or p.earlier == "injured") \
            or not _copula_or_end(p.tokens, p.referent[1]):
        return None
    return Read(p.earlier, p.tokens[p.referent[1] - 1].text)


def _earlier_figure(p: Phrase) -> Read | None:
    """"rose to 46, up from 38": an earlier figure of the same toll; "up from" or "down from"
    reaches past a date and a speaker between them ("rose to 46 on Tuesday, the ministry
    said, up from 38")."""
    found, first, tokens = p.found, p.first, p.tokens
    if first >= 3 and tokens[first - 1].lower == "of" and tokens[first - 2].lower in lx.EARLIER_COUNT_NOUNS:
        # "down from estimates of about 1,000", "up from a count of 55", "down from the previous
        # figure of 115", "up from Monday's tally of 55": the count's noun between
        first -= 2
        for _ in range(_COUNT_MODIFIERS):
            if first >= 2 and tokens[first - 1].lower != "from" and tokens[first - 1].kind == "word":
                first -= 1
    if not found or first < 1 or tokens[first - 1].lower != "from":
        return None
    moved = first >= 2 and tokens[first - 2].lower in {"up", "down"}
    if found[-1].last >= first - (_MOVED_FROM_REACH if moved else _FROM_REACH):
        return Read(found[-1].category, found[-1].term)
    return None


_COUNT_MODIFIERS = 2  # words before the noun of a count a toll moved from ("the previous figure of")
_FROM_REACH = 8  # tokens from a figure to the "from" of the figure it moved from
_MOVED_FROM_REACH = 14  # the same for "up from", "down from"


def _toll_moved_from(p: Phrase) -> Read | None:
    """"lowered the death toll from 64 to 60", "the toll rose from 37 to 77": the figure a toll
    moved from, before the one it moved to."""
    if not _moves_to(p):
        return None
    toll = toll_before(p.tokens, p.amount.end + 1)
    return Read(*toll) if toll is not None else None


def _relative_revision(p: Phrase) -> Read | None:
    """"18 bodies, which was later revised down to 14": the figure a relative clause moves the
    figure before it to, in that figure's category."""
    tokens, found, k = p.tokens, p.found, p.first - 1
    if not found or k < 0 or tokens[k].lower != "to":
        return None
    moved = False
    k -= 1
    while k >= 0 and p.first - k <= _RELATIVE_REVISION_REACH:
        word = tokens[k].lower
        if word in lx.EVENT_RELATIVES and k >= 1 and tokens[k - 1].lower == "," \
                and found[-1].last == k - 1:
            return Read(found[-1].category, found[-1].term) if moved else None
        if word in lx.TOLL_SETTING_VERBS or (word in lx.TOLL_VERBS and word not in lx.BE_WORDS
                                              and word not in lx.STANDING_VERBS):
            moved = True
        elif word not in lx.TOLL_LINKS and word not in lx.LATER_ADVERBS:
            return None
        k -= 1
    return None


_RELATIVE_REVISION_REACH = 8  # tokens from "which" to the new figure ("which has since been revised down to")


def _moves_to(p: Phrase) -> bool:
    """"from 64 to 60": the amount opens a move from one figure to another."""
    tokens, first, after = p.tokens, p.first, p.amount.end
    return first >= 1 and tokens[first - 1].lower == "from" and after + 1 < len(tokens) \
        and tokens[after].lower == "to" and parse_amount(tokens, after + 1) is not None


def _corrected_figure(p: Phrase) -> Read | None:
    """"60 people died, not 64 as first reported": the figure a sentence corrects, of the
    category of the figure before it."""
    found, first = p.found, p.first
    if found and first >= 1 and p.tokens[first - 1].lower == lx.NOT and found[-1].last >= first - 8 \
            and p.head is None:
        return Read(found[-1].category, found[-1].term)
    return None


def _place_list(p: Phrase) -> Read | None:
    """"killed 34 people in India, 12 in Tibet and two in Bangladesh": a bare number and its
    place after a figure and its place is the same toll in another place."""
    tokens, found, first = p.tokens, p.found, p.first
    if first >= 2 and tokens[first - 1].lower == lx.ANOTHER:
        first -= 1  # "17,134 deaths in Turkey and another 3,317 in Syria"
    if not found or p.head is not None or first < 1 or tokens[first - 1].lower not in {",", "and"}:
        return None
    j = p.amount.end
    if j + 1 >= len(tokens) or tokens[j].lower not in lx.PLACE_PREPOSITIONS \
            or not tokens[j + 1].is_capitalized or tokens[j + 1].lower in lx.MONTHS \
            or tokens[j + 1].lower in lx.WEEKDAYS:
        return None  # "34 in May, 12 in June": days, not places
    # "in India" of the figure before, at the end of its clause ("34 people died in India")
    between = tokens[found[-1].last:first - 1]
    while between and between[-1].lower in {",", "and"}:
        between = between[:-1]  # ", and 12 in Tibet"
    at = next((b for b in range(len(between) - 1, -1, -1) if between[b].lower == tokens[j].lower), None)
    if at is None or not 1 <= len(between) - at - 1 <= 3 or len(between) > _PLACE_LIST_REACH \
            or not all(t.is_capitalized for t in between[at + 1:]) \
            or any(t.kind == "punct" for t in between[:at]):
        return None
    return Read(found[-1].category, found[-1].term, subset=found[-1].subset)


_PLACE_LIST_REACH = 6  # tokens from the figure before to its place ("people died in the south of")


def _country_list(p: Phrase) -> Read | None:
    """"Egypt lost 148 and Indonesia 120", "Others include India with 101, Nigeria with 99 and
    Kenya with eight": a bare number after a country's name (and "with") in a list of
    countries' losses is that country's people, of the list's category: the figure before's,
    or, for a list that opens the sentence, the article's figure before it."""
    tokens, found = p.tokens, p.found
    if p.head is not None or p.referent is not None:
        return None
    if found and _country_lost(tokens, p.first) and found[-1].category in lx.COUNTRY_LIST_CATEGORIES:
        return Read(found[-1].category, found[-1].term, subset=True)  # "..., while Egypt lost 148"
    item = _country_item(tokens, p.first)
    if item is None:
        return None
    if found:
        before = found[-1]
        listed = _country_item(tokens, before.first) is not None or _country_lost(tokens, before.first)
        return Read(before.category, before.term, subset=True) if listed else None
    # a list that opens the sentence: "with" items, at least two, after the article's deaths
    if not item[1] or p.earlier not in lx.COUNTRY_LIST_CATEGORIES:
        return None
    more = sum(1 for k in range(p.amount.end, len(tokens)) if tokens[k].kind == "num"
               and (found_item := _country_item(tokens, k)) is not None and found_item[1])
    return Read(p.earlier, "", subset=True) if more else None


def _country_lost(tokens: list[Token], first: int) -> bool:
    """"Egypt lost 148": the amount at ``first`` is what a country lost."""
    return first >= 2 and tokens[first - 1].lower in lx.LOSS_VERBS \
        and gz.country_named(tokens[first - 2].text) is not None


def _country_item(tokens: list[Token], first: int) -> tuple[int, bool] | None:
    """(start of the country's name, whether "with" follows it) when the amount at ``first``
    follows a country's name that opens a list item ("..., Nigeria with 99", "and Indonesia
    120"), else None."""
    k = first - 1
    with_ = k >= 0 and tokens[k].lower == "with"
    k -= with_
    end = k
    while k >= 0 and end - k < _COUNTRY_NAME_WORDS and tokens[k].is_capitalized and tokens[k].kind == "word":
        k -= 1
    start = k + 1
    if start > end or k < 0 or gz.country_named(" ".join(t.text for t in tokens[start:end + 1])) is None:
        return None
    if tokens[k].lower == "the" and k > 0:
        k -= 1  # "the Central African Republic with 5"
    opener = tokens[k].lower
    if opener in {",", "and"} or opener in lx.COUNTRY_LIST_OPENERS:
        return start, with_
    return None


_COUNTRY_NAME_WORDS = 3  # words of a country's name in a list ("Central African Republic")


# ---------------------------------------------------------------- overrides


def _list_continues(p: Phrase, read: Read | None) -> Read | None:
    """"including a child and a woman were killed", "including 11 health workers and 23
    members of the public": the next item of a breakdown is a part too, of the same category
    ("and three others" is not)."""
    found = p.found
    if read is NOT_A_FIGURE or not _continues_list(p.tokens, p.first, found) \
            or any(t.lower in lx.OTHER_WORDS for t in p.tokens[p.first:p.head_end]):
        return read
    if read is None:
        return Read(found[-1].category, found[-1].term, subset=found[-1].subset)
    if read.category != found[-1].category:
        return read
    return replace(read, term=read.term or found[-1].term, subset=found[-1].subset)


def _toll_breakdown(p: Phrase, read: Read | None) -> Read | None:
    """"the death toll included 19 direct and 15 indirect deaths": parts of the toll, not a
    toll each (the next item of the list is a part by ``_list_continues``)."""
    tokens, first = p.tokens, p.first
    if first >= 1 and tokens[first - 1].lower == "and":
        return _next_toll_part(p, read)
    if read is NOT_A_FIGURE or first < 2 or tokens[first - 1].lower not in lx.BREAKDOWN_OPENERS \
            or tokens[first - 1].lower in {"among", "amongst"}:
        return read
    toll = next((k for k in range(first - 2, max(-1, first - 9), -1) if tokens[k].lower == "toll"), None)
    if toll is None or any(t.kind == "punct" for t in tokens[toll:first]):
        return read
    if read is not None and read.category is not None:
        return replace(read, subset=True)
    # "the injury toll included ...": the toll's own category
    category = lx.TOLL_NOUNS.get(tokens[toll - 1].lower, "killed") if toll else "killed"
    return Read(category, "toll", subset=True)


def _next_toll_part(p: Phrase, read: Read | None) -> Read | None:
    """"the toll included 19 people who died in the storm and 15 whose deaths came later": the
    next part of the same list, after "and", in the same clause."""
    tokens, first, found = p.tokens, p.first, p.found
    if read is None or read.category is None or not found or found[-1].rule != "toll_breakdown" \
            or found[-1].category != read.category \
            or any(t.kind == "punct" for t in tokens[found[-1].last:first]):
        return read
    return replace(read, subset=True)


def _casualty_word(word: str) -> Reading | None:
    return lx.PREDICATES.get(word) or lx.CASUALTY_HEADS.get(word)


def _combined(p: Phrase, read: Read | None) -> Read | None:
    """"4,000 people were either dead or injured", "left 200 dead or wounded": one number for
    the dead and the injured together (the casualties), no toll of either; "30 were killed and
    50 injured" and "killed one and injured 12" are two figures."""
    if read is None or read.category not in lx.COMBINED_CATEGORIES:
        return read
    tokens = p.tokens
    if p.first >= 3 and tokens[p.first - 2].lower in lx.COMBINED_LINKS \
            and {_casualty_word(tokens[p.first - 3].lower), _casualty_word(tokens[p.first - 1].lower)} \
            == lx.COMBINED_CATEGORIES and not (p.first >= 4 and tokens[p.first - 4].lower in lx.AUX_WORDS):
        # "the blast killed or injured more than 90 people"; not "three were killed and injured two
        # others": two figures
        return NOT_A_FIGURE
    for j in range(p.amount.end, min(len(tokens) - 2, p.head_end + _COMBINED_REACH)):
        if tokens[j].kind == "num":
            return read
        first = _casualty_word(tokens[j].lower)
        if first not in lx.COMBINED_CATEGORIES or tokens[j + 1].lower not in lx.COMBINED_LINKS:
            continue
        second = _casualty_word(tokens[j + 2].lower)
        # "were killed and injured two others": the second verb takes a figure of its own
        own = _amount_follows(tokens, j + 3)
        if second in lx.COMBINED_CATEGORIES and second != first and not own:
            return NOT_A_FIGURE
        return read
    return read


def _amount_follows(tokens: list[Token], j: int) -> bool:
    """An amount at j, or after a qualifier there ("injured more than 90", "injured at least 12")."""
    for m in range(j, min(len(tokens), j + _QUALIFIER_MAX_WORDS + 1)):
        if parse_amount(tokens, m) is not None:
            return " ".join(t.lower for t in tokens[j:m]) in lx.QUALIFIERS_BEFORE or m == j
    return False


_COMBINED_REACH = 4  # tokens after a figure's head to "dead or injured" ("were either dead or")


def _escape(p: Phrase, read: Read | None) -> Read | None:
    """"two suspects fled", "two fleeing suspects": an escape, not a displacement."""
    if read is not None and read.category == "displaced" \
            and any(t.lower in lx.PERPETRATORS for t in p.tokens[p.first:p.head_end + 2]):
        return NOT_A_FIGURE
    return read


class RuleTable(Generic[T]):
    """Named rules that read one thing of a phrase (its category; later its scope), in order:
    vetoes (any one rejects the phrase), readers (the first reading wins), overrides (each may
    change the reading, or reject it). A plain class: mypyc cannot build a generic dataclass
    with slots."""

    def __init__(self, vetoes: tuple[tuple[str, Callable[[Phrase], bool]], ...],
                 readers: tuple[tuple[str, Callable[[Phrase], T | None]], ...],
                 overrides: tuple[tuple[str, Callable[[Phrase, T | None], T | None]], ...]) -> None:
        self.vetoes = vetoes
        self.readers = readers
        self.overrides = overrides

    def read(self, phrase: Phrase) -> tuple[T | None, str]:
        """(the reading, the name of the rule that decided it); (None, the veto's name) for a
        vetoed phrase, (None, "") when no reader reads it."""
        for name, veto in self.vetoes:
            if veto(phrase):
                return None, name
        read: T | None = None
        rule = ""
        for name, reader in self.readers:
            read = reader(phrase)
            if read is not None:
                rule = name
                break
        for name, override in self.overrides:
            changed = override(phrase, read)
            if changed is not read:
                read, rule = changed, name
        return read, rule


# The specification, in order (see the module docstring). A claim's `rule` is the name of the
# reader that read it, or of the last override that changed the reading.
VETOES: tuple[tuple[str, Callable[[Phrase], bool]], ...] = (
    ("noise_head", _noise_head),
    ("event_head", _event_head),
    ("government_body", _government_body),
    ("body_parts", _body_parts),
    ("none_of", _none_of),
    ("all_but", _all_but),
    ("counted_before", _counted_before),
    ("single_not_a_person", _single_not_a_person),
    ("question", _question),
)
READERS: tuple[tuple[str, Callable[[Phrase], Read | None]], ...] = (
    ("labelled", _labelled),
    (_BRACKETED, _bracketed_toll),
    ("casualty_adjective", _casualty_adjective),
    ("casualty_head", _casualty_head),
    ("cases_of", _cases_of),
    ("victims_listed", _victims_listed),
    ("predicate", _predicate),
    ("arrived", _arrived),
    ("active_verb", _active_verb),
    (_OBJECT, _object_continues),
    ("lives_without_verb", _lives_without_verb),
    ("toll", _toll),
    (lx.COUNTRY_LIST_RULE, _country_list),
    ("referent_category", _referent_category),
    ("part_of_previous", _part_of_previous),
    ("victims_before", _victims_before),
    ("toll_moved_from", _toll_moved_from),
    ("relative_revision", _relative_revision),
    ("earlier_figure", _earlier_figure),
    ("corrected_figure", _corrected_figure),
    (_SPREAD, _spread_to),
    ("place_list", _place_list),
    ("true_figure", _true_figure),
)
OVERRIDES: tuple[tuple[str, Callable[[Phrase, Read | None], Read | None]], ...] = (
    ("toll_breakdown", _toll_breakdown),
    ("list_continues", _list_continues),
    ("escape", _escape),
    ("combined", _combined),
)
CATEGORY: RuleTable[Read] = RuleTable(VETOES, READERS, OVERRIDES)


def _qualifier_start(tokens: list[Token], start: int) -> int:
    if start == 0 or tokens[start - 1].lower not in _QUALIFIER_LAST_WORDS:
        return start
    if start >= 2 and tokens[start - 1].lower == "over" and tokens[start - 2].lower in lx.OVER_VERBS:
        return start  # "handed over 441 bodies": a verb's particle, not "more than"
    if start >= 2 and tokens[start - 1].lower == lx.ABOUT and tokens[start - 2].lower in lx.ABOUT_GOVERNORS:
        return start  # "learning more about two people found dead": a preposition, not "about"
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
        qualifier = lx.QUALIFIERS_BEFORE[" ".join(t.lower for t in tokens[first:amount.start])]
        if qualifier == "at_most" and tokens[first].lower == "up" and (
                any(t.lower in lx.BRINGING_VERBS for t in tokens[max(0, first - _BRINGING_REACH):first])
                or (first and tokens[first - 1].lower in lx.UP_TO_MOVES)):
            # "bringing the death count up to 20", "has risen up to 154": the figure it now stands at
            return "exact"
        return qualifier
    return "exact"


_BRINGING_REACH = 6  # tokens between "bringing" and the "up to" of its toll


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
            if j + 1 < len(tokens) and tokens[j + 1].lower in lx.ADJUNCT_HEADS:
                return j + 1  # "a migrant boat", "two refugee camps": the noun after it counts
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
        if word in lx.ATTRIBUTIVE_PARTICIPLES and j + 1 < len(tokens) and (
                tokens[j + 1].lower in lx.CASUALTY_HEADS or tokens[j + 1].lower in lx.PERSON_NOUNS):
            j += 1  # "3,655 confirmed fatalities", "12 reported deaths"
            skipped += 1
            continue
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
    """"including 13 children", "among them six", "among which 67 children", "of which 1,404"."""
    for back in (1, 2):
        k = first - back
        if k < 0:
            return False
        word = tokens[k].lower
        if word in {"among", "amongst"} and k > 0 and tokens[k - 1].lower in lx.BE_WORDS:
            return False  # "six civilians were among at least 22 killed": 22 is the whole
        if word in lx.BREAKDOWN_OPENERS:
            return True
        if back == 2 and word == "of" and tokens[k + 1].lower in {"whom", "which"}:
            return True  # "2,059 were injured, of which 1,404 seriously"
        if back == 1 and word not in {"them", "whom", "which", "those", "these"}:
            return False
    return False


_RELATIVE_GAP = 14  # tokens of a relative clause between two parts of a list


def _continues_list(tokens: list[Token], first: int, found: list[Figure]) -> bool:
    """"including 11 health workers and 23 members of the public": 23 is a part too."""
    if not found or not found[-1].subset or first < 1:
        return False
    k = first - 1
    if tokens[k].lower not in {"and", ","}:
        return False
    if found[-1].last >= k - 1:
        return True
    # "included 19 people who died as a direct result of the storm and 15 whose deaths ...":
    # a relative clause on the part before, with no figure of its own
    gap = tokens[found[-1].last:k]
    return 0 < len(gap) <= _RELATIVE_GAP and gap[0].lower in lx.RELATIVE_OPENERS \
        and not any(t.kind == "num" or t.text in ";:" for t in gap)


def _hedged_before(tokens: list[Token], first: int) -> bool:
    """A hedge word just before the figure ("may have killed 30", "possibly 40"), not one of a
    verb of saying between them ("authorities could only confirm 38": a confirmed count)."""
    if first and tokens[first - 1].lower in lx.ARTICLES:
        first -= 1  # "may have killed a 1,000 people"
    window = tokens[max(0, first - 3):first]
    hedge = next((k for k, t in enumerate(window) if t.lower in lx.HEDGE_WORDS), None)
    if hedge is not None and not any(t.lower in lx.SAY_VERBS for t in window[hedge + 1:]):
        return True
    return _forecast_before(tokens, first)


def _projected(tokens: list[Token], first: int) -> bool:
    """A verb of reaching before a hedged figure ("could reach", "is expected to rise to"): a
    projection of the toll, not a guess at it ("may have died", "could be closer to 2,000")."""
    # the verb may be the figure's qualifier: "deaths could exceed 10,000"
    return any(t.lower in lx.FORECAST_VERBS and t.lower not in lx.BE_WORDS
               for t in tokens[max(0, first - _FORECAST_REACH):first + 1]) or _projected_toll(tokens, first)


def _projected_toll(tokens: list[Token], first: int) -> bool:
    """"The expected final death toll of around 300": a toll noun that a projection's adjective
    (``PROJECTED_ADJECTIVES``) qualifies, whose "of" takes the figure."""
    window = [t.lower for t in tokens[max(0, first - _FORECAST_REACH):first]]
    if len(window) < 3 or window[-1] != "of" or window[-2] not in lx.TOLL_NOUNS:
        return False
    return any(w in lx.PROJECTED_ADJECTIVES for w in window[-5:-2])


def _forecast_before(tokens: list[Token], first: int) -> bool:
    """"it can reach 18,000 to 20,000 deaths", "could rise to 300": a modal and a verb of
    reaching before the figure, a projection."""
    if _projected_toll(tokens, first):
        return True
    window = [t.lower for t in tokens[max(0, first - _FORECAST_REACH):first]]
    if first < len(tokens) and tokens[first].lower in lx.FORECAST_VERB_QUALIFIERS:
        window.append(tokens[first].lower)  # "the toll would not exceed 100": the verb is the qualifier
    for k, word in enumerate(window):
        verb = next((v for v in range(k + 1, min(k + 3, len(window)))
                     if window[v] in lx.FORECAST_VERBS), None)
        # the verb takes the figure: "could rise to 300", not "could rise further because several"
        if word in lx.FORECAST_MODALS and verb is not None \
                and all(w in lx.FORECAST_LINKS for w in window[verb + 1:]):
            subject = next((w for w in reversed(window[:k]) if w not in lx.AUX_WORDS), "")
            return subject in lx.FORECAST_SUBJECTS or subject in lx.TOLL_NOUNS or subject in lx.CASUALTY_HEADS
    return False


_FORECAST_REACH = 6  # tokens before a figure that may hold its projection ("the toll is expected to reach")
