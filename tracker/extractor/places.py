"""The place a figure is about, as written ("the city of Jalal-Abad"), and whether it is
only part of a larger area ("... alone", "in one district", "died there": a place named
before; not "officials there said", the speaker's place)."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from .. import gazetteer as gz
from . import lexicon as lx
from .dates import possessed
from .text import Token, join_tokens

_NOT_PLACES = frozenset(lx.WEEKDAYS) | frozenset(lx.MONTHS) | lx.NOT_PLACE_WORDS
_LINKS = lx.PLACE_LINKS
_RUN_LINKS = _LINKS | {"and"}


@dataclass(frozen=True, slots=True)
class Place:
    start: int
    end: int
    text: str
    partial: bool
    bracket: int = -1  # the token "(" of the aside the place is in, -1 outside any
    reach: int = 0  # > 0: the place is only for a figure that starts this many tokens after it
    unnamed: bool = False  # "the two districts": places named before, which it does not name
    site: bool = False  # one of a sentence's named sites ("at the Al Noor Mosque"): the figure's next to it
    backward: bool = False  # only for a figure before it ("five bodies were sent there")


def find_places(tokens: list[Token], brackets: list[int] | None = None) -> list[Place]:
    """The places the tokens name; ``brackets`` (``bracket_owners``) puts each in its aside."""
    places = []
    inside = 0  # the end of a complement ("elsewhere in Libya"): its place is no other figure's
    sites = _site_kinds(tokens)
    for i, tok in enumerate(tokens):
        if i < inside:
            continue
        if _opens_qualifier(tokens, i):
            continue  # "at least 170 Afghans", "in excess of 300": a qualifier, no place
        if tok.lower in lx.EVENT_PLACE_PREPOSITIONS and i > 0 \
                and possessed(tokens[i - 1].lower) in lx.DATED_EVENT_NOUNS:
            continue  # "the toll from the earthquake around Marrakech": where the event was, not a part
        if tok.lower in lx.PLACE_PREPOSITIONS and (_speakers_place(tokens, i) or _titled_place(tokens, i)):
            continue  # "Police in Hawaii said 97 died": where the speaker is, not the figure's part
        if tok.lower in lx.PLACE_PREPOSITIONS | {"to"} and _owned_place(tokens, i):
            continue  # "amid heavy damage in the city of Mandalay", "aid to Libya": another phrase's
        if tok.lower in lx.PLACE_PREPOSITIONS and _events_place(tokens, i):
            continue  # "the accident that occurred in Balasore district", "in the Odisha train crash"
        if tok.lower in lx.PLACE_PREPOSITIONS | {"to", "into"} and _persons_aside(tokens, i):
            continue  # "Erdogan, who flew to Soma on Wednesday, put the toll at 245": where he went
        place: Place | None
        spread = _spread(tokens, i) if tok.lower in lx.PLACE_PREPOSITIONS else None
        if spread is not None:  # "across six states": the whole, no part; no later place is the figure's
            places.append(replace(spread, bracket=brackets[i]) if brackets is not None else spread)
            inside = spread.end
            continue
        complement = _complement(tokens, i)
        site = _one_of_the_sites(tokens, i, sites) if sites else None
        if complement is not None:
            place = complement  # "in other parts of eastern Libya", "elsewhere in the province"
            inside = complement.end
        elif site is not None:
            place = site  # "30 died at the Deans Avenue mosque, while 10 died at the Linwood mosque"
        elif tok.lower in lx.PLACE_PREPOSITIONS:
            place = _place_after(tokens, i + 1)
        elif tok.lower in {"to", "into"} and i + 1 < len(tokens) and _proper(tokens[i + 1]) \
                and not (i > 0 and (tokens[i - 1].lower in lx.NOT_MOTION_BEFORE_TO
                                    or tokens[i - 1].lower in lx.SAY_VERBS)):  # "confirmed to CBS News"
            place = _place_after(tokens, i + 1)  # "troops were sent to Osh"
        elif _attack_target(tokens, i):
            place = _place_after(tokens, i + 1)
            # "fired a shell at Bab Touma", "targeted al-Furqan neighbourhood": where it struck
            place = place if place is not None and _named(tokens, place) else None
        elif tok.lower in {"on", "across"} and i + 3 < len(tokens) and tokens[i + 1].lower == "the" \
                and tokens[i + 2].is_capitalized and tokens[i + 3].lower in lx.BORDER_SIDES:
            # "On the Syrian side of the border, 3,550 died": the country the demonym names
            place = Place(i + 2, i + 3, tokens[i + 2].text, False)
        elif tok.lower == "on" and i + 2 < len(tokens) and tokens[i + 1].lower in lx.LANDFORM_TITLES \
                and _proper(tokens[i + 2]):
            place = _place_after(tokens, i + 1)  # "killed on Mount Everest"
        elif tok.lower in lx.PLACE_RELATIVES and i >= 2 and tokens[i - 1].text == "," \
                and _proper(tokens[i - 2]):
            place = _place_before(tokens, i - 1)  # "the Kathmandu Valley, where 1,441 have died"
        elif tok.lower in lx.PLACE_RELATIVES and i >= 3 and tokens[i - 1].text == "," \
                and _unit_named_before(tokens, i - 3, i - 1):
            place = Place(i - 3, i - 1, join_tokens(tokens[i - 3:i - 1]), True, reach=_RELATIVE_REACH,
                          unnamed=True)  # "told a briefing in his state, where he said 33 had died"
        elif tok.lower in lx.PLACE_RELATIVES and i >= 2 and tokens[i - 1].lower in lx.PLACE_NOUNS \
                and tokens[i - 2].kind == "word" and not tokens[i - 2].is_capitalized:
            # "and the central region where 2,757 died": a region of the area, a part of it
            k = i - 1
            while k > 0 and k > i - 4 and tokens[k - 1].kind == "word" and tokens[k - 1].lower != "the" \
                    and not tokens[k - 1].is_capitalized and tokens[k - 1].lower not in lx.CONJUNCTIONS:
                k -= 1
            place = Place(k, i + 1, join_tokens(tokens[k:i]), True, reach=_RELATIVE_REACH)
        elif i == 1 and tok.lower in lx.DEFINITE_UNIT_NOUNS and tokens[0].lower == "the" \
                and i + 1 < len(tokens) and (tokens[i + 1].lower in lx.SAY_VERBS
                                             or tokens[i + 1].lower in lx.AUX_WORDS
                                             or tokens[i + 1].lower in lx.BE_WORDS):
            # "The county is reporting 43 deaths", "The state said": a unit named before speaks of its own
            place = Place(0, i + 1, f"the {tok.lower}", True, unnamed=True)
        elif tok.lower in lx.PLACE_PROFORMS and i > 0 and not _existential(tokens, i):
            # "18 people died there": a place named before, which the sentence does not name
            # only after a predicate it can follow ("died there"), not a speaker's ("officials there")
            # "here" only where the dead or hurt were taken ("brought here": a hospital's share;
            # "we have 300 dead here" may be the speaker's whole town)
            taken = tokens[i - 1].lower in lx.TAKEN_TO_VERBS
            said = tok.lower != lx.HERE and tokens[i - 1].lower in lx.PREDICATES
            place = Place(i, i + 1, tok.text, True, backward=taken and not said) if said or taken else None
        elif tok.lower in lx.PLACE_ANAPHORS and i >= 3 and tokens[i - 1].lower == "the" \
                and tokens[i - 2].lower in lx.PLACE_ANAPHOR_PREPOSITIONS \
                and tokens[i - 3].lower in lx.PREDICATES \
                and (i + 1 == len(tokens) or tokens[i + 1].kind == "punct"
                     or tokens[i + 1].lower in lx.PREPOSITIONS or tokens[i + 1].lower in lx.CONJUNCTIONS):
            # not an adjective: "killed at the former military base"
            # "two people reported to have been killed at the former": a place named before
            place = Place(i - 1, i + 1, f"the {tok.lower}", True, unnamed=True)
        else:
            continue
        if place is not None:
            places.append(place if brackets is None else replace(place, bracket=brackets[place.start]))
    places.sort(key=lambda p: p.start)  # a place before "where" is found after the ones in it
    return places


def _opens_qualifier(tokens: list[Token], i: int) -> bool:
    """A qualifier of several words opens at ``i`` ("at least", "in excess of")."""
    return tokens[i].lower in _QUALIFIER_FIRST_WORDS and any(
        [t.lower for t in tokens[i:i + len(words)]] == words for words in _QUALIFIER_WORDS)


_QUALIFIER_WORDS = [k.split() for k in lx.QUALIFIERS_BEFORE if " " in k]
_QUALIFIER_FIRST_WORDS = frozenset(words[0] for words in _QUALIFIER_WORDS)


def _site_kinds(tokens: list[Token]) -> frozenset[str]:
    """The kinds of site a sentence names twice or more ("the Deans Avenue mosque ... the
    Linwood Avenue mosque"): its figures at each are parts of the whole."""
    kinds = Counter(t.lower.removesuffix("s") for t in tokens if t.lower in lx.SITE_NOUNS)
    return frozenset(k for k, n in kinds.items() if n >= 2)


def _one_of_the_sites(tokens: list[Token], i: int, kinds: frozenset[str]) -> Place | None:
    """"at the Al Noor Mosque" where the sentence names another mosque: a named site, a part."""
    if tokens[i].lower != "at" or i + 2 >= len(tokens) or tokens[i + 1].lower not in lx.DETERMINERS:
        return None
    for k in range(i + 2, min(len(tokens), i + 2 + _SITE_NAME_WORDS + 1)):
        word = tokens[k].lower
        if word in lx.SITE_NOUNS and word.removesuffix("s") in kinds:
            named = any(t.is_capitalized for t in tokens[i + 2:k + 1])
            return Place(i + 1, k + 1, join_tokens(tokens[i + 1:k + 1]), True, site=True) if named else None
        if tokens[k].kind != "word":
            return None
    return None


_SITE_NAME_WORDS = 4  # words of a site's name before its noun ("the Linwood Avenue Islamic Centre")
_SITE_BEFORE_REACH = 2  # tokens from a site to a figure after it ("At the Al Noor mosque, 44 died")


def _attack_target(tokens: list[Token], i: int) -> bool:
    """Does tokens[i] open where a weapon fell: "on" within three words of one ("rocket shells
    fell on"; "fired a shell at" is read as any place after "at"), or a verb whose object is the
    place struck ("targeted")?"""
    word = tokens[i].lower
    if word in lx.ATTACK_OBJECT_VERBS:
        return i + 1 < len(tokens) and tokens[i + 1].kind == "word"
    if word != "on":
        return False
    return any(t.lower in lx.ATTACK_TARGET_WORDS for t in tokens[max(0, i - 3):i])


def _named(tokens: list[Token], place: Place) -> bool:
    """A named place of a kind ("al-Midan neighbourhood", "the village of Ain"), not "the area",
    "the hospital" or a bare name ("a Beckley doctor", "Khan Sheikhoun": the event's own place)."""
    words = tokens[place.start:place.end]
    # a name, not an adjective of a people or a side ("Armenian villages", "Christian
    # neighbourhoods", "Houthi-held areas")
    names = [t for t in words if t.is_capitalized and gz.country_of_demonym(t.text) is None
             and t.lower not in lx.SIDE_ADJECTIVES and not t.lower.endswith(lx.HELD_SUFFIXES)]
    return not place.unnamed and bool(names) and any(t.lower in lx.PLACE_NOUNS for t in words)


def _complement(tokens: list[Token], i: int) -> Place | None:
    """"in other parts of eastern Libya", "in the rest of the country", "elsewhere in Libya",
    "outside Derna": the rest of a place, a part of the area (never the place itself)."""
    word = tokens[i].lower
    if word == lx.OUTSIDE and (i + 1 >= len(tokens) or not _proper(tokens[i + 1])
                              or (i > 0 and tokens[i - 1].lower in lx.NEAR_WORDS)):
        return None  # "just outside the city of Tartous", "outside a bakery": near it
    if word in lx.COMPLEMENT_WORDS:
        j = i + 1
        if word == lx.ELSEWHERE and j < len(tokens) and tokens[j].lower in lx.COMPLEMENT_PREPOSITIONS:
            j += 1
        rest = _place_after(tokens, j) if j > i + 1 or word == lx.OUTSIDE else None
        if rest is None:
            # "40 died elsewhere": after a predicate, like "there"; not "Elsewhere, air strikes ..."
            return Place(i, i + 1, tokens[i].text, True) \
                if word == lx.ELSEWHERE and i > 0 and tokens[i - 1].lower in lx.PREDICATES else None
        return Place(i, rest.end, join_tokens(tokens[i:rest.end]), True)
    if word not in lx.COMPLEMENT_PREPOSITIONS:
        return None
    for words in lx.COMPLEMENT_AFTER_IN:
        phrase = tuple(words.split())
        end = i + 1 + len(phrase)
        if tuple(t.lower for t in tokens[i + 1:end]) == phrase:
            rest = _place_after(tokens, end) if end < len(tokens) else None
            if rest is None:
                return None
            return Place(i + 1, rest.end, join_tokens(tokens[i + 1:rest.end]), True)
    return None


def _unit_named_before(tokens: list[Token], start: int, end: int) -> bool:
    """"the state", "his state", "the county": a division named before (``DEFINITE_UNIT_NOUNS``),
    not the first word of a noun phrase ("the county hospital")."""
    nxt = tokens[end] if end < len(tokens) else None
    determiner = tokens[start].lower == "the" or tokens[start].lower in lx.POSSESSIVE_PRONOUNS
    return end == start + 2 and determiner and tokens[start + 1].lower in lx.DEFINITE_UNIT_NOUNS \
        and (nxt is None or nxt.kind != "word" or nxt.lower in _PHRASE_CLOSERS)


# Words after "the state" that close its noun phrase (not "the state capital")
_PHRASE_CLOSERS = (lx.PREPOSITIONS | lx.CONJUNCTIONS | lx.FUNCTION_WORDS | lx.BE_WORDS | lx.AUX_WORDS
                   | lx.SAY_VERBS | frozenset(lx.PREDICATES) | lx.PLACE_RELATIVES)


def _spread(tokens: list[Token], i: int) -> Place | None:
    """"across multiple states", "in four states", "across Florida, Georgia, the Carolinas and
    Tennessee": a figure spread over several units or over a list of three places or more is
    the toll of the whole, placed in none (a Place with no text)."""
    j = i + 1
    if j + 1 < len(tokens) and (tokens[j].kind == "num" or tokens[j].lower in lx.UNITS
                                or tokens[j].lower in lx.SPREAD_AMOUNTS) \
            and tokens[j + 1].lower in lx.SPREAD_UNIT_NOUNS:
        return Place(i, j + 2, "", False)
    if tokens[i].lower != "across":
        return None
    names, k = 0, j
    while k < len(tokens):
        if tokens[k].lower == "the":
            k += 1
        if k >= len(tokens) or not _proper(tokens[k]):
            break
        k = _proper_run(tokens, k)
        names += 1
        if k < len(tokens) and tokens[k].lower in {",", "and"}:
            k += 1 + (k + 1 < len(tokens) and tokens[k + 1].lower == "and")
            continue
        break
    return Place(i, k, "", False) if names >= 3 else None


def _events_place(tokens: list[Token], i: int) -> bool:
    """Where the event was, not a part of it: a place in a relative clause on the event noun
    ("the accident that occurred in Balasore district"), or a name that modifies the event noun
    after "the" ("in the Odisha train crash", "in the Herat earthquake")."""
    before = [t.lower for t in tokens[max(0, i - 3):i]]
    if len(before) == 3 and possessed(before[0]) in lx.DATED_EVENT_NOUNS and before[1] in {"that", "which"} \
            and before[2] in lx.EVENT_OCCURRENCE_VERBS:
        return True
    if i + 2 < len(tokens) and tokens[i + 1].lower == "the" and _proper(tokens[i + 2]):
        end = _proper_run(tokens, i + 2)
        after = [t.lower for t in tokens[end:end + 2]]
        return any(w in lx.DATED_EVENT_NOUNS for w in after)
    return False


def _persons_aside(tokens: list[Token], i: int) -> bool:
    """A place in a relative clause on a person, set off by commas and holding no figure ("the
    prime minister, who flew to Soma on Wednesday, put the toll at 245"): where that person
    was or went, no figure's place."""
    opening = next((k for k in range(i - 1, max(0, i - _ASIDE_REACH), -1)
                    if tokens[k].text in _ASIDE_MARKS or tokens[k].lower in lx.PERSON_RELATIVES), None)
    if opening is None or tokens[opening].lower not in lx.PERSON_RELATIVES or tokens[opening - 1].text != ",":
        return False
    closing = next((k for k in range(i + 1, min(len(tokens), i + _ASIDE_REACH))
                    if tokens[k].text in _ASIDE_MARKS), None)
    return closing is not None and tokens[closing].text == "," \
        and not any(t.kind == "num" for t in tokens[opening:closing])


_ASIDE_REACH = 10  # tokens from a place to the commas of the relative clause it is in
_ASIDE_MARKS = frozenset({",", ";", ".", "(", ")"})


def _speakers_place(tokens: list[Token], i: int) -> bool:
    """"Police in Hawaii said", "officials in Surfside say": a place between a speaker's noun
    and its verb of saying is the speaker's."""
    if i == 0 or tokens[i - 1].lower not in lx.SPEAKER_PLACE_NOUNS:
        return False
    # "Police in Hawaii have revised the number of deaths ... to 97": a verb that sets a toll too
    return any(t.lower in lx.SAY_VERBS or t.lower in lx.TOLL_SETTING_VERBS for t in tokens[i + 2:i + 5])


def _titled_place(tokens: list[Token], i: int) -> bool:
    """"Ana Lima, civil defence spokeswoman in Minas Gerais, said", "..., said a spokesman for
    the fire brigade in Osh.": a place after a speaker's title, in the phrase that names the
    speaker (its verb of saying right after it, or before the title when the phrase closes the
    sentence), is where the speaker is."""
    title = next((k for k in range(i - 1, max(-1, i - 1 - lx.SPEAKER_TITLE_REACH), -1)
                  if tokens[k].lower in lx.SPEAKER_TITLE_NOUNS), None)
    if title is None or any(t.kind != "word" or t.lower in lx.SAY_VERBS or t.lower in lx.PREDICATES
                            for t in tokens[title + 1:i]):
        return False
    place = _place_after(tokens, i + 1)
    if place is None:
        return False
    end = place.end + (place.end < len(tokens) and tokens[place.end].text == ",")
    if end < len(tokens) and tokens[end].lower in lx.SAY_VERBS:
        return True  # "spokeswoman in Minas Gerais, said"
    closes = place.end == len(tokens) or tokens[place.end].text in {".", "!", "?", '"', "”"} \
        or (tokens[place.end].text == "," and tokens[title - 1].text == "," if title > 0 else False)
    return closes and any(t.lower in lx.SAY_VERBS for t in tokens[max(0, title - _NAME_REACH):title])


_NAME_REACH = 8  # tokens from a verb of saying to the title of the speaker it names ("said Ana Lima, a")


def _owned_place(tokens: list[Token], i: int) -> bool:
    """"amid heavy damage in the city of Mandalay", "aid to Libya", "rescue teams arrived in
    Mandalay": a place that another noun phrase than a figure's, or a verb of arriving, holds;
    "mostly in Marrakech", "with most of the fatalities in Palu": where most of the figure
    is, which places none of it."""
    return i > 0 and (tokens[i - 1].lower in lx.PLACE_OWNING_NOUNS
                      or tokens[i - 1].lower in lx.DISTRIBUTION_ADVERBS
                      or (tokens[i].lower != "to" and tokens[i - 1].lower in lx.ARRIVAL_VERBS)
                      or _most_of(tokens, i))


def _most_of(tokens: list[Token], i: int) -> bool:
    """Does a quantifier of most of a figure open the noun phrase before tokens[i] ("most of
    the fatalities in", "the majority of them in", "most in")? One other word (the noun) may
    lie between it and the place, besides "of the", "them", "whom"."""
    nouns = 0
    for j in range(i - 1, max(-1, i - _MOST_OF_REACH), -1):
        word = tokens[j].lower
        if word in lx.DISTRIBUTION_QUANTIFIERS:
            return True
        if word in lx.DISTRIBUTION_LINKS:
            continue
        nouns += 1
        if nouns > 1 or tokens[j].kind != "word":
            return False
    return False


_MOST_OF_REACH = 6  # tokens before a place that may hold "most of the fatalities"


def visible_from(places: list[Place], bracket: int) -> list[Place]:
    """The places a figure in the aside opened at ``bracket`` (-1: in none) may be about: a
    place in a bracketed aside is only for the figures of that aside ("5,006 dead (1,039 in
    Kathmandu, 250 in Bhaktapur)": 5,006 is the toll of the whole)."""
    return [p for p in places if p.bracket < 0 or p.bracket == bracket]


def place_for(places: list[Place], first: int, last: int, starts: list[int] | None = None,
              walls: list[int] | None = None) -> Place | None:
    """The place nearest the figure, preferring one after it ("killed 12 in Osh"), but not one
    after a barrier (``starts``: where the sentence's figures begin, and its "including"): "rose
    to 35,224 as officials said 31,643 had died in Turkey" puts Turkey on 31,643 only; "7,108,
    including fatalities in neighboring Syria" puts Syria on none. Nor one before a clause that
    opens between it and the figure (``walls``: "the dead in Zimbabwe rose as Mozambique's
    president said more than 1,000 may have been killed" puts Zimbabwe on none)."""
    if not places:
        return None
    k = bisect.bisect_left(places, last, key=lambda p: p.start)  # places are in reading order
    after = places[k] if k < len(places) else None
    if after is not None and after.reach:
        after = None  # "..., where 2,757 died": a place before "where" is the next clause's
    if after is not None and starts and any(last <= s < after.start for s in starts):
        after = None
    # a place before it, not an unnamed one ("in the same province as Tacloban") that names nothing
    before = next((places[j] for j in range(k - 1, max(-1, k - 4), -1) if places[j].end <= first
                   and not any(places[j].end <= w < first for w in walls or ())
                   and (not places[j].reach or first - places[j].end <= places[j].reach)
                   and (not places[j].site or first - places[j].end <= _SITE_BEFORE_REACH)
                   and not places[j].backward
                   and (places[j].partial or any(ch.isupper() for ch in places[j].text))), None)
    if after is not None and after.start - last <= 8:
        if after.partial and before is not None and not after.unnamed \
                and not any(ch.isupper() for ch in after.text):
            return replace(before, partial=True)  # "In Syria, 1,678 were killed in government-held areas"
        return after
    return before or after


def _place_after(tokens: list[Token], j: int) -> Place | None:
    start = j
    if j < len(tokens) and tokens[j].lower in {"the", "one"}:
        j += 1
    k = j
    # lower-case words up to a place noun: "the two provinces", "member state Kyrgyzstan"
    while k < len(tokens) and k - j < 3 and tokens[k].kind in {"word", "num"} \
            and not tokens[k].is_capitalized and tokens[k].lower not in lx.PLACE_NOUNS:
        k += 1
    end = None
    held = next((h for h in range(j, min(k, len(tokens) - 1)) if tokens[h].lower.endswith(lx.HELD_SUFFIXES)
                 and tokens[h + 1].lower in lx.COMPASS), None)
    if held is not None:  # "in the rebel-held northwest": a region of the country, held by one side
        return Place(start, held + 2, join_tokens(tokens[start:held + 2]), True)
    if k < len(tokens) and tokens[k].lower in lx.PLACE_NOUNS:
        end = k + 1
        if end + 1 < len(tokens) and tokens[end].lower in _LINKS and _proper(tokens[end + 1]):
            end = _proper_run(tokens, end + 1)
        elif end < len(tokens) and _proper(tokens[end]):
            end = _proper_run(tokens, end)  # "member state Kyrgyzstan"
    elif k < len(tokens) and _proper(tokens[k]):
        end = _proper_run(tokens, k)
        head = _possessed_place(tokens, end)
        if head is not None:  # "Libya's eastern city of Derna": the city, not "Libya's"
            start, end = head
        elif _ranks_in(tokens, end):
            return None  # "in what is considered Brazil's worst disaster": the ranking's frame
        if end < len(tokens) and tokens[end].lower in lx.PLACE_NOUNS:
            if end + 2 < len(tokens) and tokens[end + 1].lower in _LINKS and _proper(tokens[end + 2]) \
                    and end - k == 1 and gz.country_of_demonym(tokens[k].text) is not None:
                # "the southern Indian state of Kerala": the state is Kerala, the demonym its country
                start, end = end + 2, _proper_run(tokens, end + 2)
            else:
                end += 1  # "Jalal-Abad province"
        elif end + 1 < len(tokens) and tokens[end].text == "," and _proper(tokens[end + 1]):
            # "in Osh, Kyrgyzstan", "across Turkey, Syria" (the gazetteer tells one from the
            # other), not "in Kabul, Afghanistan's capital"
            more = _proper_run(tokens, end + 1)
            if (more == len(tokens) or tokens[more].kind == "punct") and "'" not in tokens[more - 1].lower:
                end = more
    if end is None or (end < len(tokens) and tokens[end].lower in lx.NOT_PLACE_AFTER):
        return None  # "the deadliest disaster in U.S. history"
    if end < len(tokens) and tokens[end].lower in lx.EVENT_NOUNS and tokens[start].lower in lx.INDEFINITES \
            and tokens[end - 1].lower not in lx.PLACE_NOUNS \
            and not gz.resolve_all(join_tokens(tokens[j:end])):
        # "killed in an al-Shabaab attack in Mogadishu", "in a Taliban attack": who attacked (not
        # "in a Denver shooting", "a Bronzeville neighborhood shooting": where)
        return None
    if tokens[start].lower == "the" and any(t.is_capitalized for t in tokens[j:end]):
        start = j
    # "in Jalal-Abad alone", "in one district", "in government-held areas", "in the rebel-held
    # northwest", "in areas under government control", "in areas controlled by the opposition"
    held = end < len(tokens) and tokens[end - 1].lower in lx.HELD_AREA_NOUNS \
        and tokens[end].lower in lx.HOLDING_WORDS
    partial = (end < len(tokens) and tokens[end].lower in lx.PARTIAL_MARKERS) or held \
        or tokens[start].lower == "one" or any(t.lower.endswith(lx.HELD_SUFFIXES) for t in tokens[start:end])
    # "clashes in the two provinces killed 124": where the event was, its whole area
    event_place = start >= 2 and possessed(tokens[start - 2].lower) in lx.DATED_EVENT_NOUNS
    if _unit_named_before(tokens, start, end):
        return Place(start, end, join_tokens(tokens[start:end]), True, unnamed=True)  # "in the state"
    if _anaphoric(tokens, start, end) and not event_place:
        named = _place_after(tokens, end + 1) if end + 1 < len(tokens) and tokens[end].lower in {"in", "of"} \
            else None
        if named is not None and not named.unnamed:  # "across eight villages in Zindajan district"
            return Place(start, named.end, join_tokens(tokens[start:named.end]), True)
        return Place(start, end, join_tokens(tokens[start:end]), True, unnamed=True)
    return Place(start, end, _unpossessed(join_tokens(tokens[start:end])), partial)


def _unpossessed(text: str) -> str:
    """"Brazil's" -> "Brazil": a place that ends in a possessive ("in Brazil's southeast") is
    the place the possessive names."""
    return possessed(text) if text[-2:-1] in lx.APOSTROPHES else text


def _ranks_in(tokens: list[Token], end: int) -> bool:
    """"Brazil's worst environmental disaster", "the country's deadliest": a possessive before a
    ranking word is the frame of a ranking, not a place of a figure."""
    if end == 0 or end >= len(tokens) or possessed(tokens[end - 1].lower) == tokens[end - 1].lower:
        return False
    return any(t.lower in lx.RANKING_WORDS or any(t.lower.endswith("-" + r) for r in lx.RANKING_WORDS)
               for t in tokens[end:end + _RANK_REACH])


_RANK_REACH = 2  # words from a possessive to its ranking word ("Brazil's single worst")


def _anaphoric(tokens: list[Token], start: int, end: int) -> bool:
    """"the two districts", "the three villages", "both districts": places named before, an
    unnamed part of the area (not "the two provinces", often the whole area)."""
    words = [t.lower for t in tokens[start:end]]
    return bool(words) and words[-1] in lx.ANAPHORIC_PART_NOUNS \
        and not any(t.is_capitalized for t in tokens[start:end]) \
        and any(w in lx.ANAPHORIC_PLACE_WORDS for w in words[:-1])


def _possessed_place(tokens: list[Token], end: int) -> tuple[int, int] | None:
    """(start, end) of "city of Derna" in "Libya's eastern city of Derna": the place a
    country's possessive stands before, else None."""
    if end == 0 or not tokens[end - 1].lower.replace("’", "'").endswith("'s"):
        return None
    k = end
    while k < len(tokens) and k - end < 2 and tokens[k].kind == "word" \
            and tokens[k].lower not in lx.PLACE_NOUNS:  # "eastern", "eastern Libyan"
        k += 1
    if k + 2 < len(tokens) and tokens[k].lower in lx.PLACE_NOUNS and tokens[k + 1].lower in _LINKS \
            and _proper(tokens[k + 2]):
        return k, _proper_run(tokens, k + 2)
    return None


def _place_before(tokens: list[Token], end: int) -> Place | None:
    """The proper name (and its place noun) that ends at ``end``: "the Kathmandu Valley"."""
    k = end
    while k > 0 and (_proper(tokens[k - 1]) or (tokens[k - 1].lower in _RUN_LINKS and k > 1
                                                 and _proper(tokens[k - 2]))):
        k -= 1
    if k == end or (k == 0 and tokens[0].is_capitalized and end - k == 1):
        return None  # a sentence's first word alone is no name
    return Place(k, end + 2, join_tokens(tokens[k:end]), False, reach=_RELATIVE_REACH)


_RELATIVE_REACH = 4  # tokens from "where" to the figure of its clause ("where at least 1,441 died")


def _existential(tokens: list[Token], i: int) -> bool:
    """"and there were 61 injured": "there" opens a clause, it names no place."""
    return i + 1 < len(tokens) and (tokens[i + 1].lower in lx.BE_WORDS or tokens[i + 1].lower in lx.AUX_WORDS)


def _proper(tok: Token) -> bool:
    return tok.is_capitalized and tok.lower not in _NOT_PLACES


def _proper_run(tokens: list[Token], k: int) -> int:
    """End of "Osh", "Jalal-Abad and Osh", "Santa Rosa de Guayacan"."""
    while k < len(tokens) and (_proper(tokens[k]) or (
            tokens[k].lower in _RUN_LINKS and k + 1 < len(tokens) and _proper(tokens[k + 1]))):
        k += 1
    return k
