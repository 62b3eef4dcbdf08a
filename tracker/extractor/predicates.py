"""What happened to the people a figure counts, read from the verbs around it: a predicate
after it ("were killed", "remain missing", "were shot in the leg"), an active verb before it
("killing 12", "left 56 injured"), or a toll it names ("the death toll rose to 46")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..models import Reading
from . import lexicon as lx
from .text import Token, join_tokens

PREPOSITIONS = lx.PREPOSITIONS


@dataclass(frozen=True, slots=True)
class Predicate:
    """What a predicate after a figure says happened to the people counted."""

    category: Reading | None  # None: "were among 22 people killed", the figure after says
    term: str  # the words that say it ("were killed" -> "killed", "shot dead", "in hospital")
    hedged: bool  # "may have died", "feared dead"
    # "group": the figure is part of a group named after it ("were among the dead");
    # "next": part of the figure after it ("were among 22 people killed"); "": neither
    among: Literal["", "group", "next"] = ""
    sheltered: bool = False  # staying in a shelter or camp, or with a host family: displaced if civilians


def predicate_after(tokens: list[Token], j: int) -> Predicate | None:
    """The predicate that follows the figure ending before token j, or None; past a relative
    clause that holds none of its own ("58 people who were in the tower were missing")."""
    if 0 < j < len(tokens) - 2 and tokens[j].lower in lx.GROUP_JOINERS \
            and _plural_people(tokens[j - 1].lower) and tokens[j + 1].lower in lx.PERSON_NOUNS:
        # "hundreds of refugees and migrants feared dead": the two nouns share the predicate (not
        # "a man and woman died": two people)
        j += 2
    found = _predicate_at(tokens, j)
    if found is None and j < len(tokens) and tokens[j].lower in _RELATIVE_WORDS:
        main = _after_relative(tokens, j)
        if main is not None:
            return _predicate_at(tokens, main)
    return found


def _plural_people(word: str) -> bool:
    return (word in lx.PERSON_NOUNS or word in lx.CASUALTY_HEADS) and word not in lx.SINGULAR_PERSONS


def _after_relative(tokens: list[Token], j: int) -> int | None:
    """The main clause's verb after the relative clause opened at ``j`` ("who were at the
    party were killed": the second "were"), or None at a mark, a figure or a predicate first."""
    for k in range(j + 1, min(len(tokens), j + _RELATIVE_REACH)):
        tok = tokens[k]
        if tok.kind != "word" or tok.lower in lx.PREDICATES:
            return None  # "told Reuters that 300 men were executed": no relative clause
        if k > j + 1 and (tok.lower in lx.BE_WORDS or tok.lower in lx.PERFECT_AUX or tok.lower == "had"):
            return k
    return None


_RELATIVE_REACH = 14  # tokens from "who" to the main clause's verb
_RELATIVE_WORDS = lx.EVENT_RELATIVES | {"who"}  # "that", "which", "who": one set, not one per call


def _predicate_at(tokens: list[Token], j: int) -> Predicate | None:
    hedged = False
    steps = 0
    if j < len(tokens) and tokens[j].lower == "in" and _in_hospital_or_condition(tokens, j + 1):
        return _in_hospital(tokens, j, False)  # "five people in the hospital"
    if j + 1 < len(tokens) and tokens[j].lower in lx.CUSTODY_PREPOSITIONS \
            and tokens[j + 1].lower in lx.CUSTODY_WORDS:
        # "took three men into custody"
        return Predicate("arrested", f"{tokens[j].text} {tokens[j + 1].text}", False)
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
        if word in lx.NEGATIONS or word in lx.UNREAL or word in lx.NEAR_MISS:
            return None  # "no one was killed", "will be booked", "would have died", "nearly drowned"
        if word in lx.HEDGE_WORDS:
            hedged = True
        if word == "among" and steps:
            rest = tokens[j + 1:j + 4]
            for k, t in enumerate(rest):
                if lx.REFERENT_NOUNS.get(t.lower):
                    return Predicate(lx.REFERENT_NOUNS[t.lower], t.text, hedged, among="group")
                if t.lower in lx.PREDICATES and k:
                    return Predicate(lx.PREDICATES[t.lower], t.text, hedged, among="group")
            if rest and rest[0].lower == "the" and len(rest) > 1 and rest[1].kind == "num":
                rest = rest[1:]  # "were among the 178 people killed"
            if rest and (rest[0].kind == "num" or rest[0].lower in lx.QUALIFIERS_BEFORE
                         or rest[0].lower.split()[0] in {"at", "more", "some", "about", "nearly"}):
                return Predicate(None, "", hedged, among="next")
            return None
        if word == "shot" or (word == "shoots" and _next_lower(tokens, j) in lx.REFLEXIVES):
            return _shot(tokens, j, hedged, passive)
        if word in lx.HIT_VERBS and passive and _by_gunfire(tokens, j + 1):
            return _shot(tokens, j, hedged, passive)  # "four people were hit by bullets"
        if word in lx.FATALLY and (j + 1 == len(tokens) or tokens[j + 1].kind == "punct"):
            return Predicate("killed", tok.text, hedged)  # "four people were shot, one fatally"
        if word == "in" and _in_hospital_or_condition(tokens, j + 1):
            return _in_hospital(tokens, j, hedged)  # "was in the hospital ... but later died"
        if word in {"in", "at"} and steps and _in_shelter(tokens, j + 1):
            # "1,900 people were still in evacuation centres"
            return Predicate("displaced", "in shelters", hedged, sheltered=True)
        if word == "with" and steps and any(t.lower in lx.HOSTS for t in tokens[j + 1:j + 3]):
            # "staying with host families"
            return Predicate("displaced", "in shelters", hedged, sheltered=True)
        if word in lx.STAY_VERBS:
            j += 1  # "were staying in shelters", "living in camps"
            steps += 1
            continue
        if word in lx.PREDICATE_PHRASES:
            follow, category = lx.PREDICATE_PHRASES[word]
            for k in range(j + 1, min(j + 6, len(tokens))):
                t = tokens[k]
                if t.lower in lx.NOT_CASUALTY_WORDS:
                    break  # "taken into protective custody", "fled the scene"
                if t.lower in lx.MORTUARY_WORDS or (
                        k + 1 < len(tokens) and tokens[k + 1].lower in lx.MORTUARY_WORDS):
                    break  # "taken to the medical examiner", "to the morgue"
                if t.lower in follow:
                    if word in lx.VISIT_VERBS and _someone_else_there(tokens, k + 1):
                        return None  # "went to the hospital where his son was taken": a visit
                    category = category or lx.TAKEN_TO.get(t.lower, "injured")
                    if any(w.lower in lx.FATAL for w in tokens[j + 1:j + 6]):
                        category = "killed"  # "suffering fatal injuries"
                    if category == "injured" and same_person_died(tokens, j + 1):
                        category = "killed"  # "taken to hospital, where he died"
                    return Predicate(category, f"{tok.text} {t.text}", hedged)
        if passive and _to_death(tokens, j):
            return Predicate("killed", f"{tok.text} to death", hedged)  # "burned to death", "beaten to death"
        if word in lx.PREDICATES:
            if word in lx.ACTIVE_VERBS and not passive and _has_object(tokens, j + 1):
                return None  # "two men killed a guard": active, the figure is the killers
            if not passive and j + 1 < len(tokens) and tokens[j + 1].kind == "num" \
                    and _has_object(tokens, j + 1):
                return None  # "kills 33 fighters, Captured 10": the verb has a figure of its own
            if any(t.lower in lx.NOT_CASUALTY_WORDS for t in tokens[j + 1:j + 3]):
                return None  # "fled the scene", "fled on foot"
            category = lx.PREDICATES[word]
            if word in lx.CAUGHT_WORDS and _next_lower(tokens, j) == "by":
                return None  # "a person trapped by a collapsing roof": how someone died, not missing
            if category == "injured" and (_fatally(tokens, j) or same_person_died(tokens, j + 1)):
                category = "killed"
            presumed = presumed_dead(tokens, j + 1) if category == "missing" else 0
            if presumed:  # "58 people are missing, presumed dead": a toll of the dead, not yet certain
                return Predicate("killed", join_tokens(tokens[j:presumed]), True)
            return Predicate(category, tok.text, hedged)
        if word == "than" and _next_lower(tokens, j) in lx.BASELINE_WORDS:
            j += 2  # "1,052 more people than usual died": excess deaths
            steps += 1
            continue
        if word in lx.AUX_WORDS or (word.endswith("ly") and tok.kind == "word"):
            j += 1
            steps += 1
            continue
        if f"{word} {_next_lower(tokens, j)}" in lx.SO_FAR_PHRASES:
            j += 2  # "have so far been confirmed killed"
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
    dash = is_dash(tokens, j)
    if opener in {",", "("} or dash:
        after = _after_attribution(tokens, j)
        if after is not None:
            return after
    aside = opener in lx.BREAKDOWN_OPENERS or opener in {",", "("} or dash
    reach = 20 if dash else 16 if opener in {",", "("} else 12 if aside else 10
    place = opener in lx.PLACE_PREPOSITIONS or opener == "from"
    closed = False
    for k in range(j + 1, min(j + reach, len(tokens))):
        word = tokens[k].lower
        if word in {"were", "was", "have", "had", "are", "has"}:
            return k
        if closed and tokens[k].kind == "num":
            return None  # "at 249 (official tally 167), while 240 were missing": the verb of another figure
        closed = closed or (opener == "(" and word == ")")
        verb = word in lx.PREDICATES or word in lx.PREDICATE_PHRASES
        if verb and (place or tokens[k - 1].lower == ","
                     or (opener == "and" and _figure_follows(tokens, j + 1))):
            # "160,000 people, mainly women and children, fled the capital"; "12 people and the
            # three attackers died"
            return k
        if (word in {".", ";", ":"} and not (dash and word == ";")) or word in lx.SAY_VERBS or verb \
                or word in lx.ACTIVE_VERBS:
            return None  # the verb there belongs to another clause ("; " may list names in dashes)
        if word == "and" and place and tokens[k - 1].is_capitalized and k + 1 < len(tokens) \
                and tokens[k + 1].is_capitalized:
            continue  # "from the towns of Fuaa and Kafraya were killed": one more place
        if place and (word in lx.CLAUSE_BREAKS or word in {"where", "when", "and", "but"}
                      or word in lx.FRAME_VERBS
                      or tokens[k].kind == "num" or word in lx.VAGUE_UNITS or word in lx.UNITS):
            return None  # "in the town where displaced families live", "in Aleppo left 11 dead"
    return None


def _figure_follows(tokens: list[Token], k: int) -> bool:
    """A figure starts at ``k``, after a determiner or not ("and 3 attackers", "and the three")."""
    if k < len(tokens) and tokens[k].lower in lx.DETERMINERS:
        k += 1
    return k < len(tokens) and (tokens[k].kind == "num" or tokens[k].lower in lx.UNITS)


def _after_attribution(tokens: list[Token], j: int) -> int | None:
    """The verb after an attribution set off at ``j`` between a figure and its verb: "seven of
    them, according to Bajwa, were dead", "12 people — police said — were killed". None when
    the aside is no attribution or no verb follows it."""
    opened = tokens[j].lower
    closers = {")"} if opened == "(" else {",", "—", "–", "-"}
    for k in range(j + 1, min(j + _ATTRIBUTION_ASIDE_REACH, len(tokens))):
        if tokens[k].lower in closers:
            words = [t.lower for t in tokens[j + 1:k]]
            said = words[:2] == ["according", "to"] or (len(words) >= 2 and words[-1] in lx.SAY_VERBS)
            verb = k + 1 < len(tokens) and (tokens[k + 1].lower in lx.BE_WORDS
                                            or tokens[k + 1].lower in lx.PERFECT_AUX)
            return k + 1 if said and verb else None
        if tokens[k].lower in {".", ";", ":"}:
            return None
    return None


_ATTRIBUTION_ASIDE_REACH = 10  # tokens of "according to the interior ministry's spokesman"


def comma_aside(tokens: list[Token], j: int) -> tuple[int, bool] | None:
    """(end, breakdown) of a comma-set aside that starts at j and ends at the verb it leads to:
    an apposition ("two men, Ali Musa and Omar Idris, were killed") or a breakdown ("three
    people, including a boy, were killed"); None when j opens no such aside."""
    if j + 1 >= len(tokens) or tokens[j].lower != ",":
        return None
    breakdown = tokens[j + 1].lower in lx.BREAKDOWN_OPENERS
    if not breakdown and not _interrupted(tokens, j):
        return None
    end = _jump_aside(tokens, j)
    return None if end is None else (end, breakdown)


_CLOSERS = {",": ",", "(": ")"}


def closed_aside(tokens: list[Token], j: int) -> int | None:
    """End (the verb) of an aside set off by commas, dashes or brackets that starts at j and
    closes right before the verb: "five people, two men and three women, were hurt", "four
    people -- two women and two boys -- were killed". What stands inside counts the figure
    before it, one part at a time."""
    if j + 1 >= len(tokens) or not (tokens[j].lower in _CLOSERS or is_dash(tokens, j)):
        return None
    end = _jump_aside(tokens, j) if _interrupted(tokens, j) else None
    if end is None or end - 1 <= j + 1:
        return None
    closer = tokens[end - 1]
    closes = is_dash(tokens, end - 1) if is_dash(tokens, j) else closer.lower == _CLOSERS[tokens[j].lower]
    return end if closes else None


def is_dash(tokens: list[Token], j: int) -> bool:
    """A dash that sets words apart ("--", " - ", "—"), not a hyphen inside "21-year-old"."""
    word = tokens[j].lower
    if word in lx.DASHES:
        return True
    return word == "-" and 0 < j < len(tokens) - 1 and (
        tokens[j].start > tokens[j - 1].end or tokens[j + 1].start > tokens[j].end
        or tokens[j + 1].lower == "-" or tokens[j - 1].lower == "-")


def _interrupted(tokens: list[Token], j: int) -> bool:
    """Does a breakdown, a coordinated figure or an "of" phrase stand between figure and verb?"""
    if j >= len(tokens):
        return False
    word = tokens[j].lower
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if word in lx.BREAKDOWN_OPENERS or word in lx.INTERRUPTERS or word == "(" or is_dash(tokens, j):
        return True
    if word in {",", "-", "–", "—"} and nxt is not None and nxt.lower in lx.BREAKDOWN_OPENERS:
        return True
    if word == "and" and nxt is not None and (nxt.kind == "num" or nxt.lower in lx.UNITS
                                              or nxt.lower in lx.SINGLE_WORDS):
        return True
    if word == "and" and nxt is not None and nxt.lower in lx.DETERMINERS and _figure_follows(tokens, j + 1):
        return True  # "160 Afghan civilians and the 13 US troops were killed"
    if word == "and" and any(t.lower in lx.PERSON_NOUNS for t in tokens[j + 1:j + 4]):
        return True  # "2,100 fighters and family members were evacuated"
    if word == "," and nxt is not None and nxt.kind == "word" and nxt.lower not in lx.CONJUNCTIONS:
        return True  # "150 people, the whole population of the town, were displaced"
    if word == "," and nxt is not None and nxt.kind == "num" and j + 3 < len(tokens) \
            and tokens[j + 2].lower == "-" and tokens[j + 3].lower in lx.AGE_WORDS:
        return True  # "two men, 21-year-old Rainier Hamilton and ..., were arrested"
    if word in lx.PLACE_PREPOSITIONS or word == "from":
        return True  # "104,000 people in Bima city were displaced"
    return word == "of" and nxt is not None and nxt.lower not in lx.REFERENT_NOUNS


def _has_object(tokens: list[Token], j: int) -> bool:
    if j >= len(tokens):
        return False
    tok = tokens[j]
    if tok.lower in {"their", "its"} and j + 1 < len(tokens) and tokens[j + 1].lower in lx.HOME_WORDS:
        return False  # "10,000 people evacuated their homes": they left, nobody else was hit
    start = _qualified_amount(tokens, j)
    k = start if start is not None else (j if tok.kind == "num" else None)
    if k is not None and k + 1 < len(tokens) and tokens[k + 1].lower in lx.PREDICATES:
        return False  # "3 Civilians Killed 38 Injured", "4 Killed over 43 Injured": a second figure
    if start is not None:
        return True  # "a militia has killed some 70 fighters", "killed at least 12"
    # not "himself": "the gunman killed himself", "a boy shot himself" are hurt themselves
    return tok.lower in lx.DETERMINERS or tok.lower in {"him", "her", "them", "someone", "anyone"} \
        or tok.kind == "num" or tok.is_capitalized


_QUALIFIER_WORDS = {tuple(q.split()) for q in lx.QUALIFIERS_BEFORE}


def _qualified_amount(tokens: list[Token], j: int) -> int | None:
    """Where the number starts when a qualifier and a number start at j ("some 70", "at least
    12", "more than 200"), else None."""
    for size in (1, 2, 3):
        words = tuple(t.lower for t in tokens[j:j + size])
        if len(words) == size and words in _QUALIFIER_WORDS and j + size < len(tokens):
            nxt = tokens[j + size]
            return j + size if nxt.kind == "num" or nxt.lower in lx.UNITS or nxt.lower in lx.TENS else None
    return None


def _to_death(tokens: list[Token], j: int) -> bool:
    """A passive participle followed by "to death": "were burned to death", "was hacked to death"."""
    word = tokens[j].lower
    if word in lx.NOT_KILLED_TO_DEATH:
        return False
    return tokens[j].kind == "word" and (word.endswith(("ed", "en")) or word in lx.PREDICATES) \
        and [t.lower for t in tokens[j + 1:j + 3]] == ["to", "death"]


_NOT = lx.NEGATIONS | {"didn't"}


def presumed_dead(tokens: list[Token], j: int) -> int:
    """Where "missing, presumed dead", "missing and feared dead", "missing, believed killed" or
    "missing and presumed to be dead" ends, when the missing word ends before ``j``; else 0."""
    k = j
    if k < len(tokens) and tokens[k].lower in {",", "and"}:
        k += 1
    if k >= len(tokens) or tokens[k].lower not in lx.PRESUMED_WORDS:
        return 0
    k += 1
    if k + 1 < len(tokens) and tokens[k].lower == "to" and tokens[k + 1].lower in lx.PRESUMED_LINKS:
        k += 2  # "presumed to be dead", "feared to have died"
    return k + 1 if k < len(tokens) and lx.PREDICATES.get(tokens[k].lower) == "killed" else 0


def same_person_died(tokens: list[Token], j: int) -> bool:
    """"a juvenile injured in a shooting on Monday has died", "was taken to a hospital, where
    he died": the wounded person died, as long as nobody else (another person, a figure)
    becomes the subject in between."""
    for k in range(j, min(j + 20, len(tokens))):
        tok = tokens[k]
        word = tok.lower
        if word in lx.DIED_WORDS or (word in lx.DEAD_WORDS and tokens[k - 1].lower in lx.DEAD_AFTER):
            return True
        if word == "survive" and tokens[k - 1].lower in _NOT:
            return True  # "did not survive"
        if word in lx.PRONOUNS and tokens[k - 1].lower in {"where", "and", ",", "but", "then"}:
            continue  # the same person, named again
        if word == "but" and k + 1 < len(tokens) and (
                tokens[k + 1].lower in lx.BE_WORDS or tokens[k + 1].lower in {"did", "later", "never"}
                or tokens[k + 1].lower in lx.DIED_WORDS):
            continue  # "was rushed to a hospital but was dead on arrival", "but did not survive"
        if word == "." and k + 1 < len(tokens):
            continue  # "St. Bernards Medical Center": an abbreviation inside the sentence
        if word in lx.PERSON_NOUNS or word in lx.PRONOUNS or word in {";", "."} or tok.kind == "num" \
                or word in lx.UNITS or word in {"but", "while"} or word in lx.ANOTHER_PERSON:
            return False
    return False


def _dies_later(tokens: list[Token], j: int) -> bool:
    return any(lx.PREDICATES.get(t.lower) == "killed" for t in tokens[j:j + 40])


def _fatally(tokens: list[Token], j: int) -> bool:
    return any(t.lower in lx.FATALLY for t in tokens[max(0, j - 2):j])


def _shot(tokens: list[Token], j: int, hedged: bool, passive: bool) -> Predicate | None:
    """"shot dead", "shot and killed", "fatally shot": killed; "was shot in the leg": injured,
    unless the sentence says the person died. Plain "shot" is left alone: it counts the
    killed and the wounded together."""
    nxt = [t.lower for t in tokens[j + 1:j + 5]]
    if nxt[:1] == ["dead"] or nxt[:2] == ["to", "death"] or _fatally(tokens, j):
        return Predicate("killed", "shot dead", hedged)
    if nxt[:1] == ["and"] and len(nxt) > 1 and nxt[1] in lx.PREDICATES:
        if not passive and _has_object(tokens, j + 3):
            return None  # "a man shot and killed a young girl": he is the one who shot
        return Predicate(lx.PREDICATES[nxt[1]], f"shot and {nxt[1]}", hedged)
    if passive and nxt[:1] == ["in"] and any(w in lx.BODY_PARTS for w in nxt[1:4]):
        return Predicate(("killed" if _dies_later(tokens, j) else "injured"), "shot", hedged)
    if nxt[:1] == ["in"] and any(w in lx.VITAL_PARTS for w in nxt[1:4]) and not _alive_after(tokens, j + 1):
        return None  # "shot in the head", and not a word on whether the person lived
    if nxt[:1] and nxt[0] in lx.REFLEXIVES:
        fatal = any(t.lower in lx.FATAL or t.lower in lx.FATALLY for t in tokens[j + 2:j + 10])
        if fatal or same_person_died(tokens, j + 2):
            return Predicate("killed", "shot", hedged)
        if nxt[1:2] == ["in"] and any(w in lx.BODY_PARTS for w in nxt[2:5]):
            return Predicate("injured", "shot", hedged)  # "shot himself in the leg"
        return Predicate(lx.SHOT, "shot", hedged)
    if passive and same_person_died(tokens, j + 1):
        return Predicate("killed", "shot", hedged)  # "a boy who was shot on Friday has died"
    if _has_object(tokens, j + 1) or (nxt[:1] == ["at"] and not passive):
        return None  # "two men shot a guard", "gunmen shot at the crowd"
    if _alive_after(tokens, j + 1):
        return Predicate("injured", "shot", hedged)  # "were shot and are in stable condition"
    return Predicate(lx.SHOT, "shot", hedged)


def _in_hospital(tokens: list[Token], j: int, hedged: bool) -> Predicate:
    died = same_person_died(tokens, j + 1) or _died_left_out(tokens, j)
    category: Reading = "killed" if died else "injured"
    return Predicate(category, lx.IN_HOSPITAL_TERM, hedged)


def _died_left_out(tokens: list[Token], j: int) -> bool:
    """"Sixteen people died at the scene and five in hospital": a figure joined by "and" to a
    figure of the dead, its verb left out, died in hospital ("in hospital" at ``j``)."""
    k = j - 1
    while k > 0 and j - k <= _LEFT_OUT_FIGURE and tokens[k].lower not in lx.CONJUNCTIONS:
        k -= 1
    # only the figure between "and" and "in" ("and five in hospital"; not "and 14 others", "and
    # put 20 in hospital")
    if k <= 0 or tokens[k].lower != "and" or not all(
            t.kind == "num" or t.lower in lx.LEFT_OUT_FIGURE_WORDS or t.text == "-"
            or all(w in lx.UNITS or w in lx.TENS for w in t.lower.split("-")) for t in tokens[k + 1:j]):
        return False
    # the clause ends with the hospital ("and five in hospital."), no verb of its own after it
    end = j + 1 + (j + 1 < len(tokens) and tokens[j + 1].lower in lx.DETERMINERS)
    while end < len(tokens) and tokens[end].kind == "word" and tokens[end].lower not in lx.CONJUNCTIONS \
            and tokens[end].lower not in lx.IN_HOSPITAL_NOUNS:
        end += 1
    if end >= len(tokens) or tokens[end].lower not in lx.IN_HOSPITAL_NOUNS \
            or (end + 1 < len(tokens) and tokens[end + 1].kind == "word"):
        return False
    for back in range(k - 1, max(-1, k - _LEFT_OUT_REACH), -1):
        word = tokens[back].lower
        if word in lx.PREDICATES:
            # a verb of dying ("died", "were killed"), not the state "dead" ("left two dead and
            # three others in the hospital": the three are hurt)
            return word in lx.DEATH_VERBS
        if word in {";", ":"}:
            return False
    return False


_LEFT_OUT_FIGURE = 5  # tokens of the figure between "and" and "in hospital" ("and the other five")
_LEFT_OUT_REACH = 14  # tokens from that "and" back to the verb it leaves out


def _in_hospital_or_condition(tokens: list[Token], j: int) -> bool:
    """"in the hospital", "in critical condition", "in stable but serious condition"."""
    words = [t.lower for t in tokens[j:j + 4]]
    if words[:1] == ["intensive"] or (words[:1] and words[0] in lx.IN_HOSPITAL_NOUNS) \
            or (words[1:2] and words[0] in lx.DETERMINERS and words[1] in lx.IN_HOSPITAL_NOUNS):
        return True  # "in hospital", "in hospitals", "in the hospital", "in local hospitals"
    return "condition" in words and words[0] in lx.CONDITIONS


def _in_shelter(tokens: list[Token], j: int) -> bool:
    """"in nine evacuation centres", "at a displacement camp", "in shelters": people who have
    left their homes."""
    for k in range(j, min(j + 4, len(tokens))):
        word = tokens[k].lower
        if word in lx.SHELTERS:
            return True
        if tokens[k].kind == "punct" or word in lx.PREDICATES or word in lx.AUX_WORDS:
            return False
    return False


def _by_gunfire(tokens: list[Token], j: int) -> bool:
    words = [t.lower for t in tokens[j:j + 4]]
    return words[:1] == ["by"] and any(w in lx.GUNFIRE for w in words[1:])


def _alive_after(tokens: list[Token], j: int) -> bool:
    """Does the rest of the clause say the people shot are alive and hurt?"""
    words = [t.lower for t in tokens[j:j + 12]]
    for k, word in enumerate(words):
        if word in {";", "."} or (word in lx.PREDICATES and lx.PREDICATES[word] == "killed"):
            return False
        if word in lx.ALIVE_CUES or (word in {"suffered", "suffering", "sustained"}
                                     and any(w in {"injuries", "wounds", "wound", "injury"}
                                             for w in words[k + 1:k + 5])):
            return True
    return False


def verb_before(tokens: list[Token], first: int, head: int | None,
                head_end: int) -> tuple[Reading, str] | None:
    """An active verb whose object the figure is: "killing 12", "left 56 injured"."""
    k = first - 1
    while k >= 0 and first - k <= 3 and (
            tokens[k].lower in {"a", "total", "another", "the", "an"}
            or (tokens[k].lower == "of" and k > 0 and tokens[k - 1].lower == "total")):
        k -= 1
    if k < 0:
        return None
    verb = tokens[k].lower
    if any(t.lower in lx.NEGATIONS or t.lower == "yet" for t in tokens[max(0, k - 3):k]):
        return None  # "police had not yet arrested a suspect"
    if k > 0 and (tokens[k - 1].lower, verb) in lx.PHRASAL_VERBS:
        return lx.PHRASAL_VERBS[tokens[k - 1].lower, verb], f"{tokens[k - 1].text} {tokens[k].text}"
    if verb in {"were", "was", "are", "is"}:
        return _inverted(tokens, k)
    if verb in lx.ACTIVE_VERBS or verb in lx.SHOOT_VERBS:
        if k > 0 and tokens[k - 1].lower in {"the", "were", "was", "been", "be", "are", "is"}:
            return None  # "the injured 3", "were killed 3 ...": not an object
        if verb in lx.SHOOT_VERBS:
            return ("killed", tokens[k].text) if _fatally(tokens, k) else (lx.SHOT, tokens[k].text)
        if verb in lx.PERSON_OBJECT_VERBS and (head is None or tokens[head].lower not in lx.PERSON_NOUNS):
            return None  # "eliminated 75 jobs"
        return active_category(tokens, k), tokens[k].text
    if verb in lx.LOSS_VERBS and head is not None and tokens[head].lower in lx.PERSON_NOUNS:
        return "killed", tokens[k].text  # "the army lost at least 12 soldiers"
    if verb in {"sent", "sending", "sends"}:
        words = [t.lower for t in tokens[head_end:head_end + 8]]
        if "to" in words and any(w in {"hospital", "hospitals"} for w in words[words.index("to"):]):
            return "injured", "sent to hospital"  # "sent five people (in their twenties) to the hospital"
    if verb in lx.FRAME_VERBS:
        if head is not None and any(t.lower in lx.LIVES for t in tokens[head:head_end]) \
                and verb.startswith("claim"):
            return "killed", f"{tokens[k].text} lives"
        if verb.startswith("forc") and _next_lower(tokens, head_end - 1) == "into" \
                and _in_shelter(tokens, head_end + 1):
            return "displaced", f"{tokens[k].text} into shelters"  # "forced 300,000 people into shelters"
        if verb.startswith("leav") and _next_lower(tokens, head_end - 1) == "without" and any(
                t.lower in lx.SHELTERS or t.lower in lx.HOME_WORDS
                for t in tokens[head_end + 1:head_end + 4]):
            return "displaced", f"{tokens[k].text} without shelter"  # "leaving 5,000 without shelter"
        for t in tokens[head_end:head_end + 4]:
            if t.lower in lx.PREDICATES:
                return lx.PREDICATES[t.lower], t.text
            if t.lower not in {"more", "others", "other", "people", "to", "from", "their", "homes",
                               "also", "seriously", "critically"}:
                break
    if verb == "of" and k >= 2 and tokens[k - 1].lower in lx.LIFE_WORDS and _lives_taken(tokens, k - 2):
        return "killed", "lives"  # "claimed the lives of 12", "ended the life of a child"
    if verb == "of" and k >= 1 and tokens[k - 1].lower in lx.OF_NOUNS:
        return lx.OF_NOUNS[tokens[k - 1].lower], tokens[k - 1].text
    return None


def _inverted(tokens: list[Token], k: int) -> tuple[Reading, str] | None:
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


def active_category(tokens: list[Token], k: int) -> Reading:
    """Category of the active verb at k; "fatally wounding" kills."""
    category = lx.ACTIVE_VERBS[tokens[k].lower]
    return "killed" if category == "injured" and _fatally(tokens, k) else category


def toll_before(tokens: list[Token], first: int) -> tuple[Reading, str] | None:
    """"the death toll rose to 46", "number of people killed reached 50"."""
    k = first - 1
    # the verb may be the figure's qualifier: "deaths exceeded 1,000", "could exceed 10,000"
    verb_first = first < len(tokens) and tokens[first].lower in lx.TOLL_VERBS \
        and tokens[first].lower in lx.QUALIFIERS_BEFORE
    linked = verb_first
    while k >= 0 and first - k <= 8:
        word = tokens[k].lower
        if _toll_head(tokens, k):
            return _toll(tokens, k)
        # "the number hurt rose to 934": a word of people's count right after "number"
        counted = lx.TOLL_NOUNS.get(word) or (lx.NUMBER_OF_NOUNS[word] if word in lx.PEOPLE_COUNT_WORDS
                                              and k and tokens[k - 1].lower == "number" else None)
        if counted is not None and linked:
            if verb_first or (first - k > 1 and _toll_linked(tokens, k + 1, first)) \
                    or _set_to(tokens, k, first):
                return counted, tokens[k].text
            return None
        if (tokens[k].kind == "num" or word in lx.UNITS) and k >= 1 and tokens[k - 1].lower == "from":
            k -= 2  # "rose from 38 to 46"
            continue
        if word == "," and linked and k >= 1 and _toll_head(tokens, k - 1):
            k -= 1  # "the death toll, now at 63, will rise"
            continue
        if word == "it" and linked:
            return _toll_named_before(tokens, k)
        if word in lx.TOLL_RELATIVES and linked and k >= 2:
            # "the kingdom's official toll, which currently stands at 769": the toll it hangs on
            head = k - 1 - (tokens[k - 1].text == ",")
            if _toll_head(tokens, head):
                return _toll(tokens, head)
            # "the number of injured persons due to the incidents which was recorded as 485"
            return _number_before(tokens, head)
        if word not in lx.TOLL_LINKS and not _toll_link_aside(tokens[k]) \
                and not (word == "as" and k >= 1 and tokens[k - 1].lower in lx.TOLL_AS_VERBS):
            break
        linked = True
        k -= 1
    if not linked:
        return None
    # "has topped 900": a verb as qualifier; "raised the death toll from a fire that raged
    # through the coast to 91": a speaker's verb before the toll links it to its figure
    set_by_speaker = not _toll_linked(tokens, k + 1, first + 1)
    if set_by_speaker and tokens[first - 1].lower != "to":
        return None
    # "the death toll from the attacks on Aleppo rose to 12": the toll stands further back
    for back in range(k, max(-1, k - _TOLL_PHRASE_REACH), -1):
        word = tokens[back].lower
        if word == "." and _abbreviated_month(tokens, back):
            continue  # "the death toll from the Aug. 8 fire ... stands at 115"
        if word in {",", ";", ":", ".", "(", ")"} or word in lx.CAUSE_CLAUSE_OPENERS or (
                tokens[back].kind == "num" and not _modifier_number(tokens, back)):
            return None  # (not "the toll is expected to rise because ... the count ... has risen to 45")
        if _toll_head(tokens, back):
            if set_by_speaker and not any(t.lower in lx.TOLL_SETTING_VERBS
                                          for t in tokens[max(0, back - 3):back]):
                return None
            return _toll(tokens, back)
        if set_by_speaker and word == "number" and back + 2 < k and tokens[back + 1].lower == "of" \
                and any(t.lower in lx.TOLL_SETTING_VERBS for t in tokens[max(0, back - 3):back]):
            # "have revised the number of deaths from last month's wildfire on Maui to 97"
            return _number_of(tokens, back, k + 1)
        if set_by_speaker:
            continue
        if word == "number" and back + 1 < k and (tokens[back + 1].lower == "of"
                                                  or tokens[back + 1].lower in lx.TOLL_NOUNS
                                                  or tokens[back + 1].lower in lx.PEOPLE_COUNT_WORDS):
            # "the number of storm-related deaths in the province rose to 23", "the number
            # killed in the explosion stands at 284"
            return _number_of(tokens, back, k + 1)
    return None


_TOLL_PHRASE_REACH = 28  # tokens back from a toll's verb to its noun, past the event it names
# ("the death toll in the landslides that hit the ... areas in Wayanad in the early morning on
# July 30 has risen to 406"); a clause's punctuation or another figure stops it sooner


def _number_before(tokens: list[Token], head: int) -> tuple[Reading, str] | None:
    """The "number of <toll noun>" whose phrase ends at ``head`` (no punctuation or figure in
    it, at most ``_NUMBER_PHRASE`` words), or None."""
    for back in range(head, max(-1, head - _NUMBER_PHRASE), -1):
        if tokens[back].kind in {"num", "punct"}:
            return None
        if tokens[back].lower == "number" and back + 2 <= head and tokens[back + 1].lower == "of":
            # its toll noun right after "of" ("the number of injured persons"; not "the number of
            # hospitals treating the injured")
            noun = tokens[back + 2].lower
            return (lx.NUMBER_OF_NOUNS[noun], noun) if noun in lx.NUMBER_OF_NOUNS else None
    return None


_NUMBER_PHRASE = 10  # words of "the number of injured persons due to the incidents"


def _number_of(tokens: list[Token], back: int, end: int) -> tuple[Reading, str] | None:
    """(category, noun) of "the number of <toll noun>" (or "the number killed") whose "number"
    is at ``back``, its noun before ``end``, or None when no toll noun follows."""
    words = [t.lower for t in tokens[back + 1:end]]
    counted = next((w for k, w in enumerate(words) if w in lx.NUMBER_OF_NOUNS and (
        w not in lx.PEOPLE_COUNT_WORDS or k == 0 or any(p in lx.PERSON_NOUNS for p in words[:k]))), None)
    if counted is not None:
        return lx.NUMBER_OF_NOUNS[counted], counted
    # "the total number of people who died in the earthquake now stands at 1,234"
    died = next((w for k, w in enumerate(words) if w in lx.PREDICATES and k
                 and words[k - 1] in lx.RELATIVE_SUBJECTS), None)
    return None if died is None else (lx.PREDICATES[died], died)


def _toll_named_before(tokens: list[Token], k: int) -> tuple[Reading, str] | None:
    """The toll an "it" at ``k`` stands for, named earlier in the sentence ("before the fire
    service updated the official number of fatalities, it stood at 86"), or None when another
    figure or no toll comes first."""
    for back in range(k - 1, max(-1, k - _IT_REACH), -1):
        if tokens[back].kind == "num" and not _modifier_number(tokens, back):
            return None
        if _toll_head(tokens, back):
            return _toll(tokens, back)
        if tokens[back].lower == "number" and back + 2 < k and tokens[back + 1].lower == "of":
            return _number_of(tokens, back, min(k, back + 5))
    return None


_IT_REACH = 20  # tokens from "it" back to the toll it stands for


def _modifier_number(tokens: list[Token], k: int) -> bool:
    """A number inside the toll's noun phrase that counts no people: a day next to its month
    ("the toll from the bombing on March 3 has reached 88", "the explosions of 4 August"), a
    measure joined to its noun ("the 6.8-magnitude quake"), a year ("the toll from 2005's
    Hurricane Katrina is 1,833")."""
    before = tokens[k - 1].lower.rstrip(".") if k else ""
    if k and tokens[k - 1].text == "." and _abbreviated_month(tokens, k - 1):
        before = tokens[k - 2].lower  # "Aug. 8"
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return before in lx.MONTHS or tokens[k].year(1900) is not None \
        or (after is not None and after.lower.rstrip(".") in lx.MONTHS) \
        or (after is not None and after.text == "-" and after.start == tokens[k].end) \
        or (after is not None and after.lower in lx.MEASURE_NOUNS) or before in lx.MEASURE_NOUNS \
        or (before == "-" and k >= 2 and tokens[k - 2].lower in lx.MEASURE_NOUNS)  # "magnitude-7.1"


def _abbreviated_month(tokens: list[Token], k: int) -> bool:
    """The full stop at ``k`` ends a month's abbreviation ("Aug. 8")."""
    return k >= 1 and tokens[k - 1].lower in lx.MONTHS and tokens[k - 1].end == tokens[k].start


def _toll(tokens: list[Token], k: int) -> tuple[Reading, str]:
    """(category, term) of the toll noun at k: "the injury toll" is injured, else killed."""
    before = tokens[k - 1].lower if k else ""
    term = f"{before} {tokens[k].lower}" if before in lx.TOLL_COUNT_MODIFIERS else tokens[k].lower
    return lx.TOLL_NOUNS.get(before, "killed"), term


def _toll_head(tokens: list[Token], k: int) -> bool:
    """"toll", or "count"/"tally" after a death word ("the death count", "the body count")."""
    word = tokens[k].lower
    return word in lx.TOLL_HEADS or (word in lx.TOLL_COUNT_NOUNS and k > 0
                                     and tokens[k - 1].lower in lx.TOLL_COUNT_MODIFIERS)


def _toll_link_aside(tok: Token) -> bool:
    """"rose rapidly on Wednesday to 159": a day or a manner adverb between a toll's verb and
    its figure."""
    word = tok.lower
    return word in lx.WEEKDAYS or word in lx.RELATIVE_DAYS or word == "on" \
        or (word.endswith(lx.MANNER_SUFFIX) and len(word) > _MIN_ADVERB and not tok.is_capitalized)


_MIN_ADVERB = 5  # letters of the shortest manner adverb read as one ("sharply"; not "only")


def _set_to(tokens: list[Token], k: int, first: int) -> bool:
    """"updated the number of dead to 344": a speaker's verb sets the count named at ``k`` to
    the figure at ``first``."""
    return tokens[first - 1].lower == "to" and any(
        t.lower in lx.TOLL_SETTING_VERBS for t in tokens[max(0, k - _SET_TO_REACH):k])


_SET_TO_REACH = 5  # tokens from the verb to the count's noun ("raised the number of dead")


def _toll_linked(tokens: list[Token], start: int, end: int) -> bool:
    """"deaths rose to 40", "number of dead stood at 12": a verb of amount, not "injury to"."""
    return any(t.lower in lx.TOLL_VERBS for t in tokens[start:end])


def toll_after(tokens: list[Token], j: int) -> tuple[Reading, str] | None:
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


def _someone_else_there(tokens: list[Token], j: int) -> bool:
    """After "went to the hospital": "where his son was taken", "to see her daughter"."""
    words = [t.lower for t in tokens[j:j + 3]]
    if words[:1] == ["where"] and len(words) > 1:
        return words[1] not in lx.PRONOUNS
    return words[:2] in (["to", "see"], ["to", "visit"])


def _lives_taken(tokens: list[Token], k: int) -> bool:
    """Does a verb that takes lives end at k ("claimed", "took the", "ended the")? Not a wish
    or a rule ("nobody should take the life of"), nor "endangering the life of"."""
    if tokens[k].lower == "the" and k > 0:
        k -= 1
    if tokens[k].lower not in lx.LIFE_TAKING:
        return False
    return k == 0 or tokens[k - 1].lower not in lx.MODALS  # "should take", "to take"


def _next_lower(tokens: list[Token], j: int) -> str:
    return tokens[j + 1].lower if j + 1 < len(tokens) else ""
