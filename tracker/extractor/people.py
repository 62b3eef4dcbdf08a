"""Named or described people as figures: "Cirla Bingham was pronounced dead" (killed, 1),
"the 13-year-old girl was shot and killed" (killed, 1), "killing Sarah Davidson and injuring
Leanne Smith and Dustin Grey" (killed 1, injured 2).

Local news states many tolls this way, one person at a time, without a numeral. Only a
person the text names or describes counts; a pronoun ("he died") does not, since it may be
someone already counted.
"""

from __future__ import annotations

from dataclasses import replace

from .. import gazetteer as gz
from ..models import Count, Reading
from . import lexicon as lx
from .figures import Figure
from .predicates import Predicate, active_category, comma_aside, predicate_after
from .text import Token

_DESCRIBED_BY = lx.DESCRIBED_BY
_HE_SHE = lx.HE_SHE
_BE_OR_THE = lx.BE_WORDS | {"the"}  # "was hurt", "the injured": not a verb acting on a person
_NOT_NAMES = (
    lx.PERSON_NOUNS | lx.SOURCE_NOUNS | frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS)
    | lx.PLACE_NOUNS | lx.DETERMINERS | lx.PRONOUNS | frozenset(lx.UNITS) | frozenset(lx.TENS)
    | frozenset(word.lower() for word in lx.ORGANISATION_NOUNS)
    | frozenset(lx.RELATIVE_DAYS) | frozenset(lx.SINGLE_WORDS) | lx.NAME_LINKS | lx.NOT_NAME_WORDS
)
_PERSON_CATEGORIES: frozenset[Reading | None] = frozenset(
    {"killed", "injured", "arrested", "missing", lx.SHOT})
_MAX_APPOSITION = 16


class Surnames:
    """The last names of the people an article names in full ("Anthony Swift"): a sentence
    that opens with one alone ("Swift was arrested") is about that person. A word is looked
    up in the text when it is first asked for."""

    def __init__(self, text: str = "") -> None:
        self._text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        """Does the text write ``word`` (as capitalised) after a capitalised first name?"""
        if word not in self._seen:
            self._seen[word] = self._after_a_name(word)
        return self._seen[word]

    def _after_a_name(self, word: str) -> bool:
        text, k = self._text, self._text.find(" " + word)
        while k > 0:
            end = k + 1 + len(word)
            if end >= len(text) or not text[end].isalpha():
                first = k - 1
                while first > 0 and text[first - 1].isalpha():
                    first -= 1
                if k - first > 1 and text[first].isupper() and text[first:k].lower() not in _NOT_NAMES:
                    return True  # "Anthony Swift"
            k = text.find(" " + word, k + 1)
        return False


def find_people(tokens: list[Token], taken: list[Figure], known: Surnames | None = None) -> list[Figure]:
    """Figures of named or described people, outside the spans already ``taken``; ``known``
    are the article's surnames."""
    known = Surnames() if known is None else known
    used = [False] * (len(tokens) + 1)
    breakdowns: list[tuple[int, int, int]] = []  # (start, end, parent) of "including ..." asides
    for index, taken_figure in enumerate(taken):
        # "two men, 21-year-old Rainier Hamilton and ..., were arrested": the people the
        # apposition names are the figure's, not figures of their own
        end = taken_figure.last
        aside = comma_aside(tokens, taken_figure.last)
        if aside is not None and aside[1]:
            breakdowns.append((taken_figure.last, aside[0], index))
        elif aside is not None:
            end = aside[0]
        for k in range(taken_figure.first, end):
            used[k] = True
    out: list[Figure] = []
    # a person starts with a name or with "the", "his", "her"
    starts = [k for k, tok in enumerate(tokens) if tok.is_capitalized or tok.lower in _DESCRIBED_BY]
    for i in starts:
        if used[i]:  # inside a figure, or a person found already
            continue
        group = _people_at(tokens, i, known)
        if group is None:
            continue
        end, count = group
        if any(used[i:end]):
            continue
        found = _as_subject(tokens, i, end, count) or _as_object(tokens, i, end, count)
        if found is not None:
            # "three people, including 19-year-old Ana Ruiz, were killed": one of the three
            parent = next((p for a, b, p in breakdowns if a <= i < b), None)
            if parent is not None:
                found = replace(found, parent=parent, subset=True, category=taken[parent].category,
                                rule="named_part")
            out.append(found)
            for k in range(i, end):
                used[k] = True
    for i in _bare_nouns(tokens):
        found = None if used[i] else _headline_person(tokens, i)
        if found is not None:
            out.append(found)
            used[i] = True
    return out


def _bare_nouns(tokens: list[Token]) -> list[int]:
    """Singular person nouns with no article, where a headline puts them: "Woman killed,
    child injured in crash", "Man, 25, shot dead". Prose never leaves a singular noun bare."""
    return [k for k, tok in enumerate(tokens) if tok.lower in lx.SINGULAR_PERSONS
            and tok.lower not in lx.AUTHORITIES and tok.lower not in lx.SOURCE_NOUNS
            and (k == 0 or tokens[k - 1].lower in {",", ";", ":"})]


def _headline_person(tokens: list[Token], i: int) -> Figure | None:
    j = _skip_apposition(tokens, i + 1)
    if j >= len(tokens) or not (tokens[j].lower in lx.PREDICATES or tokens[j].lower in lx.SHOOT_VERBS):
        return None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and (nxt.kind == "num" or nxt.lower in lx.UNITS or nxt.lower in lx.DETERMINERS):
        return None  # "Gunman kills 3", "Man kills his wife": the noun is the one who acts
    if nxt is not None and nxt.text == ":" and j + 2 < len(tokens) and tokens[j + 2].kind == "num":
        return None  # "People killed: 185": a fact box's label
    return _person_figure(i, i + 1, 1, predicate_after(tokens, j), "headline_person")


def _as_subject(tokens: list[Token], first: int, end: int, count: int) -> Figure | None:
    if first > 0 and tokens[first - 1].lower == "of":
        return None  # "the father of Ana Ruiz was killed": the father was
    if first > 0 and tokens[first - 1].lower in {"whether", "if"}:
        return None  # "unclear whether the teen was shot": not said to have happened
    j = _skip_apposition(tokens, end)
    post = predicate_after(tokens, j)
    if post is not None and not any(
            t.lower in lx.BE_WORDS or t.lower in lx.PREDICATE_PHRASES or t.lower in lx.REFLEXIVES
            for t in tokens[j:j + 4]) and post.term.lower() not in lx.INTRANSITIVE:
        return None  # "Riley might hurt someone", "the militia burned": acting, not a casualty
    return _person_figure(first, end, count, post, "person_subject")


def _person_figure(first: int, end: int, count: int, post: Predicate | None, rule: str) -> Figure | None:
    """The figure of the people at tokens[first:end] whose predicate is ``post``, or None."""
    if post is None or post.among or post.category not in _PERSON_CATEGORIES:
        return None
    return Figure(first, end, post.category, post.term, Count.stated(count, "exact"), hedged=post.hedged,
                  individual=True, rule=rule)


def _as_object(tokens: list[Token], first: int, end: int, count: int) -> Figure | None:
    k = first - 1
    if k < 0:
        return None
    noun = _of_noun(tokens, k)
    if noun is not None:  # "the shooting death of 21-year-old Johnny Broadnax"
        return Figure(first, end, lx.OF_NOUNS[tokens[noun].lower], tokens[noun].text,
                      Count.stated(count, "exact"), individual=True, rule="death_of_person")
    verb = tokens[k].lower
    if any(t.lower in lx.NEGATIONS or t.lower == "yet" for t in tokens[max(0, k - 3):k]):
        return None  # "had not yet arrested Smith"
    if verb in lx.PLACE_TAKING_VERBS:
        return None  # "to capture Aleppo": a name after these is as often a town as a person
    if (verb not in lx.ACTIVE_VERBS and verb not in lx.SHOOT_VERBS) or (
            k > 0 and (tokens[k - 1].lower in _BE_OR_THE or tokens[k - 1].lower in lx.MODALS)):
        return None  # passive, a noun, or a wish ("would hurt her"), not a casualty
    category = lx.SHOT if verb in lx.SHOOT_VERBS else active_category(tokens, k)
    if category not in _PERSON_CATEGORIES:
        return None
    return Figure(first, end, category, tokens[k].text, Count.stated(count, "exact"), individual=True,
                  rule="person_object")


def _of_noun(tokens: list[Token], k: int) -> int | None:
    """Index of the noun in "the death of", "the killing of", "the arrest of" that ends at k
    (an age between: "the death of 21-year-old ..."), or None."""
    if k >= 2 and tokens[k].lower in lx.AGE_WORDS and tokens[k - 1].lower == "-" \
            and tokens[k - 2].kind == "num":
        k -= 3
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].lower not in lx.OF_NOUNS:
        return None
    if lx.OF_NOUNS[tokens[k - 1].lower] not in _PERSON_CATEGORIES:
        return None
    if any(t.lower in lx.NEGATIONS for t in tokens[max(0, k - 4):k - 1]):
        return None  # "no arrest of the suspect"
    return k - 1


def _skip_apposition(tokens: list[Token], j: int) -> int:
    """Past ", a 24-year-old father of three," or "(23)" between a name and its verb."""
    if j + 1 < len(tokens) and tokens[j].lower == "," and tokens[j + 1].lower == "who":
        return j + 1  # "Ana Ruiz, who was shot dead": the clause is the predicate
    if j < len(tokens) and tokens[j].lower in {",", "("}:
        close = "," if tokens[j].lower == "," else ")"
        for k in range(j + 1, min(j + _MAX_APPOSITION, len(tokens))):
            if tokens[k].lower == close:
                return k + 1
            if tokens[k].lower in {".", ";", '"', "“", "”"}:
                break
    return j


def _people_at(tokens: list[Token], i: int, known: Surnames) -> tuple[int, int] | None:
    """(end, how many) of a list of people starting at i: "Leanne Smith and Dustin Grey"."""
    one = _person_at(tokens, i, known)
    if one is None:
        return None
    end, count = one, 1
    kind = _kind(tokens, i)
    while end + 1 < len(tokens) and tokens[end].lower in {"and", ","}:
        k = end + 1
        joined_by_and = tokens[end].lower == "and"
        if tokens[end].lower == "," and k < len(tokens) and tokens[k].lower == "and":
            k += 1
            joined_by_and = True
        nxt = _person_at(tokens, k, known)
        if nxt is None:
            break
        # "her daughter, Meredith Jessie, and her father": a name after a description (or a
        # description after a name) with only a comma between is the same person again
        same_person = not joined_by_and and _kind(tokens, k) != kind
        end, count, kind = nxt, count + (not same_person), _kind(tokens, k)
    return end, count


def _kind(tokens: list[Token], i: int) -> str:
    return "described" if tokens[i].lower in _DESCRIBED_BY else "named"


def _person_at(tokens: list[Token], i: int, known: Surnames) -> int | None:
    """End of one named or described person at i, or None."""
    tok = tokens[i]
    if tok.lower in _DESCRIBED_BY:
        j = i + 1
        for _ in range(4):
            if j >= len(tokens):
                return None
            word = tokens[j].lower
            if word in lx.SINGULAR_PERSONS and word not in {"other", "others"}:
                return j + 1
            if tokens[j].kind == "num" and j + 2 < len(tokens) and tokens[j + 1].lower == "-" \
                    and tokens[j + 2].lower in lx.AGE_WORDS:
                j += 3
                if j >= len(tokens) or tokens[j].lower not in lx.SINGULAR_PERSONS:
                    return j  # "the 3-year-old"
                continue
            if word in {"other", "second", "third", "fourth", "fifth", "younger", "older"}:
                j += 1  # "the other man"
                continue
            if tokens[j].kind != "word" or word in lx.AUX_WORDS or word in lx.PREDICATES \
                    or (word.endswith(("ed", "ing")) and word not in lx.PERSON_ADJECTIVES) \
                    or word in lx.DETERMINERS or word in {"and", "or", "of", "but"} \
                    or word in lx.PERSON_NOUNS or (tokens[j].is_capitalized and word in _NOT_NAMES):
                return None
            j += 1
        return None
    if not _name_word(tok):
        return None
    if _a_group(tok):
        return None  # "the bodies of Asians": a people, no person
    if _a_place(tokens, _list_start(tokens, i)):
        return None
    j = i + 1
    while j < len(tokens) and j - i < 4 and _name_word(tokens[j]):
        j += 1
    if j - i == 1 and i == 0 and not (_subject_follows(tokens, j) and tok.text in known):
        return None  # a lone capitalised first word may be any word, unless a surname named before
    if i > 0 and tokens[i - 1].is_capitalized and (
            tokens[i - 1].lower not in _NOT_NAMES or tokens[i - 1].lower in lx.NAME_LINKS):
        # inside a longer name: "Syrian Medical Relief Organisations"
        return None
    return j


def _a_group(tok: Token) -> bool:
    """A people or a faith in the plural ("Asians", "Indians", "Christians"), not a name."""
    return tok.lower in lx.GROUP_NAMES or (
        tok.lower.endswith("s") and gz.country_of_demonym(tok.text) is not None)


def _a_place(tokens: list[Token], i: int) -> bool:
    """Do the words before i make the name at i a place?"""
    if i > 1 and tokens[i - 1].lower in lx.COMPASS:
        i -= 1  # "in southeast Houston"
    if i > 0 and (tokens[i - 1].lower in lx.PLACE_PREPOSITIONS or tokens[i - 1].lower in {"from", "to"}):
        return True  # "in Derna", "from Aleppo"
    return i > 1 and tokens[i - 1].lower == "of" and (
        tokens[i - 2].lower in lx.PLACE_NOUNS or tokens[i - 2].lower in lx.INHABITANTS)
    # "the towns of Fuaa and Kafraya", "residents of Derna"


def _list_start(tokens: list[Token], i: int) -> int:
    """Where the list of names that i ends starts: "Fuaa and Kafraya", "Osh, Uzgen and Jalal-Abad"."""
    start = i
    while start >= 2 and tokens[start - 1].lower in {"and", ","} and tokens[start - 2].is_capitalized:
        start -= 2
        while start > 0 and tokens[start - 1].is_capitalized and tokens[start - 1].lower not in _NOT_NAMES:
            start -= 1
    return start


def _subject_follows(tokens: list[Token], j: int) -> bool:
    """Does what follows make the word before a subject ("Swift was", "Swift died", "Swift, 31,")?"""
    if j >= len(tokens):
        return False
    word = tokens[j].lower
    return word in lx.BE_WORDS or word in lx.PREDICATES or word in lx.AUX_WORDS or word == ","


def _name_word(tok: Token) -> bool:
    return tok.is_capitalized and tok.lower not in _NOT_NAMES and len(tok.text) > 1 \
        and not tok.text.isupper()


def pronoun_died(tokens: list[Token]) -> bool:
    """Does the sentence say "he died", "she was pronounced dead"?"""
    for i in [k for k, tok in enumerate(tokens) if tok.lower in _HE_SHE]:
        post = predicate_after(tokens, i + 1)
        if post is not None and post.category == "killed" and not post.among:
            return True
    return False
